import {
  archiveDependant,
  createDependant,
  findDependantRow,
  updateDependant,
} from '../../db/dependants/queries';
import { notFound } from '../../db/errors';
import { findDuplicates } from '../../db/people/duplicates';
import type { Dependant, ParsedInput } from '../contract';
import { guardDuplicates } from './clients';
import type { ApiContext } from './context';
import { write } from './writer';

export function createDependantHandler(
  ctx: ApiContext,
  { clientId, acknowledgeDuplicates, ...values }: ParsedInput<'dependants.create'>,
): Dependant {
  return write(ctx, (tx, writer) => {
    guardDuplicates(findDuplicates(tx, values), acknowledgeDuplicates);
    return createDependant(tx, writer, clientId, values);
  });
}

export function updateDependantHandler(
  ctx: ApiContext,
  { id, version, ...patch }: ParsedInput<'dependants.update'>,
): Dependant {
  return write(ctx, (tx, writer) => updateDependant(tx, writer, id, version, patch));
}

export function archiveDependantHandler(
  ctx: ApiContext,
  { id, version, reason }: ParsedInput<'dependants.archive'>,
): Dependant {
  return write(ctx, (tx, writer) => archiveDependant(tx, writer, id, version, reason));
}

export function markVerifiedHandler(
  ctx: ApiContext,
  { id, version, verifiedOn }: ParsedInput<'dependants.markVerified'>,
): Dependant {
  return write(ctx, (tx, writer) => {
    if (!findDependantRow(tx, id)) throw notFound('Dependant', id);
    return updateDependant(tx, writer, id, version, { lastVerifiedOn: verifiedOn });
  });
}
