import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseEvent, Family } from '../../../main/contract';
import { fetchValue } from '../../api/client';
import { formatCalendarDate } from '../../i18n/format';
import { RecordEventDialog } from './RecordEventDialog';

/** Under the 'clients' key, so recording or changing an event refreshes it with the family. */
const eventsKey = (clientId: number) => ['clients', 'events', clientId] as const;

/**
 * The family page's events: the button that records one, and the events already recorded,
 * each with "Change…" (changing a date or a notice period recomputes its deadlines).
 */
export function RecordEventControl({ family }: { family: Family }) {
  const { t, i18n } = useTranslation();
  const clientId = family.client.id;
  const events = useQuery({
    queryKey: eventsKey(clientId),
    queryFn: () => fetchValue('events.list', { clientId }),
  });
  const [editing, setEditing] = useState<CaseEvent | 'new' | null>(null);
  return (
    <div className="family-events">
      <p>
        <button type="button" className="button" onClick={() => setEditing('new')}>
          {t('events.record')}
        </button>
      </p>
      {events.data && events.data.length > 0 && (
        <>
          <h3>{t('events.recorded')}</h3>
          <ul className="plain-list family-event-list">
            {events.data.map((e) => {
              const label = t('events.recordedLine', {
                kind: t(`events.kinds.${e.kind}`),
                date: formatCalendarDate(e.occurredOn, i18n.language),
              });
              return (
                <li key={e.id}>
                  {label}{' '}
                  <button
                    type="button"
                    className="button button-quiet"
                    aria-label={t('events.changeLabel', { event: label })}
                    onClick={() => setEditing(e)}
                  >
                    {t('events.change')}
                  </button>
                </li>
              );
            })}
          </ul>
        </>
      )}
      {editing && (
        <RecordEventDialog
          family={family}
          {...(editing !== 'new' && { event: editing })}
          onClose={() => setEditing(null)}
        />
      )}
    </div>
  );
}
