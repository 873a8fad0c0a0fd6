import { and, eq } from 'drizzle-orm';
import { fileNumberProblem } from '../../main/contract/applications';
import { changeApplicationStatus, updateApplication } from '../applications/queries';
import { changedFields, recordAudit } from '../audit/record';
import { RecordError } from '../errors';
import type { CaseportDb } from '../open';
import { applications, launchWindowEnrolments, launchWindowSubmissions } from '../schema';
import type { Writer } from '../writer';
import { findEnrolment, setEnrolmentState } from './enrolments';

export interface MemberSubmission {
  dependantId: number | null;
  confirmationNumber: string;
}

/**
 * Records that members were filed on the portal: the confirmation number, when and who. The
 * member's application moves to "submitted" with the same time, and takes the confirmation
 * number as its government file number when it has the shape of one. Recording a member again
 * corrects the number or time (audited). When every member is filed, so is the family.
 */
export function recordSubmissions(
  db: CaseportDb,
  writer: Writer,
  windowId: number,
  clientId: number,
  members: readonly MemberSubmission[],
  submittedAt: string,
): void {
  const enrolment = findEnrolment(db, windowId, clientId);
  if (enrolment.state === 'withdrawn')
    throw new RecordError('invalid', 'This family was withdrawn from the launch window.', {
      clientId: 'launchWindows.errors.withdrawn',
    });
  members.forEach((member, index) => {
    const filing = db
      .select()
      .from(launchWindowSubmissions)
      .where(
        and(
          eq(launchWindowSubmissions.enrolmentId, enrolment.id),
          eq(launchWindowSubmissions.memberNo, member.dependantId ?? 0),
        ),
      )
      .get();
    if (!filing)
      throw new RecordError('invalid', 'This person has no application in the launch window.', {
        [`members.${index}.dependantId`]: 'launchWindows.errors.noApplication',
      });
    const after = {
      ...filing,
      confirmationNumber: member.confirmationNumber,
      submittedAt,
      submittedBy: writer.actorId,
    };
    const changes = changedFields(filing, after, ['confirmationNumber', 'submittedAt']);
    if (Object.keys(changes).length === 0) return;
    db.update(launchWindowSubmissions)
      .set({ confirmationNumber: after.confirmationNumber, submittedAt, submittedBy: writer.actorId })
      .where(eq(launchWindowSubmissions.id, filing.id))
      .run();
    recordAudit(db, writer, {
      entity: 'launch-window-submission',
      entityId: filing.id,
      clientId,
      action: filing.submittedAt ? 'update' : 'create',
      changes,
    });
    markApplicationSubmitted(db, writer, filing.applicationId, member.confirmationNumber, submittedAt);
  });
  const open = db
    .select({ id: launchWindowSubmissions.id, submittedAt: launchWindowSubmissions.submittedAt })
    .from(launchWindowSubmissions)
    .where(eq(launchWindowSubmissions.enrolmentId, enrolment.id))
    .all()
    .filter((s) => s.submittedAt === null).length;
  const current = db
    .select()
    .from(launchWindowEnrolments)
    .where(eq(launchWindowEnrolments.id, enrolment.id))
    .get();
  if (open === 0 && current && current.state !== 'submitted')
    setEnrolmentState(db, writer, current, 'submitted', '');
}

function markApplicationSubmitted(
  db: CaseportDb,
  writer: Writer,
  applicationId: number,
  confirmationNumber: string,
  submittedAt: string,
): void {
  const row = db.select().from(applications).where(eq(applications.id, applicationId)).get();
  if (!row) return;
  const usableAsFileNumber = fileNumberProblem(row.jurisdiction, confirmationNumber) === null;
  const updated = updateApplication(db, writer, applicationId, row.version, {
    submittedAt,
    ...(usableAsFileNumber && { governmentFileNumber: confirmationNumber }),
  });
  if (updated.stage !== 'submitted' && updated.stage !== 'decided' && updated.stage !== 'closed')
    changeApplicationStatus(db, writer, {
      id: applicationId,
      version: updated.version,
      kind: 'stage',
      value: 'submitted',
      note: 'Launch window submission',
    });
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
