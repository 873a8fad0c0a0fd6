import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { DashboardFamily, DashboardSection } from '../../../main/contract';
import { formatCalendarDate } from '../../i18n/format';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { PageHeader } from '../../ui/PageHeader';
import { familyName, personName } from '../deadlines/messages';
import { useDashboard } from '../deadlines/queries';
import { WhyThisDate } from '../deadlines/WhyThisDate';
import '../deadlines/deadlines.css';

/**
 * What needs attention now, counted in the firm's time zone: overdue, due today, the next 7
 * and the next 30 days, each grouped by family with counts; every row explains its date on demand.
 */
export function DashboardPage() {
  const { t, i18n } = useTranslation();
  const dashboard = useDashboard();
  if (dashboard.isPending) return <p role="status">{t('app.loading')}</p>;
  if (dashboard.isError)
    return <ErrorNotice error={dashboard.error} onRetry={() => void dashboard.refetch()} />;
  const { today, timeZone, sections } = dashboard.data;
  const listed = sections.reduce((n, s) => n + s.families.reduce((m, f) => m + f.count, 0), 0);
  const counted = sections.reduce((n, s) => n + s.count, 0);
  return (
    <>
      <PageHeader
        title={t('dashboard.title')}
        actions={
          <Link href="/deadlines" className="button">
            {t('dashboard.allDeadlines')}
          </Link>
        }
      >
        <p className="page-subtitle">
          {t('dashboard.subtitle', { date: formatCalendarDate(today, i18n.language), timeZone })}
        </p>
      </PageHeader>
      {listed < counted && <p className="notice notice-warning">{t('dashboard.truncated')}</p>}
      <div className="dashboard-sections">
        {sections.map((section) => (
          <Section key={section.bucket} section={section} />
        ))}
      </div>
    </>
  );
}

function Section({ section }: { section: DashboardSection }) {
  const { t } = useTranslation();
  const headingId = `dashboard-${section.bucket}`;
  return (
    <section aria-labelledby={headingId} className={`dashboard-section dashboard-${section.bucket}`}>
      <h2 id={headingId}>
        {t(`dashboard.sections.${section.bucket}`)}{' '}
        <span className="count">{t('dashboard.sectionCount', { count: section.count })}</span>
      </h2>
      {section.families.length === 0 ? (
        <p className="muted">{t('dashboard.sectionEmpty')}</p>
      ) : (
        section.families.map((family) => <FamilyGroup key={family.clientId} family={family} />)
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
