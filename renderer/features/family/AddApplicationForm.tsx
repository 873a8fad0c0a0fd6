import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { ApplicationTypeSelect } from '../applications/ApplicationTypeSelect';
import { useApplicationTypes } from '../applications/queries';
import { useFamilyCommand } from './queries';

/** Opens another application for one member; it arrives with its type's checklist. */
export function AddApplicationForm({
  clientId,
  dependantId,
  personName,
}: {
  clientId: number;
  dependantId: number | null;
  personName: string;
}) {
  const { t } = useTranslation();
  const id = useId();
  const types = useApplicationTypes();
  const command = useFamilyCommand();
  const [typeId, setTypeId] = useState('');
  if (!types.data) return null;
  return (
    <form
      className="inline-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (!typeId) return;
        void command
          .run(() => call('applications.create', { clientId, dependantId, typeId: Number(typeId) }))
          .then((saved) => saved && setTypeId(''));
      }}
    >
      {command.error && <ErrorNotice error={command.error} />}
      <label htmlFor={id}>{t('family.applications.openFor', { name: personName })}</label>
      <ApplicationTypeSelect
        id={id}
        types={types.data}
        emptyLabel={t('family.applications.chooseType')}
        value={typeId}
        onChange={(event) => setTypeId(event.target.value)}
      />
      <button type="submit" className="button" disabled={!typeId || command.pending}>
        {command.pending ? t('family.applications.saving') : t('family.applications.open')}
      </button>
    </form>
  );
}
