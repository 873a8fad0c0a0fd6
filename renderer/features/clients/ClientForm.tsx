import { zodResolver } from '@hookform/resolvers/zod';
import { type ReactNode, useEffect, useId, useState } from 'react';
import { Controller, type FieldErrors, type FieldPath, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  type AppError,
  type ClientFields,
  type ClientFieldsInput,
  clientFields,
} from '../../../main/contract';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Field } from '../../ui/Field';
import { CitizenshipField } from './CitizenshipField';

export const emptyClientFields: ClientFieldsInput = {
  givenNames: '',
  familyName: '',
  dateOfBirth: '',
  citizenships: [],
  email: '',
  phone: '',
};

/** Why the form is being saved: the Save button, or "create anyway" after a duplicate warning. */
export type SaveIntent = 'save' | 'acknowledge-duplicates';

interface Props {
  initialValues: ClientFieldsInput;
  /** Saves; returns the server's error envelope (kept on screen) or null when saved. */
  onSave: (values: ClientFields, intent: SaveIntent) => Promise<AppError | null>;
  onCancel: () => void;
  /**
   * Shown at the top of the form (e.g. the possible duplicates of the person being created);
   * `saveWith` validates and saves what is typed now, with another intent.
   */
  notice?: (saveWith: (intent: SaveIntent) => void) => ReactNode;
}

/**
 * The client form validates with the contract's own schema (the one the main process
 * re-checks), keeps every keystroke when a save fails, and saves on Ctrl/Cmd+S.
 */
export function ClientForm({ initialValues, onSave, onCancel, notice }: Props) {
  const { t } = useTranslation();
  const citizenshipLabelId = useId();
  const [serverError, setServerError] = useState<AppError | null>(null);
  const form = useForm<ClientFieldsInput, unknown, ClientFields>({
    resolver: zodResolver(clientFields),
    defaultValues: initialValues,
    // Validate on save, then as the user corrects. Validating on blur would insert messages as
    // focus leaves a field, shifting the Save button away from a click already under way.
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  const { register, handleSubmit, formState, setError, control, setFocus } = form;
  const errors = formState.errors;

  const save = async (values: ClientFields, intent: SaveIntent) => {
    setServerError(null);
    const error = await onSave(values, intent);
    if (!error) return;
    setServerError(error);
    for (const [path, key] of Object.entries(error.fields ?? {})) {
      setError(path as FieldPath<ClientFieldsInput>, { type: 'server', message: key });
    }
  };
  const focusFirstInvalid = (invalid: FieldErrors<ClientFieldsInput>) => {
    const first = Object.keys(invalid)[0];
    if (first && first !== 'citizenships') setFocus(first as FieldPath<ClientFieldsInput>);
  };
  const submit = handleSubmit((values) => save(values, 'save'), focusFirstInvalid);
  // The intent travels in the closure, so no flag can outlive a save that failed validation.
  const saveWith = (intent: SaveIntent) =>
    void handleSubmit((values) => save(values, intent), focusFirstInvalid)();

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
        event.preventDefault();
        void submit();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [submit]);

  const citizenshipErrors = errors.citizenships;
  const rowErrors = Array.isArray(citizenshipErrors) ? citizenshipErrors.map((e) => e?.message) : [];

  return (
    <form className="form" onSubmit={submit} noValidate>
      {/* VALIDATION shows beside the fields; DUPLICATE is the page's own `notice`. */}
      {serverError && serverError.code !== 'VALIDATION' && serverError.code !== 'DUPLICATE' && (
        <ErrorNotice error={serverError} />
      )}
      {notice?.(saveWith)}
      {formState.submitCount > 0 && Object.keys(errors).length > 0 && (
        <p className="notice notice-error" role="alert">
          {t('errors.VALIDATION')}
        </p>
      )}
      <div className="form-grid">
        <Field label={t('clients.fields.givenNames')} error={errors.givenNames?.message} required>
          {(a11y) => <input {...a11y} {...register('givenNames')} autoComplete="off" />}
        </Field>
        <Field
          label={t('clients.fields.familyName')}
          hint={t('clients.fields.familyNameHint')}
          error={errors.familyName?.message}
        >
          {(a11y) => <input {...a11y} {...register('familyName')} autoComplete="off" />}
        </Field>
        <Field label={t('clients.fields.dateOfBirth')} error={errors.dateOfBirth?.message}>
          {(a11y) => <input {...a11y} type="date" {...register('dateOfBirth')} />}
        </Field>
        <div className="field">
          <span className="field-label" id={citizenshipLabelId}>
            {t('clients.fields.citizenships')}
          </span>
          <Controller
            control={control}
            name="citizenships"
            render={({ field }) => (
              <CitizenshipField
                labelId={citizenshipLabelId}
                value={field.value ?? []}
                onChange={field.onChange}
                error={Array.isArray(citizenshipErrors) ? undefined : citizenshipErrors?.message}
                rowErrors={rowErrors}
              />
            )}
          />
        </div>
        <Field label={t('clients.fields.email')} error={errors.email?.message}>
          {(a11y) => <input {...a11y} type="email" {...register('email')} autoComplete="off" />}
        </Field>
        <Field label={t('clients.fields.phone')} error={errors.phone?.message}>
          {(a11y) => <input {...a11y} type="tel" {...register('phone')} autoComplete="off" />}
        </Field>
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? t('clients.form.saving') : t('clients.form.save')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('clients.form.cancel')}
        </button>
        <span className="form-shortcut">{t('clients.form.saveShortcut')}</span>
      </div>
    </form>
  );
}
