import { and, eq, isNull, sql } from 'drizzle-orm';
import type { CaseportDb } from '../open';
import { applications, clients, dependants, immigrationStatuses, passports } from '../schema';
import { compactNumber, searchRowId } from './fold';
import { asciiSpellings } from './transliterate';

/** What one person's search row is made of, read from the source tables. */
export interface SearchSource {
  givenNames: string;
  familyName: string;
  preferredName: string;
  email: string;
  employer: string;
  passportNumbers: string[];
  /** I-94, permit and visa numbers from the person's immigration statuses. */
  statusNumbers: string[];
  /** Government file and receipt numbers of the person's applications. */
  fileNumbers: string[];
}

const numbers = (values: string[]) =>
  values
    .filter((v) => v.trim() !== '')
    .map(compactNumber)
    .join(' ');

/** Inserts the row; the caller has deleted any previous row with this rowid. */
export function insertSearchRow(db: CaseportDb, rowid: number, source: SearchSource): void {
  const names = [source.givenNames, source.familyName, source.preferredName].filter(Boolean).join(' ');
  db.run(
    sql`INSERT INTO people_search (rowid, names, names_ascii, documents, status_numbers, file_numbers, emails, employer)
        VALUES (${rowid}, ${names}, ${asciiSpellings(names)}, ${numbers(source.passportNumbers)},
                ${numbers(source.statusNumbers)}, ${numbers(source.fileNumbers)}, ${source.email}, ${source.employer})`,
  );
}

/**
 * Rebuilds one person's row in the people_search FTS table from the source tables. Called by
 * every db write that changes a name, email, employer, passport, status or file number, inside
 * the same transaction, so search never disagrees with the records.
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

  const owned = <T extends typeof passports | typeof immigrationStatuses | typeof applications>(table: T) =>
    person.dependantId === null
      ? and(eq(table.clientId, person.clientId), isNull(table.dependantId))
      : eq(table.dependantId, person.dependantId);
  const passportNumbers = db
    .select({ n: passports.number })
    .from(passports)
    .where(owned(passports))
    .all()
    .map((r) => r.n);
  const statusNumbers = db
    .select({ n: immigrationStatuses.documentNumber })
    .from(immigrationStatuses)
    .where(owned(immigrationStatuses))
    .all()
    .map((r) => r.n);
  const fileNumbers = db
    .select({ n: applications.governmentFileNumber })
    .from(applications)
    .where(owned(applications))
    .all()
    .map((r) => r.n);

  insertSearchRow(db, rowid, {
    givenNames: source.givenNames,
    familyName: source.familyName,
    preferredName: source.preferredName,
    email: source.email,
    employer: source.employer,
    passportNumbers,
    statusNumbers,
    fileNumbers,
  });
}

export function removePersonFromSearch(
  db: CaseportDb,
  person: { clientId: number; dependantId: number | null },
): void {
  db.run(sql`DELETE FROM people_search WHERE rowid = ${searchRowId(person)}`);
}
