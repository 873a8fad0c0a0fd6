import { eq, inArray } from 'drizzle-orm';
import type { ReminderPreferences } from '../../main/contract/reminders';
import { changedFields, recordAudit } from '../audit/record';
import type { CaseportDb } from '../open';
import { reminderNotifications, settings } from '../schema';
import type { Writer } from '../writer';

/**
 * The firm's reminder preferences (one JSON value under the settings key 'reminders') and the
 * scheduler's memory of notifications already shown.
 */
const KEY = 'reminders';

export const DEFAULT_REMINDER_PREFERENCES: ReminderPreferences = {
  mode: 'each',
  notifyAt: '08:00',
  overdue: 'daily',
  leadTimes: {},
};

export function readReminderPreferences(db: CaseportDb): ReminderPreferences {
  const row = db.select().from(settings).where(eq(settings.key, KEY)).get();
  const stored = (row?.value ?? {}) as Partial<ReminderPreferences>;
  return { ...DEFAULT_REMINDER_PREFERENCES, ...stored };
}

export function writeReminderPreferences(
  db: CaseportDb,
  writer: Writer,
  patch: Partial<ReminderPreferences>,
): ReminderPreferences {
  const before = readReminderPreferences(db);
  const after = {
    ...before,
    ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)),
  };
  db.insert(settings)
    .values({ key: KEY, value: after })
    .onConflictDoUpdate({ target: settings.key, set: { value: after } })
    .run();
  const changes = changedFields(before, after, ['mode', 'notifyAt', 'overdue', 'leadTimes']);
  if (Object.keys(changes).length > 0) {
    recordAudit(db, writer, { entity: 'settings', entityId: 2, clientId: null, action: 'update', changes });
  }
  return after;
}

/** The scheduler's NotifiedStore on this database: survives restarts, so nothing repeats. */
export function notifiedStore(db: CaseportDb) {
  return {
    has(key: string): boolean {
      return (
        db
          .select({ key: reminderNotifications.key })
          .from(reminderNotifications)
          .where(eq(reminderNotifications.key, key))
          .get() !== undefined
      );
    },
    add(keys: readonly string[], notifiedAt: string): void {
      if (keys.length === 0) return;
      db.transaction((tx) => {
        for (const key of keys) {
          tx.insert(reminderNotifications).values({ key, notifiedAt }).onConflictDoNothing().run();
        }
      });
    },
    /** For tests and support: which of these keys were recorded. */
    recorded(keys: readonly string[]): string[] {
      if (keys.length === 0) return [];
      return db
        .select({ key: reminderNotifications.key })
        .from(reminderNotifications)
        .where(inArray(reminderNotifications.key, [...keys]))
        .all()
        .map((r) => r.key);
    },
  };
}
