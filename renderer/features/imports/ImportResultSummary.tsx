import { useQueries } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { type ImportResult, personDisplayName } from '../../../main/contract';
import { fetchValue } from '../../api/client';
import { clientKeys } from '../clients/queries';
import { StepHeading } from './StepHeading';

/** Families linked by name on the summary; the rest are a click away in the client list. */
const LINKED_FAMILIES = 20;

export function ImportResultSummary({
  result,
  launchWindow,
  onAnother,
}: {
  result: ImportResult;
  /** The launch window the families were enrolled in, if any. */
  launchWindow: { id: number; name: string } | null;
  onAnother: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const linked = result.clientIds.slice(0, LINKED_FAMILIES);
  const clients = useQueries({
    queries: linked.map((clientId) => ({
      queryKey: clientKeys.one(clientId),
      queryFn: () => fetchValue('clients.get', { id: clientId }),
    })),
  });
  return (
    <section aria-labelledby={`${id}-heading`}>
      <StepHeading id={`${id}-heading`}>{t('imports.result.heading')}</StepHeading>
      <div className="notice notice-success import-result">
        <p>
          {t('imports.result.families', { count: result.familiesCreated, people: result.peopleCreated })}{' '}
          {t('imports.result.skipped', { count: result.rowsSkipped })}
          {result.enrolment && launchWindow && (
            <>
              {' '}
              {t('imports.result.enrolled', { count: result.enrolment.enrolled, name: launchWindow.name })}
            </>
          )}
        </p>
      </div>
      <p className="muted">{t('imports.result.logged')}</p>
      {linked.length > 0 && (
        <section aria-labelledby={`${id}-created`} className="import-section">
          <h3 id={`${id}-created`}>{t('imports.result.created')}</h3>
          <ul className="import-families">
            {linked.map((clientId, index) => {
              const client = clients[index]?.data;
              return (
                <li key={clientId}>
                  <Link href={`/clients/${clientId}`}>
                    {client ? personDisplayName(client) : `#${clientId}`}
                  </Link>
                </li>
              );
            })}
          </ul>
          {result.clientIds.length > linked.length && (
            <p className="muted">
              {t('imports.result.more', { count: result.clientIds.length - linked.length })}
            </p>
          )}
        </section>
      )}
      {result.familiesSkipped.length > 0 && (
        <section aria-labelledby={`${id}-skipped`} className="import-section">
          <h3 id={`${id}-skipped`}>{t('imports.result.notImported')}</h3>
          <ul>
            {result.familiesSkipped.slice(0, LINKED_FAMILIES * 5).map((family) => (
              <li key={family.familyKey}>
                {t(`imports.result.reason.${family.reason}`, { familyKey: family.familyKey })}
              </li>
            ))}
          </ul>
        </section>
      )}
      <div className="form-actions">
        <Link href="/clients" className="button button-primary">
          {t('imports.result.openClients')}
        </Link>
        {launchWindow && (
          <Link href={`/launch-windows/${launchWindow.id}`} className="button">
            {t('imports.result.openWindow')}
          </Link>
        )}
        <button type="button" className="button" onClick={onAnother}>
          {t('imports.result.another')}
        </button>
      </div>
    </section>
  );
}
