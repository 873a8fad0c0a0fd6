import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CHECKLIST_STATES, type ChecklistItem, type ChecklistState } from '../../../main/contract';
import { call } from '../../api/client';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { useAnnounce } from '../../ui/StatusMessage';
import { AddChecklistItem, ChecklistNote } from './ChecklistExtras';
import { useFileClosed } from './closedFile';
import { checklistItemLabel } from './labels';
import { useFamilyCommand } from './queries';

/** The application's documents; each state is changed in place and saved at once. */
export function ChecklistTable({
  items,
  typeName,
  applicationId,
}: {
  items: ChecklistItem[];
  typeName: string;
  applicationId: number;
}) {
  const { t } = useTranslation();
  const closed = useFileClosed();
  const add = closed ? null : <AddChecklistItem applicationId={applicationId} typeName={typeName} />;
  if (items.length === 0)
    return (
      <>
        <p className="muted">{t('family.applications.checklistEmpty')}</p>
        {add}
      </>
    );
  return (
    <>
      <table className="data-table checklist-table">
        <caption className="visually-hidden">
          {t('family.applications.checklistCaption', { type: typeName })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('family.applications.checklistItem')}</th>
            <th scope="col">{t('family.applications.checklistState')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <ChecklistRow key={item.id} item={item} />
          ))}
        </tbody>
      </table>
      {add}
    </>
  );
}

function ChecklistRow({ item }: { item: ChecklistItem }) {
  const { t } = useTranslation();
  const command = useFamilyCommand();
  const announce = useAnnounce();
  // Shows the choice at once; the saved state takes over when the family reloads.
  const [chosen, setChosen] = useState<ChecklistState | null>(null);
  const label = checklistItemLabel(t, item);
  const closed = useFileClosed();
  const change = async (state: ChecklistState) => {
    setChosen(state);
    const saved = await command.run(() => call('checklist.setState', { id: item.id, state }));
    setChosen(null);
    // The select alone changes silently: say that it was recorded.
    if (saved) announce(t('feedback.checklist', { item: label }));
  };
  return (
    <tr>
      <th scope="row">{label}</th>
      <td>
        {closed ? (
          // Read-only on a closed file: the state and its note as they were when it was closed.
          <>
            {t(`checklistStates.${item.state}`)}
            {item.note && <span className="muted">{t('family.audit.note', { note: item.note })}</span>}
          </>
        ) : (
          <>
            <select
              aria-label={t('family.applications.checklistStateLabel', { item: label })}
              value={chosen ?? item.state}
              onChange={(event) => void change(event.target.value as ChecklistState)}
            >
              {CHECKLIST_STATES.map((state) => (
                <option key={state} value={state}>
                  {t(`checklistStates.${state}`)}
                </option>
              ))}
            </select>
            {command.error && <ErrorNotice error={command.error} />}
            <ChecklistNote item={item} label={label} />
          </>
        )}
      </td>
    </tr>
  );
}
