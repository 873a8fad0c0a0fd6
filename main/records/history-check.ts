import { findAuditChainBreak } from '../../db/audit/chain';
import { connectionOf } from '../../db/open';
import type { HistoryCheck } from '../contract';
import type { ApiContext } from '../data-service/context';
import { read } from '../data-service/transaction';

/**
 * audit.checkHistory: walks the whole audit trail's hash chain in one read snapshot. It reads
 * every entry, so the data service runs it on its background worker (LONG_CHANNELS); the
 * primary keeps the latest result for app.status and the warning banner.
 */
export function checkHistoryHandler(ctx: ApiContext): HistoryCheck {
  // The raw connection, inside read()'s transaction: one snapshot from first entry to last.
  return read(ctx, () => {
    const sqlite = connectionOf(ctx.db);
    const { brokenAt, entries } = findAuditChainBreak(sqlite);
    const checkedAt = ctx.now().toISOString();
    if (brokenAt !== null) return { state: 'altered', checkedAt, entryId: brokenAt };
    return { state: 'intact', checkedAt, entries };
  });
}
