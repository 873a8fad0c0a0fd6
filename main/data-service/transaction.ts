import { eq } from 'drizzle-orm';
import type { CaseportDb } from '../../db/open';
import { firmUsers } from '../../db/schema';
import type { Writer } from '../../db/writer';
import { type ApiContext, ApiFailure } from './context';

/**
 * Runs a change in ONE transaction with its author: the chosen user must exist and be active,
 * otherwise nothing is written. Every write handler goes through here.
 */
export function write<T>(ctx: ApiContext, change: (tx: CaseportDb, writer: Writer) => T): T {
  const userId = ctx.session.userId;
  if (userId === null) throw new ApiFailure('USER_REQUIRED', 'Choose who is working before making changes.');
  return ctx.db.transaction((tx) => {
    const user = tx
      .select({ archivedAt: firmUsers.archivedAt })
      .from(firmUsers)
      .where(eq(firmUsers.id, userId))
      .get();
    if (!user || user.archivedAt)
      throw new ApiFailure('USER_REQUIRED', 'The person chosen as working is no longer active.');
    return change(tx, { actorId: userId, at: ctx.now().toISOString() });
  });
}

/** A consistent read of several queries (one snapshot). */
export function read<T>(ctx: ApiContext, query: (tx: CaseportDb) => T): T {
  return ctx.db.transaction((tx) => query(tx));
}
