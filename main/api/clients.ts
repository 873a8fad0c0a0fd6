import {
  type ClientRow,
  findClient,
  insertClient,
  listClients,
  updateClient,
} from '../../db/clients/queries';
import type { Client, ClientPage, ParsedInput } from '../contract';
import { type ApiContext, ApiFailure } from './context';

function toClient(row: ClientRow): Client {
  return {
    id: row.id,
    givenNames: row.givenNames,
    familyName: row.familyName,
    dateOfBirth: row.dateOfBirth,
    citizenships: row.citizenships,
    email: row.email,
    phone: row.phone,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    version: row.version,
  };
}

export function listClientsHandler(ctx: ApiContext, input: ParsedInput<'clients.list'>): ClientPage {
  // One read transaction so the page and the total describe the same moment.
  return ctx.db.transaction((tx) => {
    const { rows, total } = listClients(tx, input);
    return { items: rows.map(toClient), total };
  });
}

export function getClientHandler(ctx: ApiContext, { id }: ParsedInput<'clients.get'>): Client {
  const row = findClient(ctx.db, id);
  if (!row) throw new ApiFailure('NOT_FOUND', `Client ${id} does not exist.`);
  return toClient(row);
}

export function createClientHandler(ctx: ApiContext, input: ParsedInput<'clients.create'>): Client {
  return ctx.db.transaction((tx) => toClient(insertClient(tx, input, ctx.now())));
}

export function updateClientHandler(ctx: ApiContext, input: ParsedInput<'clients.update'>): Client {
  const { id, version, ...values } = input;
  return ctx.db.transaction((tx) => {
    const row = updateClient(tx, id, version, values, ctx.now());
    if (row) return toClient(row);
    if (!findClient(tx, id)) throw new ApiFailure('NOT_FOUND', `Client ${id} does not exist.`);
    throw new ApiFailure('CONFLICT', `Client ${id} was changed by someone else since it was opened.`);
  });
}
