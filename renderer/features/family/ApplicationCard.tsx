import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApplicationDetail, FirmUser } from '../../../main/contract';
import { ApplicationNotes } from './ApplicationNotes';
import { ArchiveApplication } from './ChecklistExtras';
import { ChecklistTable } from './ChecklistTable';
import { useFileClosed } from './closedFile';
import { applicationTypeName } from './labels';
import { ChangeGovernmentStatusForm, ChangeStageForm } from './StatusForms';
import { StatusHistory } from './StatusHistory';

const DONE_STATES = new Set(['received', 'verified', 'not-applicable']);

/**
 * One filing: the firm's stage beside the government's status on one line; the forms to change
 * them, the checklist, the history and the notes each open on demand.
 */
export function ApplicationCard({
  application,
  users,
}: {
  application: ApplicationDetail;
  users: FirmUser[];
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const closed = useFileClosed();
  const typeName = applicationTypeName(t, application);
  const done = application.checklist.filter((c) => DONE_STATES.has(c.state)).length;
  return (
    <article className="application-card" aria-labelledby={headingId}>
      <h4 id={headingId}>{typeName}</h4>
      <dl className="details application-status">
        <dt>{t('family.applications.stage')}</dt>
        <dd>{t(`stages.${application.stage}`)}</dd>
        <dt>{t('family.applications.governmentStatus')}</dt>
        <dd>
          {application.governmentStatus || (
            <span className="muted">{t('family.applications.noGovernmentStatus')}</span>
          )}
        </dd>
        <dt>{t('family.applications.fileNumber')}</dt>
        <dd>
          {application.governmentFileNumber || (
            <span className="muted">{t('family.applications.noFileNumber')}</span>
          )}
        </dd>
      </dl>
      {!closed && (
        <details className="on-demand">
          <summary>
            {t('caseView.applications.changeStatus')}
            <span className="visually-hidden"> – {typeName}</span>
          </summary>
          <div className="status-forms">
            <ChangeStageForm application={application} />
            <ChangeGovernmentStatusForm application={application} />
          </div>
        </details>
      )}
      <details className="on-demand">
        <summary>
          {t('caseView.applications.checklist', { done, total: application.checklist.length })}
          <span className="visually-hidden"> – {typeName}</span>
        </summary>
        <ChecklistTable items={application.checklist} typeName={typeName} applicationId={application.id} />
      </details>
      {!application.archivedAt && !closed && (
        <details className="on-demand">
          <summary>
            {t('checklistExtras.archiveSummary')}
            <span className="visually-hidden"> – {typeName}</span>
          </summary>
          <ArchiveApplication application={application} typeName={typeName} />
        </details>
      )}
      <details className="on-demand">
        <summary>
          {t('caseView.applications.history', { count: application.history.length })}
          <span className="visually-hidden"> – {typeName}</span>
        </summary>
        <StatusHistory history={application.history} users={users} />
      </details>
      <details className="on-demand">
        <summary>
          {application.notes ? t('caseView.applications.notesSome') : t('caseView.applications.notes')}
          <span className="visually-hidden"> – {typeName}</span>
        </summary>
        <ApplicationNotes application={application} typeName={typeName} />
      </details>
    </article>
  );
}
