import { z } from 'zod';
import type { ChecklistState } from './applications';
import type { LaunchWindow, LaunchWindowAudience } from './launch-windows';
import { optionalText, recordId, requiredText, V } from './validation';

/**
 * Working a launch window: enrol families, see the queue with readiness and blockers, record
 * submissions, report afterwards. Readiness rules: main/domain/launch-windows.
 */

export const enrolFamiliesInput = z.strictObject({
  windowId: recordId,
  /** Families picked in the client list (or just imported). */
  clientIds: z.array(recordId).min(1, V.required).max(10_000, V.tooMany),
});

export const withdrawFamilyInput = z.strictObject({
  windowId: recordId,
  clientId: recordId,
  reason: z.string().trim().min(1, V.reasonRequired).max(500, V.tooLong),
});

export const launchQueueInput = z.strictObject({ windowId: recordId });

/** A confirmation number as the portal shows it: letters, digits, spaces, dashes. */
export const confirmationNumber = requiredText(60).refine(
  (n) => /^[\p{L}\p{N}][\p{L}\p{N} /-]*$/u.test(n),
  'launchWindows.errors.confirmationNumber',
);

/** Record one member, several, or the whole family (one entry per member) in one step. */
export const recordSubmissionInput = z.strictObject({
  windowId: recordId,
  clientId: recordId,
  members: z
    .array(
      z.strictObject({
        /** null: the principal. */
        dependantId: recordId.nullable(),
        confirmationNumber,
      }),
    )
    .min(1, V.required)
    .max(30, V.tooMany),
  /** When it was submitted on the portal; defaults to now. */
  submittedAt: z.iso.datetime({ offset: true, error: V.invalid }).optional(),
});

/** Why a family was not submitted, for the report (e.g. "cap reached", "client withdrew"). */
export const setNotSubmittedReasonInput = z.strictObject({
  windowId: recordId,
  clientId: recordId,
  reason: optionalText(500),
});

export const launchReportInput = z.strictObject({ windowId: recordId });

export interface QueueChecklistItem {
  id: number;
  labelKey: string;
  label: string;
  state: ChecklistState;
}

export interface QueueBlocker {
  code: string;
  /**
   * i18n key (`launchWindowBlockers.<code>`) and its parameters. Document blockers carry
   * `documentLabelKey` (a full catalogue key, `checklistItems.<key>`) or `documentLabel`: pass `document` = t(documentLabelKey) or the label.
   */
  key: string;
  params: Record<string, string | number>;
  memberKey: string;
  eligibility: boolean;
}

export interface QueueMember {
  /** 'principal' or 'dependant-<id>'. */
  memberKey: string;
  dependantId: number | null;
  audience: LaunchWindowAudience;
  givenNames: string;
  familyName: string;
  dateOfBirth: string | null;
  /** null: no application in this window yet (enrol the family again to open one). */
  applicationId: number | null;
  checklist: QueueChecklistItem[];
  ready: boolean;
  blockers: QueueBlocker[];
  submission: {
    confirmationNumber: string;
    submittedAt: string;
    submittedBy: number;
    submittedByName: string;
  } | null;
}

export interface QueueFamily {
  /** 1-based place in the queue as ordered (in progress, ready, blocked by score, submitted). */
  position: number;
  enrolmentId: number;
  clientId: number;
  givenNames: string;
  familyName: string;
  state: 'in-progress' | 'ready' | 'blocked' | 'submitted';
  /** 0-100; 100 only when ready. */
  score: number;
  eligible: boolean;
  blockers: QueueBlocker[];
  members: QueueMember[];
  membersSubmitted: number;
  notSubmittedReason: string;
}

export interface CapTracker {
  cap: number | null;
  countsToward: 'principals' | 'all';
  ourSubmissions: number;
  ourSubmissionsSinceReport: number;
  reportedCount: number | null;
  reportedAt: string | null;
  estimatedUsed: number;
  remaining: number | null;
  reached: boolean;
}

export interface LaunchQueue {
  window: LaunchWindow;
  /** Today in the window's zone, the day staleness was measured to. */
  today: string;
  counts: {
    families: number;
    ready: number;
    blocked: number;
    inProgress: number;
    submitted: number;
    withdrawn: number;
  };
  cap: CapTracker;
  families: QueueFamily[];
}

export interface EnrolmentResult {
  families: {
    clientId: number;
    outcome: 'enrolled' | 're-enrolled' | 'members-added' | 'already-enrolled' | 'archived';
    applicationsCreated: number;
  }[];
  enrolled: number;
  applicationsCreated: number;
}

export interface Enrolment {
  id: number;
  windowId: number;
  clientId: number;
  state: 'enrolled' | 'submitted' | 'withdrawn';
  enrolledAt: string;
  withdrawnAt: string | null;
  withdrawReason: string;
}

export interface SubmissionResult {
  /** The family as it now stands (position 0: read the queue again for its new place). */
  family: QueueFamily;
  cap: CapTracker;
}

export type ReportOutcome = 'submitted' | 'partly-submitted' | 'not-submitted' | 'not-ready' | 'withdrawn';

export interface LaunchReportRow {
  clientId: number;
  familyName: string;
  givenNames: string;
  /** One row per member. */
  memberKey: string;
  memberGivenNames: string;
  memberFamilyName: string;
  audience: LaunchWindowAudience;
  outcome: ReportOutcome;
  confirmationNumber: string;
  submittedAt: string | null;
  submittedByName: string;
  /** Withdrawal or not-submitted reason the firm gave; for not-ready families, the blockers' codes. */
  reason: string;
}

export interface LaunchReport {
  window: LaunchWindow;
  counts: Record<ReportOutcome, number>;
  /** Families, then members in family order. */
  rows: LaunchReportRow[];
}

export interface LaunchReportCsv {
  fileName: string;
  csv: string;
  rows: number;
}
