import type { BackupListing } from '../../../shared/backup/backup-contract';
import type { BackupProblem } from '../../../shared/backup/backup-format';
import { toBase64 } from '../../../shared/bundle/bytes';
import type { BinhAnStore } from '../../db';
import { call } from '../../host/call';
import { host } from '../../host/host';

/** A backup or restore main stopped, with the problem the UI names (backup.problem.*). */
export class BackupFailed extends Error {
  override name = 'BackupFailed';
  constructor(readonly problem: BackupProblem) {
    super(`backup failed: ${problem}`);
  }
}

export const checked = <T extends { status: 'ok' | 'failed' }>(r: T): Extract<T, { status: 'ok' }> => {
  if (r.status === 'failed') throw new BackupFailed((r as unknown as { problem: BackupProblem }).problem);
  return r as Extract<T, { status: 'ok' }>;
};

/**
 * One backup: main opens the file in `folder`, the store streams its tables to it in parts, main
 * finishes, checks and keeps the newest `keep`. Anything that stops it leaves no file under a final name.
 */
export async function runBackup(
  store: BinhAnStore,
  folder: string,
  keep: number,
  onProgress: (fraction: number) => void,
): Promise<BackupListing> {
  const office = store.office;
  const key = await store.backup.key();
  if (office === null || key === null) throw new Error('backup key missing');
  const { id } = checked(
    await call(
      host.backup.begin({
        folder,
        unitCode: office.unitCode,
        recipient: key.recipient,
        keyFile: key.keyFile,
        keep,
      }),
    ),
  );
  try {
    const part = await store.backup.export(
      async (bytes) => {
        checked(await call(host.backup.append({ id, part: toBase64(bytes) })));
      },
      (p) => onProgress(p.totalRows === 0 ? 1 : Math.min(0.95, p.rows / p.totalRows)),
    );
    const { backup } = checked(await call(host.backup.finish({ id, manifest: part })));
    onProgress(1);
    return backup;
  } catch (e) {
    await host.backup.abort({ id });
    throw e;
  }
}
