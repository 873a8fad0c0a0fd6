import { type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';

interface FieldProps {
  label: string;
  hint?: string;
  /** An i18n key from the contract's validation messages. */
  error?: string | undefined;
  required?: boolean;
  children: (props: {
    id: string;
    'aria-invalid': boolean;
    'aria-describedby': string | undefined;
    'aria-required': boolean | undefined;
  }) => ReactNode;
}

/** Label, control, hint and the error beside it, wired for screen readers. */
export function Field({ label, hint, error, required, children }: FieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <label htmlFor={id}>
        {label}
        {required && <span aria-hidden="true"> *</span>}
      </label>
      {children({
        id,
        'aria-invalid': Boolean(error),
        'aria-describedby': describedBy,
        'aria-required': required || undefined,
      })}
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="field-error">
          {/* Keys come from the contract; an unknown one still reads as a sentence. */}
          {t(error as 'validation.invalid', { defaultValue: t('validation.invalid') })}
        </p>
      )}
    </div>
  );
}
