import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { LAUNCH_WINDOW_TEMPLATES, type LaunchWindowTemplate } from '../../../main/contract';
import { call } from '../../api/client';
import { formatInstantIn, formatNumber } from '../../i18n/format';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { PageHeader } from '../../ui/PageHeader';
import { useLaunchCommand, useLaunchWindows } from './queries';
import './launch-windows.css';

/** Every launch window the firm prepares for, and a quick start from a ready template. */
export function LaunchWindowsPage() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const windows = useLaunchWindows();
  const command = useLaunchCommand();
  const [, navigate] = useLocation();

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

function CreateFromTemplate() {
  const { t } = useTranslation();
  const id = useId();
  const [, navigate] = useLocation();
  const command = useLaunchCommand();
  const [template, setTemplate] = useState<LaunchWindowTemplate>(LAUNCH_WINDOW_TEMPLATES[0]);
  return (
    <form
      className="inline-form create-window"
      onSubmit={(event) => {
        event.preventDefault();
        void command
          .run(() => call('launchWindows.createFromTemplate', { template }))
          .then((created) => created && navigate(`/launch-windows/${created.id}`));
      }}
    >
      {command.error && <ErrorNotice error={command.error} />}
      <label htmlFor={id}>{t('launchScreens.template')}</label>
      <select id={id} value={template} onChange={(e) => setTemplate(e.target.value as LaunchWindowTemplate)}>
        {LAUNCH_WINDOW_TEMPLATES.map((code) => (
          <option key={code} value={code}>
            {t(`launchWindows.templates.${code}`)}
          </option>
        ))}
      </select>
      <button type="submit" className="button button-primary" disabled={command.pending}>
        {t('launchScreens.createFromTemplate')}
      </button>
    </form>
  );
}
