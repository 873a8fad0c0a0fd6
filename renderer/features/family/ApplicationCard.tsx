import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApplicationDetail, FirmUser } from '../../../main/contract';
import { ApplicationNotes } from './ApplicationNotes';
import { ChecklistTable } from './ChecklistTable';
import { applicationTypeName } from './labels';
import { ChangeGovernmentStatusForm, ChangeStageForm } from './StatusForms';
import { StatusHistory } from './StatusHistory';

/** One filing: the firm's stage beside the government's status, its history and checklist. */
export function ApplicationCard({
  application,
  users,
}: {
  application: ApplicationDetail;
  users: FirmUser[];
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const typeName = applicationTypeName(t, application);
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
      <div className="status-forms">
        <ChangeStageForm application={application} />
        <ChangeGovernmentStatusForm application={application} />
      </div>
      <h5>{t('family.applications.history')}</h5>
      <StatusHistory history={application.history} users={users} />
      <h5>{t('family.applications.checklist')}</h5>
      <ChecklistTable items={application.checklist} typeName={typeName} />
      <ApplicationNotes application={application} typeName={typeName} />
    </article>
  );
}
