import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addChecklistItemInput, archiveInput, type ChecklistItem } from '../../../main/contract';
import { call } from '../../api/client';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Field } from '../../ui/Field';
import { useAnnounce } from '../../ui/StatusMessage';
import { useFamilyCommand } from './queries';

/** A document this one application needs beyond its type's checklist (a translation, an affidavit). */
export function AddChecklistItem({ applicationId, typeName }: { applicationId: number; typeName: string }) {
  const { t } = useTranslation();
  const command = useFamilyCommand();
  const announce = useAnnounce();
  const [label, setLabel] = useState('');
  const [error, setError] = useState<string | undefined>();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = addChecklistItemInput.safeParse({ applicationId, label });
    if (!parsed.success) return setError(parsed.error.issues[0]?.message);
    setError(undefined);
    const saved = await command.run(() => call('checklist.addItem', parsed.data));
    if (!saved) return setError(command.error?.fields?.label);
    setLabel('');
    announce(t('checklistExtras.added', { label: parsed.data.label }));
  };
  return (
    <form className="inline-form checklist-add" noValidate onSubmit={(event) => void submit(event)}>
      <Field label={t('checklistExtras.addLabel', { type: typeName })} error={error}>
        {(a11y) => <input {...a11y} value={label} onChange={(event) => setLabel(event.target.value)} />}
      </Field>
      <button type="submit" className="button" disabled={command.pending}>
        {t('checklistExtras.add')}
      </button>
      {command.error && command.error.code !== 'VALIDATION' && <ErrorNotice error={command.error} />}
    </form>
  );
}

/** A note on one document ("expires in May", "asked the client twice"), saved when the field is left. */
export function ChecklistNote({ item, label }: { item: ChecklistItem; label: string }) {
  const { t } = useTranslation();
  const command = useFamilyCommand();
  const announce = useAnnounce();
  const [note, setNote] = useState(item.note);
  const save = async () => {
    if (note === item.note) return;
    const saved = await command.run(() => call('checklist.updateItem', { id: item.id, note }));
    if (saved) announce(t('checklistExtras.noteSaved', { item: label }));
  };
  return (
    <>
      <input
        className="checklist-note"
        placeholder={t('checklistExtras.note')}
        aria-label={t('checklistExtras.noteLabel', { item: label })}
        value={note}
        onChange={(event) => setNote(event.target.value)}
        onBlur={() => void save()}
        onKeyDown={(event) => {
          if (event.key === 'Enter') void save();
        }}
      />
      {command.error && <ErrorNotice error={command.error} />}
    </>
  );
}

/** An application filed by mistake or abandoned: archived with a reason, kept in the history. */
export function ArchiveApplication({
  application,
  typeName,
}: {
  application: { id: number; version: number };
  typeName: string;
}) {
  const { t } = useTranslation();
  const command = useFamilyCommand();
  const announce = useAnnounce();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = archiveInput.safeParse({ id: application.id, version: application.version, reason });
    if (!parsed.success) return setError(parsed.error.issues[0]?.message);
    setError(undefined);
    const saved = await command.run(() => call('applications.archive', parsed.data));
    if (saved) announce(t('checklistExtras.archived', { type: typeName }));
  };
  return (
    <form className="inline-form" noValidate onSubmit={(event) => void submit(event)}>
      <Field
        label={t('checklistExtras.archiveReason')}
        error={error ?? command.error?.fields?.reason}
        required
      >
        {(a11y) => <input {...a11y} value={reason} onChange={(event) => setReason(event.target.value)} />}
      </Field>
      <button type="submit" className="button button-danger" disabled={command.pending}>
        {t('checklistExtras.archive')}
      </button>
      {command.error && command.error.code !== 'VALIDATION' && <ErrorNotice error={command.error} />}
    </form>
  );
}
