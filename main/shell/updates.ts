import { type ShellLocale, shellText } from './shell-text';

/**
 * Help -> Check for updates. Never automatic: Caseport looks for an update only when asked,
 * downloads only after the person agrees, and installs only when they choose to restart. It works
 * fully offline otherwise. The feed is a plain HTTPS folder (electron-updater's "generic"
 * provider) that the firm or the vendor sets:
 *  - CASEPORT_UPDATE_URL in the environment (a firm's IT can set it machine-wide), else
 *  - the feed baked in at build time (`npm run dist -- -c.publish.provider=generic -c.publish.url=…`
 *    writes resources/app-update.yml), else
 *  - no feed: the menu item says updates are not set up here.
 */
export type UpdateFeed = { kind: 'env'; url: string } | { kind: 'built-in' } | { kind: 'none' };

export function resolveUpdateFeed(env: NodeJS.ProcessEnv, builtInFeedExists: boolean): UpdateFeed {
  const url = env.CASEPORT_UPDATE_URL?.trim();
  if (url && /^https:\/\/[^\s]+$/i.test(url)) return { kind: 'env', url };
  return builtInFeedExists ? { kind: 'built-in' } : { kind: 'none' };
}

/** The part of electron-updater's AppUpdater this flow uses (faked in tests). */
export interface Updater {
  checkForUpdates(): Promise<{ updateInfo: { version: string }; isUpdateAvailable?: boolean } | null>;
  downloadUpdate(): Promise<unknown>;
  quitAndInstall(): void;
}

export interface UpdateDialogs {
  /** Shows a message with buttons; resolves to the index chosen. */
  ask(message: string, buttons: string[]): Promise<number>;
  tell(message: string): Promise<void>;
}

export type UpdateOutcome =
  | 'not-configured'
  | 'busy'
  | 'up-to-date'
  | 'declined'
  | 'downloaded-later'
  | 'installing'
  | 'failed';

export class UpdateCheck {
  private running = false;

  constructor(
    private readonly deps: {
      feed: UpdateFeed;
      /** Built lazily: electron-updater is only loaded when someone checks. */
      updater: () => Updater;
      dialogs: UpdateDialogs;
      currentVersion: string;
      locale: ShellLocale;
      onError?: (error: unknown) => void;
    },
  ) {}

  async run(): Promise<UpdateOutcome> {
    const { dialogs, locale } = this.deps;
    const t = (key: Parameters<typeof shellText>[0], values: Record<string, string> = {}) =>
      shellText(key, values, locale);
    if (this.deps.feed.kind === 'none') {
      await dialogs.tell(t('updates.notConfigured'));
      return 'not-configured';
    }
    if (this.running) {
      await dialogs.tell(t('updates.busy'));
      return 'busy';
    }
    this.running = true;
    try {
      const updater = this.deps.updater();
      const result = await updater.checkForUpdates();
      const version = result?.updateInfo.version;
      if (!result || !version || result.isUpdateAvailable === false || version === this.deps.currentVersion) {
        await dialogs.tell(t('updates.upToDate', { version: this.deps.currentVersion }));
        return 'up-to-date';
      }
      const download = await dialogs.ask(
        t('updates.available', { version, current: this.deps.currentVersion }),
        [t('updates.download'), t('updates.later')],
      );
      if (download !== 0) return 'declined';
      await updater.downloadUpdate();
      const restart = await dialogs.ask(t('updates.downloaded', { version }), [
        t('updates.restart'),
        t('updates.later'),
      ]);
      if (restart !== 0) return 'downloaded-later';
      updater.quitAndInstall();
      return 'installing';
    } catch (error) {
      this.deps.onError?.(error);
      const reason =
        error instanceof Error ? (error.message.split('\n')[0]?.slice(0, 200) ?? '') : String(error);
      await dialogs.tell(t('updates.failed', { reason }));
      return 'failed';
    } finally {
      this.running = false;
    }
  }
}
