import { and, eq, isNull, sql } from 'drizzle-orm';
import type { CaseportDb } from '../open';
import { applications, clients, dependants, passports } from '../schema';
import { compactNumber, searchRowId } from './fold';

/**
 * Rebuilds one person's row in the people_search FTS table from the source tables. Called by
 * every db write that changes a name, email, employer, passport or file number, inside the
 * same transaction, so search never disagrees with the records.
 */
export function reindexPerson(
  db: CaseportDb,
  person: { clientId: number; dependantId: number | null },
): void {
  const rowid = searchRowId(person);
  db.run(sql`DELETE FROM people_search WHERE rowid = ${rowid}`);

  const source =
    person.dependantId === null
      ? db.select().from(clients).where(eq(clients.id, person.clientId)).get()
      : db.select().from(dependants).where(eq(dependants.id, person.dependantId)).get();
  if (!source) return;

  const ownerFilter =
    person.dependantId === null
      ? and(eq(passports.clientId, person.clientId), isNull(passports.dependantId))
      : eq(passports.dependantId, person.dependantId);
  const passportNumbers = db.select({ number: passports.number }).from(passports).where(ownerFilter).all();

  const applicationFilter =
    person.dependantId === null
      ? and(eq(applications.clientId, person.clientId), isNull(applications.dependantId))
      : eq(applications.dependantId, person.dependantId);
  const fileNumbers = db
    .select({ number: applications.governmentFileNumber })
    .from(applications)
    .where(applicationFilter)
    .all()
    .filter((a) => a.number !== '');

  const names = [source.givenNames, source.familyName, source.preferredName].filter(Boolean).join(' ');
  const documents = passportNumbers.map((p) => compactNumber(p.number)).join(' ');
  const files = fileNumbers.map((a) => compactNumber(a.number)).join(' ');
  db.run(
    sql`INSERT INTO people_search (rowid, names, documents, file_numbers, emails, employer)
        VALUES (${rowid}, ${names}, ${documents}, ${files}, ${source.email}, ${source.employer})`,
  );
}

export function removePersonFromSearch(
  db: CaseportDb,
  person: { clientId: number; dependantId: number | null },
): void {
  db.run(sql`DELETE FROM people_search WHERE rowid = ${searchRowId(person)}`);
}
