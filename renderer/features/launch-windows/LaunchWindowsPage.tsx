import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import {
  LAUNCH_WINDOW_TEMPLATE_ZONES,
  LAUNCH_WINDOW_TEMPLATES,
  type LaunchWindowTemplate,
} from '../../../main/contract';
import { zonedDateTimeToInstant } from '../../../main/domain/deadlines/time-zone';
import { call } from '../../api/client';
import { formatInstantIn, formatNumber } from '../../i18n/format';
import { DateInput } from '../../ui/DateInput';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { PageHeader } from '../../ui/PageHeader';
import { useSession } from '../session/queries';
import { CreateBlankWindow } from './CreateBlankWindow';
import { useLaunchCommand, useLaunchWindows } from './queries';
import { ZonedTimes } from './ZonedTimes';
import './launch-windows.css';

/** Every launch window the firm prepares for, and a quick start from a ready template. */
export function LaunchWindowsPage() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const windows = useLaunchWindows();
  const command = useLaunchCommand();
  const [, navigate] = useLocation();
  const session = useSession();

  const clone = async (id: number, name: string) => {
    const copy = await command.run(() =>
      call('launchWindows.clone', { id, name: t('launchScreens.copyName', { name }) }),
    );
    if (copy) navigate(`/launch-windows/${copy.id}`);
  };

  return (
    <>
      <PageHeader
        title={t('launchScreens.title')}
        actions={
          <Link href="/import" className="button">
            {t('launchScreens.importFamilies')}
          </Link>
        }
      />
      <p className="page-subtitle">{t('launchScreens.intro')}</p>
      <CreateFromTemplate />
      <CreateBlankWindow defaultZone={session.data?.settings.timeZone ?? 'America/Toronto'} />
      {command.error && <ErrorNotice error={command.error} />}
      {windows.isPending && <p role="status">{t('app.loading')}</p>}
      {windows.isError && <ErrorNotice error={windows.error} onRetry={() => void windows.refetch()} />}
      {windows.data && windows.data.length === 0 && (
        <div className="empty-state">
          <p>
            <strong>{t('launchScreens.emptyTitle')}</strong>
          </p>
          <p className="muted">{t('launchScreens.emptyBody')}</p>
        </div>
      )}
      {windows.data && windows.data.length > 0 && (
        <table className="data-table">
          <caption className="visually-hidden">{t('launchScreens.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('launchScreens.columns.name')}</th>
              <th scope="col">{t('launchScreens.columns.opens')}</th>
              <th scope="col">{t('launchScreens.columns.cap')}</th>
              <th scope="col">{t('launchScreens.columns.enrolled')}</th>
              <th scope="col">{t('launchScreens.columns.submitted')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('launchScreens.columns.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {windows.data.map((w) => (
              <tr key={w.id}>
                <td>
                  <Link href={`/launch-windows/${w.id}`}>{w.name}</Link>
                </td>
                <td>{formatInstantIn(w.opensAt, w.timeZone, locale)}</td>
                <td>
                  {w.cap === null
                    ? t('launchScreens.noCap')
                    : t('launchScreens.capOf', {
                        cap: formatNumber(w.cap, locale),
                        who: t(`launchWindows.capCounts.${w.capCountsToward}`),
                      })}
                </td>
                <td>{formatNumber(w.enrolledFamilies, locale)}</td>
                <td>{formatNumber(w.submittedFamilies, locale)}</td>
                <td>
                  <button
                    type="button"
                    className="button button-quiet"
                    disabled={command.pending}
                    aria-label={t('launchScreens.cloneLabel', { name: w.name })}
                    onClick={() => void clone(w.id, w.name)}
                  >
                    {t('launchScreens.clone')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

/**
 * A template records a past program. Creating from it asks when the new one opens (in the
 * template's zone), shows that moment in the window's zone and the firm's side by side, and
 * refuses nothing silently: the server insists on a date whenever the template's has passed.
 */
function CreateFromTemplate() {
  const { t } = useTranslation();
  const id = useId();
  const [, navigate] = useLocation();
  const command = useLaunchCommand();
  const [template, setTemplate] = useState<LaunchWindowTemplate>(LAUNCH_WINDOW_TEMPLATES[0]);
  const zone = LAUNCH_WINDOW_TEMPLATE_ZONES[template];
  const [opensOn, setOpensOn] = useState('');
  const [opensAtTime, setOpensAtTime] = useState('00:00');
  const instant = useMemo(() => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(opensOn) || !/^\d{2}:\d{2}$/.test(opensAtTime)) return null;
    try {
      return zonedDateTimeToInstant(opensOn, opensAtTime, zone).iso;
    } catch {
      return null;
    }
  }, [opensOn, opensAtTime, zone]);
  const fields = command.error?.fields ?? {};
  const dateError = fields.opensOn;
  return (
    <form
      className="create-window"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void command
          .run(() =>
            call('launchWindows.createFromTemplate', {
              template,
              ...(opensOn && { opensOn }),
              ...(opensOn && opensAtTime && { opensAtTime }),
            }),
          )
          .then((created) => created && navigate(`/launch-windows/${created.id}`));
      }}
    >
      <h2>{t('launchScreens.newWindow')}</h2>
      <div className="create-window-fields">
        <div className="field">
          <label htmlFor={id}>{t('launchScreens.template')}</label>
          <select
            id={id}
            value={template}
            onChange={(e) => setTemplate(e.target.value as LaunchWindowTemplate)}
          >
            {LAUNCH_WINDOW_TEMPLATES.map((code) => (
              <option key={code} value={code}>
                {t(`launchWindows.templates.${code}`)}
              </option>
            ))}
          </select>
        </div>
        <div className={dateError ? 'field field-invalid' : 'field'}>
          <label htmlFor={`${id}-on`}>{t('launchScreens.newOpensOn', { zone })}</label>
          <DateInput
            id={`${id}-on`}
            value={opensOn}
            onChange={(e) => setOpensOn(e.target.value)}
            aria-invalid={Boolean(dateError)}
            aria-describedby={`${id}-on-hint ${id}-on-error`}
          />
          <p id={`${id}-on-hint`} className="field-hint">
            {t('launchScreens.newOpensOnHint')}
          </p>
          <p id={`${id}-on-error`} className="field-error" aria-live="assertive">
            {dateError && t(dateError as 'validation.invalid', { defaultValue: t('validation.invalid') })}
          </p>
        </div>
        <div className="field">
          <label htmlFor={`${id}-at`}>{t('launchScreens.newOpensAt', { zone })}</label>
          <input
            id={`${id}-at`}
            type="time"
            value={opensAtTime}
            onChange={(e) => setOpensAtTime(e.target.value)}
          />
        </div>
      </div>
      {instant && <ZonedTimes instant={instant} windowZone={zone} />}
      {command.error && !command.error.fields && <ErrorNotice error={command.error} />}
      <button type="submit" className="button button-primary" disabled={command.pending}>
        {t('launchScreens.createFromTemplate')}
      </button>
    </form>
  );
}
