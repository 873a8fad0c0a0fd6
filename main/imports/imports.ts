import { addImportRows, beginImport, cancelImport, dropAbandonedImports } from '../../db/imports/staging';
import {
  type ImportBatch,
  type ImportPreview,
  type ImportResult,
  type ImportRowsResult,
  type ParsedInput,
  suggestColumnMapping,
} from '../contract';
import type { ApiContext } from '../data-service/context';
import { read, write } from '../data-service/transaction';
import { commitImport, previewImport } from './commit';

/** Staging writes go through write() too: they need an author, and a batch lands whole or not at all. */
export function beginImportHandler(ctx: ApiContext, input: ParsedInput<'imports.begin'>): ImportBatch {
  return write(ctx, (tx, writer) =>
    beginImport(tx, writer, {
      fileName: input.fileName,
      header: input.header,
      columns: input.columns ?? suggestColumnMapping(input.header),
    }),
  );
}

export function addImportRowsHandler(
  ctx: ApiContext,
  input: ParsedInput<'imports.addRows'>,
): ImportRowsResult {
  return write(ctx, (tx) => addImportRows(tx, input.batchId, input.rows));
}

export function previewImportHandler(ctx: ApiContext, input: ParsedInput<'imports.preview'>): ImportPreview {
  return read(ctx, (tx) => previewImport(tx, input.batchId, input.limit));
}

export function commitImportHandler(ctx: ApiContext, input: ParsedInput<'imports.commit'>): ImportResult {
  const progress = ctx.reportProgress;
  return write(ctx, (tx, writer) =>
    commitImport(
      tx,
      writer,
      input,
      progress && ((done, total) => progress({ channel: 'imports.commit', phase: 'families', done, total })),
    ),
  );
}

export function cancelImportHandler(
  ctx: ApiContext,
  input: ParsedInput<'imports.cancel'>,
): { cancelled: true } {
  return write(ctx, (tx) => {
    cancelImport(tx, input.batchId);
    return { cancelled: true };
  });
}

/**
 * At every start of the app: imports left half-way more than a day ago are scratch holding whole
 * rows of personal data; they go, so they neither linger in the file nor ride into backups.
 */
export function dropAbandonedImportsAtStart(ctx: ApiContext): void {
  ctx.db.transaction((tx) => dropAbandonedImports(tx, ctx.now().toISOString()));
}
