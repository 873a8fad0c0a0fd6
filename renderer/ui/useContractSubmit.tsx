import { useState } from 'react';
import type { FieldPath, FieldValues, UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { AppError, DuplicateMatch } from '../../main/contract';
import { DuplicateWarning } from '../features/clients/DuplicateWarning';
import type { FormTranslation } from './contractResolver';
import { ErrorNotice } from './ErrorNotice';
import { firstErrorPath } from './formErrors';
import { useSaveShortcut } from './useSaveShortcut';

/** Why a form is saved: its Save button, or "create anyway" after a duplicate warning. */
export type SaveIntent = 'save' | 'acknowledge-duplicates';

/**
 * Saving a form validated by the contract: the server's field messages land on the form's own
 * fields (through `translate`'s path map), a DUPLICATE refusal becomes a warning with
 * "create anyway", focus goes to the first bad field, and Ctrl/Cmd+S saves. `send` returns the
 * refusal, or null when saved (it navigates away itself).
 */
export function useContractSubmit<TForm extends FieldValues, TValues>(
  form: UseFormReturn<TForm, unknown, TValues>,
  translate: (values: TForm) => FormTranslation,
  send: (values: TValues, intent: SaveIntent) => Promise<AppError | null>,
) {
  const [serverError, setServerError] = useState<AppError | null>(null);
  const [duplicates, setDuplicates] = useState<DuplicateMatch[] | null>(null);

  const save = async (values: TValues, intent: SaveIntent) => {
    setServerError(null);
    const error = await send(values, intent);
    setDuplicates(error?.code === 'DUPLICATE' ? (error.duplicates ?? []) : null);
    if (!error) return;
    if (error.code !== 'DUPLICATE') setServerError(error);
    const { pathBack } = translate(form.getValues());
    for (const [path, key] of Object.entries(error.fields ?? {})) {
      form.setError(pathBack(path) as FieldPath<TForm>, { type: 'server', message: key });
    }
  };
  const focusFirstInvalid = (errors: object) => {
    const path = firstErrorPath(errors);
    // Citizenships are a list of selects without one field to focus.
    if (path && !path.endsWith('citizenships')) form.setFocus(path as FieldPath<TForm>);
  };
  const submitWith = (intent: SaveIntent) =>
    void form.handleSubmit((values) => save(values, intent), focusFirstInvalid)();
  useSaveShortcut(() => submitWith('save'));

  const notices = (
    <SubmitNotices
      serverError={serverError}
      duplicates={duplicates}
      invalid={form.formState.submitCount > 0 && Object.keys(form.formState.errors).length > 0}
      onCreateAnyway={() => submitWith('acknowledge-duplicates')}
    />
  );
  return { submitWith, notices };
}

function SubmitNotices({
  serverError,
  duplicates,
  invalid,
  onCreateAnyway,
}: {
  serverError: AppError | null;
  duplicates: DuplicateMatch[] | null;
  invalid: boolean;
  onCreateAnyway: () => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      {/* VALIDATION shows beside the fields; DUPLICATE as the warning below. */}
      {serverError && serverError.code !== 'VALIDATION' && <ErrorNotice error={serverError} />}
      {duplicates && <DuplicateWarning matches={duplicates} onCreateAnyway={onCreateAnyway} />}
      {invalid && (
        <p className="notice notice-error" role="alert">
          {t('errors.VALIDATION')}
        </p>
      )}
    </>
  );
}
