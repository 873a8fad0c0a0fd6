import kindsEn from '../../renderer/i18n/en.json';
import kindsFr from '../../renderer/i18n/fr.json';
import type { Message } from '../domain/deadlines/explanation';
import engineEn from '../domain/deadlines/messages.en.json';
import engineFr from '../domain/deadlines/messages.fr.json';

/**
 * OS notifications are shown by the main process, which has no i18next: this resolves the
 * scheduler's Messages against the same catalogue files the renderer uses (engine messages and
 * deadline kinds), in English or French by the locale's language, with i18next's conventions:
 * `_one`/`_other` plurals on `count` (a form the catalogue lacks, such as French `many`, falls
 * back to `_other`), and values named `...Key` translated first and passed in without the suffix.
 */
type Tree = { [key: string]: string | Tree };
const catalogues: Record<'en' | 'fr', Tree> = {
  en: { ...(engineEn as Tree), deadlineKinds: (kindsEn as Tree).deadlineKinds as Tree },
  fr: { ...(engineFr as Tree), deadlineKinds: (kindsFr as Tree).deadlineKinds as Tree },
};

function lookup(catalogue: Tree, key: string): string | undefined {
  let node: string | Tree | undefined = catalogue;
  for (const part of key.split('.')) {
    if (typeof node !== 'object') return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

function formatDate(value: string, locale: string): string {
  const [y, m, d] = value.split('-').map(Number);
  if (!y || !m || !d) return value;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(
    Date.UTC(y, m - 1, d),
  );
}

export function notificationText(message: Message, locale = 'en'): string {
  const catalogue = catalogues[locale.toLowerCase().startsWith('fr') ? 'fr' : 'en'];
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(message.values ?? {})) {
    if (name.endsWith('Key') && typeof value === 'string')
      values[name.slice(0, -3)] = lookup(catalogue, value) ?? value;
    else if (name.endsWith('Date') && typeof value === 'string') values[name] = formatDate(value, locale);
    else values[name] = value;
  }
  // A deadline without its own title is named by its kind.
  if (values.title === '' && typeof values.kind === 'string') values.title = values.kind;
  const count = values.count;
  const plural =
    typeof count === 'number'
      ? (lookup(catalogue, `${message.key}_${new Intl.PluralRules(locale).select(count)}`) ??
        lookup(catalogue, `${message.key}_other`))
      : undefined;
  const template = plural ?? lookup(catalogue, message.key) ?? message.key;
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? ''));
}
