export { type AppLocale, resolveLocale } from '../../main/contract/preferences';

/** The operating system's languages as the browser reports them, most preferred first. */
export function systemLanguages(): readonly string[] {
  if (typeof navigator === 'undefined') return [];
  return navigator.languages?.length ? navigator.languages : [navigator.language];
}
