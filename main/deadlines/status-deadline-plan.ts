import { addDays, type DeadlineRuleId, RESTORATION_DAYS } from '../domain/deadlines';

/**
 * Which rule deadlines one status gives, by the rules described in ./status-deadlines.ts. One
 * planner for both writers: syncStatusDeadlines (a person saved, their deadlines may exist) and
 * the bulk import (people just created, nothing exists yet), so the two cannot plan differently.
 */
export interface PlannedStatusDeadline {
  sourceKey: string;
  ruleId: DeadlineRuleId;
  inputs: Record<string, unknown>;
}

/**
 * What is already stored for the person. Asked as functions so the bulk import answers without
 * a query (a new person has no deadlines) and sync asks the database only when the rule needs it.
 */
export interface StatusDeadlineHistory {
  /** A deadline with this source key exists: it is kept in step even once its period is past. */
  known: (sourceKey: string) => boolean;
  /** The maintained-status deadline with this key was marked done (the extension was filed). */
  filedInTime: (sourceKey: string) => boolean;
}

/** A person just created: no deadline of theirs is known, overridden, chosen or done. */
export const NO_HISTORY: StatusDeadlineHistory = { known: () => false, filedInTime: () => false };

/** The passport that expires last (the one the person travels on). */
export function latestPassportExpiry(dates: (string | null)[]): string | null {
  return (
    dates
      .filter((d): d is string => Boolean(d))
      .sort()
      .at(-1) ?? null
  );
}

export function planStatusDeadlines(
  status: { id: number; country: string; validTo: string | null },
  passportExpiry: string | null,
  today: string,
  { known, filedInTime }: StatusDeadlineHistory,
): PlannedStatusDeadline[] {
  const validTo = status.validTo;
  if (!validTo) return [];
  const base = `status:${status.id}:${validTo}`;
  if (status.country === 'US') {
    if (!known(base) && validTo < today) return [];
    const inputs = { i94Date: validTo, petitionEndDate: null, passportExpiry };
    return [{ sourceKey: base, ruleId: 'us-extension-window', inputs }];
  }
  if (status.country !== 'CA') return [];
  const result: PlannedStatusDeadline[] = [];
  if (known(base) || validTo >= today) {
    result.push({
      sourceKey: base,
      ruleId: 'ca-maintained-status',
      inputs: { permitExpiry: validTo, passportExpiry },
    });
  }
  const restorationKey = `${base}:restoration`;
  const expired = validTo < today;
  // Filing before the expiry maintains status; only a missed one needs restoration.
  const filed = filedInTime(base);
  const stillOpen = addDays(validTo, RESTORATION_DAYS) >= today;
  if (known(restorationKey) || (expired && !filed && stillOpen)) {
    // Status is lost when the permit ends; IRCC counts the 90 days from the expiry date.
    result.push({
      sourceKey: restorationKey,
      ruleId: 'ca-restoration',
      inputs: { lossOfStatusDate: validTo },
    });
  }
  return result;
}
