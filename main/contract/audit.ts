import { z } from 'zod';
import { isoDate, optionalText, recordId } from './validation';

export const listAuditInput = z.strictObject({
  clientId: recordId.optional(),
  entity: optionalText(60).optional(),
  entityId: recordId.optional(),
  /** Newest first; pass the last id seen to get the next page. */
  beforeId: recordId.optional(),
  limit: z.number().int().min(1).max(500).default(100),
});

export const exportAuditInput = z.strictObject({
  clientId: recordId.optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
});

export interface AuditEntry {
  id: number;
  at: string;
  userId: number | null;
  userName: string;
  entity: string;
  entityId: number;
  clientId: number | null;
  action: string;
  changes: Record<string, unknown>;
  note: string;
}

export interface AuditExport {
  fileName: string;
  csv: string;
  rows: number;
}
