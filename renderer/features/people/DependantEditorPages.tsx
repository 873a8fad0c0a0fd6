import { useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import {
  type Client,
  createDependantInput,
  DEPENDANT_RELATIONSHIPS,
  type Dependant,
  type DependantRelationship,
  personDisplayName,
  updateDependantInput,
} from '../../../main/contract';
import { call } from '../../api/client';
import { RowPaths } from '../../ui/contractResolver';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Field } from '../../ui/Field';
import { PageHeader } from '../../ui/PageHeader';
import { useAnnounce } from '../../ui/StatusMessage';
import { useInvalidateClients } from '../clients/queries';
import { ClosedFileNotice } from '../family/ClosedFileNotice';
import { useFamily } from '../family/queries';
import { ArchiveDependant } from './ArchiveDependant';
import { PersonEditor } from './PersonEditor';
import { AddressFields } from './PersonFields';
import {
  ADDRESS_FIELDS,
  copyAddress,
  emptyPerson,
  type PersonForm,
  personToForm,
  toPersonInput,
} from './personForm';

interface DependantForm extends PersonForm {
  relationship: DependantRelationship | '';
}

/** Adds a spouse, child or other dependant to a family already on file. */
export function NewDependantPage({ clientId }: { clientId: number }) {
  const { t } = useTranslation();
  const family = useFamily(clientId);
  if (family.isPending) return <p role="status">{t('app.loading')}</p>;
  if (family.isError) return <ErrorNotice error={family.error} onRetry={() => void family.refetch()} />;
  const client = family.data.client;
  // A closed file is read-only until reopened (main/clients/closed-file.ts).
  if (client.archivedAt) return <ClosedFileNotice client={client} />;
  return (
    <DependantEditor
      client={client}
      title={t('people.newDependantTitle', { name: personDisplayName(client) })}
      initialValues={{ ...copyAddress(client, emptyPerson()), relationship: 'child' }}
      schemaFor="create"
    />
  );
}

/** Edits one dependant of a family (the family snapshot already holds them all). */
export function EditDependantPage({ clientId, dependantId }: { clientId: number; dependantId: number }) {
  const { t } = useTranslation();
  const family = useFamily(clientId);
  if (family.isPending) return <p role="status">{t('app.loading')}</p>;
  if (family.isError) return <ErrorNotice error={family.error} onRetry={() => void family.refetch()} />;
  const dependant = family.data.dependants.find((d) => d.id === dependantId);
  if (!dependant) return <ErrorNotice error={{ code: 'NOT_FOUND', message: '' }} />;
  if (family.data.client.archivedAt) return <ClosedFileNotice client={family.data.client} />;
  return <EditDependant client={family.data.client} dependant={dependant} />;
}

function EditDependant({ client, dependant }: { client: Client; dependant: Dependant }) {
  const { t } = useTranslation();
  return (
    <DependantEditor
      client={client}
      title={t('clients.form.editTitle', { name: personDisplayName(dependant) })}
      initialValues={{ ...personToForm(dependant), relationship: dependant.relationship }}
      dependant={dependant}
      schemaFor="update"
    />
  );
}

function DependantEditor({
  client,
  title,
  initialValues,
  dependant,
  schemaFor,
}: {
  client: Client;
  title: string;
  initialValues: DependantForm;
  dependant?: Dependant;
  schemaFor: 'create' | 'update';
}) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const invalidate = useInvalidateClients();
  const announce = useAnnounce();
  const familyHref = `/clients/${client.id}`;
  const translate = (values: DependantForm) => {
    const paths = new RowPaths();
    const person = toPersonInput(values, '', paths);
    const input =
      schemaFor === 'create'
        ? { ...person, relationship: values.relationship, clientId: client.id }
        : { ...person, relationship: values.relationship, id: dependant?.id, version: dependant?.version };
    return { input, pathBack: paths.back };
  };
  const done = async () => {
    await invalidate();
    announce(t('people.dependantSaved'));
    navigate(familyHref);
    return null;
  };
  const shared = {
    initialValues,
    translate,
    onCancel: () => navigate(familyHref),
    saveLabel: t('people.saveDependant'),
    draftKey: dependant ? `dependant.${dependant.id}` : `dependant.new.${client.id}`,
    before: <RelationshipField />,
    address: (
      <>
        <CopyAddressButton from={client} />
        <AddressFields prefix="" />
      </>
    ),
  };
  return (
    <>
      <PageHeader title={title} />
      {schemaFor === 'create' ? (
        <PersonEditor<DependantForm, typeof createDependantInput>
          {...shared}
          schema={createDependantInput}
          onSave={async (values, intent) => {
            const result = await call('dependants.create', {
              ...values,
              acknowledgeDuplicates: intent === 'acknowledge-duplicates',
            });
            return result.ok ? done() : result.error;
          }}
        />
      ) : (
        <>
          <PersonEditor<DependantForm, typeof updateDependantInput>
            {...shared}
            schema={updateDependantInput}
            onSave={async (values) => {
              const result = await call('dependants.update', values);
              return result.ok ? done() : result.error;
            }}
          />
          {dependant && <ArchiveDependant dependant={dependant} familyHref={familyHref} />}
        </>
      )}
    </>
  );
}

function RelationshipField() {
  const { t } = useTranslation();
  const { register, formState } = useFormContext<DependantForm>();
  return (
    <div className="form-grid">
      <Field label={t('family.person.relationship')} error={formState.errors.relationship?.message} required>
        {(a11y) => (
          <select {...a11y} {...register('relationship')}>
            {DEPENDANT_RELATIONSHIPS.map((value) => (
              <option key={value} value={value}>
                {t(`relationships.${value}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
    </div>
  );
}

/** Most dependants live with the principal: one click copies the address on file. */
function CopyAddressButton({ from }: { from: Client }) {
  const { t } = useTranslation();
  const { setValue } = useFormContext<DependantForm>();
  return (
    <button
      type="button"
      className="button button-quiet"
      onClick={() => {
        for (const field of ADDRESS_FIELDS) setValue(field, from[field], { shouldDirty: true });
      }}
    >
      {t('people.copyAddress')}
    </button>
  );
}
