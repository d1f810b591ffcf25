import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDataFiles } from '../../../../main/services/backup/data-files';
import { finishInterruptedRestore } from '../../../../main/services/backup/restore-files';
import { createNodeFileSystem } from '../../../../main/services/fs/node-file-system';
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

const fs = createNodeFileSystem();
/** What main serves from a data folder: every backed-up file's bytes, and the audit head. */
async function stateOf(dataDir: string): Promise<string> {
  const files = (await readDataFiles(fs, dataDir)).map((f) => `${f.path}=${Buffer.from(f.bytes).toString()}`);
  const head = (() => {
    try {
      return readFileSync(path.join(dataDir, 'audit-head.json'), 'utf8');
    } catch {
      return 'none';
    }
  })();
  return JSON.stringify({ files: files.sort(), head: JSON.parse(head === 'none' ? 'null' : head) });
}

/** Every name under `dir`, recursively. */
const allNames = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) => {
    const full = path.join(dir, n);
    return statSync(full).isDirectory() ? [n, ...allNames(full)] : [n];
  });

describe('a restore SIGKILLed at random points', () => {
  let work: string;
  let childJs: string;
  beforeAll(async () => {
    work = mkdtempSync(path.join(tmpdir(), 'binhan-restore-kill-'));
    childJs = path.join(work, 'restore-kill-child.mjs');
    await build({
      entryPoints: [path.join(import.meta.dirname, 'restore-kill-child.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      outfile: childJs,
      logLevel: 'silent',
    });
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it("×20: main's files are always one backup's whole state or the other's, never a mix, and no temp file is left", async () => {
    const key = await backupKeyFor();
    const identity = String(await openBackupKey(key.keyFile, key.recoveryKey));
    // Two states of the same office: B has other keys and trust, a mail folder and more sent bundles.
    const dirA = makeDataDir();
    const dirB = makeDataDir();
    writeFileSync(path.join(dirB, 'trust/trusted.json'), '{"keys":["b"]}');
    writeFileSync(path.join(dirB, 'keys/secrets/age-identity.secret'), '{"sealed":"b"}');
    for (let i = 0; i < 30; i++) writeFileSync(path.join(dirB, `sent/extra-${i}.zip`), `bundle ${i}`);
    const stick = mkdtempSync(path.join(work, 'stick-'));
    const backups: string[] = [];
    for (const [i, dir] of [dirA, dirB].entries()) {
      const at = new Date(Date.UTC(2025, 2, 1 + i));
      const done = await runBackup(
        handlersOver(dir, fs, () => at),
        stick,
        key,
        rowLines(5),
      );
      if (done.status !== 'ok') throw new Error(done.problem);
      backups.push(done.backup.path);
    }
    // The folder being restored into starts as A; the expected states are those after each restore.
    const target = mkdtempSync(path.join(work, 'target-'));
    const expected: string[] = [];
    for (const file of backups) {
      const h = handlersOver(target);
      const opened = await h.openRestore({ path: file, identity });
      if (opened.status !== 'ok') throw new Error(opened.problem);
      expect(await h.commitRestore({ id: opened.id })).toEqual({ status: 'ok' });
      expected.push(await stateOf(target));
    }
    expect(expected[0]).not.toBe(expected[1]);
    const seenStates = new Set<number>();

    let seed = 11;
    for (let run = 0; run < 20; run++) {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      const child = spawn(process.execPath, [childJs, target, identity, ...backups], {
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      await killAfter(child, 1 + (seed % 400));
      // What the next start does before it serves any call.
      await finishInterruptedRestore(fs, target);
      const state = await stateOf(target);
      const which = expected.indexOf(state);
      expect(which, `after kill ${run}: a mix of the two backups`).not.toBe(-1);
      seenStates.add(which);
      expect(allNames(target).filter((n) => n.includes(TEMP_MARK))).toEqual([]);
    }
    // The kills landed on both sides of the switch.
    expect(seenStates.size).toBe(2);
    for (const dir of [dirA, dirB, target]) rmSync(dir, { recursive: true, force: true });
  }, 240_000);
});
