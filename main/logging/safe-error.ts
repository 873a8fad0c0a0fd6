/**
 * What of an error may go into the log. Error messages can carry what a user typed (a name in a
 * "not found" text, a value in a constraint message), so the log keeps only the error's class,
 * its code (e.g. SQLITE_BUSY) and the stack's frames — never its message.
 */
export interface SafeError {
  name: string;
  code?: string;
  frames: string[];
}

export function safeError(error: unknown): SafeError {
  if (!(error instanceof Error)) return { name: typeof error, frames: [] };
  const code = (error as { code?: unknown }).code;
  const frames = (error.stack ?? '')
    .split('\n')
    .filter((line) => /^\s+at /.test(line))
    .slice(0, 12)
    .map((line) => line.trim());
  return { name: error.name, ...(typeof code === 'string' && { code }), frames };
}
