import { asc, eq } from 'drizzle-orm';
import type { FirmSettings, FirmUser, UserRole } from '../../main/contract/users';
import { changedFields, createdFields, recordAudit } from '../audit/record';
import { notFound } from '../errors';
import type { CaseportDb } from '../open';
import { firmUsers, settings } from '../schema';
import type { Writer } from '../writer';

export interface UserValues {
  displayName: string;
  initials: string;
  email: string;
  role: UserRole;
}

const USER_FIELDS = ['displayName', 'initials', 'email', 'role'] as const;

export function listUsers(db: CaseportDb): FirmUser[] {
  return db.select().from(firmUsers).orderBy(asc(firmUsers.displayName)).all();
}

export function findUser(db: CaseportDb, id: number): FirmUser | undefined {
  return db.select().from(firmUsers).where(eq(firmUsers.id, id)).get();
}

/**
 * The very first user has no author to record but themself: the writer's actorId may be 0
 * and is replaced by the new user's id in the audit row.
 */
export function createUser(db: CaseportDb, writer: Writer, values: UserValues): FirmUser {
  const row = db
    .insert(firmUsers)
    .values({ ...values, createdAt: writer.at })
    .returning()
    .get();
  const author = writer.actorId > 0 ? writer : { ...writer, actorId: row.id };
  recordAudit(db, author, {
    entity: 'user',
    entityId: row.id,
    clientId: null,
    action: 'create',
    changes: createdFields(row, USER_FIELDS),
  });
  return row;
}

export function updateUser(
  db: CaseportDb,
  writer: Writer,
  id: number,
  patch: Partial<UserValues>,
  archive = false,
): FirmUser {
  const before = findUser(db, id);
  if (!before) throw notFound('User', id);
  const values = Object.fromEntries(
    Object.entries(patch).filter(([, v]) => v !== undefined),
  ) as Partial<UserValues>;
  const archivedAt = archive ? (before.archivedAt ?? writer.at) : before.archivedAt;
  const row = db
    .update(firmUsers)
    .set({ ...values, archivedAt })
    .where(eq(firmUsers.id, id))
    .returning()
    .get();
  const changes = changedFields(before, row, [...USER_FIELDS, 'archivedAt']);
  if (Object.keys(changes).length > 0) {
    recordAudit(db, writer, {
      entity: 'user',
      entityId: id,
      clientId: null,
      action: archive ? 'archive' : 'update',
      changes,
    });
  }
  return row;
}

/** Firm-wide settings with their defaults; stored one key per row. */
export const DEFAULT_SETTINGS: FirmSettings = {
  firmName: '',
  timeZone: 'America/Toronto',
  province: '',
  retentionYears: 6,
};

const SETTING_KEYS = Object.keys(DEFAULT_SETTINGS) as (keyof FirmSettings)[];

export function readSettings(db: CaseportDb): FirmSettings {
  const stored = new Map(
    db
      .select()
      .from(settings)
      .all()
      .map((row) => [row.key, row.value]),
  );
  const result = { ...DEFAULT_SETTINGS } as Record<string, unknown>;
  for (const key of SETTING_KEYS) if (stored.has(key)) result[key] = stored.get(key);
  return result as unknown as FirmSettings;
}

export function writeSettings(db: CaseportDb, writer: Writer, patch: Partial<FirmSettings>): FirmSettings {
  const before = readSettings(db);
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    db.insert(settings)
      .values({ key, value })
      .onConflictDoUpdate({ target: settings.key, set: { value } })
      .run();
  }
  const after = readSettings(db);
  const changes = changedFields(before, after, SETTING_KEYS);
  if (Object.keys(changes).length > 0) {
    recordAudit(db, writer, { entity: 'settings', entityId: 1, clientId: null, action: 'update', changes });
  }
  return after;
}

/** Machine-local memory of who worked last, so a restart resumes as them. Not audited: not firm data. */
export function rememberLastUser(db: CaseportDb, userId: number): void {
  db.insert(settings)
    .values({ key: 'lastUserId', value: userId })
    .onConflictDoUpdate({ target: settings.key, set: { value: userId } })
    .run();
}

export function lastUserId(db: CaseportDb): number | null {
  const row = db.select().from(settings).where(eq(settings.key, 'lastUserId')).get();
  return typeof row?.value === 'number' ? row.value : null;
}

/**
 * The app version whose deadline rules last restated the open deadlines: when it differs from
 * the running version (an update fixed a rule or a holiday), the open deadlines are recomputed
 * once. Machine memory, not firm data: not audited (the recomputed deadlines are).
 */
export function rulesVersion(db: CaseportDb): string | null {
  const row = db.select().from(settings).where(eq(settings.key, 'rulesVersion')).get();
  return typeof row?.value === 'string' ? row.value : null;
}

export function rememberRulesVersion(db: CaseportDb, version: string): void {
  db.insert(settings)
    .values({ key: 'rulesVersion', value: version })
    .onConflictDoUpdate({ target: settings.key, set: { value: version } })
    .run();
}
