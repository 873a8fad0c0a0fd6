import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { ChannelInput, DeadlineListItem } from '../../../main/contract';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { DeadlineRow } from './DeadlineRow';
import { familyName, personName } from './messages';
import { useDeadlineList } from './queries';

export const AGENDA_PAGE_SIZE = 100;

/**
 * The agenda a page at a time: the true total from a count query, and First/Previous/Next/Last
 * so the last deadline of 35,000 is two clicks away (offset paging on the open-by-date index).
 */
export function AgendaList({
  filters,
  page,
  onPage,
  caption,
}: {
  filters: Omit<ChannelInput<'deadlines.list'>, 'limit' | 'offset'>;
  page: number;
  onPage: (page: number) => void;
  caption?: string;
}) {
  const { t, i18n } = useTranslation();
  const list = useDeadlineList({ ...filters, limit: AGENDA_PAGE_SIZE, offset: page * AGENDA_PAGE_SIZE });
  // While the next page loads the previous rows stay (no flash), but the label keeps describing
  // the rows actually shown and says a page is loading: a stale page never reads as the asked one.
  const shownPage = useRef(page);
  if (list.data && !list.isPlaceholderData) shownPage.current = page;
  const loading = list.isPlaceholderData;
  if (list.isPending) return <p role="status">{t('app.loading')}</p>;
  if (list.isError) return <ErrorNotice error={list.error} onRetry={() => void list.refetch()} />;
  const { items, total } = list.data;
  const pages = Math.max(1, Math.ceil(total / AGENDA_PAGE_SIZE));
  const first = total === 0 ? 0 : shownPage.current * AGENDA_PAGE_SIZE + 1;
  const last = Math.min(total, (shownPage.current + 1) * AGENDA_PAGE_SIZE);
  const number = (n: number) => n.toLocaleString(i18n.language);
  return (
    <>
      <p className="muted" role="status" aria-busy={loading}>
        {loading && `${t('agendaView.loadingPage', { page: number(page + 1) })} `}
        {total === 0
          ? t('deadlinesScreen.total', { count: 0 })
          : t('agendaView.range', {
              first: number(first),
              last: number(last),
              total: number(total),
              count: total,
            })}
      </p>
      {total === 0 ? (
        <div className="empty-state">
          <p>{t('deadlinesScreen.empty')}</p>
        </div>
      ) : (
        <div className={loading ? 'agenda-loading' : undefined} aria-busy={loading}>
          <AgendaTable items={items} caption={caption ?? t('deadlinesScreen.caption')} />
        </div>
      )}
      {pages > 1 && (
        <nav className="pager" aria-label={t('agendaView.pages')}>
          <button type="button" className="button" disabled={page === 0} onClick={() => onPage(0)}>
            {t('agendaView.first')}
          </button>
          <button type="button" className="button" disabled={page === 0} onClick={() => onPage(page - 1)}>
            {t('agendaView.previous')}
          </button>
          <span>{t('agendaView.pageOf', { page: number(page + 1), pages: number(pages) })}</span>
          <button
            type="button"
            className="button"
            disabled={page >= pages - 1}
            onClick={() => onPage(page + 1)}
          >
            {t('agendaView.next')}
          </button>
          <button
            type="button"
            className="button"
            disabled={page >= pages - 1}
            onClick={() => onPage(pages - 1)}
          >
            {t('agendaView.last')}
          </button>
        </nav>
      )}
    </>
  );
}

function AgendaTable({ items, caption }: { items: DeadlineListItem[]; caption: string }) {
  const { t } = useTranslation();
  return (
    <table className="data-table deadline-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('deadlinesScreen.dueOn')}</th>
          <th scope="col">{t('deadlinesScreen.family')}</th>
          <th scope="col">{t('deadlinesScreen.person')}</th>
          <th scope="col">{t('deadlinesScreen.kindColumn')}</th>
          <th scope="col">{t('deadlinesScreen.titleColumn')}</th>
          <th scope="col">{t('deadlineRow.actions')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((d) => (
          <DeadlineRow
            key={d.id}
            deadline={d}
            person={personName(d)}
            afterDate={
              <td>
                <Link href={`/clients/${d.clientId}`}>{familyName(d)}</Link>
              </td>
            }
            actions
          />
        ))}
      </tbody>
    </table>
  );
}
