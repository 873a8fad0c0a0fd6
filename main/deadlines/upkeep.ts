import { eq } from 'drizzle-orm';
import { firmUsers } from '../../db/schema';
import { lastUserId, rememberRulesVersion, rulesVersion } from '../../db/users/queries';
import type { ApiContext } from '../data-service/context';
import { catchUpExpiredPermits, reconcileOpenDeadlines } from './recompute';

const EVERY_MS = 60 * 60 * 1000;

export interface UpkeepResult {
  deadlinesRestated: number;
  permitsCaughtUp: number;
}

/**
 * Deadline work nobody asks for but everybody relies on, run by the data service at start-up
 * and hourly, each run one transaction:
 *  - a Canadian permit that expired since it was last saved gets its restoration deadline now
 *    (IRPR 182), not at the next save;
 *  - after an update that changed a rule or a holiday (a new app version), every open deadline
 *    is restated on the current rules, once.
 * Attributed to the person who last worked on this computer, with the reason in each audit note;
 * on a file where nobody has worked yet there is nothing to keep.
 */
export function runDeadlineUpkeep(ctx: ApiContext): UpkeepResult | null {
  return ctx.db.transaction((tx) => {
    const author = lastUserId(tx);
    if (author === null) return null;
    const user = tx
      .select({ archivedAt: firmUsers.archivedAt })
      .from(firmUsers)
      .where(eq(firmUsers.id, author))
      .get();
    if (!user || user.archivedAt) return null;
    const writer = { actorId: author, at: ctx.now().toISOString() };
    let deadlinesRestated = 0;
    if (rulesVersion(tx) !== ctx.appVersion) {
      deadlinesRestated = reconcileOpenDeadlines(tx, writer);
      rememberRulesVersion(tx, ctx.appVersion);
    }
    return { deadlinesRestated, permitsCaughtUp: catchUpExpiredPermits(tx, writer) };
  });
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
    setImmediate(() => this.run());
    this.timer = setInterval(() => this.run(), this.everyMs);
    this.timer.unref?.();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  private run(): void {
    try {
      runDeadlineUpkeep(this.ctx);
    } catch (error) {
      this.onError(error);
    }
  }
}
