import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  APPLICATION_STAGES,
  type Application,
  type ApplicationStage,
  GOVERNMENT_STATUSES,
} from '../../../main/contract';
import { call } from '../../api/client';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Field } from '../../ui/Field';
import { useFamilyCommand } from './queries';

/** Moves the firm's stage, with a note that goes into the history. */
export function ChangeStageForm({ application }: { application: Application }) {
  const { t } = useTranslation();
  const command = useFamilyCommand();
  const [stage, setStage] = useState<ApplicationStage>(application.stage);
  const [note, setNote] = useState('');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const saved = await command.run(() =>
      call('applications.changeStage', { id: application.id, version: application.version, stage, note }),
    );
    if (saved) setNote('');
  };
  return (
    <form className="status-form" onSubmit={(event) => void submit(event)}>
      <fieldset>
        <legend>{t('family.applications.changeStage')}</legend>
        <Field label={t('family.applications.newStage')} error={command.error?.fields?.stage}>
          {(props) => (
            <select
              {...props}
              value={stage}
              onChange={(event) => setStage(event.target.value as ApplicationStage)}
            >
              {APPLICATION_STAGES.map((value) => (
                <option key={value} value={value}>
                  {t(`stages.${value}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('family.applications.stageNote')} error={command.error?.fields?.note}>
          {(props) => <input {...props} value={note} onChange={(event) => setNote(event.target.value)} />}
        </Field>
        {command.error && <ErrorNotice error={command.error} />}
        <button type="submit" className="button" disabled={command.pending}>
          {command.pending ? t('family.applications.saving') : t('family.applications.saveStage')}
        </button>
      </fieldset>
    </form>
  );
}

/** Records the government's status: the portal's wording from a list, or free text. */
export function ChangeGovernmentStatusForm({ application }: { application: Application }) {
  const { t } = useTranslation();
  const command = useFamilyCommand();
  const listId = useId();
  const [status, setStatus] = useState(application.governmentStatus);
  const [note, setNote] = useState('');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const saved = await command.run(() =>
      call('applications.changeGovernmentStatus', {
        id: application.id,
        version: application.version,
        status,
        note,
      }),
    );
    if (saved) setNote('');
  };
  return (
    <form className="status-form" onSubmit={(event) => void submit(event)}>
      <fieldset>
        <legend>{t('family.applications.changeStatus')}</legend>
        <Field
          label={t('family.applications.newStatus')}
          hint={t('family.applications.newStatusHint')}
          error={command.error?.fields?.status}
          required
        >
          {(props) => (
            <input
              {...props}
              list={listId}
              value={status}
              onChange={(event) => setStatus(event.target.value)}
            />
          )}
        </Field>
        <datalist id={listId}>
          {GOVERNMENT_STATUSES[application.jurisdiction].map((value) => (
            <option key={value} value={value} />
          ))}
        </datalist>
        <Field label={t('family.applications.statusNote')} error={command.error?.fields?.note}>
          {(props) => <input {...props} value={note} onChange={(event) => setNote(event.target.value)} />}
        </Field>
        {command.error && <ErrorNotice error={command.error} />}
        <button type="submit" className="button" disabled={command.pending}>
          {command.pending ? t('family.applications.saving') : t('family.applications.saveStatus')}
        </button>
      </fieldset>
    </form>
  );
}
