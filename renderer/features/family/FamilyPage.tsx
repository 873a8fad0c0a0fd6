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
import { ApplicationCard } from './ApplicationCard';
import { ArchiveButton, ArchiveForm, ClosedBanner } from './ArchiveControls';
import { AuditTrail } from './AuditTrail';
import { DeadlineTable } from './DeadlineTable';
import { PersonCard } from './PersonCard';
import { useFamily } from './queries';
import './family.css';

/** The family page: everyone on the file side by side, then their applications, deadlines and history. */
export function FamilyPage({ id }: { id: number }) {
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
    />
  );
}

function FamilyView({ family, users, timeZone }: { family: Family; users: FirmUser[]; timeZone: string }) {
  const { t, i18n } = useTranslation();
  const { client, dependants, applications, deadlines } = family;
  const [archiving, setArchiving] = useState(false);
  const today = calendarDateIn(timeZone);
  const people = [
    { key: 'principal', name: personDisplayName(client), dependantId: null },
    ...dependants.map((d) => ({ key: `dependant-${d.id}`, name: personDisplayName(d), dependantId: d.id })),
  ];
  const applicationsOf = (dependantId: number | null): ApplicationDetail[] =>
    applications.filter((a) => a.dependantId === dependantId);

  return (
    <>
      <p className="breadcrumb">
        <Link href="/clients">{t('family.backToList')}</Link>
      </p>
      <PageHeader
        title={personDisplayName(client)}
        actions={
          <>
            <Link href={`/clients/${client.id}/edit`} className="button button-primary">
              {t('family.edit')}
            </Link>
            {!client.archivedAt && <ArchiveButton expanded={archiving} onOpen={() => setArchiving(true)} />}
          </>
        }
      >
        <p className="page-subtitle">
          {t('family.updated', { when: formatInstant(client.updatedAt, i18n.language) })}
        </p>
      </PageHeader>
      {archiving && !client.archivedAt && <ArchiveForm client={client} onClose={() => setArchiving(false)} />}
      <ClosedBanner client={client} timeZone={timeZone} />

      <section aria-labelledby="family-people">
        <h2 id="family-people">{t('family.people.heading')}</h2>
        <div className="person-cards">
          <PersonCard person={client} today={today} editHref={`/clients/${client.id}/edit`} />
          {dependants.map((d) => (
            <PersonCard
              key={d.id}
              person={d}
              dependant={d}
              today={today}
              editHref={`/clients/${client.id}/dependants/${d.id}/edit`}
            />
          ))}
          {dependants.length === 0 && (
            <div className="empty-state person-card">
              <p>
                <strong>{t('family.people.dependantsEmpty')}</strong>
              </p>
              <p className="muted">{t('family.people.dependantsEmptyBody')}</p>
            </div>
          )}
        </div>
        <p>
          <Link href={`/clients/${client.id}/dependants/new`} className="button">
            {t('family.people.addDependant')}
          </Link>
        </p>
      </section>

      <section aria-labelledby="family-applications">
        <h2 id="family-applications">{t('family.applications.heading')}</h2>
        {people.map((person) => {
          const own = applicationsOf(person.dependantId);
          const headingId = `family-applications-${person.key}`;
          return (
            <section key={person.key} aria-labelledby={headingId} className="person-applications">
              <h3 id={headingId}>{t('family.applications.forPerson', { name: person.name })}</h3>
              {own.length === 0 ? (
                <div className="empty-state">
                  <p>
                    <strong>{t('family.applications.empty')}</strong>
                  </p>
                  <p className="muted">{t('family.applications.emptyBody')}</p>
                </div>
              ) : (
                own.map((application) => (
                  <ApplicationCard key={application.id} application={application} users={users} />
                ))
              )}
              <AddApplicationForm
                clientId={client.id}
                dependantId={person.dependantId}
                personName={person.name}
              />
            </section>
          );
        })}
      </section>

      <section aria-labelledby="family-deadlines">
        <h2 id="family-deadlines">{t('family.deadlines.heading')}</h2>
        <RecordEventControl family={family} />
        <DeadlineTable deadlines={deadlines} />
      </section>

      <section aria-labelledby="family-audit">
        <h2 id="family-audit">{t('family.audit.heading')}</h2>
        <AuditTrail clientId={client.id} />
      </section>
    </>
  );
}

/** "Today" and closing dates are counted in the firm's time zone (the machine's until it loads). */
function firmTimeZone(session: { settings: { timeZone: string } } | undefined): string {
  return session?.settings.timeZone || Intl.DateTimeFormat().resolvedOptions().timeZone;
}
