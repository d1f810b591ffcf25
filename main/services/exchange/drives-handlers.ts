import path from 'node:path';
import { HostFailure } from '../../../shared/host/result.ts';
import type { HostHandlers } from '../../../shared/host-api.ts';
import { requireAbsolute } from './bundle-source.ts';
import type { ExchangeDeps } from './exchange-deps.ts';

const BUNDLE_FILE = /^binhan_.+\.zip$/i;

export function createDrivesHandlers(deps: ExchangeDeps): HostHandlers['drives'] {
  return {
    list: async () => ({ drives: await deps.listDrives().catch(() => []) }),
    pickFolder: async ({ purpose }) =>
      deps.folderPicker === null
        ? { supported: false, path: null }
        : { supported: true, path: await deps.folderPicker.pick(purpose) },
    listBundles: async ({ path: target }) => {
      const dir = requireAbsolute(target);
      const names = await deps.fs.readdir(dir).catch(() => {
        throw new HostFailure('not_found', 'Không mở được thư mục hoặc ổ đĩa này.');
      });
      const files = [];
      for (const name of names.filter((n) => BUNDLE_FILE.test(n)).sort()) {
        const info = await deps.fs.stat(path.join(dir, name)).catch(() => null);
        if (info?.isFile) files.push({ name, path: path.join(dir, name), size: info.size });
      }
      return { files };
    },
  };
}
