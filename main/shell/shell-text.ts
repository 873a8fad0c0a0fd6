import en from '../../renderer/i18n/en/shell.json';
import fr from '../../renderer/i18n/fr/shell.json';

/**
 * Words of the native shell (menus, tray, About, update prompts). The main process has no
 * i18next, so this reads the same catalogue files the renderer's parts live in, with i18next's
 * conventions: `{{name}}` values and `_one`/`_other` plurals on `count`.
 */
export type ShellLocale = 'en' | 'fr';

type Sections = (typeof en)['nativeShell'];
type PluralBase<K extends string> = K extends `${infer B}_one` ? B : K extends `${string}_other` ? never : K;
export type ShellTextKey = {
  [S in keyof Sections]: `${S & string}.${PluralBase<keyof Sections[S] & string>}`;
}[keyof Sections];

const catalogues: Record<ShellLocale, Record<string, Record<string, string>>> = {
  en: en.nativeShell,
  fr: fr.nativeShell,
};

/** The shell follows the computer's language: French for any `fr` locale, English otherwise. */
export function shellLocale(preferredLanguages: readonly string[]): ShellLocale {
  return preferredLanguages[0]?.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

export function shellText(
  key: ShellTextKey,
  values: Record<string, string | number> = {},
  locale: ShellLocale = 'en',
): string {
  const [section, name] = key.split('.') as [string, string];
  const table = catalogues[locale][section] ?? {};
  const count = values.count;
  const plural =
    typeof count === 'number' ? table[`${name}_${new Intl.PluralRules(locale).select(count)}`] : undefined;
  const template = plural ?? table[name] ?? catalogues.en[section]?.[name] ?? key;
  return template.replace(/\{\{(\w+)\}\}/g, (_, value: string) => String(values[value] ?? ''));
}
