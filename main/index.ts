import path from 'node:path';
import { app, type BrowserWindow, dialog, session } from 'electron';
import { resolveDataDir } from '../db/data-dir';
import type { DatabaseOpenFailureKind } from '../db/errors';
import { migrationsFolder } from '../db/migrate';
import { registerAppScheme, serveRenderer } from './app-protocol';
import { IPC_PREFIX } from './contract';
import { ServiceConnection, StartupFailure } from './data-service/connection';
import { registerIpc } from './ipc';
import { type LogFile, openLogFile } from './logging/log-file';
import { createLogger, type Logger } from './logging/logger';
import { safeError } from './logging/safe-error';
import { mainMessage, startupFailureMessage } from './messages';
import { showReminder } from './notifier';
import { createMainWindow, denyAllPermissions } from './window';

// Lifecycle only: single instance -> start the data service (a worker thread that opens and
// migrates the database and runs reminders) -> serve the UI -> window. This process never runs
// SQL: it forwards requests, so a long import cannot freeze menus, notifications or the window.

let mainWindow: BrowserWindow | null = null;
let service: ServiceConnection | null = null;
let logFile: LogFile | null = null;
let log: Logger | null = null;

registerAppScheme();

if (!app.requestSingleInstanceLock()) {
  // Two processes writing one SQLite file is how records get lost: the second launch just hands over.
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
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
      onProgress: (event) => mainWindow?.webContents.send(`${IPC_PREFIX}event:progress`, event),
      // Reminders are planned in the worker; showing one is the shell's only part.
      onReminder: showReminder(
        () => mainWindow,
        () => openWindow(),
      ),
      onExit: (code) => log?.error({ event: 'data-service-exited', code }, 'data service exited'),
    },
  );
  try {
    await service.ready;
  } catch (error) {
    log.error({ event: 'startup-failed', err: safeError(error) }, 'start-up failed');
    const failure = error instanceof StartupFailure ? error : new StartupFailure('unexpected', String(error));
    fail(failure.kind as DatabaseOpenFailureKind | 'unexpected', failure.message, dataDir);
    return;
  }

  denyAllPermissions(session.defaultSession);
  serveRenderer(path.join(app.getAppPath(), 'dist', 'renderer'));
  registerIpc(service);
  openWindow();

  app.on('activate', () => {
    if (!mainWindow) openWindow();
  });
}

function openWindow(): BrowserWindow {
  const window = createMainWindow(path.join(__dirname, 'preload.cjs'));
  mainWindow = window;
  window.on('closed', () => {
    mainWindow = null;
  });
  return window;
}

function fail(kind: DatabaseOpenFailureKind | 'unexpected', detail: string, dataDir: string): void {
  const known =
    kind === 'unexpected' ||
    ['newer-version', 'unknown-schema', 'migrations-missing', 'integrity'].includes(kind);
  dialog.showErrorBox(
    mainMessage('startup.failed.title'),
    startupFailureMessage(known ? kind : 'unexpected', detail, dataDir),
  );
  app.exit(1);
}

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

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
