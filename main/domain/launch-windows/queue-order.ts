/**
 * The order families are worked in when the window opens: a family already started comes
 * first (finish it: half-filed families are how files go incomplete), then ready families,
 * then blocked ones closest to ready, then families that fail the program's eligibility (no
 * paperwork fixes those: they wait at the bottom with their reason); fully submitted ones
 * sink to the end. Ties keep the order of enrolment, so the queue does not reshuffle while
 * people work it.
 */
export const QUEUE_STATES = ['in-progress', 'ready', 'blocked', 'ineligible', 'submitted'] as const;
export type QueueState = (typeof QUEUE_STATES)[number];

export interface QueueEntry {
  state: QueueState;
  score: number;
  /** Enrolment order (the enrolment id): earlier enrolled, earlier worked. */
  enrolledOrder: number;
}

export function queueState(family: {
  ready: boolean;
  /** false when a member still to be submitted fails an eligibility check. */
  eligible: boolean;
  membersSubmitted: number;
  members: number;
}): QueueState {
  if (family.members > 0 && family.membersSubmitted === family.members) return 'submitted';
  if (family.membersSubmitted > 0) return 'in-progress';
  if (family.ready) return 'ready';
  return family.eligible ? 'blocked' : 'ineligible';
}

export function compareQueueEntries(a: QueueEntry, b: QueueEntry): number {
  return (
    QUEUE_STATES.indexOf(a.state) - QUEUE_STATES.indexOf(b.state) ||
    b.score - a.score ||
    a.enrolledOrder - b.enrolledOrder
  );
}

/** A sorted copy; the input is left alone. */
export function orderQueue<T extends QueueEntry>(entries: readonly T[]): T[] {
  return [...entries].sort(compareQueueEntries);
}
