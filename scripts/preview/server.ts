/**
 * Browser preview: the whole app in any browser, where Electron cannot run (CI, e2e tests).
 * Serves the built renderer and an invoke endpoint that runs the SAME dispatch + handler
 * table as Electron's ipc.ts, on a real SQLite file.
 *
 *   CASEPORT_DATA_DIR=/some/folder npm run preview -- --port 4780
 *
 * Security, because client data is behind it: binds 127.0.0.1 only; the invoke endpoint
 * needs a random per-run token and same-origin Host/Origin headers (no DNS rebinding, no
 * cross-site requests from other pages in the same browser).
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { resolveDataDir } from '../../db/data-dir';
import { migrationsFolder } from '../../db/migrate';
import { ServiceConnection, StartupFailure } from '../../main/data-service/connection';
import type { ProgressEvent } from '../../main/data-service/protocol';
import { openLogFile } from '../../main/logging/log-file';
import { createLogger } from '../../main/logging/logger';
import { CONTENT_SECURITY_POLICY } from '../../main/security/csp';
import { parsePreviewArgs, requestIsAllowed } from './guard';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const rendererDir = path.join(repoRoot, 'dist', 'renderer');
const bridgeFile = path.join(repoRoot, 'scripts', 'preview', 'bridge.js');
const MAX_BODY_BYTES = 5 * 1024 * 1024;

const { port: requestedPort, clockStart } = parsePreviewArgs(process.argv.slice(2));
if (!fs.existsSync(path.join(rendererDir, 'index.html'))) {
  console.error(
    `No built renderer at ${rendererDir}. Run "npm run build:renderer" (or "npm run preview", which builds first).`,
  );
  process.exit(1);
}

const dataDir = resolveDataDir(path.join(repoRoot, '.preview-data'));
const packageJson = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
  version: string;
};
// The same data service as the desktop app: a worker thread owns the database; this process
// only forwards requests, exactly as Electron's main process does.
const logFile = openLogFile(dataDir);
const log = createLogger('preview', (line) => logFile.write(line));
const progressListeners = new Set<(event: ProgressEvent) => void>();
const service = new ServiceConnection(
  path.join(path.dirname(fileURLToPath(import.meta.url)), 'data-service.mjs'),
  {
    role: 'primary',
    options: {
      workerFile: path.join(path.dirname(fileURLToPath(import.meta.url)), 'data-service.mjs'),
      dataDir,
      migrationsFolder: migrationsFolder(repoRoot),
      appVersion: packageJson.version,
      clockOffsetMs: clockStart === undefined ? 0 : clockStart - Date.now(),
      logFile: logFile.file,
      // Reminders are the desktop's OS notifications; the preview has nowhere to show them.
      reminders: false,
    },
  },
  {
    onLog: (line) => logFile.write(line),
    onProgress: (event) => {
      for (const listener of progressListeners) listener(event);
    },
    onExit: (code) => {
      log.error({ event: 'data-service-exited', code }, 'data service exited');
    },
  },
);
try {
  await service.ready;
} catch (error) {
  const failure = error instanceof StartupFailure ? error : new StartupFailure('unexpected', String(error));
  // The worker stays up in recovery mode: the page shows the recovery screen for this failure
  // (restore a verified backup, another data folder), as the desktop app does.
  console.error(`Caseport could not open its data (${failure.kind}): ${failure.message}`);
}
const token = randomBytes(24).toString('base64url');

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

function send(
  res: http.ServerResponse,
  status: number,
  body: string | Buffer,
  type = 'text/plain; charset=utf-8',
) {
  res.writeHead(status, {
    'content-type': type,
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-store',
    'referrer-policy': 'no-referrer',
  });
  res.end(body);
}

function tokenMatches(header: string | string[] | undefined): boolean {
  if (typeof header !== 'string') return false;
  const given = Buffer.from(header);
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error('too large'));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

async function handleInvoke(req: http.IncomingMessage, res: http.ServerResponse, port: number) {
  if (!requestIsAllowed(req.headers, port) || !tokenMatches(req.headers['x-caseport-token'])) {
    return send(res, 403, 'Forbidden');
  }
  let message: { channel?: unknown; payload?: unknown };
  try {
    message = JSON.parse(await readBody(req)) as typeof message;
  } catch {
    return send(res, 400, 'Bad request');
  }
  const envelope = await service.invoke(message.channel, message.payload);
  send(res, 200, JSON.stringify(envelope), 'application/json');
}

/** Server-sent events: progress of long commands, like Electron's `caseport.on('progress')`. */
function serveEvents(req: http.IncomingMessage, res: http.ServerResponse, url: URL, port: number) {
  if (!requestIsAllowed(req.headers, port) || !tokenMatches(url.searchParams.get('token') ?? undefined)) {
    return send(res, 403, 'Forbidden');
  }
  res.writeHead(200, {
    'content-type': 'text/event-stream',
    'cache-control': 'no-store',
    connection: 'keep-alive',
  });
  res.write(': connected\n\n');
  const listener = (event: ProgressEvent) => res.write(`event: progress\ndata: ${JSON.stringify(event)}\n\n`);
  progressListeners.add(listener);
  req.on('close', () => progressListeners.delete(listener));
}

function serveStatic(urlPath: string, res: http.ServerResponse) {
  if (urlPath === '/__preview/bridge.js') {
    return send(res, 200, fs.readFileSync(bridgeFile), contentTypes['.js']);
  }
  const relative = urlPath === '/' ? 'index.html' : decodeURIComponent(urlPath).replace(/^\/+/, '');
  const file = path.resolve(rendererDir, relative);
  if (!file.startsWith(rendererDir + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
    return send(res, 404, 'Not found');
  }
  let body: string | Buffer = fs.readFileSync(file);
  if (relative === 'index.html') {
    // The bridge must define window.caseport before the app's module script runs.
    body = body
      .toString('utf8')
      .replace('<head>', '<head>\n    <script src="/__preview/bridge.js"></script>');
  }
  send(res, 200, body, contentTypes[path.extname(file)] ?? 'application/octet-stream');
}

const server = http.createServer((req, res) => {
  const port = (server.address() as { port: number }).port;
  // Prefixed, not resolved against a base: `GET //` would otherwise be read as a host and throw.
  const url = new URL(`http://127.0.0.1${(req.url ?? '/').startsWith('/') ? req.url : '/'}`);
  if (req.method === 'POST' && url.pathname === '/__preview/invoke') {
    handleInvoke(req, res, port).catch((error: unknown) => {
      console.error(error);
      if (!res.headersSent) send(res, 500, 'Internal error');
    });
    return;
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed');
  if (url.pathname === '/__preview/events') return serveEvents(req, res, url, port);
  if (!requestIsAllowed(req.headers, port)) return send(res, 403, 'Forbidden');
  try {
    serveStatic(url.pathname, res);
  } catch {
    // A malformed path (`/%`) is the client's mistake, never a reason for the server to stop.
    if (!res.headersSent) send(res, 400, 'Bad request');
  }
});

server.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EADDRINUSE') {
    console.error(
      `Port ${requestedPort} is already in use. Stop the other preview, or choose another: --port 0 picks a free one.`,
    );
  } else console.error(error);
  void service.close().then(() => process.exit(1));
});

server.listen(requestedPort, '127.0.0.1', () => {
  const { port } = server.address() as { port: number };
  console.log(`Caseport preview: data in ${dataDir}`);
  // The URL on a line of its own, so people and test fixtures can pick it up.
  console.log(`http://127.0.0.1:${port}/?token=${token}`);
});

async function shutDown() {
  server.close();
  await service.close();
  await logFile.close();
  process.exit(0);
}
process.on('SIGINT', () => void shutDown());
process.on('SIGTERM', () => void shutDown());
