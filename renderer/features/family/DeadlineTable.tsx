import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Deadline, Family } from '../../../main/contract';
import { personDisplayName } from '../../../main/contract/people';
import { formatInstant } from '../../i18n/format';
import { DeadlineRow } from '../deadlines/DeadlineRow';
import { useFileClosed } from './closedFile';
import { familyKeys } from './queries';

/**
 * The family's deadlines, earliest first, done and dismissed ones included: whose it is,
 * "why this date?" and the actions (done, dismiss with a reason, snooze).
 */
export function DeadlineTable({ deadlines }: { deadlines: Deadline[] }) {
  const { t, i18n } = useTranslation();
  // The page has loaded the family (and re-renders this table when it changes): read the cache.
  const queryClient = useQueryClient();
  const closed = useFileClosed();
  const family = deadlines[0]
    ? queryClient.getQueryData<Family>(familyKeys.family(deadlines[0].clientId))
    : undefined;
  if (deadlines.length === 0) {
    return (
      <div className="empty-state">
        <p>
          <strong>{t('family.deadlines.empty')}</strong>
        </p>
        <p className="muted">{t('family.deadlines.emptyBody')}</p>
      </div>
    );
  }
  const nameOf = (d: Deadline): string => {
    const data = family;
    if (!data) return '';
    const person = d.dependantId === null ? data.client : data.dependants.find((p) => p.id === d.dependantId);
    return person ? personDisplayName(person) : '';
  };
  return (
    <table className="data-table deadline-table">
      <caption className="visually-hidden">{t('family.deadlines.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('family.deadlines.dueOn')}</th>
          <th scope="col">{t('deadlinesScreen.person')}</th>
          <th scope="col">{t('family.deadlines.kind')}</th>
          <th scope="col">{t('family.deadlines.title')}</th>
          <th scope="col">{t('family.deadlines.state')}</th>
          {!closed && <th scope="col">{t('deadlineRow.actions')}</th>}
        </tr>
      </thead>
      <tbody>
        {deadlines.map((d) => (
          <DeadlineRow
            key={d.id}
            deadline={d}
            person={nameOf(d)}
            afterTitle={
              <td>
                {d.completedAt
                  ? t('family.deadlines.done')
                  : d.dismissedAt
                    ? t('family.deadlines.dismissed')
                    : t('family.deadlines.open')}
                {d.snoozedUntil && !d.completedAt && !d.dismissedAt && (
                  <span className="muted deadline-note">
                    {t('deadlineRow.snoozedUntil', { when: formatInstant(d.snoozedUntil, i18n.language) })}
                  </span>
                )}
              </td>
            }
            actions={!closed}
          />
        ))}
      </tbody>
    </table>
  );
}
