import { archiveDependant, findDependantRow } from '../../db/dependants/queries';
import { notFound } from '../../db/errors';
import { findDuplicates } from '../../db/people/duplicates';
import type { Dependant, ParsedInput } from '../contract';
import type { ApiContext } from '../data-service/context';
import { write } from '../data-service/transaction';
import { guardDuplicates } from './clients';
import { assertFileOpen, assertRecordFileOpen } from './closed-file';
import { createDependantWithDeadlines, updateDependantWithDeadlines } from './person-writes';

export function createDependantHandler(
  ctx: ApiContext,
  { clientId, acknowledgeDuplicates, ...values }: ParsedInput<'dependants.create'>,
): Dependant {
  return write(ctx, (tx, writer) => {
    assertFileOpen(tx, clientId);
    guardDuplicates(findDuplicates(tx, values), acknowledgeDuplicates);
    return createDependantWithDeadlines(tx, writer, clientId, values);
  });
}

export function updateDependantHandler(
  ctx: ApiContext,
  { id, version, ...patch }: ParsedInput<'dependants.update'>,
): Dependant {
  return write(ctx, (tx, writer) => {
    assertRecordFileOpen(tx, 'dependant', id);
    return updateDependantWithDeadlines(tx, writer, id, version, patch);
  });
}

export function archiveDependantHandler(
  ctx: ApiContext,
  { id, version, reason }: ParsedInput<'dependants.archive'>,
): Dependant {
  return write(ctx, (tx, writer) => {
    assertRecordFileOpen(tx, 'dependant', id);
    return archiveDependant(tx, writer, id, version, reason);
  });
}

export function markVerifiedHandler(
  ctx: ApiContext,
  { id, version, verifiedOn }: ParsedInput<'dependants.markVerified'>,
): Dependant {
  return write(ctx, (tx, writer) => {
    if (!findDependantRow(tx, id)) throw notFound('Dependant', id);
    assertRecordFileOpen(tx, 'dependant', id);
    return updateDependantWithDeadlines(tx, writer, id, version, { lastVerifiedOn: verifiedOn });
  });
}
