import type { z } from 'zod';
import { RecordError } from '../../db/errors';
import { readSettings } from '../../db/users/queries';
import { type ChannelName, contract, type Envelope, failure, isChannelName } from '../contract';
import { setFirmCalendar } from '../contract/dates';
import { type ApiContext, ApiFailure } from './context';
import { handlers as defaultHandlers, type HandlerTable } from './handlers';

export interface DispatchOptions {
  handlers?: HandlerTable;
  /** Where unexpected errors are reported; the renderer only ever sees a generic INTERNAL. */
  log?: (message: string, error: unknown) => void;
}

const RECORD_ERROR_CODES = {
  'not-found': 'NOT_FOUND',
  conflict: 'CONFLICT',
  retention: 'RETENTION',
  invalid: 'VALIDATION',
} as const;

/** zod issues -> { "givenNames": "validation.required", ... }; the first issue per field wins. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.length > 0 ? issue.path.join('.') : '_form';
    fields[key] ??= issue.message;
  }
  return fields;
}

function firmTimeZone(ctx: ApiContext): string | null {
  try {
    return readSettings(ctx.db).timeZone || null;
  } catch {
    // No settings table yet (a data folder being recovered): the machine's zone stands in.
    return null;
  }
}

/**
 * The boundary: refuses unknown channels, parses every payload with the contract's schema,
 * runs the handler and wraps whatever happens in an envelope. Nothing here knows Electron.
 */
export async function dispatch(
  ctx: ApiContext,
  channel: unknown,
  payload: unknown,
  { handlers = defaultHandlers, log = console.error }: DispatchOptions = {},
): Promise<Envelope<unknown>> {
  if (!isChannelName(channel)) {
    // Only a string is echoed: String() of an object without a prototype throws.
    const shown = typeof channel === 'string' ? channel.slice(0, 80) : `(${typeof channel})`;
    return failure('UNKNOWN_CHANNEL', `Unknown channel: ${shown}`);
  }
  // Schemas that ask "today" (a date of birth not in the future) ask the firm's day on this
  // request's clock, not the machine's (main/contract/dates.ts).
  setFirmCalendar({ timeZone: firmTimeZone(ctx), now: ctx.now });
  const parsed = contract[channel].input.safeParse(payload);
  if (!parsed.success) {
    return failure('VALIDATION', 'Some fields need attention.', { fields: fieldErrors(parsed.error) });
  }
  try {
    const handler = handlers[channel] as (ctx: ApiContext, input: unknown) => unknown;
    return { ok: true, value: await handler(ctx, parsed.data) };
  } catch (error) {
    if (error instanceof ApiFailure) {
      return failure(error.code, error.message, {
        ...(error.fields && { fields: error.fields }),
        ...(error.duplicates && { duplicates: error.duplicates }),
      });
    }
    if (error instanceof RecordError)
      return failure(
        RECORD_ERROR_CODES[error.kind],
        error.message,
        error.fields ? { fields: error.fields } : {},
      );
    // A link to a record that does not exist (an unknown client id): the caller's mistake or a
    // record removed meanwhile, not a bug. The transaction rolled back, so nothing was written.
    if ((error as { code?: unknown }).code === 'SQLITE_CONSTRAINT_FOREIGNKEY') {
      return failure('NOT_FOUND', 'A record this change refers to does not exist. Nothing was changed.');
    }
    log(`Channel ${channel as ChannelName} failed`, error);
    return failure('INTERNAL', 'Something went wrong while saving or reading data. Nothing was changed.');
  }
}
