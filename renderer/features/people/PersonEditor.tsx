import { type ReactNode, useState } from 'react';
import { type DefaultValues, type FieldPath, type FieldValues, FormProvider, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { AppError, DuplicateMatch } from '../../../main/contract';
import { contractResolver, type FormTranslation } from '../../ui/contractResolver';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { firstErrorPath } from '../../ui/formErrors';
import { useSaveShortcut } from '../../ui/useSaveShortcut';
import { DuplicateWarning } from '../clients/DuplicateWarning';
import { PersonFields } from './PersonFields';

export type SaveIntent = 'save' | 'acknowledge-duplicates';

interface Props<TForm extends FieldValues, TSchema extends z.ZodType> {
  initialValues: DefaultValues<TForm>;
  /** The contract schema the channel parses, and how the form's values become its input. */
  schema: TSchema;
  translate: (values: TForm) => FormTranslation;
  /** Saves; returns the server's error (kept on screen, fields marked) or null when saved. */
  onSave: (values: z.output<TSchema>, intent: SaveIntent) => Promise<AppError | null>;
  onCancel: () => void;
  saveLabel: string;
  /** Fields shown before the person's own (e.g. a dependant's relationship). */
  before?: ReactNode;
  /** Replaces the address fields (e.g. with a "copy the principal's address" button above them). */
  address?: ReactNode;
}

/**
 * One person's form, for a principal or a dependant, new or on file: validated with the
 * contract's schema, saved with Ctrl/Cmd+S, and nothing typed is lost when a save is refused.
 */
export function PersonEditor<TForm extends FieldValues, TSchema extends z.ZodType>({
  initialValues,
  schema,
  translate,
  onSave,
  onCancel,
  saveLabel,
  before,
  address,
}: Props<TForm, TSchema>) {
  const { t } = useTranslation();
  const [serverError, setServerError] = useState<AppError | null>(null);
  const [duplicates, setDuplicates] = useState<DuplicateMatch[] | null>(null);
  const form = useForm<TForm, unknown, z.output<TSchema>>({
    resolver: contractResolver(schema, translate),
    defaultValues: initialValues,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  const { handleSubmit, formState, setError, setFocus } = form;

  const save = async (values: z.output<TSchema>, intent: SaveIntent) => {
    setServerError(null);
    const error = await onSave(values, intent);
    setDuplicates(error?.code === 'DUPLICATE' ? (error.duplicates ?? []) : null);
    if (!error) return;
    if (error.code !== 'DUPLICATE') setServerError(error);
    const { pathBack } = translate(form.getValues());
    for (const [path, key] of Object.entries(error.fields ?? {})) {
      setError(pathBack(path) as FieldPath<TForm>, { type: 'server', message: key });
    }
  };
  const focusFirstInvalid = (errors: object) => {
    const path = firstErrorPath(errors);
    if (path && !path.endsWith('citizenships')) setFocus(path as FieldPath<TForm>);
  };
  const submitWith = (intent: SaveIntent) =>
    void handleSubmit((values) => save(values, intent), focusFirstInvalid)();
  useSaveShortcut(() => submitWith('save'));

  return (
    <FormProvider {...form}>
      <form
        className="form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submitWith('save');
        }}
      >
        {serverError && serverError.code !== 'VALIDATION' && <ErrorNotice error={serverError} />}
        {duplicates && (
          <DuplicateWarning
            matches={duplicates}
            onCreateAnyway={() => submitWith('acknowledge-duplicates')}
          />
        )}
        {formState.submitCount > 0 && Object.keys(formState.errors).length > 0 && (
          <p className="notice notice-error" role="alert">
            {t('errors.VALIDATION')}
          </p>
        )}
        {before}
        <PersonFields prefix="" address={address} />
        <div className="form-actions sticky-actions">
          <button type="submit" className="button button-primary" disabled={formState.isSubmitting}>
            {formState.isSubmitting ? t('clients.form.saving') : saveLabel}
          </button>
          <button type="button" className="button" onClick={onCancel}>
            {t('clients.form.cancel')}
          </button>
          <span className="form-shortcut">{t('clients.form.saveShortcut')}</span>
        </div>
      </form>
    </FormProvider>
  );
}
