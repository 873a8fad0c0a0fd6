import { eq } from 'drizzle-orm';
import { ROLL_FORWARD_POLICIES } from '../../main/contract/deadlines';
import {
  FIRM_DEFAULT_RULES,
  type FirmDefaultRule,
  type RollForwardPolicyName,
} from '../../main/contract/roll-forward';
import { changedFields, recordAudit } from '../audit/record';
import type { CaseportDb } from '../open';
import { settings } from '../schema';
import type { Writer } from '../writer';

/**
 * The firm's roll-forward default per rule: one JSON value under the settings key
 * 'rollForwardDefaults', holding only what the firm changed (the built-in defaults live with the
 * rules in main/domain/deadlines/roll-forward-defaults.ts). Audited like every setting.
 */
const KEY = 'rollForwardDefaults';
// Entity id 3: settings rows are audited per group (1 firm, 2 reminders).
const AUDIT_ENTITY_ID = 3;

export type StoredRollForwardDefaults = Partial<Record<FirmDefaultRule, RollForwardPolicyName>>;

export function readRollForwardDefaults(db: CaseportDb): StoredRollForwardDefaults {
  const row = db.select().from(settings).where(eq(settings.key, KEY)).get();
  const stored = (row?.value ?? {}) as Record<string, unknown>;
  const result: StoredRollForwardDefaults = {};
  // A value an older or newer version wrote that this one does not know is ignored, not trusted.
  for (const rule of FIRM_DEFAULT_RULES) {
    const value = stored[rule];
    if (typeof value === 'string' && (ROLL_FORWARD_POLICIES as readonly string[]).includes(value))
      result[rule] = value as RollForwardPolicyName;
  }
  return result;
}

export function writeRollForwardDefaults(
  db: CaseportDb,
  writer: Writer,
  patch: StoredRollForwardDefaults,
): StoredRollForwardDefaults {
  const before = readRollForwardDefaults(db);
  const after = { ...before, ...patch };
  db.insert(settings)
    .values({ key: KEY, value: after })
    .onConflictDoUpdate({ target: settings.key, set: { value: after } })
    .run();
  const changes = changedFields(before, after, FIRM_DEFAULT_RULES);
  if (Object.keys(changes).length > 0) {
    recordAudit(db, writer, {
      entity: 'settings',
      entityId: AUDIT_ENTITY_ID,
      clientId: null,
      action: 'update',
      changes,
    });
  }
  return after;
}
