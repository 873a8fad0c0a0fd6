import { parentPort, workerData } from 'node:worker_threads';
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

const service = DataService.start({
  role,
  options,
  post,
  log,
  ...(role === 'primary' && {
    runLong: async (channel, payload, userId) => {
      const worker = backgroundWorker();
      return worker.invoke(channel, payload, userId);
    },
  }),
});
service?.startReminders();

port.on('message', (message: HostToWorker) => {
  if (message.type === 'request') {
    if (service) void service.handle(message);
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
      await background?.close();
      service?.close();
      port.close();
    })();
  }
});
