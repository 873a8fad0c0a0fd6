import { type ShellLocale, shellText } from './shell-text';

/**
 * The About box: what support asks for first (version, where the data and the log are). Shown
 * with a native message box (main/shell/native.ts) whose buttons open those folders or copy the
 * text.
 */
export interface AboutFacts {
  version: string;
  electron: string;
  chrome: string;
  node: string;
  /** e.g. "Windows 11 (10.0.22631) x64" */
  os: string;
  dataDir: string;
  logDir: string;
}

export interface AboutBox {
  title: string;
  message: string;
  detail: string;
  buttons: string[];
  /** What each button does, by index. */
  actions: Array<'ok' | 'copy' | 'show-data-folder' | 'show-log-folder'>;
}

export function aboutBox(facts: AboutFacts, locale: ShellLocale): AboutBox {
  const t = (key: Parameters<typeof shellText>[0], values: Record<string, string> = {}) =>
    shellText(key, values, locale);
  return {
    title: t('about.title'),
    message: `Caseport — ${t('about.version', { version: facts.version })}`,
    detail: [
      t('about.dataFolder', { path: facts.dataDir }),
      t('about.logFolder', { path: facts.logDir }),
      '',
      t('about.runtime', { electron: facts.electron, chrome: facts.chrome, node: facts.node, os: facts.os }),
    ].join('\n'),
    buttons: [t('about.ok'), t('about.copy'), t('about.showDataFolder'), t('about.showLogFolder')],
    actions: ['ok', 'copy', 'show-data-folder', 'show-log-folder'],
  };
}

/** The text "Copy details" puts on the clipboard: everything in the box, plain. */
export function aboutText(box: AboutBox): string {
  return `${box.message}\n${box.detail}`;
}
