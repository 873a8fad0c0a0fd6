import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { Client, ClientFields, DuplicateMatch } from '../../../main/contract';
import { call } from '../../api/client';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { PageHeader } from '../../ui/PageHeader';
import { useAnnounce } from '../../ui/StatusMessage';
import { ClientForm, emptyClientFields, type SaveIntent } from './ClientForm';
import { clientDisplayName } from './clientName';
import { DuplicateWarning } from './DuplicateWarning';
import { useClient, useInvalidateClients } from './queries';

export function NewClientPage() {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const invalidate = useInvalidateClients();
  const announce = useAnnounce();
  // null: no warning; a list (possibly empty, if the main process sent none): the last save's matches.
  const [duplicates, setDuplicates] = useState<DuplicateMatch[] | null>(null);
  const save = async (values: ClientFields, intent: SaveIntent) => {
    const result = await call('clients.create', {
      ...values,
      acknowledgeDuplicates: intent === 'acknowledge-duplicates',
    });
    setDuplicates(!result.ok && result.error.code === 'DUPLICATE' ? (result.error.duplicates ?? []) : null);
    if (!result.ok) return result.error;
    await invalidate();
    announce(t('clients.detail.saved'));
    navigate(`/clients/${result.value.id}`);
    return null;
  };
  return (
    <>
      <PageHeader title={t('clients.form.newTitle')} />
      <ClientForm
        initialValues={emptyClientFields}
        onSave={save}
        onCancel={() => navigate('/clients')}
        notice={(saveWith) =>
          duplicates && (
            <DuplicateWarning
              matches={duplicates}
              onCreateAnyway={() => saveWith('acknowledge-duplicates')}
            />
          )
        }
      />
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
  // clients.update replaces every field it is sent. The parsed form values also carry defaults
  // for fields this form does not show (passports: [], notes: '', ...): send only what it shows.
  const save = async ({ givenNames, familyName, dateOfBirth, citizenships, email, phone }: ClientFields) => {
    const result = await call('clients.update', {
      id: client.id,
      version: client.version,
      givenNames,
      familyName,
      dateOfBirth,
      citizenships,
      email,
      phone,
    });
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
