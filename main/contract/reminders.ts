import { z } from 'zod';
import { DEADLINE_KINDS, type DeadlineKind } from './deadlines';
import { timeOfDay, V } from './validation';

/**
 * The firm's reminder preferences: one notification per reminder or a daily digest, when in the
 * day they go out, how overdue items escalate, and lead times per deadline kind.
 */
export interface ReminderPreferences {
  mode: 'each' | 'digest';
  notifyAt: string;
  overdue: 'daily' | 'once';
  leadTimes: Partial<Record<DeadlineKind, number[]>>;
}

const leadDays = z
  .array(z.number().int(V.leadTimes).min(0, V.leadTimes).max(365, V.leadTimes))
  .max(10, V.leadTimes)
  .refine((days) => new Set(days).size === days.length, V.leadTimes);

export const updateReminderPreferencesInput = z.strictObject({
  mode: z.enum(['each', 'digest']).optional(),
  notifyAt: timeOfDay.optional(),
  overdue: z.enum(['daily', 'once']).optional(),
  leadTimes: z.partialRecord(z.enum(DEADLINE_KINDS), leadDays).optional(),
});
