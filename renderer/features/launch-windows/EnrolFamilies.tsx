import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, fetchValue } from '../../api/client';
import { formatNumber } from '../../i18n/format';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { useAnnounce } from '../../ui/StatusMessage';
import { ClientFilters } from '../clients/list/ClientFilters';
import type { ClientListQuery } from '../clients/list/useClientRows';
import { useSession } from '../session/queries';
import { memberName } from './labels';

type Filters = NonNullable<ClientListQuery['filters']>;

import { useLaunchCommand } from './queries';

const PAGE = 50;

/**
 * Pick families from the client files, filtered like the client list and page by page (the
 * selection is kept across pages and filters), and
 * enrol them: each member gets an application in this window with its checklist.
 */
export function EnrolFamilies({ windowId, enrolled }: { windowId: number; enrolled: Set<number> }) {
  const { t, i18n } = useTranslation();
  const announce = useAnnounce();
  const command = useLaunchCommand();
  const session = useSession();
  const [offset, setOffset] = useState(0);
  const [filters, setFilters] = useState<Filters>({ archived: 'exclude' });
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const page = useQuery({
    queryKey: ['clients', 'enrol-picker', offset, filters],
    queryFn: () => fetchValue('clients.list', { limit: PAGE, offset, sort: 'name', filters }),
  });
  const toggle = (id: number, on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const pickable = (page.data?.items ?? []).filter((c) => !enrolled.has(c.id));
  const allPicked = pickable.length > 0 && pickable.every((c) => selected.has(c.id));

  const enrol = async () => {
    const result = await command.run(() =>
      call('launchWindows.enrol', { windowId, clientIds: [...selected] }),
    );
    if (!result) return;
    setSelected(new Set());
    announce(
      [
        t('launchScreens.enrol.done', {
          count: result.enrolled,
          applications: result.applicationsCreated,
        }),
        // Said out loud: an application the family already had was linked, not duplicated.
        result.applicationsReused > 0
          ? t('launchScreens.enrol.reused', { count: result.applicationsReused })
          : '',
      ]
        .filter(Boolean)
        .join(' '),
    );
  };

  return (
    <section aria-labelledby="enrol-families">
      <h2 id="enrol-families">{t('launchScreens.enrol.heading')}</h2>
      <p className="muted">{t('launchScreens.enrol.hint')}</p>
      {session.data && (
        <ClientFilters
          filters={filters}
          session={session.data}
          filtered={Object.entries(filters).some(
            ([key, value]) => value !== undefined && !(key === 'archived' && value === 'exclude'),
          )}
          onChange={(next) => {
            setFilters(next);
            setOffset(0);
          }}
        />
      )}
      {command.error && <ErrorNotice error={command.error} />}
      {page.isError && <ErrorNotice error={page.error} onRetry={() => void page.refetch()} />}
      {page.data && (
        <>
          <table className="data-table">
            <caption className="visually-hidden">{t('launchScreens.enrol.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">
                  <input
                    type="checkbox"
                    aria-label={t('launchScreens.enrol.selectPage')}
                    checked={allPicked}
                    disabled={pickable.length === 0}
                    onChange={(e) => {
                      for (const c of pickable) toggle(c.id, e.target.checked);
                    }}
                  />
                </th>
                <th scope="col">{t('launchScreens.enrol.family')}</th>
                <th scope="col">{t('launchScreens.enrol.dependants')}</th>
              </tr>
            </thead>
            <tbody>
              {page.data.items.map((client) => (
                <tr key={client.id}>
                  <td>
                    {enrolled.has(client.id) ? (
                      <span className="muted">{t('launchScreens.enrol.already')}</span>
                    ) : (
                      <input
                        type="checkbox"
                        aria-label={t('launchScreens.enrol.select', { name: memberName(client) })}
                        checked={selected.has(client.id)}
                        onChange={(e) => toggle(client.id, e.target.checked)}
                      />
                    )}
                  </td>
                  <td>{memberName(client)}</td>
                  <td>{formatNumber(client.dependantCount, i18n.language)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="pager">
            <button
              type="button"
              className="button"
              disabled={offset === 0}
              onClick={() => setOffset(Math.max(0, offset - PAGE))}
            >
              {t('launchScreens.enrol.previous')}
            </button>
            <span>
              {t('launchScreens.enrol.range', {
                from: page.data.total === 0 ? 0 : offset + 1,
                to: Math.min(offset + PAGE, page.data.total),
                total: page.data.total,
              })}
            </span>
            <button
              type="button"
              className="button"
              disabled={offset + PAGE >= page.data.total}
              onClick={() => setOffset(offset + PAGE)}
            >
              {t('launchScreens.enrol.next')}
            </button>
            <button
              type="button"
              className="button button-primary"
              disabled={selected.size === 0 || command.pending}
              onClick={() => void enrol()}
            >
              {t('launchScreens.enrol.submit', { count: selected.size })}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
