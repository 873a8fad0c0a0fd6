import { z } from 'zod';
import type { ChecklistState } from './applications';
import type { LaunchWindow, LaunchWindowAudience } from './launch-windows';
import type { Passport } from './people';
import { multiLineText, recordId, requiredText, V } from './validation';

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
  reason: multiLineText(500, V.reasonRequired),
});

/**
 * A dress rehearsal runs on a throwaway copy of the firm's data (main/launch-windows/rehearsal.ts);
 * launch-mode channels given its id read and write that copy, never the real file.
 */
export const rehearsalId = z.uuid({ error: V.invalid });
const inRehearsal = { rehearsalId: rehearsalId.optional() };

export const launchQueueInput = z.strictObject({ windowId: recordId, ...inRehearsal });

/** A confirmation number as the portal shows it: letters, digits, spaces, dashes. */
export const confirmationNumber = requiredText(60).refine(
  (n) => /^[\p{L}\p{N}][\p{L}\p{N} /-]*$/u.test(n),
  'launchWindows.errors.confirmationNumber',
);

/** How numbers are compared: "W307-123 456" and "w307123456" are the same number. */
export function confirmationKey(number: string): string {
  return number.toUpperCase().replace(/[\s/-]/g, '');
}

const reason = multiLineText(500, V.reasonRequired);

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
        /** Required when the member is not ready (blocked or ineligible): why it is filed anyway. */
        override: z.strictObject({ reason }).optional(),
      }),
    )
    .min(1, V.required)
    .max(30, V.tooMany),
  /** When it was submitted on the portal; defaults to now. */
  submittedAt: z.iso.datetime({ offset: true, error: V.invalid }).optional(),
  ...inRehearsal,
});

/** One recorded member, as the screen last saw it (the version refuses a stale second edit). */
const recordedMember = {
  windowId: recordId,
  clientId: recordId,
  dependantId: recordId.nullable(),
  version: z.number().int().positive(),
  reason,
  ...inRehearsal,
};

/** A wrong number or time is corrected, never silently: the old value stays in the audit trail. */
export const correctSubmissionInput = z.strictObject({
  ...recordedMember,
  confirmationNumber,
  submittedAt: z.iso.datetime({ offset: true, error: V.invalid }).optional(),
});

/** A member recorded by mistake goes back to "not submitted"; the old number stays in the audit trail. */
export const withdrawSubmissionInput = z.strictObject(recordedMember);

/** Where a confirmation number is already used in the firm, so a refusal can link to it. */
export const confirmationNumberUseInput = z.strictObject({
  confirmationNumber: requiredText(60),
  ...inRehearsal,
});

export const startRehearsalInput = z.strictObject({ windowId: recordId });
export const finishRehearsalInput = z.strictObject({ rehearsalId });

/** Why a family was not submitted, for the report (e.g. "cap reached", "client withdrew"). */
export const setNotSubmittedReasonInput = z.strictObject({
  windowId: recordId,
  clientId: recordId,
  reason: multiLineText(500),
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
   * They also carry `checklistItemId`, so the document can be marked received or verified in place.
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
  /** The member's filing row and its version (sent back by corrections and withdrawals). */
  filingId: number | null;
  filingVersion: number;
  /** The person record's version and passports: readiness fixes passports and dates of birth in place. */
  personVersion: number;
  passports: Passport[];
  lastVerifiedOn: string | null;
  checklist: QueueChecklistItem[];
  ready: boolean;
  /** Eligibility first, then data, then documents. */
  blockers: QueueBlocker[];
  /** Eligibility problems still true of a member already submitted: the file stays flagged. */
  flags: QueueBlocker[];
  submission: {
    confirmationNumber: string;
    submittedAt: string;
    submittedBy: number;
    submittedByName: string;
    /** Set when the member was recorded although not ready: why, and what blocked it then. */
    override: { reason: string; blockers: Omit<QueueBlocker, 'memberKey' | 'eligibility'>[] } | null;
  } | null;
}

export interface QueueFamily {
  /** 1-based place in the queue as ordered (in progress, ready, blocked by score, ineligible, submitted). */
  position: number;
  enrolmentId: number;
  clientId: number;
  givenNames: string;
  familyName: string;
  state: 'in-progress' | 'ready' | 'blocked' | 'ineligible' | 'submitted';
  /** 0-100; 100 only when ready. */
  score: number;
  eligible: boolean;
  blockers: QueueBlocker[];
  /** A member was filed although not ready, or a filed member fails eligibility now. */
  flagged: boolean;
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
    ineligible: number;
    inProgress: number;
    submitted: number;
    withdrawn: number;
  };
  /** Families still to submit held back by each kind of blocker (a family counts once per kind). */
  blockerCounts: { code: string; eligibility: boolean; families: number }[];
  cap: CapTracker;
  families: QueueFamily[];
  /** Set when this queue is read from a rehearsal's copy, not the real data. */
  rehearsal: { id: string; startedAt: string } | null;
}

export interface EnrolmentResult {
  families: {
    clientId: number;
    outcome: 'enrolled' | 're-enrolled' | 'members-added' | 'already-enrolled' | 'archived';
    applicationsCreated: number;
    /** Open applications of the window's type already on file, linked instead of duplicated. */
    applicationsReused: number;
  }[];
  enrolled: number;
  applicationsCreated: number;
  applicationsReused: number;
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
  /** Withdrawal or not-submitted reason the firm gave, in its own words. */
  reason: string;
  /** Why a member was not ready, as catalogue keys the report states in plain language. */
  blockers: Omit<QueueBlocker, 'memberKey' | 'eligibility'>[];
  /** Recorded although not ready: the reason given (the report keeps the flag). */
  overrideReason: string;
}

export interface LaunchReport {
  window: LaunchWindow;
  firmName: string;
  /** When the report was read: printed in its header. */
  generatedAt: string;
  /** Families per outcome. */
  counts: Record<ReportOutcome, number>;
  /** People (members) per outcome. */
  memberCounts: Record<ReportOutcome, number>;
  /** Families, then members in family order. */
  rows: LaunchReportRow[];
}

export interface ConfirmationNumberUse {
  clientId: number;
  clientName: string;
  memberName: string;
  /** null: found as an application's government file number, outside any window. */
  windowId: number | null;
  windowName: string;
}

export interface Rehearsal {
  id: string;
  windowId: number;
  startedAt: string;
  /** The copy's opening: a minute after the rehearsal starts. */
  opensAt: string;
}

export interface RehearsalFamilyTiming {
  clientId: number;
  name: string;
  members: number;
  /** From the previous family's recording (or the copy's opening) to this family's. */
  ms: number;
  blockers: number;
}

export interface RehearsalReport {
  windowId: number;
  startedAt: string;
  finishedAt: string;
  familiesRecorded: number;
  membersRecorded: number;
  /** From the copy's opening to the last recording. */
  workedMs: number;
  familiesPerHour: number;
  slowest: RehearsalFamilyTiming | null;
  /** Blockers on the families worked, by kind, and members recorded anyway. */
  blockersMet: { code: string; count: number }[];
  overrides: number;
  families: RehearsalFamilyTiming[];
}
