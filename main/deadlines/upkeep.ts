import { eq } from 'drizzle-orm';
import { closedClientIds } from '../../db/clients/family-of';
import { firmUsers } from '../../db/schema';
import { lastUserId, rememberRulesVersion, rulesVersion } from '../../db/users/queries';
import type { Writer } from '../../db/writer';
import type { ApiContext } from '../data-service/context';
import { peopleWithExpiredPermits, reconcileOpenDeadlinesAfter } from './recompute';
import { syncStatusDeadlines } from './status-deadlines';

const EVERY_MS = 60 * 60 * 1000;

export interface UpkeepResult {
  deadlinesRestated: number;
  permitsCaughtUp: number;
}

/** Deadlines restated per transaction: ~15 ms each, so no call waits long behind upkeep. */
const DEADLINES_PER_STEP = 1000;
/** People brought up to date per transaction (each may add a deadline and an audit entry). */
const PEOPLE_PER_STEP = 100;

/** How upkeep steps: the pause lets the data service answer waiting calls between two steps. */
export interface UpkeepSteps {
  pause: () => Promise<void>;
  deadlinesPerStep: number;
  peoplePerStep: number;
}
export const APP_STEPS: UpkeepSteps = {
  pause: () => new Promise((resolve) => setImmediate(resolve)),
  deadlinesPerStep: DEADLINES_PER_STEP,
  peoplePerStep: PEOPLE_PER_STEP,
};

/**
 * Deadline work nobody asks for but everybody relies on, run by the data service at start-up
 * and hourly:
 *  - a Canadian permit that expired since it was last saved gets its restoration deadline now
 *    (IRPR 182), not at the next save;
 *  - after an update that changed a rule or a holiday (a new app version), every open deadline
 *    is restated on the current rules, once (the version is remembered only when all are done,
 *    so an interrupted run starts over; restating twice changes nothing).
 * At 100,000 clients that is 600,000 open deadlines, ~10 s of work: it runs in short steps of
 * one transaction each, with a pause between them, so the windows keep answering meanwhile.
 * Attributed to the person who last worked on this computer, with the reason in each audit note;
 * on a file where nobody has worked yet there is nothing to keep.
 */
export async function runDeadlineUpkeep(
  ctx: ApiContext,
  { pause, deadlinesPerStep, peoplePerStep }: UpkeepSteps = APP_STEPS,
): Promise<UpkeepResult | null> {
  const author = ctx.db.transaction((tx) => {
    const id = lastUserId(tx);
    if (id === null) return null;
    const user = tx
      .select({ archivedAt: firmUsers.archivedAt })
      .from(firmUsers)
      .where(eq(firmUsers.id, id))
      .get();
    return user && !user.archivedAt ? id : null;
  });
  if (author === null) return null;
  const writer = (): Writer => ({ actorId: author, at: ctx.now().toISOString() });

  let deadlinesRestated = 0;
  if (ctx.db.transaction((tx) => rulesVersion(tx)) !== ctx.appVersion) {
    let afterId = 0;
    for (;;) {
      const step = ctx.db.transaction((tx) =>
        reconcileOpenDeadlinesAfter(tx, writer(), afterId, deadlinesPerStep),
      );
      deadlinesRestated += step.moved;
      if (step.lastId === null) break;
      afterId = step.lastId;
      await pause();
    }
    ctx.db.transaction((tx) => rememberRulesVersion(tx, ctx.appVersion));
  }

  const people = ctx.db.transaction((tx) => peopleWithExpiredPermits(tx, ctx.now().toISOString()));
  for (let start = 0; start < people.length; start += peoplePerStep) {
    if (start > 0) await pause();
    ctx.db.transaction((tx) => {
      // A file closed since the list was read is left as it was closed.
      const closed = closedClientIds(tx);
      const step = writer();
      for (const owner of people.slice(start, start + peoplePerStep))
        if (!closed.has(owner.clientId)) syncStatusDeadlines(tx, step, owner);
    });
  }
  return { deadlinesRestated, permitsCaughtUp: people.length };
}

export class DeadlineUpkeep {
  private timer: ReturnType<typeof setInterval> | null = null;

  constructor(
    private readonly ctx: ApiContext,
    private readonly onError: (error: unknown) => void,
    private readonly everyMs = EVERY_MS,
  ) {}

  start(): void {
    if (this.timer) return;
    // After 'ready' has gone out: the first screen does not wait for upkeep.
    setImmediate(() => void this.run());
    this.timer = setInterval(() => void this.run(), this.everyMs);
    this.timer.unref?.();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  private running = false;

  private async run(): Promise<void> {
    // An hourly tick while a long first run is still going: that run covers it.
    if (this.running) return;
    this.running = true;
    try {
      await runDeadlineUpkeep(this.ctx);
    } catch (error) {
      this.onError(error);
    } finally {
      this.running = false;
    }
  }
}
