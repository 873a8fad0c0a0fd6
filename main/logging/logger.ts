import pino from 'pino';

/**
 * Caseport's structured log: JSON lines (pino). Only ids, channel names, codes and timings go
 * in — never names, passports or notes; errors go through safeError(). Each thread makes its own
 * logger over a `write` function: the host writes lines to the log file, a worker posts them to
 * its host (one writer per file, so rotation stays safe).
 */
export type Logger = pino.Logger;

export function createLogger(thread: string, write: (line: string) => void): Logger {
  return pino(
    {
      base: { thread },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
    },
    { write },
  );
}
