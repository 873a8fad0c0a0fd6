import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import {
  DASHBOARD_HORIZONS,
  type DashboardFamily,
  type DashboardHorizon,
  type DashboardSection,
} from '../../../main/contract';
import { formatCalendarDate } from '../../i18n/format';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { PageHeader } from '../../ui/PageHeader';
import { familyName, personName } from '../deadlines/messages';
import { useDashboard } from '../deadlines/queries';
import { WhyThisDate } from '../deadlines/WhyThisDate';
import { DashboardCharts } from './charts/DashboardCharts';
import '../deadlines/deadlines.css';

const HORIZON_KEY = 'caseport.dashboard.horizon';
/** Enough to act on at a glance; the count says how many more the Deadlines screen holds. */
const ROWS_PER_SECTION = 10;

/** The horizon the user last chose, kept on this computer (a view preference, not firm data). */
function savedHorizon(): DashboardHorizon {
  const saved = Number(globalThis.localStorage?.getItem(HORIZON_KEY));
  return (DASHBOARD_HORIZONS as readonly number[]).includes(saved) ? (saved as DashboardHorizon) : 30;
}

/**
 * What needs attention, counted in the firm's time zone, as far ahead as the user chooses:
 * overdue, today, the next 7 and 30 days, up to the horizon, and beyond it the grace periods,
 * ends of stay and passport expiries. Each section shows its true count and lists the first
 * deadlines grouped by family; every row explains its date on demand.
 */
export function DashboardPage() {
  const { t, i18n } = useTranslation();
  const [horizonDays, setHorizon] = useState<DashboardHorizon>(savedHorizon);
  const dashboard = useDashboard({ horizonDays, rowsPerSection: ROWS_PER_SECTION });
  const choose = (value: DashboardHorizon) => {
    setHorizon(value);
    globalThis.localStorage?.setItem(HORIZON_KEY, String(value));
  };
  if (dashboard.isPending) return <p role="status">{t('app.loading')}</p>;
  if (dashboard.isError)
    return <ErrorNotice error={dashboard.error} onRetry={() => void dashboard.refetch()} />;
  const { today, timeZone, sections } = dashboard.data;
  return (
    <>
      <PageHeader
        title={t('dashboard.title')}
        actions={
          <>
            <label className="horizon-choice">
              {t('agendaView.horizon')}
              <select
                value={horizonDays}
                onChange={(event) => choose(Number(event.target.value) as DashboardHorizon)}
              >
                {DASHBOARD_HORIZONS.map((days) => (
                  <option key={days} value={days}>
                    {t('agendaView.horizonDays', { count: days })}
                  </option>
                ))}
              </select>
            </label>
            <Link href="/deadlines" className="button">
              {t('dashboard.allDeadlines')}
            </Link>
          </>
        }
      >
        <p className="page-subtitle">
          {t('dashboard.subtitle', { date: formatCalendarDate(today, i18n.language), timeZone })}
        </p>
      </PageHeader>
      <DashboardCharts />
      <div className="dashboard-sections">
        {sections.map((section) => (
          <Section key={section.bucket} section={section} horizonDays={dashboard.data.horizonDays} />
        ))}
      </div>
    </>
  );
}

function Section({ section, horizonDays }: { section: DashboardSection; horizonDays: number }) {
  const { t, i18n } = useTranslation();
  const headingId = `dashboard-${section.bucket}`;
  const title =
    section.bucket === 'later'
      ? t('agendaView.sections.later', { days: horizonDays })
      : section.bucket === 'beyond'
        ? t('agendaView.sections.beyond', { days: horizonDays })
        : t(`dashboard.sections.${section.bucket}`);
  return (
    <section aria-labelledby={headingId} className={`dashboard-section dashboard-${section.bucket}`}>
      <h2 id={headingId}>
        {title} <span className="count">{t('dashboard.sectionCount', { count: section.count })}</span>
      </h2>
      {section.bucket === 'beyond' && (
        <p className="muted">
          {t('agendaView.beyondHint', {
            from: formatCalendarDate(section.from ?? section.to, i18n.language),
            to: formatCalendarDate(section.to, i18n.language),
          })}
        </p>
      )}
      {section.families.length === 0 ? (
        <p className="muted">{t('dashboard.sectionEmpty')}</p>
      ) : (
        section.families.map((family) => <FamilyGroup key={family.clientId} family={family} />)
      )}
      {section.listed < section.count && (
        <p className="section-more">
          {t('agendaView.listedOf', { listed: section.listed, count: section.count })}{' '}
          <Link href="/deadlines">{t('agendaView.seeAll')}</Link>
        </p>
      )}
    </section>
  );
}

function FamilyGroup({ family }: { family: DashboardFamily }) {
  const { t, i18n } = useTranslation();
  const name = familyName(family);
  return (
    <div className="dashboard-family">
      <h3>
        <Link href={`/clients/${family.clientId}`} aria-label={t('dashboard.openFamily', { name })}>
          {name}
        </Link>{' '}
        <span className="count">{t('dashboard.sectionCount', { count: family.count })}</span>
      </h3>
      <ul className="plain-list dashboard-rows">
        {family.deadlines.map((d) => {
          const kind = t(`deadlineKinds.${d.kind}`);
          const person = personName(d);
          return (
            <li key={d.id} className="dashboard-row">
              <time dateTime={d.dueOn}>{formatCalendarDate(d.dueOn, i18n.language)}</time>
              <span>{person}</span>
              <span>
                {kind}
                {d.title && ` – ${d.title}`}
              </span>
              <WhyThisDate
                id={d.id}
                version={d.version}
                label={t('deadlineRow.whyFor', { kind, name: person })}
              />
            </li>
          );
        })}
      </ul>
    </div>
  );
}
