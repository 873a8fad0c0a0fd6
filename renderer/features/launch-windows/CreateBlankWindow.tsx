import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { call } from '../../api/client';
import { DateInput } from '../../ui/DateInput';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { ApplicationTypeSelect } from '../applications/ApplicationTypeSelect';
import { useApplicationTypes } from '../applications/queries';
import { useTimeZoneOptions } from '../setup/useTimeZoneOptions';
import { useLaunchCommand } from './queries';

/**
 * A program no template knows (a new pathway announced next month): name, what each member
 * files, and when it opens in its own zone. Cap, eligibility and documents are set next, in
 * the window's settings, where the new window opens.
 */
export function CreateBlankWindow({ defaultZone }: { defaultZone: string }) {
  const { t } = useTranslation();
  const id = useId();
  const [, navigate] = useLocation();
  const command = useLaunchCommand();
  const types = useApplicationTypes();
  const { options: zones } = useTimeZoneOptions();
  const [name, setName] = useState('');
  const [typeId, setTypeId] = useState('');
  const [opensOn, setOpensOn] = useState('');
  const [opensAtTime, setOpensAtTime] = useState('09:00');
  const [timeZone, setTimeZone] = useState(defaultZone);
  const [local, setLocal] = useState<Record<string, string>>({});
  const server = command.error?.fields ?? {};
  const problem = (field: string) => local[field] ?? server[field];
  const message = (field: string) => {
    const key = problem(field);
    return key ? t(key as 'validation.invalid', { defaultValue: t('validation.invalid') }) : '';
  };
  const field = (name: string) => (problem(name) ? 'field field-invalid' : 'field');
  return (
    <details className="on-demand create-blank-window">
      <summary>{t('launchScreens.blank.open')}</summary>
      <form
        className="form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const type = types.data?.find((candidate) => String(candidate.id) === typeId);
          const missing: Record<string, string> = {};
          if (name.trim() === '') missing.name = 'validation.required';
          if (!type) missing.applicationTypeId = 'validation.required';
          setLocal(missing);
          if (!type || Object.keys(missing).length > 0) return;
          void command
            .run(() =>
              call('launchWindows.create', {
                name,
                jurisdiction: type.jurisdiction,
                applicationTypeId: type.id,
                opensOn,
                opensAtTime,
                timeZone,
              }),
            )
            .then((created) => created && navigate(`/launch-windows/${created.id}`));
        }}
      >
        <p className="field-hint">{t('launchScreens.blank.hint')}</p>
        {command.error && !command.error.fields && <ErrorNotice error={command.error} />}
        <div className="form-grid">
          <div className={field('name')}>
            <label htmlFor={`${id}-name`}>{t('launchScreens.settings.name')}</label>
            <input
              id={`${id}-name`}
              value={name}
              maxLength={200}
              aria-invalid={Boolean(problem('name'))}
              aria-describedby={`${id}-name-error`}
              onChange={(e) => setName(e.target.value)}
            />
            <p id={`${id}-name-error`} className="field-error">
              {message('name')}
            </p>
          </div>
          <div className={field('applicationTypeId')}>
            <label htmlFor={`${id}-type`}>{t('launchScreens.blank.applicationType')}</label>
            <ApplicationTypeSelect
              id={`${id}-type`}
              types={types.data ?? []}
              emptyLabel={t('launchScreens.blank.chooseType')}
              value={typeId}
              aria-invalid={Boolean(problem('applicationTypeId'))}
              aria-describedby={`${id}-type-error`}
              onChange={(e) => setTypeId(e.target.value)}
            />
            <p id={`${id}-type-error`} className="field-error">
              {message('applicationTypeId')}
            </p>
          </div>
          <div className={field('opensOn')}>
            <label htmlFor={`${id}-on`}>{t('launchScreens.blank.opensOn')}</label>
            <DateInput
              id={`${id}-on`}
              value={opensOn}
              aria-invalid={Boolean(problem('opensOn'))}
              aria-describedby={`${id}-on-error`}
              onChange={(e) => setOpensOn(e.target.value)}
            />
            <p id={`${id}-on-error`} className="field-error">
              {message('opensOn')}
            </p>
          </div>
          <div className={field('opensAtTime')}>
            <label htmlFor={`${id}-at`}>{t('launchScreens.blank.opensAt')}</label>
            <input
              id={`${id}-at`}
              type="time"
              value={opensAtTime}
              aria-invalid={Boolean(problem('opensAtTime'))}
              onChange={(e) => setOpensAtTime(e.target.value)}
            />
          </div>
          <div className={field('timeZone')}>
            <label htmlFor={`${id}-zone`}>{t('setup.fields.timeZone')}</label>
            <select id={`${id}-zone`} value={timeZone} onChange={(e) => setTimeZone(e.target.value)}>
              {zones.map((option) => (
                <option key={option.zone} value={option.zone}>
                  {option.label}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={command.pending}>
            {t('launchScreens.blank.create')}
          </button>
        </div>
      </form>
    </details>
  );
}
