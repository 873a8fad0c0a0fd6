import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import type Database from 'better-sqlite3';

/**
 * A family's audit values (before/after of each change, and the note) sealed with that family's
 * key, so that deleting the family after retention (which destroys the key) leaves nothing of
 * its personal data readable in the trail, while who did what and when stays in clear.
 */
export interface SealedValues {
  $sealed: string;
}

export function isSealed(changes: unknown): changes is SealedValues {
  return (
    typeof changes === 'object' && changes !== null && typeof (changes as SealedValues).$sealed === 'string'
  );
}

/**
 * The SQL functions the audit trigger calls. Registered on every connection that may write;
 * a connection without them (another program) cannot add to the trail.
 */
export function registerAuditFunctions(sqlite: Database.Database): void {
  sqlite.function('caseport_audit_seal', { deterministic: false }, (key, changes, note) => {
    if (!Buffer.isBuffer(key) || typeof changes !== 'string') return changes;
    return JSON.stringify(
      seal(key, { changes: JSON.parse(changes) as Record<string, unknown>, note: String(note ?? '') }),
    );
  });
  sqlite.function(
    'caseport_audit_chain',
    { deterministic: true, varargs: false },
    (previous, at, userId, entity, entityId, clientId, action, changes, note) =>
      chainLink(String(previous ?? ''), {
        at: String(at),
        userId: userId === null ? null : Number(userId),
        entity: String(entity),
        entityId: Number(entityId),
        clientId: clientId === null ? null : Number(clientId),
        action: String(action),
        changes: String(changes),
        note: String(note),
      }),
  );
}

export function seal(key: Buffer, values: { changes: Record<string, unknown>; note: string }): SealedValues {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([cipher.update(JSON.stringify(values), 'utf8'), cipher.final()]);
  return { $sealed: Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64') };
}

/** The sealed values, or null once the family's key is gone (deleted after retention). */
export function unseal(
  key: Buffer | null,
  sealed: SealedValues,
): { changes: Record<string, unknown>; note: string } | null {
  if (!key) return null;
  const bytes = Buffer.from(sealed.$sealed, 'base64');
  const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, 12));
  decipher.setAuthTag(bytes.subarray(12, 28));
  const text = Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString('utf8');
  return JSON.parse(text) as { changes: Record<string, unknown>; note: string };
}

/** The fields a chain link covers, exactly as stored. */
export interface ChainedRow {
  at: string;
  userId: number | null;
  entity: string;
  entityId: number;
  clientId: number | null;
  action: string;
  /** The stored JSON text of `changes`. */
  changes: string;
  note: string;
}

export function chainLink(previous: string, row: ChainedRow): string {
  return createHash('sha256')
    .update(
      JSON.stringify([
        previous,
        row.at,
        row.userId,
        row.entity,
        row.entityId,
        row.clientId,
        row.action,
        row.changes,
        row.note,
      ]),
    )
    .digest('hex');
}
