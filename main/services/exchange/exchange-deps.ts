import path from 'node:path';
import type { FileSystem } from '../fs/file-system';
import type { SecretStore } from '../keys/secret-store';

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** Makes the SecretStore for main's private keys, opened with the wrapping key the renderer derived. */
export interface SecretStoreFactory {
  readonly kind: SecretStore['kind'];
  open(wrappingKey: Uint8Array): Promise<SecretStore>;
}

/** The OS folder dialog (Electron); the web host has none and the user types a path instead. */
export interface FolderPicker {
  pick(purpose: 'save' | 'open'): Promise<string | null>;
}

export interface RemovableDriveInfo {
  path: string;
  label: string;
  freeBytes: number;
  totalBytes: number;
}

/** What the exchange services need from a transport; every Electron-only need is an interface here. */
export interface ExchangeDeps {
  /** Main's own folder; services use keys/, trust/, sent/, inbox/, outbox/ and mail/ under it. */
  dataDir: string;
  fs: FileSystem;
  secretStores: SecretStoreFactory;
  clock: Clock;
  folderPicker: FolderPicker | null;
  listDrives(): Promise<RemovableDriveInfo[]>;
}

/** Subfolders, because in Electron the data folder is also Chromium's profile. */
export const exchangeDirs = (dataDir: string) => ({
  keys: path.join(dataDir, 'keys'),
  trust: path.join(dataDir, 'trust'),
  sent: path.join(dataDir, 'sent'),
  inbox: path.join(dataDir, 'inbox'),
  outbox: path.join(dataDir, 'outbox'),
  mail: path.join(dataDir, 'mail'),
});
