import type { LocaleChoice } from '../../main/contract/preferences';

/** The locales Caseport speaks; the first two letters pick the catalogue, the rest Intl's formats. */
export type AppLocale = 'en-CA' | 'en-US' | 'fr-CA';

/**
 * 'system' follows the operating system's preferred languages in order: any French reads in
 * fr-CA (the firm is Canadian), en-US stays American, any other English is en-CA, and a
 * language Caseport does not speak falls through to the next one, then to en-CA.
 */
export function resolveLocale(choice: LocaleChoice, systemLanguages: readonly string[]): AppLocale {
  if (choice !== 'system') return choice;
  for (const tag of systemLanguages) {
    const lower = tag.toLowerCase();
    if (lower === 'fr' || lower.startsWith('fr-')) return 'fr-CA';
    if (lower === 'en-us') return 'en-US';
    if (lower === 'en' || lower.startsWith('en-')) return 'en-CA';
  }
  return 'en-CA';
}

export function systemLanguages(): readonly string[] {
  if (typeof navigator === 'undefined') return [];
  return navigator.languages?.length ? navigator.languages : [navigator.language];
}
