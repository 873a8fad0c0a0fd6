import { findAuditChainBreak } from '../../db/audit/chain';
import { connectionOf } from '../../db/open';
import type { DataCheck } from '../contract';
import type { ApiContext } from '../data-service/context';
import { read } from '../data-service/transaction';

/**
 * app.checkData: SQLite's quick_check over every page of the file, then the change history's
 * hash chain from first entry to last, in one read snapshot. It reads the whole file, so the
 * data service runs it on its background worker (LONG_CHANNELS); the primary keeps the latest
 * result for app.status, the warning banner and Settings.
 */
export function checkDataHandler(ctx: ApiContext): DataCheck {
  // The raw connection, inside read()'s transaction: both checks see the same snapshot.
  return read(ctx, () => {
    const sqlite = connectionOf(ctx.db);
    const pages = sqlite.pragma('quick_check(1)', { simple: true });
    const checkedAt = ctx.now().toISOString();
    if (pages !== 'ok') return { state: 'damaged', checkedAt, detail: String(pages).slice(0, 200) };
    const { brokenAt, entries } = findAuditChainBreak(sqlite);
    if (brokenAt !== null) return { state: 'altered', checkedAt, entryId: brokenAt };
    return { state: 'sound', checkedAt, entries };
  });
}
