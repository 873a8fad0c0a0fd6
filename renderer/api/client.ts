import type {
  AppError,
  CaseportBridge,
  ChannelInput,
  ChannelName,
  ChannelOutput,
  Envelope,
} from '../../main/contract';

declare global {
  interface Window {
    /** Set by Electron's preload, or by the browser preview's bridge script. */
    caseport?: CaseportBridge;
  }
}

/** Thrown into React Query when a call fails, carrying the envelope's error for the UI. */
export class CallError extends Error {
  constructor(readonly error: AppError) {
    super(error.message);
    this.name = 'CallError';
  }
}

/** Calls a contract channel; never throws: transport failures become an envelope too. */
export async function call<K extends ChannelName>(
  channel: K,
  input: ChannelInput<K>,
): Promise<Envelope<ChannelOutput<K>>> {
  const bridge = window.caseport;
  if (!bridge) return { ok: false, error: { code: 'INTERNAL', message: 'No Caseport bridge on this page.' } };
  try {
    return (await bridge.invoke(channel, input)) as Envelope<ChannelOutput<K>>;
  } catch (error) {
    return {
      ok: false,
      error: { code: 'INTERNAL', message: error instanceof Error ? error.message : String(error) },
    };
  }
}

/** For queries: the value, or a CallError. */
export async function fetchValue<K extends ChannelName>(
  channel: K,
  input: ChannelInput<K>,
): Promise<ChannelOutput<K>> {
  const result = await call(channel, input);
  if (!result.ok) throw new CallError(result.error);
  return result.value;
}
