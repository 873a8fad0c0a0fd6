import type { ChannelName, ChannelOutput, ParsedInput } from '../contract';
import { createClientHandler, getClientHandler, listClientsHandler, updateClientHandler } from './clients';
import type { ApiContext } from './context';

export type Handler<K extends ChannelName> = (
  ctx: ApiContext,
  input: ParsedInput<K>,
) => ChannelOutput<K> | Promise<ChannelOutput<K>>;

export type HandlerTable = { [K in ChannelName]: Handler<K> };

/**
 * The one handler table. Electron's ipc.ts and the browser preview both serve exactly this,
 * so what the e2e tests exercise is what the desktop app runs.
 */
export const handlers: HandlerTable = {
  'app.info': (ctx) => ({
    appVersion: ctx.appVersion,
    schemaVersion: ctx.schemaVersion,
    dataDir: ctx.dataDir,
  }),
  'clients.list': listClientsHandler,
  'clients.get': getClientHandler,
  'clients.create': createClientHandler,
  'clients.update': updateClientHandler,
};
