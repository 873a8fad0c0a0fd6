import { eq } from 'drizzle-orm';
import { changeApplicationStatus, updateApplication } from '../../db/applications/queries';
import { recordAudit } from '../../db/audit/record';
import { RecordError } from '../../db/errors';
import { findEnrolment, setEnrolmentState } from '../../db/launch-windows/enrolments';
import {
  currentEnrolment,
  type FilingRow,
  type FilingValues,
  findConfirmationUse,
  findFiling,
  openFilingCount,
  personName,
  updateFilingIfUnchanged,
} from '../../db/launch-windows/submissions';
import { loadLaunchWindow } from '../../db/launch-windows/windows';
import type { CaseportDb } from '../../db/open';
import { applications, firmUsers } from '../../db/schema';
import type { Writer } from '../../db/writer';
import { fileNumberProblem } from '../contract/applications';
import { type ConfirmationNumberUse, confirmationKey, type QueueMember } from '../contract/launch-queue';
import type { LaunchWindow } from '../contract/launch-windows';
import { personDisplayName } from '../contract/people';
import { queueFamilies } from './queue';

/**
 * Recording, correcting and withdrawing members' submissions: the safeguards of launch mode.
 * Nothing here is silent: a number is refused before the window opens (outside a rehearsal),
 * a member who is not ready needs a reason, a number already used in the firm is refused, and
 * a recorded number changes only with a reason that the audit trail keeps beside the old value.
 */

export interface MemberSubmission {
  dependantId: number | null;
  confirmationNumber: string;
  override?: { reason: string } | undefined;
}

/** How the refusal names the person who recorded first. */
function userName(db: CaseportDb, userId: number | null): string {
  if (userId === null) return '';
  return (
    db.select({ name: firmUsers.displayName }).from(firmUsers).where(eq(firmUsers.id, userId)).get()?.name ??
    ''
  );
}

function alreadyRecorded(db: CaseportDb, filing: FilingRow, field: string): RecordError {
  return new RecordError(
    'conflict',
    `This person was already recorded by ${userName(db, filing.submittedBy) || 'someone else'} (${filing.confirmationNumber}). Read the family again; to change it, correct the submission.`,
    { [field]: 'launchWindows.errors.alreadyRecorded' },
  );
}

function changedElsewhere(field: string): RecordError {
  return new RecordError(
    'conflict',
    'Someone else changed this submission a moment ago. Read the family again before changing it.',
    { [field]: 'launchWindows.errors.changedElsewhere' },
  );
}

/** The firm-wide unique index caught a number another person saved a split second earlier. */
function isDuplicateNumber(error: unknown): boolean {
  return (
    error instanceof Error &&
    'code' in error &&
    error.code === 'SQLITE_CONSTRAINT_UNIQUE' &&
    error.message.includes('confirmation_key')
  );
}

function numberUsed(field: string): RecordError {
  return new RecordError('invalid', 'This confirmation number is already recorded for someone in the firm.', {
    [field]: 'launchWindows.errors.numberUsed',
  });
}

function writeFiling(db: CaseportDb, filing: FilingRow, values: FilingValues, field: string): void {
  let written: boolean;
  try {
    written = updateFilingIfUnchanged(db, filing, values);
  } catch (error) {
    if (isDuplicateNumber(error)) throw numberUsed(field);
    throw error;
  }
  if (!written) {
    const now = findFiling(db, filing.enrolmentId, filing.dependantId);
    throw now?.submittedAt ? alreadyRecorded(db, now, field) : changedElsewhere(field);
  }
}

/** Refuses numbers typed before the window opened; a rehearsal records them (its copy opens in a minute anyway). */
function checkOpen(window: LaunchWindow, at: string, now: Date, fields: string[]): void {
  if (Date.parse(at) >= Date.parse(window.opensAt) && now.getTime() >= Date.parse(window.opensAt)) return;
  throw new RecordError(
    'invalid',
    'The window has not opened yet, so nothing can be recorded. Start a rehearsal to practise.',
    Object.fromEntries(fields.map((f) => [f, 'launchWindows.errors.notOpenYet'])),
  );
}

export function recordSubmissions(
  db: CaseportDb,
  writer: Writer,
  input: {
    windowId: number;
    clientId: number;
    members: readonly MemberSubmission[];
    submittedAt: string;
    now: Date;
    rehearsal: boolean;
  },
): void {
  const window = loadLaunchWindow(db, input.windowId);
  const field = (index: number) => `members.${index}.confirmationNumber`;
  if (!input.rehearsal)
    checkOpen(
      window,
      input.submittedAt,
      input.now,
      input.members.map((_, i) => field(i)),
    );
  const enrolment = findEnrolment(db, input.windowId, input.clientId);
  if (enrolment.state === 'withdrawn')
    throw new RecordError('invalid', 'This family was withdrawn from the launch window.', {
      clientId: 'launchWindows.errors.withdrawn',
    });
  const [family] = queueFamilies(db, window, input.now, input.clientId).families;
  const byMember = new Map((family?.members ?? []).map((m) => [m.dependantId ?? 0, m]));

  // Every problem at once, each beside its own field: a paralegal fixes them in one pass.
  const problems: Record<string, string> = {};
  const seen = new Map<string, number>();
  const planned: {
    filing: FilingRow;
    member: MemberSubmission;
    queued: QueueMember | undefined;
    key: string;
    index: number;
  }[] = [];
  input.members.forEach((member, index) => {
    const filing = findFiling(db, enrolment.id, member.dependantId);
    if (!filing) {
      problems[`members.${index}.dependantId`] = 'launchWindows.errors.noApplication';
      return;
    }
    if (filing.submittedAt) throw alreadyRecorded(db, filing, field(index));
    const key = confirmationKey(member.confirmationNumber);
    const queued = byMember.get(member.dependantId ?? 0);
    if (seen.has(key)) problems[field(index)] = 'launchWindows.errors.numberTwice';
    else if (findConfirmationUse(db, key, { filingId: filing.id, applicationId: filing.applicationId }))
      problems[field(index)] = 'launchWindows.errors.numberUsed';
    seen.set(key, index);
    if (queued && !queued.ready && !member.override)
      problems[`members.${index}.override`] = 'launchWindows.errors.confirmNotReady';
    planned.push({ filing, member, queued, key, index });
  });
  if (Object.keys(problems).length > 0)
    throw new RecordError('invalid', 'Some confirmation numbers cannot be recorded yet.', problems);

  for (const { filing, member, queued, key, index } of planned) {
    // Only a member who was not ready carries an override: a reason typed for a ready one means nothing.
    const override = queued && !queued.ready ? member.override : undefined;
    const overrideBlockers = override
      ? (queued?.blockers ?? []).map(({ code, key: k, params }) => ({ code, key: k, params }))
      : [];
    writeFiling(
      db,
      filing,
      {
        confirmationNumber: member.confirmationNumber,
        confirmationKey: key,
        submittedAt: input.submittedAt,
        submittedBy: writer.actorId,
        overrideReason: override?.reason ?? '',
        overrideBlockers,
      },
      field(index),
    );
    recordAudit(db, writer, {
      entity: 'launch-window-submission',
      entityId: filing.id,
      clientId: input.clientId,
      action: 'create',
      changes: {
        confirmationNumber: [null, member.confirmationNumber],
        submittedAt: [null, input.submittedAt],
        ...(override && {
          overrideReason: [null, override.reason],
          overrideBlockers: [null, overrideBlockers.map((b) => b.code)],
        }),
      },
      ...(override && { note: `Recorded although not ready: ${override.reason}` }),
    });
    markApplicationSubmitted(db, writer, filing.applicationId, member.confirmationNumber, input.submittedAt);
  }
  const current = currentEnrolment(db, enrolment.id);
  if (openFilingCount(db, enrolment.id) === 0 && current.state !== 'submitted')
    setEnrolmentState(db, writer, current, 'submitted', '');
}

function recordedFiling(
  db: CaseportDb,
  input: { windowId: number; clientId: number; dependantId: number | null; version: number },
  field: string,
): FilingRow {
  const enrolment = findEnrolment(db, input.windowId, input.clientId);
  const filing = findFiling(db, enrolment.id, input.dependantId);
  if (!filing)
    throw new RecordError('invalid', 'This person has no application in the launch window.', {
      dependantId: 'launchWindows.errors.noApplication',
    });
  if (filing.version !== input.version) throw changedElsewhere(field);
  if (!filing.submittedAt)
    throw new RecordError('invalid', 'This person has no recorded submission to change.', {
      [field]: 'launchWindows.errors.notRecorded',
    });
  return filing;
}

/** A wrong number or time, corrected with a reason; the audit row keeps the old value. */
export function correctSubmission(
  db: CaseportDb,
  writer: Writer,
  input: {
    windowId: number;
    clientId: number;
    dependantId: number | null;
    version: number;
    confirmationNumber: string;
    submittedAt: string | undefined;
    reason: string;
    now: Date;
    rehearsal: boolean;
  },
): void {
  const field = 'confirmationNumber';
  const filing = recordedFiling(db, input, field);
  const key = confirmationKey(input.confirmationNumber);
  const submittedAt = input.submittedAt ?? (filing.submittedAt as string);
  if (input.submittedAt && !input.rehearsal)
    checkOpen(loadLaunchWindow(db, input.windowId), submittedAt, input.now, ['submittedAt']);
  if (findConfirmationUse(db, key, { filingId: filing.id, applicationId: filing.applicationId }))
    throw numberUsed(field);
  writeFiling(
    db,
    filing,
    {
      confirmationNumber: input.confirmationNumber,
      confirmationKey: key,
      submittedAt,
      submittedBy: filing.submittedBy,
      overrideReason: filing.overrideReason,
      overrideBlockers: filing.overrideBlockers,
    },
    field,
  );
  recordAudit(db, writer, {
    entity: 'launch-window-submission',
    entityId: filing.id,
    clientId: input.clientId,
    action: 'update',
    changes: {
      ...(filing.confirmationNumber !== input.confirmationNumber && {
        confirmationNumber: [filing.confirmationNumber, input.confirmationNumber],
      }),
      ...(filing.submittedAt !== submittedAt && { submittedAt: [filing.submittedAt, submittedAt] }),
    },
    note: `Correction: ${input.reason}`,
  });
  const application = db.select().from(applications).where(eq(applications.id, filing.applicationId)).get();
  if (!application) return;
  const numberWasFileNumber = application.fileNumberKey === filing.confirmationKey;
  const usable = fileNumberProblem(application.jurisdiction, input.confirmationNumber) === null;
  updateApplication(db, writer, application.id, application.version, {
    submittedAt,
    ...(numberWasFileNumber && { governmentFileNumber: usable ? input.confirmationNumber : '' }),
  });
}

/** A member recorded by mistake goes back to "not submitted"; the audit keeps what was recorded. */
export function withdrawSubmission(
  db: CaseportDb,
  writer: Writer,
  input: { windowId: number; clientId: number; dependantId: number | null; version: number; reason: string },
): void {
  const filing = recordedFiling(db, input, 'reason');
  writeFiling(
    db,
    filing,
    {
      confirmationNumber: '',
      confirmationKey: '',
      submittedAt: null,
      submittedBy: null,
      overrideReason: '',
      overrideBlockers: [],
    },
    'reason',
  );
  recordAudit(db, writer, {
    entity: 'launch-window-submission',
    entityId: filing.id,
    clientId: input.clientId,
    action: 'update',
    changes: {
      confirmationNumber: [filing.confirmationNumber, ''],
      submittedAt: [filing.submittedAt, null],
      ...(filing.overrideReason && { overrideReason: [filing.overrideReason, ''] }),
    },
    note: `Submission withdrawn: ${input.reason}`,
  });
  const enrolment = currentEnrolment(db, filing.enrolmentId);
  if (enrolment.state === 'submitted') setEnrolmentState(db, writer, enrolment, 'enrolled', '');
  const application = db.select().from(applications).where(eq(applications.id, filing.applicationId)).get();
  if (!application) return;
  const updated = updateApplication(db, writer, application.id, application.version, {
    submittedAt: null,
    ...(application.fileNumberKey === filing.confirmationKey && { governmentFileNumber: '' }),
  });
  if (updated.stage === 'submitted')
    changeApplicationStatus(db, writer, {
      id: updated.id,
      version: updated.version,
      kind: 'stage',
      value: 'ready-to-submit',
      note: `Launch window submission withdrawn: ${input.reason}`,
    });
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

/** Where a number is already used, for the link beside a refused number. */
export function confirmationNumberUse(db: CaseportDb, number: string): ConfirmationNumberUse | null {
  const use = findConfirmationUse(db, confirmationKey(number), null);
  if (!use) return null;
  const person = personName(db, use.clientId, use.dependantId);
  return {
    clientId: use.clientId,
    clientName: personDisplayName({ givenNames: use.clientGivenNames, familyName: use.clientFamilyName }),
    memberName: person ? personDisplayName(person) : '',
    windowId: use.windowId,
    windowName: use.windowName,
  };
}
