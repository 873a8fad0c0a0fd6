/// <reference path="./papaparse.d.ts" />
import Papa, { type ParseResult, type Parser } from 'papaparse/papaparse.js';

/** One person row as the contract takes it: numbered as a spreadsheet shows it (header = row 1). */
export interface CsvRow {
  rowNumber: number;
  cells: string[];
}

export interface CsvSample {
  header: string[];
  /** The first rows after the header, blank lines left out. */
  rows: CsvRow[];
  /** As detected in the sample; the full read uses the same, so both agree on the columns. */
  delimiter: string;
}

export interface CsvProgress {
  /** Person rows read so far (blank lines not counted). */
  rowsRead: number;
  /** Characters of the file read, and the file's length: the progress bar's value and max. */
  charsRead: number;
  totalChars: number;
}

const isBlank = (cells: readonly string[]) => cells.every((cell) => cell.trim() === '');

const stripBom = (text: string) => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

/** Lets the browser paint and take input between chunks: the page never freezes on a big file. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The header and the first few rows, for the column mapping. Parses only the start of the
 * text. Throws when the file has no header line at all.
 */
export function readCsvSample(text: string, rowCount = 5): CsvSample {
  const source = stripBom(text);
  // Papa guesses the delimiter (comma, semicolon, tab...) best with blank lines left out.
  const { delimiter } = Papa.parse<string[]>(source, { preview: 20, skipEmptyLines: 'greedy' }).meta;
  const parsed = Papa.parse<string[]>(source, {
    delimiter,
    preview: rowCount * 4 + 1,
    skipEmptyLines: false,
  });
  const [first, ...rest] = parsed.data;
  if (!first || isBlank(first)) throw new Error('The file has no header line.');
  const rows: CsvRow[] = [];
  rest.forEach((cells, index) => {
    if (rows.length < rowCount && !isBlank(cells)) rows.push({ rowNumber: index + 2, cells });
  });
  return { header: first.map((cell) => cell.trim()), rows, delimiter };
}

export interface ParseOptions {
  delimiter: string;
  /** Rows per batch handed to onBatch (the contract takes at most 1,000). */
  batchSize: number;
  /** Characters parsed at a time before yielding to the event loop. */
  chunkSize?: number;
  /** Called with each full batch and once with the remainder; parsing waits for it. */
  onBatch: (rows: CsvRow[], progress: CsvProgress) => Promise<void>;
  signal?: AbortSignal;
}

/**
 * Reads every row after the header in chunks, pausing the parser while each batch is handled,
 * so at most one chunk and one batch are in memory beyond the text and the page stays
 * responsive. Row numbers count every line a spreadsheet would show, blank ones included
 * (blank rows are not sent). Resolves with the number of rows sent.
 */
export function parseCsvInChunks(text: string, options: ParseOptions): Promise<{ rowsRead: number }> {
  const source = stripBom(text);
  const { batchSize, onBatch, signal } = options;
  let recordNumber = 0; // spreadsheet row of the last record parsed
  let rowsRead = 0;
  let charsRead = 0;
  let pending: CsvRow[] = [];
  const progress = (): CsvProgress => ({ rowsRead, charsRead, totalChars: source.length });

  return new Promise((resolve, reject) => {
    let failed = false;
    const fail = (error: unknown, parser?: Parser) => {
      failed = true;
      parser?.abort();
      reject(error);
    };
    const flush = async (all: boolean) => {
      while (pending.length >= batchSize || (all && pending.length > 0)) {
        const batch = pending.slice(0, batchSize);
        pending = pending.slice(batchSize);
        await onBatch(batch, progress());
      }
    };
    if (signal?.aborted) return reject(signal.reason);

    Papa.parse<string[]>(source, {
      header: false,
      delimiter: options.delimiter,
      skipEmptyLines: false,
      chunkSize: options.chunkSize ?? 64 * 1024,
      chunk: (results: ParseResult<string[]>, parser: Parser) => {
        for (const cells of results.data) {
          recordNumber += 1;
          if (recordNumber === 1 || isBlank(cells)) continue;
          rowsRead += 1;
          pending.push({ rowNumber: recordNumber, cells });
        }
        charsRead = Math.min(results.meta.cursor, source.length);
        parser.pause();
        flush(false)
          .then(nextTask)
          .then(() => {
            if (signal?.aborted) fail(signal.reason, parser);
            else parser.resume();
          })
          .catch((error: unknown) => fail(error, parser));
      },
      complete: () => {
        if (failed) return;
        charsRead = source.length;
        flush(true)
          .then(() => resolve({ rowsRead }))
          .catch(reject);
      },
      error: (error: Error) => fail(error),
    });
  });
}
