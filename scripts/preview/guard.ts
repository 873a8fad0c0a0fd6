import type { IncomingHttpHeaders } from 'node:http';

/** `--port N` (0 picks a free port). */
export function parsePreviewArgs(argv: string[], defaultPort = 4780): { port: number } {
  const index = argv.indexOf('--port');
  if (index === -1) return { port: defaultPort };
  const port = Number(argv[index + 1]);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`--port needs a number from 0 to 65535, got "${argv[index + 1] ?? ''}"`);
  }
  return { port };
}

/**
 * Host must name our loopback address (defeats DNS rebinding); Origin, when the browser sends
 * one, must be our own page (defeats other sites posting to the preview).
 */
export function requestIsAllowed(headers: IncomingHttpHeaders, port: number): boolean {
  const allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`];
  if (!headers.host || !allowedHosts.includes(headers.host)) return false;
  const origin = headers.origin;
  if (origin === undefined) return true;
  return allowedHosts.some((host) => origin === `http://${host}`);
}
