import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { ApplicationDetail, Family, FirmUser } from '../../../main/contract';
import { calendarDateIn } from '../../../main/contract/dates';
import { personDisplayName } from '../../../main/contract/people';
import { formatInstant } from '../../i18n/format';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { PageHeader } from '../../ui/PageHeader';
import { RecordEventControl } from '../events/RecordEventControl';
import { useSession } from '../session/queries';
import { AddApplicationForm } from './AddApplicationForm';
import { AddDeadlineControl } from './AddDeadlineDialog';
import { ApplicationCard } from './ApplicationCard';
import { ArchiveButton, ArchiveForm, ClosedBanner } from './ArchiveControls';
import { AuditTrail } from './AuditTrail';
import { CaseSummary } from './CaseSummary';
import { ClosedFileContext } from './closedFile';
import { DeadlineTable } from './DeadlineTable';
import { DocumentsPanel } from './DocumentsPanel';
import { FamilyIcsExport } from './FamilyIcsExport';
import { Tabs } from './FamilyTabs';
import { PersonCard } from './PersonCard';
import { useFamily } from './queries';
import './family.css';
import { appNow } from '../../app/clock';

type CaseTab = 'people' | 'applications' | 'documents' | 'deadlines' | 'history';

/** The tab each family was last left on, so Back from an editor returns to the same view. */
const lastTab = new Map<number, CaseTab>();

/**
 * The family page as a case view: where the file stands (next deadlines, each application's
 * stage, status, blockers and next action) above tabs for people, applications, documents,
 * deadlines and history. `person` ("principal" or a dependant id) is the person a search hit
 * opened: the People tab shows and their card takes focus.
 */
export function FamilyPage({ id, person }: { id: number; person?: string }) {
  const { t } = useTranslation();
  const family = useFamily(id);
  const session = useSession();

  if (family.isPending) return <p role="status">{t('app.loading')}</p>;
  if (family.isError) return <ErrorNotice error={family.error} onRetry={() => void family.refetch()} />;
  return (
    <FamilyView
      family={family.data}
      users={session.data?.users ?? []}
      timeZone={firmTimeZone(session.data)}
      focusPerson={person}
    />
  );
}

function FamilyView({
  family,
  users,
  timeZone,
  focusPerson,
}: {
  family: Family;
  users: FirmUser[];
  timeZone: string;
  focusPerson?: string;
}) {
  const { t, i18n } = useTranslation();
  const { client, dependants, applications, deadlines } = family;
  const [archiving, setArchiving] = useState(false);
  // A closed file is read-only until reopened: no control that would change it is offered.
  const closed = Boolean(client.archivedAt);
  const [tab, setTabState] = useState<CaseTab>(focusPerson ? 'people' : (lastTab.get(client.id) ?? 'people'));
  const setTab = (next: CaseTab) => {
    lastTab.set(client.id, next);
    setTabState(next);
  };
  const today = calendarDateIn(timeZone, appNow());
  const people = [
    { key: 'principal', name: personDisplayName(client), dependantId: null },
    ...dependants.map((d) => ({ key: `dependant-${d.id}`, name: personDisplayName(d), dependantId: d.id })),
  ];
  const applicationsOf = (dependantId: number | null): ApplicationDetail[] =>
    applications.filter((a) => a.dependantId === dependantId);

  const peoplePanel = (
    <section aria-labelledby="family-people">
      {/* The tab names the panel; the heading stays for screen readers and the region's name. */}
      <h2 id="family-people" className="visually-hidden">
        {t('family.people.heading')}
      </h2>
      <div className="person-cards">
        <PersonCard
          person={client}
          today={today}
          editHref={`/clients/${client.id}/edit`}
          anchorId="person-principal"
          focused={focusPerson === 'principal'}
        />
        {dependants.map((d) => (
          <PersonCard
            key={d.id}
            person={d}
            dependant={d}
            today={today}
            editHref={`/clients/${client.id}/dependants/${d.id}/edit`}
            anchorId={`person-dependant-${d.id}`}
            focused={focusPerson === String(d.id)}
          />
        ))}
        {dependants.length === 0 && (
          <div className="empty-state person-card">
            <p>
              <strong>{t('family.people.dependantsEmpty')}</strong>
            </p>
            {/* A closed file offers no "Add a dependant": the hint would point at nothing. */}
            <p className="muted">
              {t(closed ? 'family.people.dependantsEmptyClosed' : 'family.people.dependantsEmptyBody')}
            </p>
          </div>
        )}
      </div>
    </section>
  );

  const applicationsPanel = (
    <section aria-labelledby="family-applications">
      <h2 id="family-applications">{t('family.applications.heading')}</h2>
      {people.map((person) => {
        const own = applicationsOf(person.dependantId);
        const headingId = `family-applications-${person.key}`;
        return (
          <section key={person.key} aria-labelledby={headingId} className="person-applications">
            <h3 id={headingId}>{t('family.applications.forPerson', { name: person.name })}</h3>
            {own.length === 0 ? (
              <p className="muted">
                <strong>{t('family.applications.empty')}</strong> {t('family.applications.emptyBody')}
              </p>
            ) : (
              <div className="application-cards">
                {own.map((application) => (
                  <ApplicationCard key={application.id} application={application} users={users} />
                ))}
              </div>
            )}
            {!closed && (
              <AddApplicationForm
                clientId={client.id}
                dependantId={person.dependantId}
                personName={person.name}
              />
            )}
          </section>
        );
      })}
    </section>
  );

  const deadlinesPanel = (
    <section aria-labelledby="family-deadlines">
      <div className="panel-heading">
        <h2 id="family-deadlines">{t('family.deadlines.heading')}</h2>
        <FamilyIcsExport clientId={client.id} />
      </div>
      {!closed && (
        <>
          <RecordEventControl family={family} />
          <p>
            <AddDeadlineControl family={family} />
          </p>
        </>
      )}
      <DeadlineTable deadlines={deadlines} />
    </section>
  );

  const historyPanel = (
    <section aria-labelledby="family-audit">
      <h2 id="family-audit">{t('family.audit.heading')}</h2>
      <AuditTrail clientId={client.id} />
    </section>
  );

  const openDeadlines = deadlines.filter((d) => !d.completedAt && !d.dismissedAt).length;
  return (
    <ClosedFileContext.Provider value={closed}>
      <p className="breadcrumb">
        <Link href="/clients">{t('family.backToList')}</Link>
      </p>
      <PageHeader
        title={personDisplayName(client)}
        actions={
          closed ? undefined : (
            <>
              <Link href={`/clients/${client.id}/edit`} className="button button-primary">
                {t('family.edit')}
              </Link>
              <Link href={`/clients/${client.id}/dependants/new`} className="button">
                {t('family.people.addDependant')}
              </Link>
              <ArchiveButton expanded={archiving} onOpen={() => setArchiving(true)} />
            </>
          )
        }
      >
        <p className="page-subtitle">
          {t('family.updated', { when: formatInstant(client.updatedAt, i18n.language) })}
        </p>
      </PageHeader>
      {archiving && !client.archivedAt && <ArchiveForm client={client} onClose={() => setArchiving(false)} />}
      <ClosedBanner client={client} timeZone={timeZone} />
      <CaseSummary family={family} today={today} onShowDeadlines={() => setTab('deadlines')} />
      <Tabs
        label={t('caseView.tabs.label')}
        selected={tab}
        onSelect={setTab}
        tabs={[
          { key: 'people', label: t('caseView.tabs.people', { count: people.length }), panel: peoplePanel },
          {
            key: 'applications',
            label: t('caseView.tabs.applications', { count: applications.length }),
            panel: applicationsPanel,
          },
          {
            key: 'documents',
            label: t('caseView.tabs.documents'),
            panel: <DocumentsPanel family={family} today={today} />,
          },
          {
            key: 'deadlines',
            label: t('caseView.tabs.deadlines', { count: openDeadlines }),
            panel: deadlinesPanel,
          },
          { key: 'history', label: t('caseView.tabs.history'), panel: historyPanel },
        ]}
      />
    </ClosedFileContext.Provider>
  );
}

/** "Today" and closing dates are counted in the firm's time zone (the machine's until it loads). */
function firmTimeZone(session: { settings: { timeZone: string } } | undefined): string {
  return session?.settings.timeZone || Intl.DateTimeFormat().resolvedOptions().timeZone;
}
