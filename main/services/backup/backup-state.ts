import path from 'node:path';
import { type BackupState, backupStateSchema } from '../../../shared/backup/backup-contract';
import { readJsonFile, writeJsonFile } from '../exchange/json-file';
import type { FileSystem } from '../fs/file-system';

/** backup.json in the data folder: when and where the last backup went, and how many to keep there. */
export const BACKUP_STATE_FILE = 'backup.json';
export const DEFAULT_KEEP = 10;

export async function readBackupState(fs: FileSystem, dataDir: string): Promise<BackupState> {
  const held = await readJsonFile(fs, path.join(dataDir, BACKUP_STATE_FILE), backupStateSchema).catch(
    () => null,
  );
  return held ?? { lastAt: null, lastFolder: null, keep: DEFAULT_KEEP };
}

export async function writeBackupState(fs: FileSystem, dataDir: string, state: BackupState): Promise<void> {
  await fs.mkdir(dataDir, 0o700);
  await writeJsonFile(fs, path.join(dataDir, BACKUP_STATE_FILE), state);
}
