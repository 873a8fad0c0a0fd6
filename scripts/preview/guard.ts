import type { IncomingHttpHeaders } from 'node:http';

/**
 * `--port N` (0 picks a free port) and `--clock <ISO instant>`: the preview's clock starts at that
 * instant and runs on from there, so e2e tests never depend on the real date. Only the preview
 * takes it; the packaged app always runs on the computer's clock.
 */
export function parsePreviewArgs(argv: string[], defaultPort = 4780): { port: number; clockStart?: number } {
  const index = argv.indexOf('--port');
  let port = defaultPort;
  if (index !== -1) {
    port = Number(argv[index + 1]);
    if (!Number.isInteger(port) || port < 0 || port > 65535) {
      throw new Error(`--port needs a number from 0 to 65535, got "${argv[index + 1] ?? ''}"`);
    }
  }
  const clockIndex = argv.indexOf('--clock');
  if (clockIndex === -1) return { port };
  const text = argv[clockIndex + 1] ?? '';
  const clockStart = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z$/.test(text)
    ? Date.parse(text)
    : Number.NaN;
  if (Number.isNaN(clockStart)) {
    throw new Error(`--clock needs a UTC instant such as 2026-04-20T14:00:00Z, got "${text}"`);
  }
  return { port, clockStart };
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
