import { ipcMain } from 'electron';
import { channelNames, IPC_PREFIX } from './contract/channels';
import { failure } from './contract/envelope';
import type { ServiceConnection } from './data-service/connection';
import { isTrustedFrameUrl } from './security/origin';

/**
 * Registers the handler table: one ipcMain.handle per contract channel. The main process only
 * checks the sender and forwards the request to the data-service worker, which validates it with
 * the contract's schema and runs it (so a slow import never freezes menus or the window).
 */
export function registerIpc(service: ServiceConnection): void {
  for (const channel of channelNames) {
    ipcMain.handle(`${IPC_PREFIX}${channel}`, (event, payload: unknown) => {
      if (!isTrustedFrameUrl(event.senderFrame?.url)) {
        return failure('FORBIDDEN', 'Request refused: it did not come from the Caseport window.');
      }
      return service.invoke(channel, payload);
    });
  }
}
