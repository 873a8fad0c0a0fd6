import kinds from '../../renderer/i18n/en.json';
import type { Message } from '../domain/deadlines/explanation';
import engine from '../domain/deadlines/messages.en.json';

/**
 * OS notifications are shown by the main process, which has no i18next: this resolves the
 * scheduler's Messages against the same catalogue files the renderer uses (engine messages and
 * deadline kinds), with i18next's conventions: `_one`/`_other` plurals on `count`, and values
 * named `...Key` translated first and passed in without the suffix.
 */
type Tree = { [key: string]: string | Tree };
const catalogue: Tree = { ...(engine as Tree), deadlineKinds: (kinds as Tree).deadlineKinds as Tree };

function lookup(key: string): string | undefined {
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
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(message.values ?? {})) {
    if (name.endsWith('Key') && typeof value === 'string') values[name.slice(0, -3)] = lookup(value) ?? value;
    else if (name.endsWith('Date') && typeof value === 'string') values[name] = formatDate(value, locale);
    else values[name] = value;
  }
  // A deadline without its own title is named by its kind.
  if (values.title === '' && typeof values.kind === 'string') values.title = values.kind;
  const count = values.count;
  const plural =
    typeof count === 'number'
      ? lookup(`${message.key}_${new Intl.PluralRules(locale).select(count)}`)
      : undefined;
  const template = plural ?? lookup(message.key) ?? message.key;
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? ''));
}
