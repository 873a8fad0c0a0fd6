import { notFound } from '../../db/errors';
import { findEnrolment } from '../../db/launch-windows/enrolments';
import { setNotSubmittedReason } from '../../db/launch-windows/submissions';
import {
  archiveLaunchWindow,
  cloneLaunchWindow,
  createLaunchWindow,
  listLaunchWindows,
  loadLaunchWindow,
  updateLaunchWindow,
  updateReportedCount,
} from '../../db/launch-windows/windows';
import { assertFileOpen } from '../clients/closed-file';
import type {
  ConfirmationNumberUse,
  Enrolment,
  EnrolmentResult,
  LaunchQueue,
  LaunchReport,
  LaunchWindow,
  LaunchWindowListItem,
  ParsedInput,
  Rehearsal,
  RehearsalReport,
  SubmissionResult,
} from '../contract';
import type { ApiContext } from '../data-service/context';
import { read, write } from '../data-service/transaction';
import { enrolFamilies, withdrawFamily } from './enrolment';
import { createWindowFromTemplate } from './from-template';
import { capTracker, launchQueue, queueFamilies } from './queue';
import {
  contextFor,
  finishRehearsal,
  logRehearsalRecording,
  rehearsalInfo,
  startRehearsal,
} from './rehearsal';
import { launchReport } from './report';
import {
  confirmationNumberUse,
  correctSubmission,
  recordSubmissions,
  withdrawSubmission,
} from './submissions';
import { windowInstants } from './window-instants';

export function listLaunchWindowsHandler(
  ctx: ApiContext,
  { archived }: ParsedInput<'launchWindows.list'>,
): LaunchWindowListItem[] {
  return read(ctx, (tx) => listLaunchWindows(tx, archived));
}

export function getLaunchWindowHandler(
  ctx: ApiContext,
  { id }: ParsedInput<'launchWindows.get'>,
): LaunchWindow {
  return read(ctx, (tx) => loadLaunchWindow(tx, id));
}

export function createLaunchWindowHandler(
  ctx: ApiContext,
  { checklist, ...values }: ParsedInput<'launchWindows.create'>,
): LaunchWindow {
  return write(ctx, (tx, writer) => createLaunchWindow(tx, writer, values, checklist, windowInstants));
}

export function updateLaunchWindowHandler(
  ctx: ApiContext,
  { id, version, checklist, ...patch }: ParsedInput<'launchWindows.update'>,
): LaunchWindow {
  return write(ctx, (tx, writer) =>
    updateLaunchWindow(tx, writer, id, version, patch, checklist, windowInstants),
  );
}

export function cloneLaunchWindowHandler(
  ctx: ApiContext,
  { id, name }: ParsedInput<'launchWindows.clone'>,
): LaunchWindow {
  return write(ctx, (tx, writer) => cloneLaunchWindow(tx, writer, id, name, windowInstants));
}

export function createFromTemplateHandler(
  ctx: ApiContext,
  input: ParsedInput<'launchWindows.createFromTemplate'>,
): LaunchWindow {
  return write(ctx, (tx, writer) => createWindowFromTemplate(tx, writer, input, windowInstants, ctx.now()));
}

export function archiveLaunchWindowHandler(
  ctx: ApiContext,
  { id, version, reason }: ParsedInput<'launchWindows.archive'>,
): LaunchWindow {
  return write(ctx, (tx, writer) => archiveLaunchWindow(tx, writer, id, version, reason));
}

export function updateReportedCountHandler(
  ctx: ApiContext,
  { id, reportedCount, reportedAt }: ParsedInput<'launchWindows.updateReportedCount'>,
): LaunchWindow {
  return write(ctx, (tx, writer) =>
    updateReportedCount(
      tx,
      writer,
      id,
      reportedCount,
      reportedAt ? new Date(reportedAt).toISOString() : writer.at,
    ),
  );
}

export function enrolFamiliesHandler(
  ctx: ApiContext,
  { windowId, clientIds }: ParsedInput<'launchWindows.enrol'>,
): EnrolmentResult {
  return write(ctx, (tx, writer) => {
    const families = enrolFamilies(tx, writer, windowId, clientIds);
    return {
      families,
      enrolled: families.filter((f) => f.outcome === 'enrolled' || f.outcome === 're-enrolled').length,
      applicationsCreated: families.reduce((sum, f) => sum + f.applicationsCreated, 0),
      applicationsReused: families.reduce((sum, f) => sum + f.applicationsReused, 0),
    };
  });
}

export function withdrawFamilyHandler(
  ctx: ApiContext,
  { windowId, clientId, reason }: ParsedInput<'launchWindows.withdraw'>,
): Enrolment {
  return write(ctx, (tx, writer) => {
    assertFileOpen(tx, clientId);
    const {
      notSubmittedReason: _n,
      updatedAt: _u,
      enrolledBy: _b,
      ...enrolment
    } = withdrawFamily(tx, writer, windowId, clientId, reason);
    return enrolment;
  });
}

export function launchQueueHandler(
  ctx: ApiContext,
  { windowId, rehearsalId }: ParsedInput<'launchWindows.queue'>,
): LaunchQueue {
  const on = contextFor(ctx, rehearsalId, windowId);
  return read(on, (tx) => launchQueue(tx, windowId, ctx.now(), rehearsalInfo(rehearsalId)));
}

/** The family as it now stands and the cap tracker, so launch mode can move on at once. */
function familyAfter(
  ctx: ApiContext,
  tx: Parameters<Parameters<typeof read>[1]>[0],
  windowId: number,
  clientId: number,
) {
  const window = loadLaunchWindow(tx, windowId);
  const [family] = queueFamilies(tx, window, ctx.now(), clientId).families;
  if (!family) throw notFound('Enrolment in launch window', windowId);
  return { family: { ...family, position: 0 }, cap: capTracker(tx, window) };
}

export function recordSubmissionHandler(
  ctx: ApiContext,
  { windowId, clientId, members, submittedAt, rehearsalId }: ParsedInput<'launchWindows.recordSubmission'>,
): SubmissionResult {
  const on = contextFor(ctx, rehearsalId, windowId);
  const result = write(on, (tx, writer) => {
    assertFileOpen(tx, clientId);
    // What the family looked like when recorded (for a rehearsal's timing report); a withdrawn
    // family has no place in the queue and is refused by recordSubmissions with its reason.
    const window = loadLaunchWindow(tx, windowId);
    const before = queueFamilies(tx, window, ctx.now(), clientId).families[0];
    recordSubmissions(tx, writer, {
      windowId,
      clientId,
      members,
      submittedAt: submittedAt ? new Date(submittedAt).toISOString() : writer.at,
      now: ctx.now(),
      rehearsal: rehearsalId !== undefined,
    });
    return { before, after: familyAfter(on, tx, windowId, clientId) };
  });
  if (rehearsalId !== undefined && result.before) {
    const before = result.before;
    const recorded = new Set(members.map((m) => m.dependantId ?? 0));
    const worked = before.members.filter((m) => recorded.has(m.dependantId ?? 0));
    logRehearsalRecording(
      rehearsalId,
      {
        clientId,
        name: before.familyName ? `${before.familyName}, ${before.givenNames}` : before.givenNames,
        members: members.length,
        blockers: worked.flatMap((m) => m.blockers.map((b) => b.code)),
        overrides: members.filter((m) => m.override).length,
      },
      ctx.now(),
    );
  }
  return result.after;
}

export function correctSubmissionHandler(
  ctx: ApiContext,
  { rehearsalId, submittedAt, ...input }: ParsedInput<'launchWindows.correctSubmission'>,
): SubmissionResult {
  const on = contextFor(ctx, rehearsalId, input.windowId);
  return write(on, (tx, writer) => {
    assertFileOpen(tx, input.clientId);
    correctSubmission(tx, writer, {
      ...input,
      submittedAt: submittedAt ? new Date(submittedAt).toISOString() : undefined,
      now: ctx.now(),
      rehearsal: rehearsalId !== undefined,
    });
    return familyAfter(on, tx, input.windowId, input.clientId);
  });
}

export function withdrawSubmissionHandler(
  ctx: ApiContext,
  { rehearsalId, ...input }: ParsedInput<'launchWindows.withdrawSubmission'>,
): SubmissionResult {
  const on = contextFor(ctx, rehearsalId, input.windowId);
  return write(on, (tx, writer) => {
    assertFileOpen(tx, input.clientId);
    withdrawSubmission(tx, writer, input);
    return familyAfter(on, tx, input.windowId, input.clientId);
  });
}

export function confirmationNumberUseHandler(
  ctx: ApiContext,
  { confirmationNumber, rehearsalId }: ParsedInput<'launchWindows.confirmationNumberUse'>,
): ConfirmationNumberUse | null {
  return read(contextFor(ctx, rehearsalId), (tx) => confirmationNumberUse(tx, confirmationNumber));
}

/** Async: the copy is made with SQLite's online backup, which works in steps. */
export function startRehearsalHandler(
  ctx: ApiContext,
  { windowId }: ParsedInput<'launchWindows.startRehearsal'>,
): Promise<Rehearsal> {
  return startRehearsal(ctx, windowId);
}

export function finishRehearsalHandler(
  ctx: ApiContext,
  { rehearsalId }: ParsedInput<'launchWindows.finishRehearsal'>,
): RehearsalReport {
  return finishRehearsal(ctx, rehearsalId);
}

export function setNotSubmittedReasonHandler(
  ctx: ApiContext,
  { windowId, clientId, reason }: ParsedInput<'launchWindows.setNotSubmittedReason'>,
): Enrolment {
  return write(ctx, (tx, writer) => {
    assertFileOpen(tx, clientId);
    setNotSubmittedReason(tx, writer, windowId, clientId, reason);
    const {
      notSubmittedReason: _n,
      updatedAt: _u,
      enrolledBy: _b,
      ...enrolment
    } = findEnrolment(tx, windowId, clientId);
    return enrolment;
  });
}

export function launchReportHandler(
  ctx: ApiContext,
  { windowId }: ParsedInput<'launchWindows.report'>,
): LaunchReport {
  return read(ctx, (tx) => launchReport(tx, windowId, ctx.now()));
}
