import type { ContractSpec } from '../shared/host/contract';
import { channelsOf } from '../shared/host/contract';
import type { Dispatch } from '../shared/host/dispatch';
import { fail, type Result } from '../shared/host/result';
import { isTrustedIpcSender } from './security';

/** What the IPC door reads from Electron's invoke event; IpcMainInvokeEvent fits it. */
export interface InvokeEventLike {
  readonly senderFrame: { readonly url: string; readonly parent: unknown } | null;
}

/** The one ipcMain method used here, so the door is unit-tested without Electron. */
export interface IpcMainLike {
  handle(
    channel: string,
    listener: (event: InvokeEventLike, input: unknown) => Promise<Result<unknown>>,
  ): void;
}

/**
 * Main's IPC door: one handler per contract channel (`area:verb`), never a generic one. The sender is
 * checked first — the app's own page in the main frame — and only then does the shared dispatcher
 * validate the input with zod and run the call.
 */
export function registerHostIpc(ipcMain: IpcMainLike, contract: ContractSpec, dispatch: Dispatch): void {
  for (const { channel } of channelsOf(contract)) {
    ipcMain.handle(channel, async (event, input) => {
      const frame = event.senderFrame;
      if (frame === null || !isTrustedIpcSender(frame.url, frame.parent === null)) {
        return fail('forbidden', 'foreignOrigin');
      }
      return dispatch(channel, input);
    });
  }
}
