import path from 'node:path';
import { type AuditHead, auditHeadSchema } from '../../shared/audit/audit-contract';
import { HostFailure } from '../../shared/host/result';
import type { HostHandlers } from '../../shared/host-api';
import { readJsonFile, writeJsonFile } from './exchange/json-file';
import type { FileSystem } from './fs/file-system';

/** The file in the data folder that holds the audit chain's newest (seq, hash). */
export const AUDIT_HEAD_FILE = 'audit-head.json';

/**
 * The audit chain's head, outside the browser's storage. It only moves forward, so the renderer (or
 * anyone with DevTools) can report new entries but never hide removed ones: a truncated or rolled-back
 * log stays behind it. Calls are serialised so two writes cannot race the file.
 */
export function createAuditHeadHandlers(fs: FileSystem, dataDir: string): HostHandlers['audit'] {
  const file = path.join(dataDir, AUDIT_HEAD_FILE);
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const next = queue.then(task, task);
    queue = next.catch(() => undefined);
    return next;
  };
  const read = () => readJsonFile(fs, file, auditHeadSchema);
  return {
    head: () => read(),
    advance: (next: AuditHead) =>
      serial(async () => {
        const held = await read();
        if (held !== null && next.seq < held.seq) {
          throw new HostFailure('notAllowed', 'auditBehind', { held: held.seq, next: next.seq });
        }
        if (held !== null && next.seq === held.seq) {
          if (next.hash !== held.hash)
            throw new HostFailure('notAllowed', 'auditHashDiffers', { seq: held.seq });
          return held;
        }
        await fs.mkdir(dataDir, 0o700);
        await writeJsonFile(fs, file, next);
        return next;
      }),
  };
}
