/** Upper case without spaces or dashes: how passport and file numbers are compared. */
export function compactNumber(value: string): string {
  return value.toUpperCase().replace(/[\s-]+/g, '');
}

/** The FTS rowid of a person: principals even, dependants odd, so each has exactly one row. */
export function searchRowId(person: { clientId: number; dependantId: number | null }): number {
  return person.dependantId === null ? person.clientId * 2 : person.dependantId * 2 + 1;
}

export function personFromRowId(rowid: number): { kind: 'client' | 'dependant'; id: number } {
  return rowid % 2 === 0 ? { kind: 'client', id: rowid / 2 } : { kind: 'dependant', id: (rowid - 1) / 2 };
}
