import path from 'node:path';
import { app, type BrowserWindow, dialog, session } from 'electron';
import { resolveDataDir } from '../db/data-dir';
import { DatabaseOpenError } from '../db/errors';
import { migrationsFolder } from '../db/migrate';
import { closeDatabase, type OpenedDatabase } from '../db/open';
import { openCaseportDatabase } from '../db/startup';
import { registerAppScheme, serveRenderer } from './app-protocol';
import { registerIpc } from './ipc';
import { mainMessage, startupFailureMessage } from './messages';
import { showReminder } from './notifier';
import { ReminderRunner } from './reminders/runner';
import { createMainWindow, denyAllPermissions } from './window';

// Lifecycle only: single instance -> open and migrate the database -> serve the UI -> window.
// Everything with logic lives in db/ and main/api so it runs (and is tested) under plain Node.

let mainWindow: BrowserWindow | null = null;
let database: OpenedDatabase | null = null;
let reminders: ReminderRunner | null = null;

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

function start(): void {
  const dataDir = resolveDataDir(app.getPath('userData'));
  try {
    database = openCaseportDatabase({ dataDir, migrationsFolder: migrationsFolder(app.getAppPath()) });
  } catch (error) {
    if (error instanceof DatabaseOpenError) fail(error.kind, error.message, dataDir);
    else fail('unexpected', error instanceof Error ? error.message : String(error), dataDir);
    return;
  }

  denyAllPermissions(session.defaultSession);
  serveRenderer(path.join(app.getAppPath(), 'dist', 'renderer'));
  registerIpc({
    db: database.db,
    now: () => new Date(),
    appVersion: app.getVersion(),
    dataDir,
    schemaVersion: database.schemaVersion,
    session: { userId: null },
  });
  openWindow();

  // Reminders run while the app is open; start() first catches up on what came due while it was closed.
  reminders = new ReminderRunner({
    db: database.db,
    clock: { now: () => Date.now() },
    show: showReminder(
      () => mainWindow,
      () => openWindow(),
    ),
    onError: (error) => console.error('Reminders failed', error),
  });
  void reminders.start();

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

function fail(kind: Parameters<typeof startupFailureMessage>[0], detail: string, dataDir: string): void {
  dialog.showErrorBox(mainMessage('startup.failed.title'), startupFailureMessage(kind, detail, dataDir));
  app.exit(1);
}

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

app.on('will-quit', () => {
  reminders?.stop();
  reminders = null;
  if (database) closeDatabase(database.sqlite);
  database = null;
});
