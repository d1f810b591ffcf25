import type { BackupListing } from '../../../shared/backup/backup-contract';
import { openBackupKey } from '../../../shared/backup/backup-key';
import { fromBase64 } from '../../../shared/bundle/bytes';
import { type BinhAnStore, backupPartFromBase64 } from '../../db';
import { call } from '../../host/call';
import { host } from '../../host/host';
import { BackupFailed, checked } from './run-backup';

/** What a backup file holds, read by main before any key is asked for. */
export async function inspectBackup(path: string): Promise<{ listing: BackupListing; keyFile: string }> {
  const { listing, keyFile } = checked(await call(host.backup.inspect({ path })));
  return { listing, keyFile };
}

/**
 * The restore: the recovery key opens backup-key.age here, in the renderer; main checks every hash
 * with the backup key and streams db.age back; the store writes the rows, main its files, and the
 * office row comes last (renderer/db/repositories/backup.ts).
 */
export async function runRestore(input: {
  store: BinhAnStore;
  path: string;
  keyFile: string;
  recoveryKey: string;
  confirmRecoveryKey?: string;
  onProgress: (fraction: number) => void;
}): Promise<SentAfter> {
  const keyFile = fromBase64(input.keyFile);
  const identity = keyFile === null ? null : await openBackupKey(keyFile, input.recoveryKey);
  if (identity === null) throw new BackupFailed('wrong-key');
  const { id, manifest, sentAfter } = checked(
    await call(host.backup.openRestore({ path: input.path, identity })),
  );
  try {
    await input.store.backup.restore({
      manifest,
      ...(input.confirmRecoveryKey === undefined ? {} : { confirmRecoveryKey: input.confirmRecoveryKey }),
      source: async () => {
        const { part } = checked(await call(host.backup.readRestore({ id })));
        return part === null ? null : backupPartFromBase64(part);
      },
      commitFiles: async () => {
        checked(await call(host.backup.commitRestore({ id })));
      },
      onProgress: (p) => input.onProgress(p.totalRows === 0 ? 1 : p.rows / p.totalRows),
    });
    return sentAfter;
  } finally {
    await host.backup.closeRestore({ id });
  }
}

/** Bundles this data folder sent after the backup was made: kept, so their sequence numbers are not reused. */
export type SentAfter = { recipientUnit: string; sequence: number; createdAt: string }[];
