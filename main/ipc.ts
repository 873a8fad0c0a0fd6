import { ipcMain } from 'electron';
import { channelNames, failure, IPC_PREFIX } from './contract';
import type { ApiContext } from './data-service/context';
import { dispatch } from './data-service/dispatch';
import { isTrustedFrameUrl } from './security/origin';

/** Registers the handler table: one ipcMain.handle per contract channel, all through dispatch(). */
export function registerIpc(ctx: ApiContext): void {
  for (const channel of channelNames) {
    ipcMain.handle(`${IPC_PREFIX}${channel}`, (event, payload: unknown) => {
      if (!isTrustedFrameUrl(event.senderFrame?.url)) {
        return failure('FORBIDDEN', 'Request refused: it did not come from the Caseport window.');
      }
      return dispatch(ctx, channel, payload);
    });
  }
}
