import type { AppInfo } from '../shared/app/app-contract';
import type { HostHandlers } from '../shared/host-api';
import { createAppHandlers, type ExternalOpener } from './services/app-service';

/** What a transport provides so the services can run: the place for files and the Electron-only needs. */
export interface HostDeps {
  info: AppInfo;
  openExternal: ExternalOpener;
}

/** Every area's handlers, the same for both transports; a new area adds one line here. */
export function createHostHandlers(deps: HostDeps): HostHandlers {
  return {
    app: createAppHandlers(deps.info, deps.openExternal),
  };
}
