import type { AppInfo } from '../../shared/app/app-contract';
import { isAllowedExternalUrl } from '../../shared/app/external-links';
import { HostFailure } from '../../shared/host/result';
import type { HostHandlers } from '../../shared/host-api';
import { createNodeFileSystem } from './fs/node-file-system';
import { createOfficeBinding, type OfficeBinding } from './office-binding';

/** Opens a checked https URL in the user's browser; Electron's shell or the OS's opener fills it. */
export type ExternalOpener = (url: string) => Promise<void>;

export function createAppHandlers(
  info: AppInfo,
  openExternal: ExternalOpener,
  office: OfficeBinding = createOfficeBinding(createNodeFileSystem(), info.dataDir),
): HostHandlers['app'] {
  return {
    info: async () => info,
    office: () => office.get(),
    bindOffice: (profile) => office.bind(profile),
    openExternal: async ({ url }) => {
      if (!isAllowedExternalUrl(url)) {
        throw new HostFailure('notAllowed', 'linkNotAllowed');
      }
      await openExternal(new URL(url).href);
      return null;
    },
  };
}
