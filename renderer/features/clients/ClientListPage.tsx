import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { calendarDateIn } from '../../../main/contract/dates';
import { appNow } from '../../app/clock';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { PageHeader } from '../../ui/PageHeader';
import { useSession } from '../session/queries';
import { ClientFilters } from './list/ClientFilters';
import { ClientTable } from './list/ClientTable';
import { readListMemory, writeListMemory } from './list/listMemory';
import { type ClientListQuery, useClientRows } from './list/useClientRows';

type Filters = NonNullable<ClientListQuery['filters']>;

export function ClientListPage() {
  const { t } = useTranslation();
  const session = useSession();
  // Back from a family (or the sidebar) returns to the list as it was left.
  const [memory] = useState(readListMemory);
  const [filters, setFiltersState] = useState<Filters>(memory.filters);
  const [sort, setSort] = useState<NonNullable<ClientListQuery['sort']>>(memory.sort);
  const [direction, setDirection] = useState<NonNullable<ClientListQuery['direction']>>(memory.direction);
  const setFilters = (next: Filters) => {
    setFiltersState(next);
    writeListMemory({ filters: next, scrollTop: 0 });
  };
  useEffect(() => writeListMemory({ sort, direction }), [sort, direction]);
  const query = useMemo(() => ({ filters, sort, direction }), [filters, sort, direction]);
  const { first, total, rowAt, ensureRows } = useClientRows(query);
  const filtered = Object.entries(filters).some(
    ([key, value]) => value !== undefined && !(key === 'archived' && value === 'exclude'),
  );

  const newClient = (
    <>
      <Link href="/clients/new" className="button button-primary">
        {t('clients.new')}
      </Link>{' '}
      {/* Import is where clients come from in bulk, not only a launch-window step. */}
      <Link href="/import" className="button">
        {t('imports.fromClients')}
      </Link>
    </>
  );
  const onSort = (column: typeof sort) => {
    writeListMemory({ scrollTop: 0 });
    if (column === sort) setDirection(direction === 'asc' ? 'desc' : 'asc');
    else {
      setSort(column);
      setDirection('asc');
    }
  };

  if (first.isPending || !session.data) return <p role="status">{t('app.loading')}</p>;
  if (first.isError) {
    return (
      <>
        <PageHeader title={t('clients.title')} actions={newClient} />
        <ErrorNotice error={first.error} onRetry={() => void first.refetch()} />
      </>
    );
  }

  if (total === 0 && !filtered) {
    return (
      <>
        <PageHeader title={t('clients.title')} />
        <section className="empty-state" aria-labelledby="clients-empty">
          <h2 id="clients-empty">{t('clients.emptyTitle')}</h2>
          <p>{t('clients.emptyBody')}</p>
          {newClient}
        </section>
      </>
    );
  }

  return (
    <>
      <PageHeader title={t('clients.title')} actions={newClient}>
        <p className="page-subtitle" role="status">
          {t('clients.count', { count: total })}
        </p>
      </PageHeader>
      <ClientFilters filters={filters} onChange={setFilters} session={session.data} filtered={filtered} />
      {total === 0 ? (
        <p className="empty-state">{t('clients.noMatches')}</p>
      ) : (
        <ClientTable
          total={total}
          rowAt={rowAt}
          ensureRows={ensureRows}
          sort={sort}
          direction={direction}
          onSort={onSort}
          today={calendarDateIn(session.data.settings.timeZone, appNow())}
          initialScrollTop={memory.scrollTop}
          selectedId={memory.selectedId}
          onScrolled={(scrollTop) => writeListMemory({ scrollTop })}
          onOpen={(selectedId) => writeListMemory({ selectedId })}
        />
      )}
    </>
  );
}
