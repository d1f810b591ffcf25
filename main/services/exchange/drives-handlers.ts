import { homedir } from 'node:os';
import path from 'node:path';
import { HostFailure } from '../../../shared/host/result';
import type { HostHandlers } from '../../../shared/host-api';
import { requireAbsolute } from './bundle-source';
import type { ExchangeDeps } from './exchange-deps';

/**
 * Any zip: mail clients and copies rename bundles (`… (1).zip`, `bundle.zip`), and the kind is read
 * from the signed manifest, so the name never decides whether or how a file is opened.
 */
const BUNDLE_FILE = /\.zip$/i;
/** A stick often holds a folder per office: one level of subfolders is looked into as well. */
const MAX_LISTED = 2000;
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
      const files: { name: string; path: string; size: number }[] = [];
      const visit = async (folder: string, prefix: string, entries: string[], depth: number) => {
        for (const name of entries.filter((n) => !n.startsWith('.')).sort()) {
          if (files.length >= MAX_LISTED) return;
          const full = path.join(folder, name);
          const info = await deps.fs.stat(full).catch(() => null);
          if (info?.isFile && BUNDLE_FILE.test(name))
            files.push({ name: prefix + name, path: full, size: info.size });
          else if (info?.isDirectory && depth > 0) {
            const inner = await deps.fs.readdir(full).catch(() => []);
            await visit(full, `${prefix}${name}/`, inner, depth - 1);
          }
        }
      };
      await visit(dir, '', names, 1);
      return { files };
    },
  };
}
