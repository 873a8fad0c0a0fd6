import { contextBridge, ipcRenderer } from 'electron';
import { type CaseportBridge, IPC_PREFIX, isChannelName } from './contract/channels';

// The page gets exactly one function. No ipcRenderer, no Node, no event emitters.
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
} satisfies CaseportBridge;

contextBridge.exposeInMainWorld('caseport', Object.freeze(bridge));
