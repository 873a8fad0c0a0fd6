import type Database from 'better-sqlite3';
import { and, eq } from 'drizzle-orm';
import { recordAudit } from '../audit/record';
import { notFound } from '../errors';
import type { CaseportDb } from '../open';
import { launchWindowEnrolments } from '../schema';
import type { Writer } from '../writer';

/** A family's place in a launch window: one row per window and family, with its state. */
export type EnrolmentRow = typeof launchWindowEnrolments.$inferSelect;

export function findEnrolment(db: CaseportDb, windowId: number, clientId: number): EnrolmentRow {
  const row = db
    .select()
    .from(launchWindowEnrolments)
    .where(and(eq(launchWindowEnrolments.windowId, windowId), eq(launchWindowEnrolments.clientId, clientId)))
    .get();
  if (!row) throw notFound(`Enrolment of client ${clientId} in launch window`, windowId);
  return row;
}

export function setEnrolmentState(
  db: CaseportDb,
  writer: Writer,
  before: EnrolmentRow,
  state: EnrolmentRow['state'],
  reason: string,
): EnrolmentRow {
  const withdrawn = state === 'withdrawn';
  const after = db
    .update(launchWindowEnrolments)
    .set({
      state,
      withdrawnAt: withdrawn ? writer.at : null,
      withdrawReason: withdrawn ? reason : '',
      updatedAt: writer.at,
    })
    .where(eq(launchWindowEnrolments.id, before.id))
    .returning()
    .get();
  recordAudit(db, writer, {
    entity: 'launch-window-enrolment',
    entityId: before.id,
    clientId: before.clientId,
    action: 'state-change',
    changes: { state: [before.state, state] },
    note: reason,
  });
  return after;
}

/**
 * Set-based reads and writes for enrolling many families at once (2,500 families in well under
 * a second): one read per table for the whole selection, then prepared statements reused for
 * every row. The ids travel as one JSON parameter, so no list meets SQLite's parameter limit.
 */
/** The raw connection under a drizzle database or transaction (both share one session). */
function connectionOf(db: CaseportDb): Database.Database {
  const handle = db as unknown as { $client?: Database.Database; session?: { client?: Database.Database } };
  const connection = handle.$client ?? handle.session?.client;
  if (!connection) throw new Error('No SQLite connection behind this database handle.');
  return connection;
}

export interface EnrolmentSnapshot {
  clients: { id: number; archivedAt: string | null }[];
  enrolments: EnrolmentRow[];
  dependants: {
    id: number;
    clientId: number;
    relationship: 'spouse' | 'common-law-partner' | 'child' | 'other';
  }[];
  /** Members already filed in this window, per enrolment. */
  filings: { enrolmentId: number; memberNo: number }[];
  /** Open applications of the window's type not yet linked to any window. */
  openApplications: { id: number; clientId: number; dependantId: number | null }[];
  /** The checklists of those applications (to add only what the window asks for on top). */
  checklists: { applicationId: number; labelKey: string; label: string; sortOrder: number }[];
}

export function enrolmentSnapshot(
  db: CaseportDb,
  windowId: number,
  typeId: number,
  clientIds: readonly number[],
): EnrolmentSnapshot {
  const sqlite = connectionOf(db);
  const ids = JSON.stringify(clientIds);
  const inList = 'IN (SELECT value FROM json_each(?))';
  const enrolments = sqlite
    .prepare(
      `SELECT id, window_id AS windowId, client_id AS clientId, state, enrolled_at AS enrolledAt,
          enrolled_by AS enrolledBy, withdrawn_at AS withdrawnAt, withdraw_reason AS withdrawReason,
          not_submitted_reason AS notSubmittedReason, updated_at AS updatedAt
        FROM launch_window_enrolments WHERE window_id = ? AND client_id ${inList}`,
    )
    .all(windowId, ids) as EnrolmentRow[];
  const openApplications = sqlite
    .prepare(
      `SELECT a.id, a.client_id AS clientId, a.dependant_id AS dependantId FROM applications a
       WHERE a.client_id ${inList} AND a.type_id = ? AND a.archived_at IS NULL
         AND a.stage IN ('intake', 'collecting-documents', 'ready-to-submit')
         AND NOT EXISTS (SELECT 1 FROM launch_window_submissions s WHERE s.application_id = a.id)
       ORDER BY a.id`,
    )
    .all(ids, typeId) as EnrolmentSnapshot['openApplications'];
  return {
    clients: sqlite
      .prepare(`SELECT id, archived_at AS archivedAt FROM clients WHERE id ${inList}`)
      .all(ids) as EnrolmentSnapshot['clients'],
    enrolments,
    dependants: sqlite
      .prepare(
        `SELECT id, client_id AS clientId, relationship FROM dependants
         WHERE client_id ${inList} AND archived_at IS NULL ORDER BY id`,
      )
      .all(ids) as EnrolmentSnapshot['dependants'],
    filings: sqlite
      .prepare(
        `SELECT enrolment_id AS enrolmentId, member_no AS memberNo FROM launch_window_submissions
         WHERE window_id = ? AND client_id ${inList}`,
      )
      .all(windowId, ids) as EnrolmentSnapshot['filings'],
    openApplications,
    checklists:
      openApplications.length === 0
        ? []
        : (sqlite
            .prepare(
              `SELECT application_id AS applicationId, label_key AS labelKey, label, sort_order AS sortOrder
               FROM checklist_items WHERE application_id ${inList}`,
            )
            .all(JSON.stringify(openApplications.map((a) => a.id))) as EnrolmentSnapshot['checklists']),
  };
}

export interface NewApplication {
  clientId: number;
  dependantId: number | null;
  typeId: number;
  jurisdiction: 'CA' | 'US';
}

export interface NewChecklistItem {
  applicationId: number;
  labelKey: string;
  label: string;
  sortOrder: number;
}

export interface NewFiling {
  enrolmentId: number;
  windowId: number;
  clientId: number;
  dependantId: number | null;
  applicationId: number;
  audience: string;
}

/** Prepared once per enrolment call, run once per row. */
export function enrolmentWriters(db: CaseportDb, writer: Writer) {
  const sqlite = connectionOf(db);
  const enrolment = sqlite.prepare(
    `INSERT INTO launch_window_enrolments (window_id, client_id, enrolled_at, enrolled_by, updated_at)
     VALUES (?, ?, ?, ?, ?)`,
  );
  const application = sqlite.prepare(
    `INSERT INTO applications (client_id, dependant_id, type_id, jurisdiction, stage, notes, created_at, updated_at)
     VALUES (?, ?, ?, ?, 'collecting-documents', '', ?, ?)`,
  );
  const item = sqlite.prepare(
    `INSERT INTO checklist_items (application_id, label_key, label, sort_order, created_at, changed_at, changed_by)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const filing = sqlite.prepare(
    `INSERT INTO launch_window_submissions (enrolment_id, window_id, client_id, dependant_id, member_no, application_id, audience)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const audit = sqlite.prepare(
    `INSERT INTO audit_log (at, user_id, entity, entity_id, client_id, action, changes, note)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  return {
    /** The same row db/audit/record.ts recordAudit writes, through a statement prepared once. */
    audit: (event: {
      entity: string;
      entityId: number;
      clientId: number | null;
      action: string;
      changes: object;
      note?: string;
    }) =>
      audit.run(
        writer.at,
        writer.actorId,
        event.entity,
        event.entityId,
        event.clientId,
        event.action,
        JSON.stringify(event.changes),
        event.note ?? '',
      ),
    enrolment: (windowId: number, clientId: number) =>
      Number(enrolment.run(windowId, clientId, writer.at, writer.actorId, writer.at).lastInsertRowid),
    application: (a: NewApplication) =>
      Number(
        application.run(a.clientId, a.dependantId, a.typeId, a.jurisdiction, writer.at, writer.at)
          .lastInsertRowid,
      ),
    checklistItem: (i: NewChecklistItem) =>
      item.run(i.applicationId, i.labelKey, i.label, i.sortOrder, writer.at, writer.at, writer.actorId),
    filing: (f: NewFiling) =>
      filing.run(
        f.enrolmentId,
        f.windowId,
        f.clientId,
        f.dependantId,
        f.dependantId ?? 0,
        f.applicationId,
        f.audience,
      ),
  };
}
