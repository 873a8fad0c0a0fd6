import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { countryName, formatCalendarDate, formatInstant } from '../../i18n/format';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { PageHeader } from '../../ui/PageHeader';
import { clientDisplayName } from './clientName';
import { useClient } from './queries';

export function ClientDetailPage({ id }: { id: number }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const client = useClient(id);

  if (client.isPending) return <p role="status">{t('app.loading')}</p>;
  if (client.isError) return <ErrorNotice error={client.error} onRetry={() => void client.refetch()} />;

  const c = client.data;
  const notRecorded = <span className="muted">{t('clients.detail.notRecorded')}</span>;
  return (
    <>
      <p className="breadcrumb">
        <Link href="/clients">{t('clients.detail.backToList')}</Link>
      </p>
      <PageHeader
        title={clientDisplayName(c)}
        actions={
          <Link href={`/clients/${c.id}/edit`} className="button button-primary">
            {t('clients.detail.edit')}
          </Link>
        }
      >
        <p className="page-subtitle">
          {t('clients.detail.updated', { when: formatInstant(c.updatedAt, locale) })}
        </p>
      </PageHeader>
      <dl className="details">
        <dt>{t('clients.fields.givenNames')}</dt>
        <dd>{c.givenNames}</dd>
        <dt>{t('clients.fields.familyName')}</dt>
        <dd>{c.familyName || notRecorded}</dd>
        <dt>{t('clients.fields.dateOfBirth')}</dt>
        <dd>{c.dateOfBirth ? formatCalendarDate(c.dateOfBirth, locale) : notRecorded}</dd>
        <dt>{t('clients.fields.citizenships')}</dt>
        <dd>
          {c.citizenships.length
            ? c.citizenships.map((code) => countryName(code, locale)).join(', ')
            : notRecorded}
        </dd>
        <dt>{t('clients.fields.email')}</dt>
        <dd>{c.email || notRecorded}</dd>
        <dt>{t('clients.fields.phone')}</dt>
        <dd>{c.phone || notRecorded}</dd>
      </dl>
      <p className="muted">{t('clients.detail.created', { when: formatInstant(c.createdAt, locale) })}</p>
    </>
  );
}
