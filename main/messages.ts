import type { DatabaseOpenFailureKind } from '../db/errors';

/**
 * The few sentences the main process shows itself (native dialogs before any window exists).
 * Kept as a catalogue keyed by locale so the French (Canada) UI can add `fr-CA` beside `en`.
 */
const catalogue = {
  en: {
    'startup.failed.title': 'Caseport cannot open its data',
    'startup.newer-version':
      'This data folder was last used by a newer version of Caseport. To protect your records, this version will not open it. Install the latest Caseport, or ask your administrator.',
    'startup.unknown-schema':
      'This data folder was written by a different version of Caseport that this one does not recognise. Nothing was changed. Install the latest Caseport, or contact support.',
    'startup.migrations-missing':
      'This installation of Caseport is incomplete (its database update files are missing). Nothing was changed. Please reinstall Caseport.',
    'startup.integrity':
      'Updating the data folder would have damaged links between records, so nothing was changed. Please contact support before using this data folder.',
    'startup.folder-missing':
      'The data folder cannot be found. If it is on a USB disk or a network drive, connect it and start Caseport again.',
    'startup.folder-is-file':
      'The place set as the data folder is a file, not a folder. Nothing was changed. Choose another data folder.',
    'startup.path-is-folder':
      'Where the data file should be there is a folder instead. Nothing was changed. Restore a backup or choose another data folder.',
    'startup.empty-file':
      'The data file is empty (0 bytes), so the records it held are not in it. Nothing was changed. Restore your latest backup.',
    'startup.not-a-database':
      'The data file is not a Caseport data file (it may have been overwritten). Nothing was changed. Restore your latest backup.',
    'startup.damaged':
      'The data file is damaged. Caseport did not change it. Restore your latest backup, and keep the damaged file for support.',
    'startup.audit-tampered':
      'The change history in the data file was altered outside Caseport. Nothing was changed. Restore your latest backup and tell the responsible lawyer.',
    'startup.read-only':
      'Caseport cannot save changes to the data file: the file or its folder is read-only. Nothing was changed.',
    'startup.no-access':
      'Caseport is not allowed to read the data file (check its permissions). Nothing was changed.',
    'startup.locked':
      'Another program is using the data file. Close it (or the other Caseport window) and start Caseport again.',
    'startup.disk-full':
      'The disk holding the data folder is full. Free some space and start Caseport again.',
    'startup.unexpected': 'Caseport could not open its data folder. Nothing was changed. Details: {detail}',
    'startup.location': 'Data folder: {dataDir}',
  },
} as const;

export type MainMessageKey = keyof (typeof catalogue)['en'];

export function mainMessage(
  key: MainMessageKey,
  values: Record<string, string> = {},
  _locale = 'en',
): string {
  const text: string = catalogue.en[key];
  return text.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? '');
}

export function startupFailureMessage(
  kind: DatabaseOpenFailureKind | 'unexpected',
  detail: string,
  dataDir: string,
): string {
  const body =
    kind === 'unexpected' ? mainMessage('startup.unexpected', { detail }) : mainMessage(`startup.${kind}`);
  return `${body}\n\n${mainMessage('startup.location', { dataDir })}`;
}
