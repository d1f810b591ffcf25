import { createHostHandlers } from '../../../main/handlers';
import { createDispatcher } from '../../../shared/host/dispatch';
import { hostContract } from '../../../shared/host-api';

/** Main's real handlers over `dataDir`, behind the dispatcher both transports use (as the web host would). */
export function hostDispatcher(dataDir: string) {
  return createDispatcher(
    hostContract,
    createHostHandlers({
      info: {
        name: 'Bình An',
        version: '1',
        transport: 'web',
        dataDir,
        platform: 'linux',
        electronBinaryPresent: false,
      },
      openExternal: async () => {},
    }),
  );
}
