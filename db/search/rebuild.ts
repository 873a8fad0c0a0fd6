import { sql } from 'drizzle-orm';
import type { CaseportDb } from '../open';
import { applications, clients, dependants, immigrationStatuses, passports } from '../schema';
import { searchRowId } from './fold';
import { insertSearchRow } from './index-person';

/**
 * A migration that changes how names are folded (transliteration runs in JavaScript, which a
 * SQL migration cannot call) leaves a row in search_reindex_requests; the first start-up after
 * it rebuilds every person's search row here, once, in one transaction, and clears the request.
 * Returns how many people were indexed (0 when nothing was asked).
 */
export function applyPendingSearchReindex(db: CaseportDb): number {
  // The table comes with the migration that first asked; a file opened before it has none.
  const asked = db.get<{ n: number }>(
    sql`SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name = 'search_reindex_requests'`,
  );
  if (!asked?.n) return 0;
  const pending = db.get<{ n: number }>(sql`SELECT count(*) AS n FROM search_reindex_requests`);
  if (!pending?.n) return 0;
  return db.transaction((tx) => {
    const count = rebuildSearchIndex(tx);
    tx.run(sql`DELETE FROM search_reindex_requests`);
    return count;
  });
}

type Key = string;
const keyOf = (clientId: number, dependantId: number | null): Key => `${clientId}:${dependantId ?? ''}`;

function grouped(rows: { clientId: number; dependantId: number | null; n: string }[]): Map<Key, string[]> {
  const map = new Map<Key, string[]>();
  for (const r of rows) {
    const key = keyOf(r.clientId, r.dependantId);
    const list = map.get(key);
    if (list) list.push(r.n);
    else map.set(key, [r.n]);
  }
  return map;
}

/** Every person's row from scratch: a handful of full reads, not one set of queries per person. */
export function rebuildSearchIndex(db: CaseportDb): number {
  db.run(sql`DELETE FROM people_search`);
  const owner = (t: typeof passports | typeof immigrationStatuses | typeof applications) => ({
    clientId: t.clientId,
    dependantId: t.dependantId,
  });
  const passportNumbers = grouped(
    db
      .select({ ...owner(passports), n: passports.number })
      .from(passports)
      .all(),
  );
  const statusNumbers = grouped(
    db
      .select({ ...owner(immigrationStatuses), n: immigrationStatuses.documentNumber })
      .from(immigrationStatuses)
      .all(),
  );
  const fileNumbers = grouped(
    db
      .select({ ...owner(applications), n: applications.governmentFileNumber })
      .from(applications)
      .all(),
  );
  const people = [
    ...db
      .select()
      .from(clients)
      .all()
      .map((p) => ({ ...p, clientId: p.id, dependantId: null })),
    ...db
      .select()
      .from(dependants)
      .all()
      .map((p) => ({ ...p, clientId: p.clientId, dependantId: p.id })),
  ];
  for (const p of people) {
    const key = keyOf(p.clientId, p.dependantId);
    insertSearchRow(db, searchRowId(p), {
      givenNames: p.givenNames,
      familyName: p.familyName,
      preferredName: p.preferredName,
      email: p.email,
      employer: p.employer,
      passportNumbers: passportNumbers.get(key) ?? [],
      statusNumbers: statusNumbers.get(key) ?? [],
      fileNumbers: fileNumbers.get(key) ?? [],
    });
  }
  return people.length;
}
