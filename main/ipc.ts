import { ipcMain } from 'electron';
import type { ApiContext } from './api/context';
import { dispatch } from './api/dispatch';
import { channelNames, failure, IPC_PREFIX } from './contract';
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
