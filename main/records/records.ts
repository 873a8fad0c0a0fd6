import { auditCsv, listAudit } from '../../db/audit/queries';
import { searchPeople } from '../../db/search/queries';
import type { AuditEntry, AuditExport, ParsedInput, SearchPage } from '../contract';
import type { ApiContext } from '../data-service/context';
import { read } from '../data-service/transaction';

export function searchHandler(
  ctx: ApiContext,
  { text, limit, offset }: ParsedInput<'search.query'>,
): SearchPage {
  return read(ctx, (tx) => searchPeople(tx, text, limit, offset));
}

export function listAuditHandler(
  ctx: ApiContext,
  { limit, ...query }: ParsedInput<'audit.list'>,
): AuditEntry[] {
  return read(ctx, (tx) => listAudit(tx, query, limit));
}

/** The trail as CSV; the renderer saves it where the user chooses. */
export function exportAuditHandler(ctx: ApiContext, input: ParsedInput<'audit.exportCsv'>): AuditExport {
  const stamp = ctx.now().toISOString().slice(0, 10);
  const scope = input.clientId === undefined ? 'firm' : `client-${input.clientId}`;
  return read(ctx, (tx) => ({ fileName: `caseport-audit-${scope}-${stamp}.csv`, ...auditCsv(tx, input) }));
}
