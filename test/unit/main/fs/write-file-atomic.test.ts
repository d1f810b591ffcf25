import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Fault, FaultyFileSystem } from '../../../../main/services/fs/faulty-file-system';
import { createNodeFileSystem } from '../../../../main/services/fs/node-file-system';
import { AtomicWriteError, type WriteProblem } from '../../../../main/services/fs/write-errors';
import { removeStaleTempFiles, writeFileAtomic } from '../../../../main/services/fs/write-file-atomic';

const NAME = 'binhan_49201_to_49_data_000001.zip';
const bytes = new Uint8Array(256 * 1024).map((_, i) => (i * 31) % 251);

describe('writeFileAtomic', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'binhan-atomic-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes, syncs, renames and reads back identical bytes', async () => {
    const fs = new FaultyFileSystem(createNodeFileSystem(), []);
    const written = await writeFileAtomic(fs, dir, NAME, bytes);
    expect(new Uint8Array(readFileSync(path.join(dir, NAME)))).toEqual(bytes);
    expect(readdirSync(dir)).toEqual([NAME]);
    expect(written.size).toBe(bytes.length);
    expect(fs.log.map((l) => l.split(' ')[0])).toEqual([
      'create',
      'write',
      'fsync',
      'close',
      'rename',
      'fsyncDir',
      'readFile',
    ]);
  });

  it('creates key files readable by the user only', async () => {
    await writeFileAtomic(createNodeFileSystem(), dir, 'age.key', bytes, { mode: 0o600 });
    if (process.platform !== 'win32') expect(statSync(path.join(dir, 'age.key')).mode & 0o777).toBe(0o600);
  });

  const cases: Array<[string, Fault, WriteProblem]> = [
    ['stick full on write (ENOSPC)', { op: 'write', code: 'ENOSPC' }, 'no-space'],
    ['stick full at fsync (ENOSPC, delayed allocation)', { op: 'fsync', code: 'ENOSPC' }, 'no-space'],
    ['read-only stick (EROFS at create)', { op: 'create', code: 'EROFS' }, 'read-only'],
    ['I/O error on write (EIO)', { op: 'write', code: 'EIO' }, 'io'],
    ['I/O error at fsync (EIO)', { op: 'fsync', code: 'EIO' }, 'io'],
    [
      'write that stops half-way (EIO after half)',
      { op: 'write', code: 'EIO', writtenBefore: 100_000 },
      'io',
    ],
    ['error at close (EIO)', { op: 'close', code: 'EIO' }, 'io'],
    ['rename refused (EIO)', { op: 'rename', code: 'EIO' }, 'io'],
    ['folder sync fails after rename (EIO)', { op: 'fsyncDir', code: 'EIO' }, 'io'],
    ['read-back fails (EIO)', { op: 'readFile', code: 'EIO' }, 'io'],
  ];

  for (const [title, fault, problem] of cases) {
    it(`${title}: typed error, nothing under the final name, no temp file`, async () => {
      const fs = new FaultyFileSystem(createNodeFileSystem(), [fault]);
      const error = await writeFileAtomic(fs, dir, NAME, bytes).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AtomicWriteError);
      expect((error as AtomicWriteError).problem).toBe(problem);
      expect((error as AtomicWriteError).message).toMatch(/ổ đĩa|Ổ đĩa|tệp/);
      expect(readdirSync(dir)).toEqual([]);
    });
  }

  it('read-back that differs (a lying stick): verify-failed and the file is removed', async () => {
    const fs = new FaultyFileSystem(createNodeFileSystem(), [], true);
    const error = await writeFileAtomic(fs, dir, NAME, bytes).catch((e: unknown) => e);
    expect((error as AtomicWriteError).problem).toBe('verify-failed');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('stick pulled out half-way: "removed", nothing under the final name; the temp is swept on reinsertion', async () => {
    const fs = new FaultyFileSystem(createNodeFileSystem(), [
      { op: 'write', code: 'ENODEV', writtenBefore: 4096, pulledOut: true },
    ]);
    const error = await writeFileAtomic(fs, dir, NAME, bytes).catch((e: unknown) => e);
    expect((error as AtomicWriteError).problem).toBe('removed');
    expect(readdirSync(dir)).not.toContain(NAME);
    fs.reinsert();
    const swept = await removeStaleTempFiles(fs, dir);
    expect(swept).toHaveLength(1);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses names with a folder part', async () => {
    for (const name of ['../x.zip', 'a/b.zip', 'a\\b.zip', '..', '']) {
      const error = await writeFileAtomic(createNodeFileSystem(), dir, name, bytes).catch((e: unknown) => e);
      expect((error as AtomicWriteError).problem).toBe('bad-name');
    }
    expect(readdirSync(dir)).toEqual([]);
  });

  it('a missing folder reads as a removed drive', async () => {
    const error = await writeFileAtomic(createNodeFileSystem(), path.join(dir, 'gone'), NAME, bytes).catch(
      (e: unknown) => e,
    );
    expect((error as AtomicWriteError).problem).toBe('removed');
  });
});
