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
import { createMainWindow, denyAllPermissions } from './window';

// Lifecycle only: single instance -> open and migrate the database -> serve the UI -> window.
// Everything with logic lives in db/ and main/api so it runs (and is tested) under plain Node.

let mainWindow: BrowserWindow | null = null;
let database: OpenedDatabase | null = null;

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

  app.on('activate', () => {
    if (!mainWindow) openWindow();
  });
}

function openWindow(): void {
  mainWindow = createMainWindow(path.join(__dirname, 'preload.cjs'));
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

function fail(kind: Parameters<typeof startupFailureMessage>[0], detail: string, dataDir: string): void {
  dialog.showErrorBox(mainMessage('startup.failed.title'), startupFailureMessage(kind, detail, dataDir));
  app.exit(1);
}

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

app.on('will-quit', () => {
  if (database) closeDatabase(database.sqlite);
  database = null;
});
