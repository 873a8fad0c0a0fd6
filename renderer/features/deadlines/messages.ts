import type { TFunction } from 'i18next';
import type { ExplanationMessage } from '../../../main/contract';
import { formatCalendarDate } from '../../i18n/format';

/**
 * Translates a message from the main process (engine explanations, reminder texts, field
 * errors). Conventions shared with main/domain/deadlines/explanation.ts: a value named `...Key`
 * is an i18n key, translated first and passed under the name without `Key`; a value named
 * `...Date` is YYYY-MM-DD and is formatted for the reader.
 */
export function translateMessage(t: TFunction, message: ExplanationMessage, locale: string): string {
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(message.values ?? {})) {
    if (name.endsWith('Key') && typeof value === 'string') values[name.slice(0, -3)] = t(value as 'app.name');
    else if (name.endsWith('Date') && typeof value === 'string')
      values[name] = formatCalendarDate(value, locale);
    else values[name] = value;
  }
  return t(message.key as 'app.name', { ...values, defaultValue: message.key }) as string;
}

/** "Chidi Okafor": the person a deadline belongs to. */
export function personName(d: { personGivenNames: string; personFamilyName: string }): string {
  return [d.personGivenNames, d.personFamilyName].filter(Boolean).join(' ');
}

export function familyName(d: { clientGivenNames: string; clientFamilyName: string }): string {
  return d.clientFamilyName ? `${d.clientFamilyName}, ${d.clientGivenNames}` : d.clientGivenNames;
}
