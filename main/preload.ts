import { contextBridge, ipcRenderer } from 'electron';
import {
  type BridgeEventName,
  bridgeEventNames,
  type CaseportBridge,
  IPC_PREFIX,
  isChannelName,
} from './contract/channels';

// The page gets exactly two functions: invoke a contract channel, and listen to a named event
// (only the listed ones; the listener sees the payload, never the IPC event). No ipcRenderer, no Node.
const bridge = {
  invoke(channel: string, payload?: unknown): Promise<unknown> {
    if (!isChannelName(channel)) {
      return Promise.resolve({
        ok: false,
        error: { code: 'UNKNOWN_CHANNEL', message: `Unknown channel: ${channel}` },
      });
    }
    return ipcRenderer.invoke(`${IPC_PREFIX}${channel}`, payload);
  },
  on(event: BridgeEventName, listener: (payload: unknown) => void): () => void {
    if (!bridgeEventNames.includes(event)) return () => {};
    const wrapped = (_event: unknown, payload: unknown) => listener(payload);
    ipcRenderer.on(`${IPC_PREFIX}event:${event}`, wrapped);
    return () => {
      ipcRenderer.removeListener(`${IPC_PREFIX}event:${event}`, wrapped);
    };
  },
} satisfies CaseportBridge;

contextBridge.exposeInMainWorld('caseport', Object.freeze(bridge));
