import type { Envelope } from '../../../main/contract';

/** Sends one change through the readiness screen's command and, once it is saved, announces `done`. */
export type RunFix = <T>(send: () => Promise<Envelope<T>>, done: string) => Promise<void>;

/**
 * A one-click fix beside a blocker (mark a document received or verified, confirm a dependant,
 * enrol the family again): one button, one change, one announcement. It is disabled while a fix
 * is being sent, so a second click cannot send the same change twice.
 */
export function QuickFixButton({
  label,
  ariaLabel,
  pending,
  run,
  send,
  done,
}: {
  label: string;
  /** Names the document or person, since several blockers in one list share the same button text. */
  ariaLabel?: string;
  pending: boolean;
  run: RunFix;
  send: () => Promise<Envelope<unknown>>;
  done: string;
}) {
  return (
    <button
      type="button"
      className="button button-quiet"
      disabled={pending}
      aria-label={ariaLabel}
      onClick={() => void run(send, done)}
    >
      {label}
    </button>
  );
}
