import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { createBackupHandlers } from '../../../../main/services/backup/backup-service';
import type { FileSystem } from '../../../../main/services/fs/file-system';
import { createNodeFileSystem } from '../../../../main/services/fs/node-file-system';
import { newBackupKey } from '../../../../shared/backup/backup-key';
import { formatRecoveryKey, newRecoveryKey } from '../../../../shared/crypto/recovery-key';

export const OFFICE_ID = '0198a6a4-1f2e-7c3d-8e4f-5a6b7c8d9e0f';

/** A data folder as main leaves it after setup and one sent bundle. */
export function makeDataDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'binhan-backup-data-'));
  const put = (rel: string, text: string) => {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  };
  put(
    'office.json',
    JSON.stringify({
      officeId: OFFICE_ID,
      unitCode: '49201',
      name: 'Phòng A',
      role: 'commune',
      provinceCode: '49',
      boundAt: '2025-01-01T00:00:00.000Z',
    }),
  );
  put('keys/secrets/age-identity.secret', '{"sealed":"x"}');
  put('trust/trusted.json', '{"keys":[]}');
  put(
    'sent/index.json',
    JSON.stringify({
      v: 1,
      chains: { '49': { lastSequence: 3, lastManifestSha256: 'a'.repeat(64) } },
      bundles: [{ recipientUnit: '49', sequence: 3, createdAt: '2025-02-01T00:00:00.000Z' }],
    }),
  );
  put('sent/binhan_49201_to_49_data_000003.zip', 'zipbytes');
  put('web-host.json', '{"secret":"do-not-copy"}');
  put('audit-head.json', JSON.stringify({ seq: 99, hash: 'b'.repeat(64) }));
  return dir;
}

export const rowLines = (n: number) =>
  Array.from({ length: n }, (_, i) => `["cases",{"id":"c${i}","vault":{"$u8":"AAEC"}}]\n`).join('');

export async function backupKeyFor() {
  const recoveryKey = formatRecoveryKey(newRecoveryKey());
  const key = await newBackupKey(recoveryKey, '2025-03-01T00:00:00.000Z');
  return { recoveryKey, ...key };
}

/** One whole backup through the handlers, as the renderer drives it; returns the outcome of finish. */
export async function runBackup(
  handlers: ReturnType<typeof createBackupHandlers>,
  folder: string,
  key: { recipient: string; keyFile: Uint8Array },
  ndjson: string,
  parts = 3,
) {
  const begun = await handlers.begin({
    folder,
    unitCode: '49201',
    recipient: key.recipient,
    keyFile: Buffer.from(key.keyFile).toString('base64'),
    keep: 3,
  });
  if (begun.status !== 'ok') return begun;
  const gz = gzipSync(Buffer.from(ndjson));
  const step = Math.ceil(gz.length / parts);
  for (let at = 0; at < gz.length; at += step) {
    const r = await handlers.append({ id: begun.id, part: gz.subarray(at, at + step).toString('base64') });
    if (r.status !== 'ok') return r;
  }
  return handlers.finish({
    id: begun.id,
    manifest: {
      schemaVersion: 5,
      office: { officeId: null, unitCode: '49201', name: 'Phòng A' },
      counts: { cases: ndjson.split('\n').length - 1 },
      auditHead: { seq: 42, hash: 'c'.repeat(64) },
    },
  });
}

export const handlersOver = (dataDir: string, fs: FileSystem = createNodeFileSystem(), at?: () => Date) =>
  createBackupHandlers({ fs, dataDir, appVersion: '0.1.0', ...(at === undefined ? {} : { now: at }) });

/** `age -d` reads a passphrase only from a terminal: `script` gives it one and types the key. */
export function ageDecryptWithPassphrase(file: string, out: string, passphrase: string): void {
  execFileSync('script', ['-qec', `age -d -o '${out}' '${file}'`, '/dev/null'], { input: `${passphrase}\n` });
}
