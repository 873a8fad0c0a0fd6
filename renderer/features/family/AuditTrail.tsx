import { useTranslation } from 'react-i18next';
import { formatInstant } from '../../i18n/format';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { auditActionWords, auditEntityWords } from './auditWords';
import { useFamilyAudit } from './queries';

/** The last 50 changes to anything in the family, newest first, in plain words. */
export function AuditTrail({ clientId }: { clientId: number }) {
  const { t, i18n } = useTranslation();
  const audit = useFamilyAudit(clientId);
  return (
    <div className="audit-trail">
      {audit.isPending ? (
        <p role="status">{t('app.loading')}</p>
      ) : audit.isError ? (
        <ErrorNotice error={audit.error} onRetry={() => void audit.refetch()} />
      ) : audit.data.length === 0 ? (
        <p className="muted">{t('family.audit.empty')}</p>
      ) : (
        <table className="data-table">
          <caption className="visually-hidden">{t('family.audit.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('family.audit.when')}</th>
              <th scope="col">{t('family.audit.who')}</th>
              <th scope="col">{t('family.audit.entity')}</th>
              <th scope="col">{t('family.audit.action')}</th>
            </tr>
          </thead>
          <tbody>
            {audit.data.map((entry) => (
              <tr key={entry.id}>
                <td>
                  <time dateTime={entry.at}>{formatInstant(entry.at, i18n.language)}</time>
                </td>
                <td>{entry.userName || t('family.audit.system')}</td>
                <td>{auditEntityWords(t, entry.entity)}</td>
                <td>
                  {auditActionWords(t, entry)}
                  {entry.note && (
                    <span className="muted">{t('family.audit.note', { note: entry.note })}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
