import { and, eq, ne } from 'drizzle-orm';
import { recordAudit } from '../audit/record';
import { notFound } from '../errors';
import type { CaseportDb } from '../open';
import {
  applications,
  clients,
  dependants,
  launchWindowEnrolments,
  launchWindowSubmissions,
  launchWindows,
} from '../schema';
import type { Writer } from '../writer';
import { findEnrolment } from './enrolments';

/**
 * Storage for members' filings in a window. Whether a member may be recorded (window open, ready
 * or confirmed, number unused) is decided in main/launch-windows/submissions.ts; here only rows.
 */
export type FilingRow = typeof launchWindowSubmissions.$inferSelect;

export function findFiling(db: CaseportDb, enrolmentId: number, dependantId: number | null) {
  return db
    .select()
    .from(launchWindowSubmissions)
    .where(
      and(
        eq(launchWindowSubmissions.enrolmentId, enrolmentId),
        eq(launchWindowSubmissions.memberNo, dependantId ?? 0),
      ),
    )
    .get();
}

export interface FilingValues {
  confirmationNumber: string;
  confirmationKey: string;
  submittedAt: string | null;
  submittedBy: number | null;
  overrideReason: string;
  overrideBlockers: FilingRow['overrideBlockers'];
}

/**
 * Writes a filing only if it is still at the version the caller read, and bumps the version:
 * of two people saving the same member, the second finds 0 rows changed and is told so.
 * Returns false when the row had moved on.
 */
export function updateFilingIfUnchanged(db: CaseportDb, filing: FilingRow, values: FilingValues): boolean {
  const result = db
    .update(launchWindowSubmissions)
    .set({ ...values, version: filing.version + 1 })
    .where(
      and(eq(launchWindowSubmissions.id, filing.id), eq(launchWindowSubmissions.version, filing.version)),
    )
    .run();
  return result.changes === 1;
}

/** Members of an enrolment still without a submission. */
export function openFilingCount(db: CaseportDb, enrolmentId: number): number {
  return db
    .select({ submittedAt: launchWindowSubmissions.submittedAt })
    .from(launchWindowSubmissions)
    .where(eq(launchWindowSubmissions.enrolmentId, enrolmentId))
    .all()
    .filter((s) => s.submittedAt === null).length;
}

export interface ConfirmationUseRow {
  clientId: number;
  clientGivenNames: string;
  clientFamilyName: string;
  dependantId: number | null;
  windowId: number | null;
  windowName: string;
  filingId: number | null;
  applicationId: number | null;
}

/** Who already carries this number in the firm: a window filing, or an application's file number. */
export function findConfirmationUse(
  db: CaseportDb,
  key: string,
  except: { filingId: number; applicationId: number } | null,
): ConfirmationUseRow | undefined {
  const filing = db
    .select({
      clientId: launchWindowSubmissions.clientId,
      clientGivenNames: clients.givenNames,
      clientFamilyName: clients.familyName,
      dependantId: launchWindowSubmissions.dependantId,
      windowId: launchWindowSubmissions.windowId,
      windowName: launchWindows.name,
      filingId: launchWindowSubmissions.id,
      applicationId: launchWindowSubmissions.applicationId,
    })
    .from(launchWindowSubmissions)
    .innerJoin(clients, eq(clients.id, launchWindowSubmissions.clientId))
    .innerJoin(launchWindows, eq(launchWindows.id, launchWindowSubmissions.windowId))
    .where(
      and(
        eq(launchWindowSubmissions.confirmationKey, key),
        // Spelled out so SQLite may use the partial unique index (it covers non-empty keys only).
        ne(launchWindowSubmissions.confirmationKey, ''),
        except ? ne(launchWindowSubmissions.id, except.filingId) : undefined,
      ),
    )
    .get();
  if (filing) return filing;
  const application = db
    .select({
      clientId: applications.clientId,
      clientGivenNames: clients.givenNames,
      clientFamilyName: clients.familyName,
      dependantId: applications.dependantId,
      applicationId: applications.id,
    })
    .from(applications)
    .innerJoin(clients, eq(clients.id, applications.clientId))
    .where(
      and(
        eq(applications.fileNumberKey, key),
        except ? ne(applications.id, except.applicationId) : undefined,
      ),
    )
    .get();
  return application && { ...application, windowId: null, windowName: '', filingId: null };
}

export function personName(db: CaseportDb, clientId: number, dependantId: number | null) {
  if (dependantId === null)
    return db
      .select({ givenNames: clients.givenNames, familyName: clients.familyName })
      .from(clients)
      .where(eq(clients.id, clientId))
      .get();
  return db
    .select({ givenNames: dependants.givenNames, familyName: dependants.familyName })
    .from(dependants)
    .where(eq(dependants.id, dependantId))
    .get();
}

/** Why an enrolled family was not filed, for the report. */
export function setNotSubmittedReason(
  db: CaseportDb,
  writer: Writer,
  windowId: number,
  clientId: number,
  reason: string,
) {
  const enrolment = findEnrolment(db, windowId, clientId);
  if (enrolment.notSubmittedReason === reason) return;
  db.update(launchWindowEnrolments)
    .set({ notSubmittedReason: reason, updatedAt: writer.at })
    .where(eq(launchWindowEnrolments.id, enrolment.id))
    .run();
  recordAudit(db, writer, {
    entity: 'launch-window-enrolment',
    entityId: enrolment.id,
    clientId,
    action: 'update',
    changes: { notSubmittedReason: [enrolment.notSubmittedReason, reason] },
  });
}

export function currentEnrolment(db: CaseportDb, enrolmentId: number) {
  const row = db
    .select()
    .from(launchWindowEnrolments)
    .where(eq(launchWindowEnrolments.id, enrolmentId))
    .get();
  if (!row) throw notFound('Enrolment', enrolmentId);
  return row;
}
