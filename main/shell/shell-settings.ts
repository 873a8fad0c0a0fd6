import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/**
 * This computer's desktop preferences, kept beside the window state in Electron's userData (not
 * in the database: they belong to the machine, and the data folder may be shared).
 * - keepRunning: closing the window leaves Caseport in the tray/menu bar so reminders still
 *   arrive (on by default: a missed deadline reminder is the costly failure).
 * - openAtLogin: start with the computer, in the tray, so reminders run without opening a window.
 * - backgroundHintShown: the "still running" notice is shown once, the first time the window closes.
 */
export interface ShellSettings {
  keepRunning: boolean;
  openAtLogin: boolean;
  backgroundHintShown: boolean;
}

export const DEFAULT_SHELL_SETTINGS: ShellSettings = {
  keepRunning: true,
  openAtLogin: false,
  backgroundHintShown: false,
};

const schema = z.object({
  keepRunning: z.boolean().catch(DEFAULT_SHELL_SETTINGS.keepRunning),
  openAtLogin: z.boolean().catch(DEFAULT_SHELL_SETTINGS.openAtLogin),
  backgroundHintShown: z.boolean().catch(DEFAULT_SHELL_SETTINGS.backgroundHintShown),
});

/** Unknown or damaged values fall back to the defaults one by one; nothing here can stop the app. */
export function parseShellSettings(raw: unknown): ShellSettings {
  const parsed = schema.safeParse(raw && typeof raw === 'object' ? raw : {});
  return parsed.success ? parsed.data : { ...DEFAULT_SHELL_SETTINGS };
}

export class ShellSettingsFile {
  private current: ShellSettings;

  constructor(private readonly file: string) {
    let raw: unknown = {};
    try {
      raw = JSON.parse(fs.readFileSync(file, 'utf8'));
    } catch {
      // First run or an unreadable file: the defaults.
    }
    this.current = parseShellSettings(raw);
  }

  get value(): ShellSettings {
    return { ...this.current };
  }

  update(change: Partial<ShellSettings>): ShellSettings {
    this.current = { ...this.current, ...change };
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    const temporary = `${this.file}.tmp`;
    fs.writeFileSync(temporary, JSON.stringify(this.current, null, 2));
    fs.renameSync(temporary, this.file);
    return this.value;
  }
}
