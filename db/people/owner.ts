import { and, eq, isNull, type SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';

/** A person in a family: the principal (dependantId null) or one dependant. */
export interface PersonRef {
  clientId: number;
  dependantId: number | null;
}

/** WHERE clause selecting rows that belong to exactly this person. */
export function ownedBy(
  columns: { clientId: SQLiteColumn; dependantId: SQLiteColumn },
  owner: PersonRef,
): SQL {
  return owner.dependantId === null
    ? (and(eq(columns.clientId, owner.clientId), isNull(columns.dependantId)) as SQL)
    : (and(eq(columns.clientId, owner.clientId), eq(columns.dependantId, owner.dependantId)) as SQL);
}

export function personKey(owner: PersonRef): string {
  return owner.dependantId === null ? `c${owner.clientId}` : `d${owner.dependantId}`;
}
