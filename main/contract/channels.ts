/**
 * The names of every channel, with no schema attached: the preload imports only this list
 * (it must stay tiny), and the contract is checked to cover exactly these names.
 */
export const channelNames = [
  'app.info',
  'clients.list',
  'clients.get',
  'clients.create',
  'clients.update',
] as const;

export type ChannelName = (typeof channelNames)[number];

export function isChannelName(value: unknown): value is ChannelName {
  return typeof value === 'string' && (channelNames as readonly string[]).includes(value);
}

/** Electron IPC channel for a contract channel; the prefix keeps ours apart from Electron's own. */
export const IPC_PREFIX = 'caseport:';

/** What the preload exposes as `window.caseport`, and nothing more. */
export interface CaseportBridge {
  invoke(channel: string, payload?: unknown): Promise<unknown>;
}
