import type { ReactNode } from 'react';
import { type DefaultValues, type FieldValues, FormProvider, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { AppError } from '../../../main/contract';
import { contractResolver, type FormTranslation } from '../../ui/contractResolver';
import { type SaveIntent, useContractSubmit } from '../../ui/useContractSubmit';
import { useFormDraft } from '../../ui/useFormDraft';
import { PersonFields } from './PersonFields';

interface Props<TForm extends FieldValues, TSchema extends z.ZodType> {
  initialValues: DefaultValues<TForm>;
  /** The contract schema the channel parses, and how the form's values become its input. */
  schema: TSchema;
  translate: (values: TForm) => FormTranslation;
  /** Saves; returns the server's error (kept on screen, fields marked) or null when saved. */
  onSave: (values: z.output<TSchema>, intent: SaveIntent) => Promise<AppError | null>;
  onCancel: () => void;
  saveLabel: string;
  /** Where this form's unsaved draft is kept, per record ("client.42", "dependant.new.42"). */
  draftKey: string;
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
  draftKey,
  before,
  address,
}: Props<TForm, TSchema>) {
  const { t } = useTranslation();
  const form = useForm<TForm, unknown, z.output<TSchema>>({
    resolver: contractResolver(schema, translate),
    defaultValues: initialValues,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  const draft = useFormDraft(form, draftKey);
  const { submitWith, notices } = useContractSubmit(form, translate, async (values, intent) => {
    // onSave navigates away when saved: the leave question must not stop it.
    draft.release();
    const error = await onSave(values, intent);
    if (error) draft.rearm();
    else draft.clear();
    return error;
  });

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
        {draft.offer}
        {notices}
        {before}
        <PersonFields prefix="" address={address} />
        <div className="form-actions sticky-actions">
          <button type="submit" className="button button-primary" disabled={form.formState.isSubmitting}>
            {form.formState.isSubmitting ? t('clients.form.saving') : saveLabel}
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
