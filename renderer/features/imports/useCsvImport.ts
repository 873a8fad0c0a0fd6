import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import {
  type AppError,
  type ImportField,
  type ImportPreview,
  type ImportResult,
  suggestColumnMapping,
} from '../../../main/contract';
import { CallError, call } from '../../api/client';
import { type CsvProgress, type CsvSample, parseCsvInChunks, readCsvSample } from './parseCsvInChunks';

export interface LoadedFile {
  name: string;
  text: string;
  sample: CsvSample;
}

export type Columns = (ImportField | null)[];

/**
 * The import, step by step. Rows are staged by the main process (nothing reaches the client
 * tables) until commit, which imports in one transaction; cancel or leaving the page drops them.
 */
export type ImportStep =
  | {
      kind: 'choose';
      problem: 'imports.file.noHeader' | 'imports.file.unreadable' | 'imports.cancelled' | null;
    }
  | { kind: 'reading' }
  | { kind: 'map'; file: LoadedFile; columns: Columns; error: AppError | null }
  | { kind: 'sending'; file: LoadedFile; columns: Columns; progress: CsvProgress }
  | {
      kind: 'review';
      file: LoadedFile;
      batchId: number;
      preview: ImportPreview;
      /** What the file holds in each cell at fault, by errorCellKey: shown beside the problem. */
      errorValues: ReadonlyMap<string, string>;
      error: AppError | null;
    }
  | { kind: 'done'; result: ImportResult; enrolledInWindowId: number | null }
  | { kind: 'failed'; error: AppError };

export interface CommitChoice {
  mode: 'all-or-nothing' | 'valid-only';
  onDuplicate: 'skip-family' | 'import-anyway';
  enrolInWindowId: number | null;
}

/** Rows per imports.addRows call (the contract takes up to 1,000): a progress step every few hundred rows. */
const BATCH_SIZE = 500;
/** Errors and duplicates the review lists (the contract's maximum); the counts are always complete. */
const REVIEW_LIMIT = 1000;

export const errorCellKey = (rowNumber: number, field: string) => `${rowNumber}:${field}`;

const asAppError = (error: unknown): AppError =>
  error instanceof CallError
    ? error.error
    : { code: 'INTERNAL', message: error instanceof Error ? error.message : String(error) };

export function useCsvImport() {
  const queryClient = useQueryClient();
  const [step, setStep] = useState<ImportStep>({ kind: 'choose', problem: null });
  const batchRef = useRef<number | null>(null);
  const abortRef = useRef<AbortController | null>(null);

  const dropBatch = useCallback(async () => {
    abortRef.current?.abort(new Error('cancelled'));
    abortRef.current = null;
    const batchId = batchRef.current;
    batchRef.current = null;
    if (batchId !== null) await call('imports.cancel', { batchId });
  }, []);

  // Leaving the page mid-import drops the staged rows: they were never imported.
  useEffect(() => () => void dropBatch(), [dropBatch]);

  const chooseFile = useCallback(async (file: File) => {
    setStep({ kind: 'reading' });
    let text: string;
    try {
      text = await file.text();
    } catch {
      setStep({ kind: 'choose', problem: 'imports.file.unreadable' });
      return;
    }
    try {
      const sample = readCsvSample(text);
      const columns = suggestColumnMapping(sample.header);
      setStep({ kind: 'map', file: { name: file.name, text, sample }, columns, error: null });
    } catch {
      setStep({ kind: 'choose', problem: 'imports.file.noHeader' });
    }
  }, []);

  const check = useCallback(
    async (file: LoadedFile, columns: Columns) => {
      const begun = await call('imports.begin', { fileName: file.name, header: file.sample.header, columns });
      if (!begun.ok) {
        setStep({ kind: 'map', file, columns, error: begun.error });
        return;
      }
      const batchId = begun.value.batchId;
      batchRef.current = batchId;
      const abort = new AbortController();
      abortRef.current = abort;
      const columnCount = file.sample.header.length;
      const errorValues = new Map<string, string>();
      setStep({
        kind: 'sending',
        file,
        columns,
        progress: { rowsRead: 0, charsRead: 0, totalChars: file.text.length },
      });
      try {
        const { rowsRead } = await parseCsvInChunks(file.text, {
          delimiter: file.sample.delimiter,
          batchSize: BATCH_SIZE,
          signal: abort.signal,
          onBatch: async (rows, progress) => {
            // Cells past the header have no column to land in.
            const sent = await call('imports.addRows', {
              batchId,
              rows: rows.map((row) => ({ rowNumber: row.rowNumber, cells: row.cells.slice(0, columnCount) })),
            });
            if (!sent.ok) throw new CallError(sent.error);
            const byNumber = new Map(rows.map((row) => [row.rowNumber, row.cells]));
            for (const problem of sent.value.errors) {
              const index = columns.indexOf(problem.field as ImportField);
              const cells = byNumber.get(problem.rowNumber);
              if (index >= 0 && cells)
                errorValues.set(errorCellKey(problem.rowNumber, problem.field), cells[index] ?? '');
            }
            // Rows the main process has checked, and how far into the file the parser is.
            const checked = { ...progress, rowsRead: sent.value.rowsReceived };
            if (!abort.signal.aborted) setStep({ kind: 'sending', file, columns, progress: checked });
          },
        });
        if (abort.signal.aborted) return;
        if (rowsRead === 0) {
          await dropBatch();
          const empty: AppError = {
            code: 'VALIDATION',
            message: 'No rows.',
            fields: { _form: 'csvImport.errors.empty' },
          };
          setStep({ kind: 'map', file, columns, error: empty });
          return;
        }
        const preview = await call('imports.preview', { batchId, limit: REVIEW_LIMIT });
        if (!preview.ok) throw new CallError(preview.error);
        abortRef.current = null;
        setStep({ kind: 'review', file, batchId, preview: preview.value, errorValues, error: null });
      } catch (error) {
        if (abort.signal.aborted) return; // cancelled by the user: cancel() set the step
        await dropBatch();
        setStep({ kind: 'failed', error: asAppError(error) });
      }
    },
    [dropBatch],
  );

  const commit = useCallback(
    async (current: Extract<ImportStep, { kind: 'review' }>, choice: CommitChoice) => {
      const result = await call('imports.commit', { batchId: current.batchId, ...choice });
      if (!result.ok) {
        setStep({ ...current, error: result.error });
        return;
      }
      batchRef.current = null;
      // New clients, dependants, search entries and enrolments: every list reloads from the database.
      await queryClient.invalidateQueries();
      setStep({ kind: 'done', result: result.value, enrolledInWindowId: choice.enrolInWindowId });
    },
    [queryClient],
  );

  const cancel = useCallback(async () => {
    await dropBatch();
    setStep({ kind: 'choose', problem: 'imports.cancelled' });
  }, [dropBatch]);

  const setColumns = useCallback((columns: Columns) => {
    setStep((current) => (current.kind === 'map' ? { ...current, columns, error: null } : current));
  }, []);

  const restart = useCallback(() => setStep({ kind: 'choose', problem: null }), []);

  return { step, chooseFile, setColumns, check, commit, cancel, restart };
}
