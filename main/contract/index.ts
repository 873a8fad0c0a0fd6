import type { z } from 'zod';
import { type AppInfo, appInfoInput } from './app';
import type { ChannelName } from './channels';
import {
  type Client,
  type ClientPage,
  createClientInput,
  getClientInput,
  listClientsInput,
  updateClientInput,
} from './clients';

export * from './app';
export * from './channels';
export * from './clients';
export * from './envelope';
export { V } from './validation';

/** Pairs an input schema with the output type, which exists only for the compiler. */
function channel<Output>() {
  return <Input extends z.ZodType>(input: Input) => ({ input, output: undefined as unknown as Output });
}

/**
 * THE contract between renderer and main: channel -> input schema -> output type.
 * Renaming a channel here is a compile error in the handler table and in every caller.
 */
export const contract = {
  'app.info': channel<AppInfo>()(appInfoInput),
  'clients.list': channel<ClientPage>()(listClientsInput),
  'clients.get': channel<Client>()(getClientInput),
  'clients.create': channel<Client>()(createClientInput),
  'clients.update': channel<Client>()(updateClientInput),
} satisfies Record<ChannelName, { input: z.ZodType; output: unknown }>;

// The reverse check: the contract may not grow a channel the name list (and so the preload) lacks.
type ExtraChannels = Exclude<keyof typeof contract, ChannelName>;
const noExtraChannels: ExtraChannels extends never ? true : never = true;
void noExtraChannels;

export type Contract = typeof contract;
/** What a caller passes (form values, before defaults and trimming). */
export type ChannelInput<K extends ChannelName> = z.input<Contract[K]['input']>;
/** What a handler receives (after parsing). */
export type ParsedInput<K extends ChannelName> = z.output<Contract[K]['input']>;
export type ChannelOutput<K extends ChannelName> = Contract[K]['output'];
