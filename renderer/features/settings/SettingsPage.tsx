import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { type FieldPath, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  type AppError,
  type ChannelInput,
  type ParsedInput,
  type Session,
  updateSettingsInput,
} from '../../../main/contract';
import { actsAsFirmAdmin } from '../../../main/domain/people/firm-admin';
import { call } from '../../api/client';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Field } from '../../ui/Field';
import { firstErrorPath } from '../../ui/formErrors';
import { PageHeader } from '../../ui/PageHeader';
import { useAnnounce } from '../../ui/StatusMessage';
import { useFormDraft } from '../../ui/useFormDraft';
import { useSaveShortcut } from '../../ui/useSaveShortcut';
import { useApplySession, useSession } from '../session/queries';
import { FirmFields } from '../setup/FirmFields';
import { ApplicationTypesSettings } from './ApplicationTypesSettings';
import { AuditExport } from './AuditExport';
import { BackupSettings } from './BackupSettings';
import { DisplaySettings } from './DisplaySettings';
import { FirmPeople } from './FirmPeople';
import { ReminderSettings } from './ReminderSettings';
import { RollForwardDefaultsSettings } from './RollForwardDefaults';
import { SupportSection } from './SupportSection';

type SettingsInput = ChannelInput<'settings.update'>;

/** The firm's own settings: name, the time zone "today" is counted in, province, retention. */
export function SettingsPage() {
  const { t } = useTranslation();
  const session = useSession();
  if (session.isPending) return <p role="status">{t('app.loading')}</p>;
  if (session.isError) return <ErrorNotice error={session.error} onRetry={() => void session.refetch()} />;
  return (
    <>
      <PageHeader title={t('settings.title')} />
      <DisplaySettings session={session.data} />
      <FirmSettingsForm session={session.data} />
      <ReminderSettings />
      <RollForwardDefaultsSettings />
      <FirmPeople session={session.data} />
      <ApplicationTypesSettings />
      <AuditExport />
      <BackupSettings session={session.data} />
      <SupportSection />
    </>
  );
}

/**
 * The firm's name, zone and province are a lawyer's (or anyone's while no lawyer is on file),
 * retention always a lawyer's (main/session/people-rules.ts): what the person working may not
 * change is shown disabled, with why.
 */
function FirmSettingsForm({ session }: { session: Session }) {
  const { settings } = session;
  const { t } = useTranslation();
  const mayChangeFirm = actsAsFirmAdmin(session.user, session.users);
  const mayChangeRetention = session.user?.role === 'lawyer';
  const applySession = useApplySession();
  const announce = useAnnounce();
  const [serverError, setServerError] = useState<AppError | null>(null);
  const form = useForm<SettingsInput, unknown, ParsedInput<'settings.update'>>({
    resolver: zodResolver(updateSettingsInput),
    defaultValues: settings,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  const { register, handleSubmit, formState, setError, setFocus, reset } = form;
  const errors = formState.errors;
  const draft = useFormDraft(form, 'settings.firm');
  const submit = handleSubmit(
    async (values) => {
      setServerError(null);
      const result = await call('settings.update', values);
      if (!result.ok) {
        setServerError(result.error);
        for (const [path, key] of Object.entries(result.error.fields ?? {})) {
          setError(path as FieldPath<SettingsInput>, { type: 'server', message: key });
        }
        return;
      }
      reset(result.value);
      const session = await call('session.get', {});
      if (session.ok) await applySession(session.value);
      announce(t('settings.saved'));
    },
    (invalid) => {
      const first = firstErrorPath(invalid);
      if (first) setFocus(first as FieldPath<SettingsInput>);
    },
  );
  useSaveShortcut(() => {
    if (mayChangeFirm) void submit();
  });

  return (
    <form className="form" onSubmit={submit} noValidate aria-labelledby="settings-firm">
      <h2 id="settings-firm">{t('settings.firm')}</h2>
      {draft.offer}
      {serverError && serverError.code !== 'VALIDATION' && <ErrorNotice error={serverError} />}
      {!mayChangeFirm && <p className="field-hint">{t('settings.firmLawyerOnly')}</p>}
      <fieldset className="form-grid" disabled={!mayChangeFirm}>
        <legend className="visually-hidden">{t('settings.firm')}</legend>
        <FirmFields register={register} errors={errors} timeZoneHint={t('settings.timeZoneHint')} />
        <Field
          label={t('settings.retentionYears')}
          hint={mayChangeRetention ? t('settings.retentionHint') : t('settings.retentionLawyerOnly')}
          error={errors.retentionYears?.message}
          required
        >
          {(a11y) => (
            <input
              {...a11y}
              type="number"
              min={1}
              max={50}
              {...register('retentionYears', { valueAsNumber: true })}
              disabled={!mayChangeRetention}
            />
          )}
        </Field>
      </fieldset>
      {mayChangeFirm && (
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={formState.isSubmitting}>
            {formState.isSubmitting ? t('clients.form.saving') : t('settings.save')}
          </button>
          <span className="form-shortcut">{t('clients.form.saveShortcut')}</span>
        </div>
      )}
    </form>
  );
}
