import { Field } from './Field';

/**
 * A labelled password box for a backup passphrase: the one typed to restore an encrypted backup
 * and the new one chosen in Settings > Backups. `autoComplete` tells the browser which of the two
 * it is ("off" for an existing backup's, "new-password" for a new one).
 */
export function PassphraseField({
  label,
  error,
  autoComplete,
  value,
  onChange,
}: {
  label: string;
  /** An i18n key from the contract's validation messages. */
  error: string | undefined;
  autoComplete: 'off' | 'new-password';
  value: string;
  onChange: (passphrase: string) => void;
}) {
  return (
    <Field label={label} error={error}>
      {(props) => (
        <input
          {...props}
          type="password"
          autoComplete={autoComplete}
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </Field>
  );
}
