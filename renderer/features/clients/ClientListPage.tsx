import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { countryName, formatCalendarDate, formatNumber } from '../../i18n/format';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { PageHeader } from '../../ui/PageHeader';
import { clientDisplayName } from './clientName';
import { PAGE_SIZE, useClientPage } from './queries';

export function ClientListPage() {
  const { t, i18n } = useTranslation();
  const [, navigate] = useLocation();
  const [offset, setOffset] = useState(0);
  const page = useClientPage(offset);
  const locale = i18n.language;

  const newClient = (
    <Link href="/clients/new" className="button button-primary">
      {t('clients.new')}
    </Link>
  );

  if (page.isPending) return <p role="status">{t('app.loading')}</p>;
  if (page.isError) {
    return (
      <>
        <PageHeader title={t('clients.title')} actions={newClient} />
        <ErrorNotice error={page.error} onRetry={() => void page.refetch()} />
      </>
    );
  }

  const { items, total } = page.data;
  if (total === 0) {
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
        <p className="page-subtitle">{t('clients.count', { count: total })}</p>
      </PageHeader>
      <table className="data-table">
        <caption className="visually-hidden">{t('clients.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('clients.columns.name')}</th>
            <th scope="col">{t('clients.columns.dateOfBirth')}</th>
            <th scope="col">{t('clients.columns.citizenships')}</th>
            <th scope="col">{t('clients.columns.email')}</th>
            <th scope="col">{t('clients.columns.phone')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((client) => (
            <tr key={client.id} className="row-link" onClick={() => navigate(`/clients/${client.id}`)}>
              <th scope="row">
                {/* The link is the keyboard path (Tab + Enter); the row click is a mouse convenience. */}
                <Link href={`/clients/${client.id}`}>{clientDisplayName(client)}</Link>
              </th>
              <td>{client.dateOfBirth ? formatCalendarDate(client.dateOfBirth, locale) : ''}</td>
              <td>{client.citizenships.map((code) => countryName(code, locale)).join(', ')}</td>
              <td>{client.email}</td>
              <td>{client.phone}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {total > PAGE_SIZE && (
        <nav
          className="pager"
          aria-label={t('clients.pageStatus', { from: offset + 1, to: offset + items.length, total })}
        >
          <button
            type="button"
            className="button"
            disabled={offset === 0}
            onClick={() => setOffset(Math.max(0, offset - PAGE_SIZE))}
          >
            {t('clients.previousPage')}
          </button>
          <span>
            {t('clients.pageStatus', {
              from: formatNumber(offset + 1, locale),
              to: formatNumber(offset + items.length, locale),
              total: formatNumber(total, locale),
            })}
          </span>
          <button
            type="button"
            className="button"
            disabled={offset + PAGE_SIZE >= total}
            onClick={() => setOffset(offset + PAGE_SIZE)}
          >
            {t('clients.nextPage')}
          </button>
        </nav>
      )}
    </>
  );
}
