import { createHash } from 'node:crypto';
import path from 'node:path';
import { z } from 'zod';
import { AGE_RECIPIENT } from '../../../shared/bundle/age';
import type { HostHandlers } from '../../../shared/host-api';
import type { Authority } from '../exchange/authority';
import { readJsonFile, writeJsonFile } from '../exchange/json-file';
import type { FileSystem } from '../fs/file-system';
import { OFFICE_FILE } from '../office-binding';

/**
 * authority/backup-key.json: the office's backup key as main first accepted it (its age recipient and
 * the SHA-256 of backup-key.age, the identity file sealed with the recovery key). It lives beside the
 * authority verifier, so a backup carries it and a restore brings it back; it is never replaced through
 * the API, because whoever could replace it could have main encrypt its files to a key of their own.
 */
export const BACKUP_PIN_FILE = path.join('authority', 'backup-key.json');
const pinSchema = z.strictObject({
  v: z.literal(1),
  recipient: z.string().regex(AGE_RECIPIENT),
  keyFileSha256: z.string().regex(/^[0-9a-f]{64}$/),
  setAt: z.iso.datetime(),
});
export type BackupPin = z.infer<typeof pinSchema>;

export const readBackupPin = (fs: FileSystem, dataDir: string): Promise<BackupPin | null> =>
  readJsonFile(fs, path.join(dataDir, BACKUP_PIN_FILE), pinSchema);

const sha256 = (base64: string) => createHash('sha256').update(Buffer.from(base64, 'base64')).digest('hex');

/**
 * The backup handlers behind main's own checks (issue 10, the security gap of `backup:begin`):
 *
 * - `begin` hands main's sealed files to whoever holds the backup key, so it needs an administrator's
 *   authority proof over exactly its input (shared/exchange/authority.ts: GUARDED_CALLS), like any call
 *   that sends something out; the session token alone is refused.
 * - The recipient is bound to the office's backup key, the one whose identity file opens with the
 *   recovery key: the first authorised backup pins it, and every later one must name the same recipient
 *   and key file. So even a valid proof cannot redirect backups to another key.
 * - `openRestore` into a data folder that already names an office (office.json) is accepted only for a
 *   backup to that office's pinned key: opening one proves the recovery key (the backup key's identity
 *   is its own proof), so a caller with only the token cannot overwrite main's trust, keys or verifier
 *   with a backup of its own making. A fresh folder (a new PC) takes any backup, as setup would.
 */
export function guardBackup(
  h: HostHandlers['backup'],
  deps: { fs: FileSystem; dataDir: string; authority: Authority; now?: () => Date },
): HostHandlers['backup'] {
  const { fs, dataDir, authority } = deps;
  const now = deps.now ?? (() => new Date());
  return {
    ...h,
    begin: (input) =>
      authority.authorise(
        'backup:begin',
        input,
        async () => {
          const pin = await readBackupPin(fs, dataDir);
          const keyFileSha256 = sha256(input.keyFile);
          if (pin !== null && (pin.recipient !== input.recipient || pin.keyFileSha256 !== keyFileSha256)) {
            return { status: 'failed', problem: 'key-mismatch' } as const;
          }
          // Pinned before the backup reads main's files, so the backup carries its own pin and a
          // restore of it leaves the folder bound to the same key.
          if (pin === null) {
            await fs.mkdir(path.join(dataDir, 'authority'), 0o700);
            await writeJsonFile(fs, path.join(dataDir, BACKUP_PIN_FILE), {
              v: 1,
              recipient: input.recipient,
              keyFileSha256,
              setAt: now().toISOString(),
            } satisfies BackupPin);
          }
          const { proof: _proof, ...plain } = input;
          const begun = await h.begin(plain);
          return begun;
        },
        (begun) => ({
          subject: `backup:${input.unitCode}`,
          fingerprint: input.recipient,
          outcome: begun.status === 'ok' ? 'done' : 'rejected',
        }),
      ),
    async openRestore(input) {
      const opened = await h.openRestore(input);
      if (opened.status !== 'ok') return opened;
      const office = await fs.stat(path.join(dataDir, OFFICE_FILE)).then(
        () => true,
        () => false,
      );
      if (!office) return opened;
      const pin = await readBackupPin(fs, dataDir).catch(() => null);
      if (pin?.recipient === opened.manifest.recipient) return opened;
      await h.closeRestore({ id: opened.id });
      return { status: 'failed', problem: 'key-mismatch' };
    },
  };
}
