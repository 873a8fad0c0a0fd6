import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { type DuplicateMatch, personDisplayName } from '../../../main/contract';
import { formatCalendarDate } from '../../i18n/format';

/**
 * The person being created may already be on file: each match links to its family's file, and
 * "Create anyway" saves what is typed once the user has checked.
 */
export function DuplicateWarning({
  matches,
  onCreateAnyway,
}: {
  matches: DuplicateMatch[];
  onCreateAnyway: () => void;
}) {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  const heading = useRef<HTMLHeadingElement>(null);

  // The warning appears at the top while focus is on Save at the bottom: take the reader to it.
  useEffect(() => {
    heading.current?.focus();
  }, []);

  return (
    <section className="notice notice-warning duplicate-warning" role="alert" aria-labelledby={titleId}>
      <h2 id={titleId} ref={heading} tabIndex={-1}>
        {t('clients.duplicates.title')}
      </h2>
      <p>{t('errors.DUPLICATE')}</p>
      <ul>
        {matches.map((match) => {
          const details = [
            match.dateOfBirth &&
              t('clients.duplicates.born', { date: formatCalendarDate(match.dateOfBirth, i18n.language) }),
            t(`clients.duplicates.reason.${match.reason}`),
            match.dependantId !== null && t('clients.duplicates.dependant'),
          ].filter(Boolean);
          return (
            <li key={`${match.clientId}-${match.dependantId ?? 'client'}-${match.reason}`}>
              <Link href={`/clients/${match.clientId}`}>{personDisplayName(match)}</Link>
              {t('clients.duplicates.details', { details: details.join(t('clients.duplicates.separator')) })}
            </li>
          );
        })}
      </ul>
      <div className="form-actions">
        <button type="button" className="button" onClick={onCreateAnyway}>
          {t('clients.duplicates.createAnyway')}
        </button>
      </div>
    </section>
  );
}
