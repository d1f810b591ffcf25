import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEMP_MARK } from '../../../../main/services/fs/write-file-atomic';
import { openBackupKey } from '../../../../shared/backup/backup-key';
import { backupKeyFor, handlersOver, makeDataDir, rowLines, runBackup } from './backup-fixture';

/** Waits until the child has printed `lines` lines (a point in its work, never a fixed time), then SIGKILLs it. */
function killAfter(child: ChildProcess, lines: number): Promise<void> {
  return new Promise((resolve, reject) => {
    let seen = 0;
    let err = '';
    child.stderr?.on('data', (c: Buffer) => {
      err += c.toString();
    });
    child.stdout?.on('data', (c: Buffer) => {
      seen += c.toString().split('\n').length - 1;
      if (seen >= lines && child.exitCode === null) child.kill('SIGKILL');
    });
    child.once('exit', (code, signal) =>
      signal === 'SIGKILL' ? resolve() : reject(new Error(`exit ${code}: ${err}`)),
    );
  });
}

describe('a backup SIGKILLed at random points', () => {
  let work: string;
  let childJs: string;
  beforeAll(async () => {
    work = mkdtempSync(path.join(tmpdir(), 'binhan-backup-kill-'));
    childJs = path.join(work, 'kill-child.mjs');
    await build({
      entryPoints: [path.join(import.meta.dirname, 'kill-child.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      outfile: childJs,
      logLevel: 'silent',
    });
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('×20: every file under a final name is a whole, checked backup; the older one is untouched; the next backup sweeps the rest', async () => {
    const dataDir = makeDataDir();
    const folder = mkdtempSync(path.join(work, 'stick-'));
    const key = await backupKeyFor();
    const first = await runBackup(
      handlersOver(dataDir, undefined, () => new Date('2025-01-01T00:00:00Z')),
      folder,
      key,
      rowLines(10),
    );
    if (first.status !== 'ok') throw new Error(first.problem);
    const firstBytes = readFileSync(first.backup.path);
    const keyPath = path.join(work, 'key.json');
    writeFileSync(
      keyPath,
      JSON.stringify({ recipient: key.recipient, keyFile: Buffer.from(key.keyFile).toString('base64') }),
    );
    const identity = String(await openBackupKey(key.keyFile, key.recoveryKey));

    // A fixed spread of kill points over the child's work (parts and whole backups), deterministic.
    let seed = 7;
    for (let run = 0; run < 20; run++) {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      const child = spawn(process.execPath, [childJs, dataDir, folder, keyPath], {
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      await killAfter(child, 1 + (seed % 60));
      for (const name of readdirSync(folder)) {
        if (name.includes(TEMP_MARK)) continue;
        const h = handlersOver(dataDir);
        const opened = await h.openRestore({ path: path.join(folder, name), identity });
        expect(opened.status, `${name} after kill ${run}`).toBe('ok');
        if (opened.status === 'ok') await h.closeRestore({ id: opened.id });
      }
      expect(readFileSync(first.backup.path)).toEqual(firstBytes);
    }
    const after = await runBackup(handlersOver(dataDir), folder, key, rowLines(10));
    expect(after.status).toBe('ok');
    expect(readdirSync(folder).filter((n) => n.includes(TEMP_MARK))).toEqual([]);
    rmSync(dataDir, { recursive: true, force: true });
  }, 240_000);
});
