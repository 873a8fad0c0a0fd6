import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { type FieldPath, FormProvider, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import {
  type AppError,
  CAP_COUNTS,
  type LaunchWindow,
  updateLaunchWindowInput,
} from '../../../main/contract';
import { call } from '../../api/client';
import { contractResolver } from '../../ui/contractResolver';
import { DateInput } from '../../ui/DateInput';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Field } from '../../ui/Field';
import { firstErrorPath } from '../../ui/formErrors';
import { useAnnounce } from '../../ui/StatusMessage';
import { CountryField } from '../people/CountryField';
import { useTimeZoneOptions } from '../setup/useTimeZoneOptions';
import { ChecklistTemplateEditor } from './ChecklistTemplateEditor';
import { launchKeys } from './queries';
import { toWindowUpdate, type WindowForm, windowToForm } from './windowForm';

/** The program's rules as the firm understands them: when, how many, who is eligible, what to file. */
export function WindowSettingsForm({ window: w, onDone }: { window: LaunchWindow; onDone: () => void }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const queryClient = useQueryClient();
  const { options: zones } = useTimeZoneOptions();
  const [serverError, setServerError] = useState<AppError | null>(null);
  const translate = (values: WindowForm) => toWindowUpdate(values, w.id, w.version);
  const form = useForm<WindowForm, unknown, z.output<typeof updateLaunchWindowInput>>({
    resolver: contractResolver(updateLaunchWindowInput, translate),
    defaultValues: windowToForm(w),
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  const { register, handleSubmit, formState, setError, setFocus } = form;
  const error = (name: FieldPath<WindowForm>) =>
    (formState.errors as Record<string, { message?: string } | undefined>)[name]?.message;

  const submit = handleSubmit(
    async (values) => {
      setServerError(null);
      const result = await call('launchWindows.update', values);
      await queryClient.invalidateQueries({ queryKey: launchKeys.all });
      if (result.ok) {
        announce(t('launchScreens.settings.saved'));
        onDone();
        return;
      }
      setServerError(result.error);
      const { pathBack } = translate(form.getValues());
      for (const [path, key] of Object.entries(result.error.fields ?? {})) {
        setError(pathBack(path) as FieldPath<WindowForm>, { type: 'server', message: key });
      }
    },
    (invalid) => {
      const first = firstErrorPath(invalid);
      if (first) setFocus(first as FieldPath<WindowForm>);
    },
  );

  return (
    <FormProvider {...form}>
      <form className="form window-form" onSubmit={submit} noValidate aria-labelledby="window-settings">
        <h2 id="window-settings">{t('launchScreens.settings.heading')}</h2>
        {serverError && serverError.code !== 'VALIDATION' && <ErrorNotice error={serverError} />}
        <div className="form-grid">
          <Field label={t('launchScreens.settings.name')} error={error('name')} required>
            {(a11y) => <input {...a11y} {...register('name')} />}
          </Field>
          <Field
            label={t('setup.fields.timeZone')}
            hint={t('launchScreens.settings.zoneHint')}
            error={error('timeZone')}
          >
            {(a11y) => (
              <select {...a11y} {...register('timeZone')}>
                {zones.map((z) => (
                  <option key={z.zone} value={z.zone}>
                    {z.label}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('launchScreens.settings.opensOn')} error={error('opensOn')} required>
            {(a11y) => <DateInput {...a11y} {...register('opensOn')} />}
          </Field>
          <Field label={t('launchScreens.settings.opensAtTime')} error={error('opensAtTime')} required>
            {(a11y) => <input {...a11y} type="time" {...register('opensAtTime')} />}
          </Field>
          <Field label={t('launchScreens.settings.closesOn')} error={error('closesOn')}>
            {(a11y) => <DateInput {...a11y} {...register('closesOn')} />}
          </Field>
          <Field label={t('launchScreens.settings.closesAtTime')} error={error('closesAtTime')}>
            {(a11y) => <input {...a11y} type="time" {...register('closesAtTime')} />}
          </Field>
          <Field
            label={t('launchScreens.settings.cap')}
            hint={t('launchScreens.settings.capHint')}
            error={error('cap')}
          >
            {(a11y) => <input {...a11y} inputMode="numeric" {...register('cap')} />}
          </Field>
          <Field label={t('launchScreens.settings.capCountsToward')} error={error('capCountsToward')}>
            {(a11y) => (
              <select {...a11y} {...register('capCountsToward')}>
                {CAP_COUNTS.map((c) => (
                  <option key={c} value={c}>
                    {t(`launchWindows.capCounts.${c}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <fieldset className="subsection">
          <legend>{t('launchScreens.settings.eligibility')}</legend>
          <div className="form-grid">
            <Field
              label={t('launchScreens.settings.statusTypes')}
              hint={t('launchScreens.settings.statusTypesHint')}
              error={error('statusTypes')}
            >
              {(a11y) => <input {...a11y} {...register('statusTypes')} />}
            </Field>
            <CountryField
              name="statusCountry"
              label={t('launchScreens.settings.statusCountry')}
              error={error('statusCountry')}
            />
            <CountryField
              name="residenceCountry"
              label={t('launchScreens.settings.residenceCountry')}
              error={error('residenceCountry')}
            />
            <Field label={t('launchScreens.settings.passportMonths')} error={error('passportMonths')}>
              {(a11y) => <input {...a11y} inputMode="numeric" {...register('passportMonths')} />}
            </Field>
            <Field label={t('launchScreens.settings.passportCheckAppliesTo')}>
              {(a11y) => (
                <select {...a11y} {...register('passportCheckAppliesTo')}>
                  <option value="all">{t('launchScreens.settings.everyone')}</option>
                  <option value="principal">{t('launchScreens.settings.principalOnly')}</option>
                </select>
              )}
            </Field>
            <Field label={t('launchScreens.settings.verifiedWithinDays')} error={error('verifiedWithinDays')}>
              {(a11y) => <input {...a11y} inputMode="numeric" {...register('verifiedWithinDays')} />}
            </Field>
          </div>
          <label className="checkbox">
            <input type="checkbox" {...register('requireDateOfBirth')} />
            {t('launchScreens.settings.requireDateOfBirth')}
          </label>
        </fieldset>
        <ChecklistTemplateEditor />
        <Field label={t('launchScreens.settings.notes')} error={error('notes')}>
          {(a11y) => <textarea {...a11y} rows={3} {...register('notes')} />}
        </Field>
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={formState.isSubmitting}>
            {formState.isSubmitting ? t('clients.form.saving') : t('launchScreens.settings.save')}
          </button>
          <button type="button" className="button" onClick={onDone}>
            {t('clients.form.cancel')}
          </button>
        </div>
      </form>
    </FormProvider>
  );
}
