import { familyApplications } from '../../db/applications/queries';
import { deleteClientAfterRetention } from '../../db/clients/delete';
import { listClients, loadClient, setClientArchived } from '../../db/clients/queries';
import { familyDeadlines } from '../../db/deadlines/queries';
import { familyDependants } from '../../db/dependants/queries';
import { familyDocuments } from '../../db/people/documents';
import { findDuplicates } from '../../db/people/duplicates';
import { readSettings } from '../../db/users/queries';
import { forgetEverywhere, markDeletionInData } from '../backups/forget';
import { requireLawyer } from '../backups/roles';
import type { Client, ClientPage, DeletionResult, DuplicateMatch, Family, ParsedInput } from '../contract';
import { calendarDateIn } from '../contract/dates';
import { type ApiContext, ApiFailure } from '../data-service/context';
import { read, write } from '../data-service/transaction';
import { bringReopenedFamilyUpToDate } from '../deadlines/recompute';
import { assertFileOpen } from './closed-file';
import { createClientWithDeadlines, updateClientWithDeadlines } from './person-writes';
import { keepUntil, retainUntilDate } from './retention';

export function listClientsHandler(ctx: ApiContext, input: ParsedInput<'clients.list'>): ClientPage {
  return read(ctx, (tx) =>
    listClients(tx, { ...input, today: calendarDateIn(readSettings(tx).timeZone, ctx.now()) }),
  );
}

export function getClientHandler(ctx: ApiContext, { id }: ParsedInput<'clients.get'>): Client {
  return read(ctx, (tx) => loadClient(tx, id));
}

/** The whole family in one snapshot: what the family page shows. */
export function familyHandler(ctx: ApiContext, { id }: ParsedInput<'clients.family'>): Family {
  return read(ctx, (tx) => {
    const client = loadClient(tx, id);
    return {
      client,
      dependants: familyDependants(tx, id, familyDocuments(tx, id)),
      applications: familyApplications(tx, id),
      deadlines: familyDeadlines(tx, id),
    };
  });
}

/** Refuses (DUPLICATE) when the person looks already on file, unless the user acknowledged it. */
export function guardDuplicates(duplicates: DuplicateMatch[], acknowledged: boolean): void {
  if (duplicates.length > 0 && !acknowledged) {
    throw new ApiFailure('DUPLICATE', 'This person may already be on file.', undefined, duplicates);
  }
}

export function createClientHandler(
  ctx: ApiContext,
  { acknowledgeDuplicates, ...values }: ParsedInput<'clients.create'>,
): Client {
  return write(ctx, (tx, writer) => {
    guardDuplicates(findDuplicates(tx, values), acknowledgeDuplicates);
    return createClientWithDeadlines(tx, writer, values);
  });
}

export function updateClientHandler(
  ctx: ApiContext,
  { id, version, ...patch }: ParsedInput<'clients.update'>,
): Client {
  return write(ctx, (tx, writer) => {
    assertFileOpen(tx, id);
    return updateClientWithDeadlines(tx, writer, id, version, patch);
  });
}

export function archiveClientHandler(
  ctx: ApiContext,
  { id, version, reason }: ParsedInput<'clients.archive'>,
): Client {
  return write(ctx, (tx, writer) => {
    // Closing again would rewrite the reason of a file that is already the closed record.
    assertFileOpen(tx, id);
    // Fixed now, on today's setting: changing the setting later moves no closed file.
    const { timeZone, retentionYears } = readSettings(tx);
    const retainUntil = retainUntilDate(calendarDateIn(timeZone, new Date(writer.at)), retentionYears);
    return setClientArchived(tx, writer, id, version, { reason, retainUntil });
  });
}

export function unarchiveClientHandler(
  ctx: ApiContext,
  { id, version }: ParsedInput<'clients.unarchive'>,
): Client {
  return write(ctx, (tx, writer) => {
    const reopened = setClientArchived(tx, writer, id, version, null);
    // Upkeep left the closed file alone; what it missed meanwhile happens now, audited.
    return bringReopenedFamilyUpToDate(tx, writer, id) > 0 ? loadClient(tx, id) : reopened;
  });
}

/** Deletion after retention is the lawyer's, and forgets the family everywhere Caseport wrote it. */
export async function deleteClientHandler(
  ctx: ApiContext,
  input: ParsedInput<'clients.delete'>,
): Promise<DeletionResult> {
  requireLawyer(ctx, 'delete a file');
  write(ctx, (tx, writer) => {
    const { timeZone } = readSettings(tx);
    deleteClientAfterRetention(tx, writer, input, {
      today: calendarDateIn(timeZone, new Date(writer.at)),
      keepUntil: (closed) => keepUntil(closed, timeZone),
    });
    // Every backup made up to now holds the family: recorded with the deletion itself.
    markDeletionInData(ctx, writer.at);
  });
  const { unreachableFolders } = await forgetEverywhere(ctx);
  return { deleted: true, unreachableBackupFolders: unreachableFolders };
}

export function findDuplicatesHandler(
  ctx: ApiContext,
  input: ParsedInput<'people.findDuplicates'>,
): DuplicateMatch[] {
  return read(ctx, (tx) => findDuplicates(tx, input));
}
