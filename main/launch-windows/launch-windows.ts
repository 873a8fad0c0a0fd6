import { notFound } from '../../db/errors';
import { findEnrolment } from '../../db/launch-windows/enrolments';
import { recordSubmissions, setNotSubmittedReason } from '../../db/launch-windows/submissions';
import {
  archiveLaunchWindow,
  cloneLaunchWindow,
  createLaunchWindow,
  listLaunchWindows,
  loadLaunchWindow,
  updateLaunchWindow,
  updateReportedCount,
} from '../../db/launch-windows/windows';
import type {
  Enrolment,
  EnrolmentResult,
  LaunchQueue,
  LaunchReport,
  LaunchReportCsv,
  LaunchWindow,
  LaunchWindowListItem,
  ParsedInput,
  SubmissionResult,
} from '../contract';
import type { ApiContext } from '../data-service/context';
import { read, write } from '../data-service/transaction';
import { enrolFamilies, withdrawFamily } from './enrolment';
import { createWindowFromTemplate } from './from-template';
import { capTracker, launchQueue, queueFamilies } from './queue';
import { launchReport, launchReportCsv } from './report';
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
  { template, name }: ParsedInput<'launchWindows.createFromTemplate'>,
): LaunchWindow {
  return write(ctx, (tx, writer) => createWindowFromTemplate(tx, writer, template, name, windowInstants));
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
    };
  });
}

export function withdrawFamilyHandler(
  ctx: ApiContext,
  { windowId, clientId, reason }: ParsedInput<'launchWindows.withdraw'>,
): Enrolment {
  return write(ctx, (tx, writer) => {
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
  { windowId }: ParsedInput<'launchWindows.queue'>,
): LaunchQueue {
  return read(ctx, (tx) => launchQueue(tx, windowId, ctx.now()));
}

/** Returns the family as it now stands and the cap tracker, so launch mode can move on at once. */
export function recordSubmissionHandler(
  ctx: ApiContext,
  { windowId, clientId, members, submittedAt }: ParsedInput<'launchWindows.recordSubmission'>,
): SubmissionResult {
  return write(ctx, (tx, writer) => {
    const at = submittedAt ? new Date(submittedAt).toISOString() : writer.at;
    recordSubmissions(tx, writer, windowId, clientId, members, at);
    const window = loadLaunchWindow(tx, windowId);
    const [family] = queueFamilies(tx, window, ctx.now(), clientId).families;
    if (!family) throw notFound('Enrolment in launch window', windowId);
    return { family: { ...family, position: 0 }, cap: capTracker(tx, window) };
  });
}

export function setNotSubmittedReasonHandler(
  ctx: ApiContext,
  { windowId, clientId, reason }: ParsedInput<'launchWindows.setNotSubmittedReason'>,
): Enrolment {
  return write(ctx, (tx, writer) => {
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

export function launchReportCsvHandler(
  ctx: ApiContext,
  { windowId }: ParsedInput<'launchWindows.reportCsv'>,
): LaunchReportCsv {
  const stamp = ctx.now().toISOString().slice(0, 10);
  return read(ctx, (tx) => ({
    fileName: `caseport-launch-window-${windowId}-report-${stamp}.csv`,
    ...launchReportCsv(launchReport(tx, windowId, ctx.now())),
  }));
}
