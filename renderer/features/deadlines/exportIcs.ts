import type { TFunction } from 'i18next';
import {
  type ChannelInput,
  DEADLINE_KINDS,
  ICS_DESCRIPTION_FIELDS,
  type IcsExport,
} from '../../../main/contract';
import { call } from '../../api/client';

type Filters = Omit<ChannelInput<'deadlines.exportIcs'>, 'labels'>;

/**
 * Asks the main process for the ICS text of the filtered deadlines and hands it to the browser
 * as a download (a Blob behind a link with `download`): no file dialog, no Node in the page.
 * The calendar's words come from this catalogue because the main process has none.
 */
export async function downloadIcs(t: TFunction, filters: Filters) {
  const kinds = Object.fromEntries(DEADLINE_KINDS.map((k) => [k, t(`deadlineKinds.${k}`)]));
  const fields = Object.fromEntries(ICS_DESCRIPTION_FIELDS.map((f) => [f, t(`agendaView.icsFields.${f}`)]));
  const result = await call('deadlines.exportIcs', {
    ...filters,
    labels: { calendarName: t('deadlinesScreen.calendarName'), kinds, fields },
  });
  if (result.ok) save(result.value);
  return result;
}

function save(file: IcsExport) {
  const url = URL.createObjectURL(new Blob([file.text], { type: 'text/calendar;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked on the next turn: some browsers read the URL only after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
