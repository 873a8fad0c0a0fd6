/**
 * CSV that opens cleanly in Excel on Windows and cannot run as a formula: a UTF-8 byte-order
 * mark (without it Excel reads "Álvarez" as "Ã\u0081lvarez"), CRLF line ends, every field quoted
 * when it holds a quote, comma or line break, and a cell starting with = + - @ tab or CR prefixed
 * with an apostrophe (OWASP "CSV injection"), as spreadsheets would otherwise evaluate it.
 * Pure: the renderer builds exports with it, in the reader's language.
 */
export const CSV_BOM = '\uFEFF';

/** A cell a spreadsheet would run as a formula; tested on the whole cell, line breaks and all. */
export const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvText(
  header: readonly string[],
  rows: readonly (readonly (string | number | null)[])[],
): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(','));
  return `${CSV_BOM}${lines.join('\r\n')}\r\n`;
}
