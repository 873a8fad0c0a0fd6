import { sql } from 'drizzle-orm';
import type { CaseportDb } from '../open';

/**
 * Entries written before the trail was sealed (migration 0015) still hold their values and note
 * in the clear. When their family is deleted after retention, those values are sealed now with
 * a fresh random key that is never stored: the entry keeps who, when and what kind of change,
 * and its personal values become unreadable like the rest of the family's history. The trail's
 * guard allows exactly this on an entry that is not yet chained (chain ''), and nothing else.
 */
export function forgetUnsealedEntries(db: CaseportDb, clientId: number): number {
  const result = db.run(sql`
    UPDATE audit_log
       SET changes = caseport_audit_seal(randomblob(32), changes, note), note = ''
     WHERE client_id = ${clientId} AND chain = ''`);
  return result.changes;
}
