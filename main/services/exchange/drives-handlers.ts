import { homedir } from 'node:os';
import path from 'node:path';
import { HostFailure } from '../../../shared/host/result.ts';
import type { HostHandlers } from '../../../shared/host-api.ts';
import { requireAbsolute } from './bundle-source.ts';
import type { ExchangeDeps } from './exchange-deps.ts';

const BUNDLE_FILE = /^binhan_.+\.zip$/i;
/** Enough to pick from; a folder with more is better reached by typing its path. */
const MAX_FOLDERS = 500;

export function createDrivesHandlers(deps: ExchangeDeps): HostHandlers['drives'] {
  return {
    list: async () => ({ drives: await deps.listDrives().catch(() => []) }),
    pickFolder: async ({ purpose }) =>
      deps.folderPicker === null
        ? { supported: false, path: null }
        : { supported: true, path: await deps.folderPicker.pick(purpose) },
    browse: async ({ path: target }) => {
      const dir = target === null ? homedir() : requireAbsolute(target);
      const names = await deps.fs.readdir(dir).catch(() => {
        throw new HostFailure('notFound', 'folderUnreadable');
      });
      const folders = [];
      // Hidden folders (.config, .cache…) are not where a person keeps bundles.
      for (const name of names.filter((n) => !n.startsWith('.')).sort((a, b) => a.localeCompare(b))) {
        if (folders.length > MAX_FOLDERS) break;
        const info = await deps.fs.stat(path.join(dir, name)).catch(() => null);
        if (info?.isDirectory) folders.push({ name, path: path.join(dir, name) });
      }
      const parent = path.dirname(dir);
      return {
        path: dir,
        parent: parent === dir ? null : parent,
        folders: folders.slice(0, MAX_FOLDERS),
        truncated: folders.length > MAX_FOLDERS,
      };
    },
    listBundles: async ({ path: target }) => {
      const dir = requireAbsolute(target);
      const names = await deps.fs.readdir(dir).catch(() => {
        throw new HostFailure('notFound', 'folderUnreadable');
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
