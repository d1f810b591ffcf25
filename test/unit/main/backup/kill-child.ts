/**
 * A backup process to be killed (kill.test.ts): runs whole backups in a loop through the real service
 * over the real file system, printing "part" after each part reached the file, until SIGKILL.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { createBackupHandlers } from '../../../../main/services/backup/backup-service';
import { createNodeFileSystem } from '../../../../main/services/fs/node-file-system';

const [dataDir = '', folder = '', keyPath = ''] = process.argv.slice(2);
const key = JSON.parse(readFileSync(keyPath, 'utf8')) as { recipient: string; keyFile: string };
const handlers = createBackupHandlers({ fs: createNodeFileSystem(), dataDir, appVersion: 'kill' });
const rows = Array.from({ length: 20_000 }, (_, i) => `["cases",{"id":"c${i}","n":${Math.random()}}]\n`).join(
  '',
);
const gz = gzipSync(Buffer.from(rows));

for (let round = 0; ; round++) {
  const begun = await handlers.begin({
    folder,
    unitCode: '49201',
    recipient: key.recipient,
    keyFile: key.keyFile,
    keep: 100,
  });
  if (begun.status !== 'ok') throw new Error(begun.problem);
  for (let at = 0; at < gz.length; at += 16_384) {
    const r = await handlers.append({ id: begun.id, part: gz.subarray(at, at + 16_384).toString('base64') });
    if (r.status !== 'ok') throw new Error(r.problem);
    process.stdout.write('part\n');
  }
  const done = await handlers.finish({
    id: begun.id,
    manifest: {
      schemaVersion: 5,
      office: { officeId: null, unitCode: '49201', name: 'Phòng A' },
      counts: { cases: 20_000 },
      auditHead: null,
    },
  });
  if (done.status !== 'ok') throw new Error(done.problem);
  process.stdout.write(`done ${round}\n`);
}
