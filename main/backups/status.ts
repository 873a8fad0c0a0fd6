import type { AppStatus } from '../contract/backups';
import { type ApiContext, ApiFailure } from '../data-service/context';

/**
 * app.status once the data is open (the recovery mode answers it otherwise: recovery.ts), with
 * the latest check of the data file and its history; a context without the data service's watch
 * (a bare test harness) claims nothing about it.
 */
export function readyStatusHandler(ctx: ApiContext): AppStatus {
  return { state: 'ready', dataCheck: ctx.dataCheck?.current() ?? { state: 'unknown' } };
}

/** The recovery calls mean nothing while the data is open. */
export function notInRecoveryHandler(): never {
  throw new ApiFailure('CONFLICT', "Caseport's data is open: there is nothing to recover.");
}
