import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { type Client, updateClientInput } from '../../../main/contract';
import { call } from '../../api/client';
import { RowPaths } from '../../ui/contractResolver';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { PageHeader } from '../../ui/PageHeader';
import { useAnnounce } from '../../ui/StatusMessage';
import { clientDisplayName } from '../clients/clientName';
import { useClient, useInvalidateClients } from '../clients/queries';
import { ClosedFileNotice } from '../family/ClosedFileNotice';
import { PersonEditor } from './PersonEditor';
import { type PersonForm, personToForm, toPersonInput } from './personForm';

/** Everything about the principal that intake recorded, editable in one form. */
export function EditClientPage({ id }: { id: number }) {
  const { t } = useTranslation();
  const client = useClient(id);
  if (client.isPending) return <p role="status">{t('app.loading')}</p>;
  if (client.isError) return <ErrorNotice error={client.error} onRetry={() => void client.refetch()} />;
  // A closed file is read-only until reopened (main/clients/closed-file.ts).
  if (client.data.archivedAt) return <ClosedFileNotice client={client.data} />;
  return <EditClientForm client={client.data} />;
}

function EditClientForm({ client }: { client: Client }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const invalidate = useInvalidateClients();
  const announce = useAnnounce();
  const translate = (values: PersonForm) => {
    const paths = new RowPaths();
    // Every field is sent: the form shows them all, and the version guards a stale screen.
    return {
      input: { ...toPersonInput(values, '', paths), id: client.id, version: client.version },
      pathBack: paths.back,
    };
  };
  return (
    <>
      <PageHeader title={t('clients.form.editTitle', { name: clientDisplayName(client) })} />
      <PersonEditor<PersonForm, typeof updateClientInput>
        initialValues={personToForm(client)}
        schema={updateClientInput}
        translate={translate}
        saveLabel={t('clients.form.save')}
        draftKey={`client.${client.id}`}
        onCancel={() => navigate(`/clients/${client.id}`)}
        onSave={async (values) => {
          const result = await call('clients.update', values);
          if (!result.ok) return result.error;
          await invalidate();
          announce(t('clients.detail.saved'));
          navigate(`/clients/${client.id}`);
          return null;
        }}
      />
    </>
  );
}
