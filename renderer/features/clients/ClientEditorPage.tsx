import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { Client, ClientFields } from '../../../main/contract';
import { call } from '../../api/client';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { PageHeader } from '../../ui/PageHeader';
import { useAnnounce } from '../../ui/StatusMessage';
import { ClientForm, emptyClientFields } from './ClientForm';
import { clientDisplayName } from './clientName';
import { useClient, useInvalidateClients } from './queries';

export function NewClientPage() {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const invalidate = useInvalidateClients();
  const announce = useAnnounce();
  const save = async (values: ClientFields) => {
    const result = await call('clients.create', values);
    if (!result.ok) return result.error;
    await invalidate();
    announce(t('clients.detail.saved'));
    navigate(`/clients/${result.value.id}`);
    return null;
  };
  return (
    <>
      <PageHeader title={t('clients.form.newTitle')} />
      <ClientForm initialValues={emptyClientFields} onSave={save} onCancel={() => navigate('/clients')} />
    </>
  );
}

export function EditClientPage({ id }: { id: number }) {
  const { t } = useTranslation();
  const client = useClient(id);
  if (client.isPending) return <p role="status">{t('app.loading')}</p>;
  if (client.isError) return <ErrorNotice error={client.error} onRetry={() => void client.refetch()} />;
  return <EditClientForm client={client.data} />;
}

function EditClientForm({ client }: { client: Client }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const invalidate = useInvalidateClients();
  const announce = useAnnounce();
  const save = async (values: ClientFields) => {
    const result = await call('clients.update', { ...values, id: client.id, version: client.version });
    if (!result.ok) return result.error;
    await invalidate();
    announce(t('clients.detail.saved'));
    navigate(`/clients/${client.id}`);
    return null;
  };
  const { givenNames, familyName, dateOfBirth, citizenships, email, phone } = client;
  return (
    <>
      <PageHeader title={t('clients.form.editTitle', { name: clientDisplayName(client) })} />
      <ClientForm
        initialValues={{ givenNames, familyName, dateOfBirth: dateOfBirth ?? '', citizenships, email, phone }}
        onSave={save}
        onCancel={() => navigate(`/clients/${client.id}`)}
      />
    </>
  );
}
