import type { AppStatus } from '../contract/backups';
import { ApiFailure } from '../data-service/context';

/** app.status once the data is open (the recovery mode answers it otherwise: recovery.ts). */
export function readyStatusHandler(): AppStatus {
  return { state: 'ready' };
}

/** The recovery calls mean nothing while the data is open. */
export function notInRecoveryHandler(): never {
  throw new ApiFailure('CONFLICT', "Caseport's data is open: there is nothing to recover.");
}
