import { parentPort, workerData } from 'node:worker_threads';
import { readMigrations } from '../../db/migrate';
import { closeDatabase } from '../../db/open';
import { RecoveryService } from '../backups/recovery';
import { createLogger } from '../logging/logger';
import { ServiceConnection } from './connection';
import type { HostToWorker, WorkerData, WorkerToHost } from './protocol';
import { DataService } from './service';

/**
 * The data-service worker thread (bundled to dist/main/data-service.cjs for Electron and
 * dist/preview/data-service.mjs for the preview). It owns the SQLite connection, migrations,
 * the handler table and the reminder runner, so neither Electron's main process nor the window
 * ever waits on SQL. The primary hands long commands (import commit) to a background worker
 * started from this same file with its own connection, and keeps answering meanwhile.
 */
const port = parentPort;
if (!port) throw new Error('The data service must run in a worker thread.');
const { role, options } = workerData as WorkerData;
const post = (message: WorkerToHost) => port.postMessage(message);
const log = createLogger(role === 'primary' ? 'data-service' : 'data-service-background', (line) =>
  post({ type: 'log', line }),
);

// A step that had to fall back (the copy before an update made in the data folder because the
// chosen backup folder was unplugged: db/backup/before-migration.ts) says so in the app's log.
process.on('warning', (warning) =>
  log.warn({ event: 'process-warning', code: (warning as { code?: string }).code }, warning.message),
);

let background: ServiceConnection | null = null;
function backgroundWorker(): ServiceConnection {
  if (background?.isAlive) return background;
  background = new ServiceConnection(
    options.workerFile,
    { role: 'background', options: { ...options, reminders: false } },
    {
      onProgress: (event) => post({ type: 'progress', event }),
      onLog: (line) => post({ type: 'log', line }),
    },
  );
  return background;
}

/**
 * The check of the data file reads all of it (46 s at 100,000 clients): it gets a short-lived
 * worker of its own, so an import started meanwhile does not queue behind it.
 */
let checking: ServiceConnection | null = null;
async function checkOnItsOwnWorker(payload: unknown, userId: number | null) {
  const worker = new ServiceConnection(
    options.workerFile,
    { role: 'background', options: { ...options, reminders: false } },
    { onProgress: () => {}, onLog: (line) => post({ type: 'log', line }) },
  );
  checking = worker;
  try {
    return await worker.invoke('app.checkData', payload, userId);
  } finally {
    if (checking === worker) checking = null;
    await worker.close();
  }
}

/**
 * Recovery mode: when the data file is refused, only the recovery screen's calls answer (status,
 * retry, restore a verified backup, use another data folder); when one of them opens data, the
 * service starts on it as it would have at launch.
 */
let recovery: RecoveryService | null = null;
const deps: Parameters<typeof DataService.start>[0] = {
  role,
  options,
  post,
  log,
  ...(role === 'primary' && {
    runLong: async (channel, payload, userId) => {
      if (channel === 'app.checkData') return checkOnItsOwnWorker(payload, userId);
      const worker = backgroundWorker();
      return worker.invoke(channel, payload, userId);
    },
    closeBackground: async () => {
      await Promise.all([background?.close(), checking?.close()]);
      background = null;
      checking = null;
    },
    onStartupFailed: (error: unknown) => {
      recovery = new RecoveryService(error, {
        dataDir: options.dataDir,
        migrationsFolder: options.migrationsFolder,
        now: () => new Date(Date.now() + options.clockOffsetMs),
        knownSteps: readMigrations(options.migrationsFolder).length,
        onOpened: (dataDir, database) => {
          closeDatabase(database.sqlite);
          service = DataService.start({ ...deps, options: { ...options, dataDir } });
          service?.startReminders();
          service?.startDailyBackups();
          service?.startUpkeep();
          if (service) recovery = null;
        },
      });
    },
  }),
};
let service = DataService.start(deps);
service?.startReminders();
service?.startDailyBackups();
service?.startUpkeep();

port.on('message', (message: HostToWorker) => {
  if (message.type === 'request') {
    if (service) void service.handle(message);
    else if (recovery)
      void recovery
        .handle(message.channel, message.payload)
        .then((envelope) => post({ type: 'reply', id: message.id, envelope }));
    else
      post({
        type: 'reply',
        id: message.id,
        envelope: {
          ok: false,
          error: {
            code: 'INTERNAL',
            message: 'The data file could not be opened; see the start-up message.',
          },
        },
      });
    return;
  }
  if (message.type === 'close') {
    void (async () => {
      await Promise.all([background?.close(), checking?.close()]);
      service?.close();
      port.close();
    })();
  }
});
