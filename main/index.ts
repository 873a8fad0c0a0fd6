import path from 'node:path';
import { app, dialog, session } from 'electron';
import { resolveDataDir } from '../db/data-dir';
import type { DatabaseOpenFailureKind } from '../db/errors';
import { migrationsFolder } from '../db/migrate';
import { registerAppScheme, serveRenderer } from './app-protocol';
import { IPC_PREFIX } from './contract/channels';
import { ServiceConnection, StartupFailure } from './data-service/connection';
import type { ReminderEvent } from './data-service/protocol';
import { registerIpc } from './ipc';
import { type LogFile, openLogFile } from './logging/log-file';
import { createLogger, type Logger } from './logging/logger';
import { safeError } from './logging/safe-error';
import { mainLocale, mainMessage, startupFailureMessage } from './messages';
import { type DesktopShell, installDesktopShell } from './shell/native';
import { createMainWindow, denyAllPermissions } from './window';

// Lifecycle only: single instance -> start the data service (a worker thread that opens and
// migrates the database and runs reminders) -> serve the UI -> window. This process never runs
// SQL: it forwards requests, so a long import cannot freeze menus, notifications or the window.

// Menu, tray, window placement, close-to-tray and notifications: main/shell/ (pure rules + native.ts).
let desktop: DesktopShell | null = null;
/** Reminders that arrive between the service being ready and the shell being installed. */
const earlyReminders: ReminderEvent[] = [];
let service: ServiceConnection | null = null;
let logFile: LogFile | null = null;
let log: Logger | null = null;

registerAppScheme();

if (!app.requestSingleInstanceLock()) {
  // Two processes writing one SQLite file is how records get lost: the second launch just hands over.
  app.quit();
} else {
  app.on('second-instance', () => desktop?.open());
  app.whenReady().then(start, (error: unknown) => fail('unexpected', String(error), ''));
}

async function start(): Promise<void> {
  const dataDir = resolveDataDir(app.getPath('userData'));
  logFile = openLogFile(dataDir);
  const writeLine = logFile.write.bind(logFile);
  log = createLogger('main', writeLine);
  const workerFile = path.join(__dirname, 'data-service.cjs');
  service = new ServiceConnection(
    workerFile,
    {
      role: 'primary',
      options: {
        workerFile,
        dataDir,
        migrationsFolder: migrationsFolder(app.getAppPath()),
        appVersion: app.getVersion(),
        clockOffsetMs: 0,
        logFile: logFile.file,
        reminders: true,
      },
    },
    {
      onLog: writeLine,
      onProgress: (event) => desktop?.window()?.webContents.send(`${IPC_PREFIX}event:progress`, event),
      // Reminders are planned in the worker; showing one (and its deep link) is the shell's part.
      onReminder: (event) => (desktop ? desktop.reminder(event) : earlyReminders.push(event)),
      onExit: (code) => log?.error({ event: 'data-service-exited', code }, 'data service exited'),
    },
  );
  try {
    await service.ready;
  } catch (error) {
    log.error({ event: 'startup-failed', err: safeError(error) }, 'start-up failed');
    // A refused data file leaves the worker in recovery mode: the window opens on the recovery
    // screen (renderer/features/recovery), a real window with safe actions. Only a worker that
    // died gets the native dialog, since then nothing could serve that screen.
    if (!service.isAlive) {
      const failure =
        error instanceof StartupFailure ? error : new StartupFailure('unexpected', String(error));
      fail(failure.kind as DatabaseOpenFailureKind | 'unexpected', failure.message, dataDir);
      return;
    }
  }

  denyAllPermissions(session.defaultSession);
  serveRenderer(path.join(app.getAppPath(), 'dist', 'renderer'));
  registerIpc(service);
  const running = service;
  desktop = installDesktopShell({
    dataDir,
    logDir: path.dirname(logFile.file),
    invoke: (channel, payload) => running.invoke(channel, payload),
    createWindow: (placement, route) =>
      createMainWindow(path.join(__dirname, 'preload.cjs'), placement, route),
    log: (event, detail) => log?.info({ event, ...detail }, event),
  });
  // Started at login: stay in the tray / menu bar; reminders run without a window.
  if (!desktop.startHidden) desktop.open();
  for (const event of earlyReminders.splice(0)) desktop.reminder(event);

  app.on('activate', () => desktop?.open());
}

function fail(kind: DatabaseOpenFailureKind | 'unexpected', detail: string, dataDir: string): void {
  const known =
    kind === 'unexpected' ||
    ['newer-version', 'unknown-schema', 'migrations-missing', 'integrity'].includes(kind);
  const locale = mainLocale(app.getLocale());
  dialog.showErrorBox(
    mainMessage('startup.failed.title', {}, locale),
    startupFailureMessage(known ? kind : 'unexpected', detail, dataDir, locale),
  );
  app.exit(1);
}

// 'window-all-closed' is decided by main/shell/background-policy.ts (keep reminders running or quit).

let quitting = false;
app.on('will-quit', (event) => {
  // Close the database cleanly (WAL checkpoint) before the process ends.
  if (quitting || !service) return;
  event.preventDefault();
  quitting = true;
  void service
    .close()
    .then(() => logFile?.close())
    .finally(() => app.quit());
});
