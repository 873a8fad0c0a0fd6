import type { CapCounts } from '../../contract/launch-windows';

/**
 * The cap tracker: how many applications count toward the program's cap, what the government
 * last reported, and what is left. The reported figure includes everyone's files (ours too,
 * up to when it was published), so our submissions made after the report are added on top;
 * the estimate is never below our own count. Remaining is never negative.
 */
export interface CapInput {
  cap: number | null;
  countsToward: CapCounts;
  reportedCount: number | null;
  reportedAt: string | null;
}

export interface CountedSubmission {
  principal: boolean;
  /** UTC ISO instant. */
  submittedAt: string;
}

export interface CapStatus {
  cap: number | null;
  countsToward: CapCounts;
  /** Our submissions that count toward the cap. */
  ourSubmissions: number;
  ourSubmissionsSinceReport: number;
  reportedCount: number | null;
  reportedAt: string | null;
  /** Best estimate of places used, all firms together. */
  estimatedUsed: number;
  /** null without a cap. */
  remaining: number | null;
  reached: boolean;
}

export function capStatus(input: CapInput, submissions: readonly CountedSubmission[]): CapStatus {
  const counted = submissions.filter((s) => input.countsToward === 'all' || s.principal);
  const reportedAtMs = input.reportedAt === null ? null : Date.parse(input.reportedAt);
  const sinceReport =
    input.reportedCount === null
      ? counted.length
      : counted.filter((s) => reportedAtMs === null || Date.parse(s.submittedAt) > reportedAtMs).length;
  const estimatedUsed = Math.max(counted.length, (input.reportedCount ?? 0) + sinceReport);
  const remaining = input.cap === null ? null : Math.max(0, input.cap - estimatedUsed);
  return {
    cap: input.cap,
    countsToward: input.countsToward,
    ourSubmissions: counted.length,
    ourSubmissionsSinceReport: input.reportedCount === null ? 0 : sinceReport,
    reportedCount: input.reportedCount,
    reportedAt: input.reportedAt,
    estimatedUsed,
    remaining,
    reached: remaining === 0,
  };
}
