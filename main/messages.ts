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
