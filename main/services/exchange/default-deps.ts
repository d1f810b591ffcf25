import { userInfo } from 'node:os';
import { listRemovableDrives } from '../drives/list-removable-drives';
import { createNodeFileSystem } from '../fs/node-file-system';
import { type ExchangeDeps, exchangeDirs, systemClock } from './exchange-deps';
import { fileSecretStores } from './secret-stores';

const loginName = (): string => {
  try {
    return userInfo().username;
  } catch {
    return '';
  }
};

/** The plain-Node defaults (the web host's): real files, a file SecretStore, no folder dialog. */
export function exchangeDepsFor(dataDir: string, given: Partial<ExchangeDeps> = {}): ExchangeDeps {
  const fs = given.fs ?? createNodeFileSystem();
  return {
    dataDir,
    fs,
    secretStores: given.secretStores ?? fileSecretStores(fs, exchangeDirs(dataDir).keys),
    clock: given.clock ?? systemClock,
    folderPicker: given.folderPicker ?? null,
    listDrives:
      given.listDrives ?? (() => listRemovableDrives({ fs, platform: process.platform, user: loginName() })),
  };
}
