import { inArray, sql } from 'drizzle-orm';
import type { SearchField, SearchResult } from '../../main/contract/search';
import type { CaseportDb } from '../open';
import { clients, dependants } from '../schema';
import { foldText } from '../text';
import { compactNumber, personFromRowId } from './fold';

/** Quotes a term for an FTS5 query: user text can never be read as query syntax. */
function quoted(term: string): string {
  return `"${term.replace(/"/g, '""')}"`;
}

/**
 * Builds the MATCH expression: every word of the query as a prefix in any text column, OR the
 * query with spaces/dashes removed as a prefix of a passport or file number ("ab 12-34" finds
 * AB1234...).
 */
export function searchExpression(text: string): string | null {
  const words = foldText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  if (words.length === 0) return null;
  const byWords = words.map((w) => `${quoted(w)}*`).join(' AND ');
  const compact = compactNumber(text).replace(/[^\p{L}\p{N}]/gu, '');
  return compact.length >= 3 ? `(${byWords}) OR ({documents file_numbers} : ${quoted(compact)}*)` : byWords;
}

interface Hit {
  rowid: number;
  names: string;
  documents: string;
  file_numbers: string;
  emails: string;
  employer: string;
}

function matchedFields(hit: Hit, text: string): SearchField[] {
  const words = foldText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  const compact = compactNumber(text)
    .replace(/[^\p{L}\p{N}]/gu, '')
    .toLowerCase();
  const hasPrefix = (value: string, word: string) =>
    foldText(value)
      .split(/[^\p{L}\p{N}]+/u)
      .some((token) => token.startsWith(word));
  const allWords = (value: string) => words.every((w) => hasPrefix(value, w));
  const fields: SearchField[] = [];
  if (allWords(hit.names)) fields.push('name');
  if (
    compact.length >= 3 &&
    hit.documents
      .toLowerCase()
      .split(' ')
      .some((n) => n.startsWith(compact))
  )
    fields.push('passport');
  if (
    compact.length >= 3 &&
    hit.file_numbers
      .toLowerCase()
      .split(' ')
      .some((n) => n.startsWith(compact))
  )
    fields.push('file-number');
  if (allWords(hit.emails)) fields.push('email');
  if (allWords(hit.employer)) fields.push('employer');
  return fields;
}

/** Finds clients and dependants by any name part, passport, file number, email or employer. */
export function searchPeople(db: CaseportDb, text: string, limit: number): SearchResult[] {
  const expression = searchExpression(text);
  if (!expression) return [];
  const hits = db.all<Hit>(
    sql`SELECT rowid, names, documents, file_numbers, emails, employer FROM people_search WHERE people_search MATCH ${expression} ORDER BY rank LIMIT ${limit}`,
  );
  const clientIds = hits
    .map((h) => personFromRowId(h.rowid))
    .filter((p) => p.kind === 'client')
    .map((p) => p.id);
  const dependantIds = hits
    .map((h) => personFromRowId(h.rowid))
    .filter((p) => p.kind === 'dependant')
    .map((p) => p.id);
  const dependantRows = dependantIds.length
    ? db.select().from(dependants).where(inArray(dependants.id, dependantIds)).all()
    : [];
  const principalIds = [...new Set([...clientIds, ...dependantRows.map((d) => d.clientId)])];
  const principals = new Map(
    (principalIds.length ? db.select().from(clients).where(inArray(clients.id, principalIds)).all() : []).map(
      (c) => [c.id, c],
    ),
  );
  const dependantsById = new Map(dependantRows.map((d) => [d.id, d]));

  const results: SearchResult[] = [];
  for (const hit of hits) {
    const ref = personFromRowId(hit.rowid);
    const dependant = ref.kind === 'dependant' ? dependantsById.get(ref.id) : undefined;
    const principal = principals.get(dependant ? dependant.clientId : ref.id);
    if (!principal || (ref.kind === 'dependant' && !dependant)) continue;
    const person = dependant ?? principal;
    results.push({
      clientId: principal.id,
      dependantId: dependant?.id ?? null,
      givenNames: person.givenNames,
      familyName: person.familyName,
      dateOfBirth: person.dateOfBirth,
      relationship: dependant?.relationship ?? null,
      principalGivenNames: principal.givenNames,
      principalFamilyName: principal.familyName,
      matched: matchedFields(hit, text),
      archived: Boolean(person.archivedAt ?? principal.archivedAt),
    });
  }
  return results;
}
