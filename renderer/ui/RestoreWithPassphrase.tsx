import { PassphraseField } from './PassphraseField';

/**
 * The passphrase box and the button that restores a backup, as the recovery screen and
 * Settings > Backups both show them, so an encrypted backup is asked for the same way in both
 * places. The caller decides when the box is needed (the recovery screen only once the backup
 * refused to open without it) and keeps what was typed, so it can clear it when the person
 * cancels or picks another backup.
 */
export function RestoreWithPassphrase({
  askPassphrase,
  passphraseLabel,
  passphrase,
  onPassphraseChange,
  passphraseError,
  busy,
  restoreLabel,
  onRestore,
}: {
  askPassphrase: boolean;
  passphraseLabel: string;
  passphrase: string;
  onPassphraseChange: (passphrase: string) => void;
  /** An i18n key from the contract's validation messages. */
  passphraseError: string | undefined;
  busy: boolean;
  restoreLabel: string;
  onRestore: () => void;
}) {
  return (
    <>
      {askPassphrase && (
        <PassphraseField
          label={passphraseLabel}
          error={passphraseError}
          autoComplete="off"
          value={passphrase}
          onChange={onPassphraseChange}
        />
      )}
      <button type="button" className="button button-primary" disabled={busy} onClick={onRestore}>
        {restoreLabel}
      </button>
    </>
  );
}
