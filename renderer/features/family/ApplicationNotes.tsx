import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApplicationDetail } from '../../../main/contract';
import { call } from '../../api/client';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { useFileClosed } from './closedFile';
import { useFamilyCommand } from './queries';

/** The file's working notes for one application; saved explicitly, audited like any change. */
export function ApplicationNotes({
  application,
  typeName,
}: {
  application: ApplicationDetail;
  typeName: string;
}) {
  const { t } = useTranslation();
  const id = useId();
  const command = useFamilyCommand();
  const [notes, setNotes] = useState(application.notes);
  const changed = notes !== application.notes;
  const closed = useFileClosed();
  return (
    <form
      className="application-notes"
      onSubmit={(event) => {
        event.preventDefault();
        void command.run(() =>
          call('applications.update', { id: application.id, version: application.version, notes }),
        );
      }}
    >
      {command.error && <ErrorNotice error={command.error} />}
      <label htmlFor={id}>{t('family.applications.notesFor', { type: typeName })}</label>
      <textarea
        id={id}
        rows={2}
        value={notes}
        readOnly={closed}
        onChange={(event) => setNotes(event.target.value)}
      />
      {!closed && (
        <button type="submit" className="button" disabled={!changed || command.pending}>
          {command.pending ? t('family.applications.saving') : t('family.applications.saveNotes')}
        </button>
      )}
    </form>
  );
}
