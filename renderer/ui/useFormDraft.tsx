import { type ReactNode, useCallback, useEffect, useRef, useState } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useLeaveGuard } from '../app/leaveGuard';
import { formatInstant } from '../i18n/format';
import { useAnnounce } from './StatusMessage';

/**
 * Drafts hold client data, so they stay in this window's own storage (localStorage of the app's
 * origin): never sent to the main process, never written to the database, removed on save or
 * discard. Keyed by form and record ("intake.new", "client.42").
 */
const PREFIX = 'caseport.draft.';

interface StoredDraft {
  savedAt: string;
  values: unknown;
}

function readDraft(key: string): StoredDraft | null {
  try {
    const raw = localStorage.getItem(PREFIX + key);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as Partial<StoredDraft>;
    return typeof parsed.savedAt === 'string' && parsed.values ? (parsed as StoredDraft) : null;
  } catch {
    // A draft that cannot be read is no draft; the form starts from the record.
    return null;
  }
}

function writeDraft(key: string, values: unknown) {
  try {
    localStorage.setItem(PREFIX + key, JSON.stringify({ savedAt: new Date().toISOString(), values }));
  } catch {
    // Storage full or disabled: the leave prompt still protects the work on screen.
  }
}

export function removeDraft(key: string) {
  localStorage.removeItem(PREFIX + key);
}

/**
 * Keeps a react-hook-form form's unsaved values as a draft on every change, offers an earlier
 * draft back when the form opens ("Restore draft" / "Discard draft"), and asks before leaving
 * while the form differs from what is on file. Call `release()` before a save that navigates
 * away and `clear()` once it is saved.
 */
export function useFormDraft<T extends FieldValues>(
  // biome-ignore lint/suspicious/noExplicitAny: any context and transformed values
  form: UseFormReturn<T, any, any>,
  key: string,
): { offer: ReactNode; release: () => void; rearm: () => void; clear: () => void } {
  const [offered, setOffered] = useState<StoredDraft | null>(() => readDraft(key));
  const offeredRef = useRef(offered);
  offeredRef.current = offered;
  const dirty = form.formState.isDirty;
  /** Saved and leaving: a late change event must not bring the draft back. */
  const finished = useRef(false);

  useEffect(() => {
    const subscription = form.watch((values) => {
      // An earlier draft waiting for an answer is not overwritten by new typing.
      if (offeredRef.current) return;
      // Dirty state settles after the change handler that called us.
      queueMicrotask(() => {
        if (offeredRef.current || finished.current) return;
        if (form.formState.isDirty) writeDraft(key, values);
        else removeDraft(key);
      });
    });
    return () => subscription.unsubscribe();
  }, [form, key]);

  const discard = useCallback(() => removeDraft(key), [key]);
  const guard = useLeaveGuard(dirty, discard);

  const restore = () => {
    if (!offered) return;
    form.reset(offered.values as T, { keepDefaultValues: true });
    setOffered(null);
  };
  const drop = () => {
    removeDraft(key);
    setOffered(null);
  };
  const offer = offered ? (
    <DraftOffer savedAt={offered.savedAt} onRestore={restore} onDiscard={drop} />
  ) : null;
  return {
    offer,
    // Before a save that navigates away on success (a refused save re-arms on the next render).
    release: guard.release,
    rearm: guard.rearm,
    clear: () => {
      finished.current = true;
      removeDraft(key);
      guard.release();
    },
  };
}

function DraftOffer({
  savedAt,
  onRestore,
  onDiscard,
}: {
  savedAt: string;
  onRestore: () => void;
  onDiscard: () => void;
}) {
  const { t, i18n } = useTranslation();
  const announce = useAnnounce();
  return (
    <div className="notice notice-warning draft-offer">
      <p>{t('drafts.offer')}</p>
      <button
        type="button"
        className="button button-primary"
        onClick={() => {
          onRestore();
          announce(t('drafts.restored'));
        }}
      >
        {t('drafts.restore', { when: formatInstant(savedAt, i18n.language) })}
      </button>
      <button
        type="button"
        className="button"
        onClick={() => {
          onDiscard();
          announce(t('drafts.discarded'));
        }}
      >
        {t('drafts.discard')}
      </button>
    </div>
  );
}
