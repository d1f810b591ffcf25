/**
 * A restore process to be killed (restore-kill.test.ts): restores two backups of main's files in turn
 * over one data folder through the real service and file system, printing a line at every file-system
 * step (create, write, rename, unlink) so the test can kill it anywhere, until SIGKILL.
 */
import { createBackupHandlers } from '../../../../main/services/backup/backup-service';
import type { FileSystem } from '../../../../main/services/fs/file-system';
import { createNodeFileSystem } from '../../../../main/services/fs/node-file-system';

const [dataDir = '', identity = '', ...backups] = process.argv.slice(2);
const real = createNodeFileSystem();
/** `run` after a line on stdout: a point the test can kill at. */
const step = <T>(run: () => Promise<T>): Promise<T> => {
  process.stdout.write('step\n');
  return run();
};
const fs: FileSystem = {
  ...real,
  create: (p, m) => step(() => real.create(p, m)),
  write: (f, b) => step(() => real.write(f, b)),
  rename: (a, b) => step(() => real.rename(a, b)),
  unlink: (p) => step(() => real.unlink(p)),
};
const handlers = createBackupHandlers({ fs, dataDir, appVersion: 'kill' });

for (let round = 0; ; round++) {
  const file = backups[round % backups.length] ?? '';
  const opened = await handlers.openRestore({ path: file, identity });
  if (opened.status !== 'ok') throw new Error(opened.problem);
  const done = await handlers.commitRestore({ id: opened.id });
  if (done.status !== 'ok') throw new Error(done.problem);
  await handlers.closeRestore({ id: opened.id });
  process.stdout.write(`done ${round}\n`);
}
