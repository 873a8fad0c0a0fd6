import type { PersonFieldName } from '../../main/contract/people';
import type { CaseportDb } from '../open';
import type { PassportValues, StatusValues } from '../people/documents';
import { PERSON_FIELDS } from '../people/person-fields';
import { connectionOf } from '../raw-connection';
import { clients } from '../schema';
import { compactNumber, searchRowId } from '../search/fold';
import { insertSearchRow, type SearchSource } from '../search/index-person';
import { personNameKey } from '../text';
import type { Writer } from '../writer';

/**
 * The set-based write path for many new people at once (CSV import, the seed). It stores exactly
 * the rows the per-record path (createClient / createDependant / savePassports / saveStatuses /
 * upsertRuleDeadline / reindexPerson) stores — the same columns, the same audit `changes`, the
 * same search row — but through raw prepared statements prepared once and reused, with audit and
 * search rows queued and written in one pass each at `flush()`. drizzle's per-call query building
 * was 56% of a 10,000-row import's time (issue 16). tests/unit/db/bulk-import-equivalence.test.ts
 * imports the same file both ways and compares every table, so the two cannot drift apart.
 *
 * Runs inside the caller's transaction (it uses the same connection).
 */

// A Record over the contract's field names: a field added there fails to compile here until it has a default.
type PersonRow = Record<PersonFieldName, unknown>;

export interface BulkClient extends Partial<PersonRow> {
  givenNames: string;
  familyName?: string;
  responsibleUserId?: number | null;
}

export interface BulkDependant extends Partial<PersonRow> {
  givenNames: string;
  familyName?: string;
  relationship: string;
  lastVerifiedOn?: string | null;
}

export interface BulkRuleDeadline {
  clientId: number;
  dependantId: number | null;
  sourceKey: string;
  kind: string;
  ruleId: string;
  ruleInputs: Record<string, unknown>;
  rollForward: string;
  /** false: the deadline follows the firm's default roll-forward for its rule. */
  rollForwardChosen: boolean;
  dueOn: string;
}

// What the columns hold when a value is not given: the schema's defaults (db/schema/columns.ts).
const PERSON_DEFAULTS: PersonRow = {
  givenNames: '',
  familyName: '',
  preferredName: '',
  sex: '',
  dateOfBirth: null,
  citizenships: [],
  email: '',
  phone: '',
  phoneAlt: '',
  addressLine1: '',
  addressLine2: '',
  city: '',
  region: '',
  postalCode: '',
  addressCountry: '',
  employer: '',
  occupation: '',
  notes: '',
};

// The SQL names of the person columns, from the schema itself (same order as PERSON_FIELDS).
const PERSON_COLUMNS = PERSON_FIELDS.map((field) => clients[field].name);

/** The same filter as db/audit/record.ts createdFields: only values actually set are recorded. */
function created(entries: [string, unknown][]): Record<string, [null, unknown]> {
  const changes: Record<string, [null, unknown]> = {};
  for (const [field, value] of entries)
    if (value !== null && value !== '' && !(Array.isArray(value) && value.length === 0))
      changes[field] = [null, value];
  return changes;
}

function personRow(values: Partial<PersonRow>): PersonRow {
  const row = { ...PERSON_DEFAULTS };
  for (const field of PERSON_FIELDS) if (values[field] !== undefined) row[field] = values[field];
  return row;
}

const PASSPORT_FIELDS = ['number', 'issuingCountry', 'issuedOn', 'expiresOn'] as const;
const STATUS_FIELDS = ['country', 'statusType', 'validFrom', 'validTo', 'documentNumber', 'notes'] as const;

export function bulkPeopleWriter(db: CaseportDb, writer: Writer) {
  const sqlite = connectionOf(db);
  const personPlaceholders = PERSON_COLUMNS.map(() => '?').join(', ');
  const insertClient = sqlite.prepare(
    `INSERT INTO clients (${PERSON_COLUMNS.join(', ')}, name_key, responsible_user_id, created_at, updated_at)
     VALUES (${personPlaceholders}, ?, ?, ?, ?)`,
  );
  const insertDependant = sqlite.prepare(
    `INSERT INTO dependants (client_id, relationship, ${PERSON_COLUMNS.join(', ')}, name_key, last_verified_on, created_at, updated_at)
     VALUES (?, ?, ${personPlaceholders}, ?, ?, ?, ?)`,
  );
  const insertPassport = sqlite.prepare(
    `INSERT INTO passports (client_id, dependant_id, number, number_key, issuing_country, issued_on, expires_on, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertStatus = sqlite.prepare(
    `INSERT INTO immigration_statuses (client_id, dependant_id, country, status_type, valid_from, valid_to, document_number, notes, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertRuleDeadline = sqlite.prepare(
    `INSERT INTO deadlines (client_id, dependant_id, application_id, event_id, source_key, kind, rule_id, rule_inputs, roll_forward, roll_forward_chosen, origin, due_on, created_at, updated_at)
     VALUES (?, ?, NULL, NULL, ?, ?, ?, ?, ?, ?, 'rule', ?, ?, ?)`,
  );
  const insertAudit = sqlite.prepare(
    'INSERT INTO audit_log (at, user_id, entity, entity_id, client_id, action, changes, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const deleteSearch = sqlite.prepare('DELETE FROM people_search WHERE rowid = ?');
  const setNextDeadline = sqlite.prepare(
    `UPDATE clients SET next_deadline_on = (SELECT min(due_on) FROM deadlines
       WHERE client_id = ? AND completed_at IS NULL AND dismissed_at IS NULL) WHERE id = ?`,
  );

  const audits: unknown[][] = [];
  const searchRows: [number, SearchSource][] = [];
  const deadlineFamilies = new Set<number>();
  const audit = (entity: string, entityId: number, clientId: number, changes: object, note = '') =>
    audits.push([
      writer.at,
      writer.actorId,
      entity,
      entityId,
      clientId,
      'create',
      JSON.stringify(changes),
      note,
    ]);

  const personValues = (row: PersonRow) =>
    PERSON_FIELDS.map((f) => (f === 'citizenships' ? JSON.stringify(row[f]) : row[f]));

  function documents(
    owner: { clientId: number; dependantId: number | null },
    passports: PassportValues[],
    statuses: StatusValues[],
  ): number[] {
    for (const p of passports) {
      const values = { ...p, issuedOn: p.issuedOn ?? null, expiresOn: p.expiresOn ?? null };
      const id = Number(
        insertPassport.run(
          owner.clientId,
          owner.dependantId,
          values.number,
          compactNumber(values.number),
          values.issuingCountry,
          values.issuedOn,
          values.expiresOn,
          writer.at,
          writer.at,
        ).lastInsertRowid,
      );
      audit('passport', id, owner.clientId, {
        ...created(PASSPORT_FIELDS.map((f) => [f, values[f]])),
        dependantId: [null, owner.dependantId],
      });
    }
    const statusIds: number[] = [];
    for (const s of statuses) {
      const values = {
        ...s,
        validFrom: s.validFrom ?? null,
        validTo: s.validTo ?? null,
        documentNumber: s.documentNumber ?? '',
        notes: s.notes ?? '',
      };
      const id = Number(
        insertStatus.run(
          owner.clientId,
          owner.dependantId,
          values.country,
          values.statusType,
          values.validFrom,
          values.validTo,
          values.documentNumber,
          values.notes,
          writer.at,
          writer.at,
        ).lastInsertRowid,
      );
      statusIds.push(id);
      audit('status', id, owner.clientId, {
        ...created(STATUS_FIELDS.map((f) => [f, values[f]])),
        dependantId: [null, owner.dependantId],
      });
    }
    return statusIds;
  }

  /** The person's search row, composed by db/search (the one place that knows its columns). */
  function queueSearch(
    owner: { clientId: number; dependantId: number | null },
    row: PersonRow,
    passports: PassportValues[],
    statuses: StatusValues[],
    fileNumbers: string[] = [],
  ) {
    searchRows.push([
      searchRowId(owner),
      {
        givenNames: row.givenNames as string,
        familyName: row.familyName as string,
        preferredName: row.preferredName as string,
        email: row.email as string,
        employer: row.employer as string,
        passportNumbers: passports.map((p) => p.number),
        statusNumbers: statuses.map((s) => s.documentNumber ?? ''),
        fileNumbers,
      },
    ]);
  }

  return {
    /** A new principal with passports and statuses; returns the client id and the status ids. */
    client(values: BulkClient, passports: PassportValues[] = [], statuses: StatusValues[] = []) {
      const row = personRow(values);
      const responsibleUserId = values.responsibleUserId ?? null;
      const clientId = Number(
        insertClient.run(
          ...personValues(row),
          personNameKey(row.givenNames as string, row.familyName as string),
          responsibleUserId,
          writer.at,
          writer.at,
        ).lastInsertRowid,
      );
      audit(
        'client',
        clientId,
        clientId,
        created([
          ...PERSON_FIELDS.map((f): [string, unknown] => [f, row[f]]),
          ['responsibleUserId', responsibleUserId],
        ]),
      );
      const owner = { clientId, dependantId: null };
      const statusIds = documents(owner, passports, statuses);
      queueSearch(owner, row, passports, statuses);
      return { clientId, statusIds };
    },
    /** A new dependant of `clientId` with passports and statuses. */
    dependant(
      clientId: number,
      values: BulkDependant,
      passports: PassportValues[] = [],
      statuses: StatusValues[] = [],
    ) {
      const row = personRow(values);
      const lastVerifiedOn = values.lastVerifiedOn ?? null;
      const dependantId = Number(
        insertDependant.run(
          clientId,
          values.relationship,
          ...personValues(row),
          personNameKey(row.givenNames as string, row.familyName as string),
          lastVerifiedOn,
          writer.at,
          writer.at,
        ).lastInsertRowid,
      );
      audit(
        'dependant',
        dependantId,
        clientId,
        created([
          ...PERSON_FIELDS.map((f): [string, unknown] => [f, row[f]]),
          ['relationship', values.relationship],
          ['lastVerifiedOn', lastVerifiedOn],
        ]),
      );
      const owner = { clientId, dependantId };
      const statusIds = documents(owner, passports, statuses);
      queueSearch(owner, row, passports, statuses);
      return { dependantId, statusIds };
    },
    /** A deadline the rules made from a status (same columns and audit as upsertRuleDeadline). */
    ruleDeadline(values: BulkRuleDeadline): number {
      const id = Number(
        insertRuleDeadline.run(
          values.clientId,
          values.dependantId,
          values.sourceKey,
          values.kind,
          values.ruleId,
          JSON.stringify(values.ruleInputs),
          values.rollForward,
          values.rollForwardChosen ? 1 : 0,
          values.dueOn,
          writer.at,
          writer.at,
        ).lastInsertRowid,
      );
      audit(
        'deadline',
        id,
        values.clientId,
        created([
          ['dependantId', values.dependantId],
          ['applicationId', null],
          ['kind', values.kind],
          ['ruleId', values.ruleId],
          ['ruleInputs', values.ruleInputs],
          ['rollForward', values.rollForward],
          ['rollForwardChosen', values.rollForwardChosen],
          ['dueOn', values.dueOn],
          ['computedDueOn', null],
          ['overrideReason', ''],
        ]),
        values.sourceKey,
      );
      deadlineFamilies.add(values.clientId);
      return id;
    },
    /** Adds file numbers to a queued person's search row (the seed's applications). */
    addFileNumbers(owner: { clientId: number; dependantId: number | null }, fileNumbers: string[]) {
      const rowid = searchRowId(owner);
      for (let i = searchRows.length - 1; i >= 0; i -= 1) {
        const entry = searchRows[i];
        if (entry && entry[0] === rowid) {
          entry[1].fileNumbers.push(...fileNumbers);
          return;
        }
      }
    },
    /** Queues an arbitrary audit row of this writer (written at flush, in order). */
    audit: (
      entity: string,
      entityId: number,
      clientId: number | null,
      action: string,
      changes: object,
      note = '',
    ) =>
      audits.push([
        writer.at,
        writer.actorId,
        entity,
        entityId,
        clientId,
        action,
        JSON.stringify(changes),
        note,
      ]),
    /** Recomputes this family's earliest open deadline at flush (after other deadline writes). */
    refreshNextDeadline(clientId: number) {
      deadlineFamilies.add(clientId);
    },
    /** Writes the queued audit and search rows, and each family's earliest open deadline. */
    flush() {
      for (const row of audits) insertAudit.run(...row);
      for (const [rowid, source] of searchRows) {
        deleteSearch.run(rowid);
        insertSearchRow(db, rowid, source);
      }
      for (const clientId of deadlineFamilies) setNextDeadline.run(clientId, clientId);
      audits.length = 0;
      searchRows.length = 0;
      deadlineFamilies.clear();
    },
  };
}

export type BulkPeopleWriter = ReturnType<typeof bulkPeopleWriter>;
