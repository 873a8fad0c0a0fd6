import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { type FieldPath, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  type AppError,
  DEADLINE_KINDS,
  type DeadlineKind,
  type ReminderPreferences,
  updateReminderPreferencesInput,
} from '../../../main/contract';
import { DEFAULT_LEAD_TIMES } from '../../../main/domain/reminders/lead-times';
import { call, fetchValue } from '../../api/client';
import { contractResolver } from '../../ui/contractResolver';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Field } from '../../ui/Field';
import { useAnnounce } from '../../ui/StatusMessage';
import { useFormDraft } from '../../ui/useFormDraft';

const preferencesKey = ['reminders', 'preferences'] as const;

interface ReminderForm {
  mode: ReminderPreferences['mode'];
  notifyAt: string;
  overdue: ReminderPreferences['overdue'];
  /** Days before the due date per kind, as typed ("30, 7, 1"); empty = the default. */
  leadTimes: Record<DeadlineKind, string>;
}

function toForm(preferences: ReminderPreferences): ReminderForm {
  const leadTimes = Object.fromEntries(
    DEADLINE_KINDS.map((kind) => [kind, preferences.leadTimes[kind]?.join(', ') ?? '']),
  ) as Record<DeadlineKind, string>;
  return { mode: preferences.mode, notifyAt: preferences.notifyAt, overdue: preferences.overdue, leadTimes };
}

/**
 * "30, 14, 7" -> [30, 14, 7]. A word becomes -1, which the contract's range rule refuses with
 * its own sentence about reminder days (NaN would only get a generic "not valid").
 */
function days(text: string): number[] {
  return text
    .split(/[,\s]+/)
    .filter(Boolean)
    .map((part) => (/^\d+$/.test(part) ? Number(part) : -1));
}

function toInput(form: ReminderForm) {
  const leadTimes = Object.fromEntries(
    DEADLINE_KINDS.filter((kind) => form.leadTimes[kind].trim() !== '').map((kind) => [
      kind,
      days(form.leadTimes[kind]),
    ]),
  );
  return {
    input: { mode: form.mode, notifyAt: form.notifyAt, overdue: form.overdue, leadTimes },
    // "leadTimes.rfe-response.2" is shown on the whole "rfe-response" field.
    pathBack: (path: string) => path.split('.').slice(0, 2).join('.'),
  };
}

/**
 * When reminders go out: one notification each or a morning digest, and how many days ahead for
 * each kind of deadline. A kind left empty uses the defaults; a deadline may still set its own.
 */
export function ReminderSettings() {
  const { t } = useTranslation();
  const preferences = useQuery({
    queryKey: preferencesKey,
    queryFn: () => fetchValue('reminders.preferences', {}),
  });
  if (preferences.isPending) return <p role="status">{t('app.loading')}</p>;
  if (preferences.isError)
    return <ErrorNotice error={preferences.error} onRetry={() => void preferences.refetch()} />;
  return <ReminderSettingsForm preferences={preferences.data} />;
}

function ReminderSettingsForm({ preferences }: { preferences: ReminderPreferences }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const queryClient = useQueryClient();
  const [serverError, setServerError] = useState<AppError | null>(null);
  const form = useForm<ReminderForm, unknown, unknown>({
    resolver: contractResolver(updateReminderPreferencesInput, toInput),
    defaultValues: toForm(preferences),
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  const { register, handleSubmit, formState, setError, reset } = form;
  const errors = formState.errors;
  const draft = useFormDraft(form, 'settings.reminders');

  const submit = handleSubmit(async () => {
    setServerError(null);
    const result = await call('reminders.updatePreferences', toInput(form.getValues()).input);
    if (!result.ok) {
      setServerError(result.error);
      for (const [path, key] of Object.entries(result.error.fields ?? {})) {
        setError(toInput(form.getValues()).pathBack(path) as FieldPath<ReminderForm>, {
          type: 'server',
          message: key,
        });
      }
      return;
    }
    queryClient.setQueryData(preferencesKey, result.value);
    reset(toForm(result.value));
    announce(t('settings.reminders.saved'));
  });

  return (
    <form className="form settings-section" onSubmit={submit} noValidate aria-labelledby="settings-reminders">
      <h2 id="settings-reminders">{t('settings.reminders.heading')}</h2>
      {draft.offer}
      {serverError && serverError.code !== 'VALIDATION' && <ErrorNotice error={serverError} />}
      <div className="form-grid">
        <Field label={t('settings.reminders.mode')} error={errors.mode?.message}>
          {(a11y) => (
            <select {...a11y} {...register('mode')}>
              <option value="each">{t('settings.reminders.modeEach')}</option>
              <option value="digest">{t('settings.reminders.modeDigest')}</option>
            </select>
          )}
        </Field>
        <Field
          label={t('settings.reminders.notifyAt')}
          hint={t('settings.reminders.notifyAtHint')}
          error={errors.notifyAt?.message}
        >
          {(a11y) => <input {...a11y} type="time" {...register('notifyAt')} />}
        </Field>
        <Field label={t('settings.reminders.overdue')} error={errors.overdue?.message}>
          {(a11y) => (
            <select {...a11y} {...register('overdue')}>
              <option value="daily">{t('settings.reminders.overdueDaily')}</option>
              <option value="once">{t('settings.reminders.overdueOnce')}</option>
            </select>
          )}
        </Field>
      </div>
      <fieldset className="subsection">
        <legend>{t('settings.reminders.leadTimes')}</legend>
        <p className="field-hint">
          {t('settings.reminders.leadTimesHint', { defaults: DEFAULT_LEAD_TIMES.join(', ') })}
        </p>
        <div className="form-grid">
          {DEADLINE_KINDS.map((kind) => (
            <Field key={kind} label={t(`deadlineKinds.${kind}`)} error={errors.leadTimes?.[kind]?.message}>
              {(a11y) => (
                <input
                  {...a11y}
                  {...register(`leadTimes.${kind}`)}
                  placeholder={DEFAULT_LEAD_TIMES.join(', ')}
                  inputMode="numeric"
                />
              )}
            </Field>
          ))}
        </div>
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? t('clients.form.saving') : t('settings.reminders.save')}
        </button>
      </div>
    </form>
  );
}
