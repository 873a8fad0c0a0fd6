import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { RehearsalReport } from '../../../main/contract';
import { formatNumber } from '../../i18n/format';

function minutesSeconds(ms: number): string {
  const seconds = Math.round(ms / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** How the dress rehearsal went: the pace to expect on the night, the slowest family, the blockers met. */
export function RehearsalReportView({ windowId, report }: { windowId: number; report: RehearsalReport }) {
  const { t, i18n } = useTranslation();
  const n = (value: number) => formatNumber(value, i18n.language);
  return (
    <section aria-labelledby="rehearsal-report" className="rehearsal-report">
      <p className="breadcrumb">
        <Link href={`/launch-windows/${windowId}`}>{t('launchScreens.rehearsal.back')}</Link>
      </p>
      <h1 id="rehearsal-report">{t('launchScreens.rehearsal.reportTitle')}</h1>
      <p className="notice notice-success" role="status">
        {t('launchScreens.rehearsal.nothingKept')}
      </p>
      <dl className="stat-list" aria-label={t('launchScreens.rehearsal.timing')}>
        <div>
          <dt>{t('launchScreens.rehearsal.perHour')}</dt>
          <dd>{n(report.familiesPerHour)}</dd>
        </div>
        <div>
          <dt>{t('launchScreens.rehearsal.families')}</dt>
          <dd>{n(report.familiesRecorded)}</dd>
        </div>
        <div>
          <dt>{t('launchScreens.rehearsal.people')}</dt>
          <dd>{n(report.membersRecorded)}</dd>
        </div>
        <div>
          <dt>{t('launchScreens.rehearsal.worked')}</dt>
          <dd>{minutesSeconds(report.workedMs)}</dd>
        </div>
        <div>
          <dt>{t('launchScreens.rehearsal.overrides')}</dt>
          <dd>{n(report.overrides)}</dd>
        </div>
      </dl>
      <h2>{t('launchScreens.rehearsal.slowestHeading')}</h2>
      <p>
        {report.slowest
          ? t('launchScreens.rehearsal.slowest', {
              name: report.slowest.name,
              time: minutesSeconds(report.slowest.ms),
              count: report.slowest.members,
            })
          : t('launchScreens.rehearsal.noneRecorded')}
      </p>
      <h2>{t('launchScreens.rehearsal.blockersHeading')}</h2>
      {report.blockersMet.length === 0 ? (
        <p className="muted">{t('launchScreens.rehearsal.noBlockers')}</p>
      ) : (
        <ul className="plain-list">
          {report.blockersMet.map((b) => (
            <li key={b.code}>
              {t(`launchScreens.blockerKinds.${b.code}` as 'launchScreens.blockerKinds.documentMissing', {
                defaultValue: t('launchScreens.blockerKinds.other'),
              })}
              : {n(b.count)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
