import { zodResolver } from '@hookform/resolvers/zod';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { type FieldPath, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  type AppError,
  type ChannelInput,
  completeSetupInput,
  type ParsedInput,
} from '../../../main/contract';
import { call } from '../../api/client';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Field } from '../../ui/Field';
import { firstErrorPath } from '../../ui/formErrors';
import { sessionKey, useApplySession } from '../session/queries';
import { RoleOptions } from '../session/RoleOptions';
import { FirmFields } from './FirmFields';
import { defaultTimeZone } from './timeZones';
import { useTimeZoneOptions } from './useTimeZoneOptions';

type SetupInput = ChannelInput<'setup.complete'>;

/**
 * First run: the firm and the first person working on this computer, in one step. Validates
 * with the contract's own schema, the one the main process re-checks.
 */
export function SetupPage() {
  const { t } = useTranslation();
  const applySession = useApplySession();
  const [serverError, setServerError] = useState<AppError | null>(null);
  const { zones } = useTimeZoneOptions();

  const form = useForm<SetupInput, unknown, ParsedInput<'setup.complete'>>({
    resolver: zodResolver(completeSetupInput),
    // No role preselected: the person says what they are.
    defaultValues: {
      firmName: '',
      timeZone: defaultTimeZone(zones),
      province: '',
      user: { displayName: '', initials: '', email: '' },
    },
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  const { register, handleSubmit, formState, setError, setFocus } = form;
  const errors = formState.errors;

  const submit = handleSubmit(
    async (values) => {
      setServerError(null);
      const result = await call('setup.complete', values);
      if (result.ok) {
        await applySession(result.value);
        return;
      }
      setServerError(result.error);
      for (const [path, key] of Object.entries(result.error.fields ?? {})) {
        setError(path as FieldPath<SetupInput>, { type: 'server', message: key });
      }
    },
    (invalid) => {
      const first = firstErrorPath(invalid);
      if (first) setFocus(first as FieldPath<SetupInput>);
    },
  );

  return (
    <main id="main" tabIndex={-1} className="setup">
      <h1>{t('setup.title')}</h1>
      <p className="page-subtitle">{t('setup.intro')}</p>
      <form className="form setup-form" onSubmit={submit} noValidate>
        {serverError?.code === 'CONFLICT' && <AlreadySetUp />}
        {serverError && serverError.code !== 'VALIDATION' && serverError.code !== 'CONFLICT' && (
          <ErrorNotice error={serverError} />
        )}
        {formState.submitCount > 0 && Object.keys(errors).length > 0 && (
          <p className="notice notice-error" role="alert">
            {t('errors.VALIDATION')}
          </p>
        )}
        <fieldset>
          <legend>{t('setup.firmSection')}</legend>
          <div className="form-grid">
            <FirmFields register={register} errors={errors} timeZoneHint={t('setup.fields.timeZoneHint')} />
          </div>
        </fieldset>
        <fieldset>
          <legend>{t('setup.youSection')}</legend>
          <p className="field-hint">{t('setup.youIntro')}</p>
          <div className="form-grid">
            <Field label={t('setup.fields.displayName')} error={errors.user?.displayName?.message} required>
              {(a11y) => <input {...a11y} {...register('user.displayName')} autoComplete="name" />}
            </Field>
            <Field
              label={t('users.fields.initials')}
              hint={t('users.fields.initialsHint')}
              error={errors.user?.initials?.message}
            >
              {(a11y) => <input {...a11y} {...register('user.initials')} autoComplete="off" />}
            </Field>
            <Field label={t('users.fields.email')} error={errors.user?.email?.message}>
              {(a11y) => <input {...a11y} type="email" {...register('user.email')} autoComplete="email" />}
            </Field>
            <Field label={t('users.fields.role')} error={errors.user?.role?.message} required>
              {(a11y) => (
                <select {...a11y} {...register('user.role')}>
                  <RoleOptions />
                </select>
              )}
            </Field>
          </div>
        </fieldset>
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={formState.isSubmitting}>
            {formState.isSubmitting ? t('setup.finishing') : t('setup.finish')}
          </button>
        </div>
      </form>
    </main>
  );
}

/** Another window finished setup first: nothing to do but go in. */
function AlreadySetUp() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  return (
    <div className="notice notice-error" role="alert">
      <p>{t('setup.alreadySetUp')}</p>
      <button
        type="button"
        className="button"
        onClick={() => void queryClient.invalidateQueries({ queryKey: sessionKey })}
      >
        {t('setup.continue')}
      </button>
    </div>
  );
}
