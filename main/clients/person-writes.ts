import { type ClientValues, createClient, loadClient, updateClient } from '../../db/clients/queries';
import {
  createDependant,
  type DependantValues,
  loadDependant,
  updateDependant,
} from '../../db/dependants/queries';
import type { CaseportDb } from '../../db/open';
import type { Writer } from '../../db/writer';
import type { Client, Dependant } from '../contract';
import { syncStatusDeadlines } from '../deadlines/status-deadlines';

/**
 * Saving a person is where a status becomes a deadline: db/ stores the person, passports and
 * statuses; then, in the same transaction, the deadline rules turn permit and stay end dates into
 * "file the extension by" deadlines (main/deadlines/status-deadlines.ts). Every path that saves
 * a person's statuses (forms, intake, import) goes through here, so none can skip the rules.
 */

export function createClientWithDeadlines(db: CaseportDb, writer: Writer, values: ClientValues): Client {
  const client = createClient(db, writer, values);
  if (!values.statuses?.length) return client;
  syncStatusDeadlines(db, writer, { clientId: client.id, dependantId: null });
  return loadClient(db, client.id);
}

export function updateClientWithDeadlines(
  db: CaseportDb,
  writer: Writer,
  id: number,
  version: number,
  patch: Partial<ClientValues>,
): Client {
  const client = updateClient(db, writer, id, version, patch);
  // A passport bounds the authorized stay and warns about permits, so it counts too.
  if (!patch.statuses && !patch.passports) return client;
  syncStatusDeadlines(db, writer, { clientId: id, dependantId: null });
  return loadClient(db, id);
}

export function createDependantWithDeadlines(
  db: CaseportDb,
  writer: Writer,
  clientId: number,
  values: DependantValues,
): Dependant {
  const dependant = createDependant(db, writer, clientId, values);
  if (!values.statuses?.length) return dependant;
  syncStatusDeadlines(db, writer, { clientId, dependantId: dependant.id });
  return loadDependant(db, dependant.id);
}

export function updateDependantWithDeadlines(
  db: CaseportDb,
  writer: Writer,
  id: number,
  version: number,
  patch: Partial<DependantValues>,
): Dependant {
  const dependant = updateDependant(db, writer, id, version, patch);
  // A passport bounds the authorized stay and warns about permits, so it counts too.
  if (!patch.statuses && !patch.passports) return dependant;
  syncStatusDeadlines(db, writer, { clientId: dependant.clientId, dependantId: id });
  return loadDependant(db, id);
}
