import { inArray, sql } from 'drizzle-orm';
import type { SearchField, SearchPage, SearchResult } from '../../main/contract/search';
import type { CaseportDb } from '../open';
import { clients, dependants } from '../schema';
import { foldText } from '../text';
import { compactNumber, personFromRowId } from './fold';
import { asciiQueryWords } from './transliterate';

/** Quotes a term for an FTS5 query: user text can never be read as query syntax. */
function quoted(term: string): string {
  return `"${term.replace(/"/g, '""')}"`;
}

const wordsOf = (text: string) =>
  foldText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/** Passport, I-94, permit, receipt and file numbers are compared without spaces or dashes. */
const compactQuery = (text: string) => compactNumber(text).replace(/[^\p{L}\p{N}]/gu, '');

const allPrefixes = (words: string[]) => words.map((w) => `${quoted(w)}*`).join(' AND ');

/**
 * Builds the MATCH expression: every word of the query as a prefix in any text column (as
 * typed, accents ignored: "Иванов", "élodie"), OR every word spelled in ASCII as a prefix of
 * the transliterated names ("ivanov", "soren", "mueller"), OR the query with spaces/dashes
 * removed as a prefix of a passport, status or file number ("ab 12-34" finds AB1234...).
 */
export function searchExpression(text: string): string | null {
  const words = wordsOf(text);
  if (words.length === 0) return null;
  const alternatives = [`(${allPrefixes(words)})`];
  const ascii = asciiQueryWords(text);
  if (ascii.length > 0) alternatives.push(`({names_ascii} : (${allPrefixes(ascii)}))`);
  const compact = compactQuery(text);
  if (compact.length >= 3)
    alternatives.push(`({documents status_numbers file_numbers} : ${quoted(compact)}*)`);
  return alternatives.join(' OR ');
}

/**
 * Names only (as typed or transliterated), for the client list's name filter: every word a
 * prefix of a name, so "mull" and "mueller" both keep the Müller family.
 */
export function nameMatchExpression(text: string): string | null {
  const words = wordsOf(text);
  if (words.length === 0) return null;
  const alternatives = [`({names} : (${allPrefixes(words)}))`];
  const ascii = asciiQueryWords(text);
  if (ascii.length > 0) alternatives.push(`({names_ascii} : (${allPrefixes(ascii)}))`);
  return alternatives.join(' OR ');
}

interface Hit {
  rowid: number;
  names: string;
  names_ascii: string;
  documents: string;
  status_numbers: string;
  file_numbers: string;
  emails: string;
  employer: string;
}

function matchedFields(hit: Hit, text: string): SearchField[] {
  const words = wordsOf(text);
  const ascii = asciiQueryWords(text);
  const compact = compactQuery(text).toLowerCase();
  const tokens = (value: string) => foldText(value).split(/[^\p{L}\p{N}]+/u);
  const hasAll = (value: string, terms: string[]) =>
    terms.length > 0 && terms.every((w) => tokens(value).some((token) => token.startsWith(w)));
  const hasNumber = (value: string) =>
    compact.length >= 3 &&
    value
      .toLowerCase()
      .split(' ')
      .some((n) => n.startsWith(compact));
  const fields: SearchField[] = [];
  if (hasAll(hit.names, words) || hasAll(hit.names_ascii, ascii)) fields.push('name');
  if (hasNumber(hit.documents)) fields.push('passport');
  if (hasNumber(hit.status_numbers)) fields.push('status-number');
  if (hasNumber(hit.file_numbers)) fields.push('file-number');
  if (hasAll(hit.emails, words)) fields.push('email');
  if (hasAll(hit.employer, words)) fields.push('employer');
  return fields;
}

/**
 * Finds clients and dependants by any name part (as typed or transliterated), passport, I-94
 * or permit number, file or receipt number, email or employer: one page of hits, best first,
 * and the true number of people that match.
 */
export function searchPeople(db: CaseportDb, text: string, limit: number, offset = 0): SearchPage {
  const expression = searchExpression(text);
  if (!expression) return { items: [], total: 0 };
  const total =
    db.get<{ n: number }>(
      sql`SELECT count(*) AS n FROM people_search WHERE people_search MATCH ${expression}`,
    )?.n ?? 0;
  // A query of one- or two-letter words matches much of the firm, and ranking means scoring every
  // match before the first row comes back (~100 ms for "n" at 100,000 people): it cannot tell
  // which of thousands of prefixes is best anyway, so those list in file order and stop at the page.
  const order = wordsOf(text).some((word) => word.length > 2) ? sql`rank, rowid` : sql`rowid`;
  const hits = db.all<Hit>(
    sql`SELECT rowid, names, names_ascii, documents, status_numbers, file_numbers, emails, employer
        FROM people_search WHERE people_search MATCH ${expression}
        ORDER BY ${order} LIMIT ${limit} OFFSET ${offset}`,
  );
  const refs = hits.map((h) => personFromRowId(h.rowid));
  const clientIds = refs.filter((p) => p.kind === 'client').map((p) => p.id);
  const dependantIds = refs.filter((p) => p.kind === 'dependant').map((p) => p.id);
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

  const items: SearchResult[] = [];
  for (const hit of hits) {
    const ref = personFromRowId(hit.rowid);
    const dependant = ref.kind === 'dependant' ? dependantsById.get(ref.id) : undefined;
    const principal = principals.get(dependant ? dependant.clientId : ref.id);
    if (!principal || (ref.kind === 'dependant' && !dependant)) continue;
    const person = dependant ?? principal;
    items.push({
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
  return { items, total };
}
