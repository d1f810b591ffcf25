import { execFileSync, execSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FaultyFileSystem } from '../../../../main/services/fs/faulty-file-system';
import { createNodeFileSystem } from '../../../../main/services/fs/node-file-system';
import { openBackupKey } from '../../../../shared/backup/backup-key';
import {
  ageDecryptWithPassphrase,
  backupKeyFor,
  handlersOver,
  makeDataDir,
  OFFICE_ID,
  rowLines,
  runBackup,
} from './backup-fixture';

const finalNames = (dir: string) => readdirSync(dir).filter((n) => !n.startsWith('.'));

describe('backup service (main)', () => {
  let dataDir: string;
  let folder: string;
  beforeEach(() => {
    dataDir = makeDataDir();
    folder = mkdtempSync(path.join(tmpdir(), 'binhan-backup-stick-'));
  });
  afterEach(() => {
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(folder, { recursive: true, force: true });
  });

  it("writes a zip that IT opens with the README's commands: unzip, age -d with the recovery key, gunzip", async () => {
    const key = await backupKeyFor();
    const done = await runBackup(handlersOver(dataDir), folder, key, rowLines(500));
    if (done.status !== 'ok') throw new Error(done.problem);
    expect(finalNames(folder)).toEqual([done.backup.fileName]);
    expect(done.backup.manifest.lastSent).toEqual({
      '49': { sequence: 3, createdAt: '2025-02-01T00:00:00.000Z' },
    });
    expect(done.backup.manifest.office.officeId).toBe(OFFICE_ID);

    const work = mkdtempSync(path.join(tmpdir(), 'binhan-backup-it-'));
    try {
      // The README, "Sao lưu / Backups", word for word.
      execFileSync('unzip', [done.backup.path], { cwd: work });
      ageDecryptWithPassphrase(
        path.join(work, 'backup-key.age'),
        path.join(work, 'backup-key.txt'),
        key.recoveryKey,
      );
      execSync('age -d -i backup-key.txt db.age | gunzip > db.ndjson', { cwd: work });
      execSync('age -d -i backup-key.txt files.age | gunzip > files.ndjson', { cwd: work });
      const sums = execSync('sha256sum backup-key.age files.age db.age', { cwd: work }).toString();

      expect(readFileSync(path.join(work, 'db.ndjson'), 'utf8')).toBe(rowLines(500));
      const manifest = JSON.parse(readFileSync(path.join(work, 'manifest.json'), 'utf8'));
      expect(sums).toContain(`${manifest.entries.db.sha256}  db.age`);
      expect(sums).toContain(`${manifest.entries.files.sha256}  files.age`);
      const files = readFileSync(path.join(work, 'files.ndjson'), 'utf8')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l).path);
      expect(files).toContain('keys/secrets/age-identity.secret');
      expect(files).toContain('sent/binhan_49201_to_49_data_000003.zip');
      expect(files).toContain('office.json');
      // The web host's own address and launch secret stay on this computer; the audit head comes from the log.
      expect(files).not.toContain('web-host.json');
      expect(files).not.toContain('audit-head.json');
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });

  it('restores into a fresh data folder: rows, files and the audit head of the backup', async () => {
    const key = await backupKeyFor();
    const done = await runBackup(handlersOver(dataDir), folder, key, rowLines(2000));
    if (done.status !== 'ok') throw new Error(done.problem);

    const fresh = mkdtempSync(path.join(tmpdir(), 'binhan-backup-newpc-'));
    try {
      const h = handlersOver(fresh);
      const seen = await h.inspect({ path: done.backup.path });
      if (seen.status !== 'ok') throw new Error(seen.problem);
      expect(seen.listing.manifest.counts).toEqual({ cases: 2000 });
      expect(await openBackupKey(Buffer.from(seen.keyFile, 'base64'), 'wrong')).toBeNull();
      const identity = await openBackupKey(
        Buffer.from(seen.keyFile, 'base64'),
        key.recoveryKey.toLowerCase(),
      );
      if (identity === null) throw new Error('recovery key did not open the backup key');

      const opened = await h.openRestore({ path: done.backup.path, identity });
      if (opened.status !== 'ok') throw new Error(opened.problem);
      const parts: Buffer[] = [];
      for (;;) {
        const r = await h.readRestore({ id: opened.id });
        if (r.status !== 'ok') throw new Error(r.problem);
        if (r.part === null) break;
        parts.push(Buffer.from(r.part, 'base64'));
      }
      expect(gunzipSync(Buffer.concat(parts)).toString()).toBe(rowLines(2000));
      expect(await h.commitRestore({ id: opened.id })).toEqual({ status: 'ok' });
      expect(readFileSync(path.join(fresh, 'sent/index.json'), 'utf8')).toBe(
        readFileSync(path.join(dataDir, 'sent/index.json'), 'utf8'),
      );
      expect(JSON.parse(readFileSync(path.join(fresh, 'office.json'), 'utf8')).officeId).toBe(OFFICE_ID);
      expect(JSON.parse(readFileSync(path.join(fresh, 'audit-head.json'), 'utf8'))).toEqual({
        seq: 42,
        hash: 'c'.repeat(64),
      });
      expect(existsSync(path.join(fresh, 'web-host.json'))).toBe(false);
    } finally {
      rmSync(fresh, { recursive: true, force: true });
    }
  });

  it('refuses another key, an altered byte, and a data folder of another office', async () => {
    const key = await backupKeyFor();
    const done = await runBackup(handlersOver(dataDir), folder, key, rowLines(50));
    if (done.status !== 'ok') throw new Error(done.problem);
    const h = handlersOver(dataDir);
    const other = await backupKeyFor();
    const wrongIdentity = await openBackupKey(other.keyFile, other.recoveryKey);
    expect(await h.openRestore({ path: done.backup.path, identity: String(wrongIdentity) })).toEqual({
      status: 'failed',
      problem: 'wrong-key',
    });

    const identity = String(await openBackupKey(key.keyFile, key.recoveryKey));
    const bytes = readFileSync(done.backup.path);
    const copy = path.join(folder, 'altered.zip');
    const at = bytes.indexOf(Buffer.from('db.age')) + 200;
    bytes[at] = (bytes[at] ?? 0) ^ 1;
    writeFileSync(copy, bytes);
    expect(await h.openRestore({ path: copy, identity })).toEqual({ status: 'failed', problem: 'damaged' });
    writeFileSync(copy, 'not a zip at all, just text that is long enough');
    expect(await h.inspect({ path: copy })).toEqual({ status: 'failed', problem: 'not-a-backup' });

    const elsewhere = makeDataDir();
    try {
      const office = JSON.parse(readFileSync(path.join(elsewhere, 'office.json'), 'utf8'));
      writeFileSync(
        path.join(elsewhere, 'office.json'),
        JSON.stringify({ ...office, officeId: '0198a6a4-0000-7000-8000-000000000000' }),
      );
      const h2 = handlersOver(elsewhere);
      const opened = await h2.openRestore({ path: done.backup.path, identity });
      if (opened.status !== 'ok') throw new Error(opened.problem);
      expect(await h2.commitRestore({ id: opened.id })).toEqual({
        status: 'failed',
        problem: 'other-office',
      });
    } finally {
      rmSync(elsewhere, { recursive: true, force: true });
    }
  });

  it('restoring an older backup over a folder that sent more: names the later bundles and keeps its sent/ log, so no sequence is reused', async () => {
    const key = await backupKeyFor();
    const done = await runBackup(handlersOver(dataDir), folder, key, rowLines(5));
    if (done.status !== 'ok') throw new Error(done.problem);
    // After the backup: bundles 4 and 5 go to the province.
    const later = {
      v: 1,
      chains: { '49': { lastSequence: 5, lastManifestSha256: 'd'.repeat(64) } },
      bundles: [3, 4, 5].map((sequence) => ({
        recipientUnit: '49',
        sequence,
        createdAt: `2025-02-0${sequence}T00:00:00.000Z`,
      })),
    };
    writeFileSync(path.join(dataDir, 'sent/index.json'), JSON.stringify(later));
    writeFileSync(path.join(dataDir, 'sent/binhan_49201_to_49_data_000005.zip'), 'bundle5');
    const h = handlersOver(dataDir);
    const identity = String(await openBackupKey(key.keyFile, key.recoveryKey));
    const opened = await h.openRestore({ path: done.backup.path, identity });
    if (opened.status !== 'ok') throw new Error(opened.problem);
    expect(opened.sentAfter.map((b) => b.sequence)).toEqual([4, 5]);
    expect(await h.commitRestore({ id: opened.id })).toEqual({ status: 'ok' });
    expect(
      JSON.parse(readFileSync(path.join(dataDir, 'sent/index.json'), 'utf8')).chains['49'].lastSequence,
    ).toBe(5);
    expect(readFileSync(path.join(dataDir, 'sent/binhan_49201_to_49_data_000005.zip'), 'utf8')).toBe(
      'bundle5',
    );
  });

  it('keeps the newest N backups of the office in the folder and lists them newest first', async () => {
    const key = await backupKeyFor();
    let t = Date.parse('2025-03-01T08:00:00Z');
    const h = handlersOver(dataDir, createNodeFileSystem(), () => {
      t += 60_000;
      return new Date(t);
    });
    for (let i = 0; i < 5; i++) {
      const r = await runBackup(h, folder, key, rowLines(10 + i));
      expect(r.status).toBe('ok');
    }
    const listed = await h.list({ folder });
    if (listed.status !== 'ok') throw new Error(listed.problem);
    expect(listed.backups.map((b) => b.manifest.counts.cases)).toEqual([14, 13, 12]);
    expect(finalNames(folder)).toHaveLength(3);
    const state = await h.state(undefined);
    expect(state.lastFolder).toBe(folder);
    expect(state.lastAt).toBe(listed.backups[0]?.manifest.createdAt);
  });

  it.each([
    ['a full stick', { op: 'write' as const, code: 'ENOSPC', nth: 6 }, 'no-space'],
    [
      'a stick pulled out half-way',
      { op: 'write' as const, code: 'ENODEV', nth: 8, pulledOut: true },
      'removed',
    ],
    ['an I/O error at fsync', { op: 'fsync' as const, code: 'EIO' }, 'io'],
    ['a failed rename', { op: 'rename' as const, code: 'EIO' }, 'io'],
  ])(
    '%s: a clear problem, no file under a final name, the older backup untouched',
    async (_, fault, problem) => {
      const key = await backupKeyFor();
      const first = await runBackup(
        handlersOver(dataDir, createNodeFileSystem(), () => new Date('2025-03-01T08:00:00Z')),
        folder,
        key,
        rowLines(100),
      );
      if (first.status !== 'ok') throw new Error(first.problem);
      const before = readFileSync(first.backup.path);

      const faulty = new FaultyFileSystem(createNodeFileSystem(), [fault]);
      const r = await runBackup(
        handlersOver(dataDir, faulty, () => new Date('2025-03-02T08:00:00Z')),
        folder,
        key,
        rowLines(3000),
        6,
      );
      expect(r).toEqual({ status: 'failed', problem });
      faulty.reinsert();
      expect(finalNames(folder)).toEqual([first.backup.fileName]);
      expect(readFileSync(first.backup.path)).toEqual(before);
      // Main's own files are only read by a backup: nothing of the office is lost.
      expect(readFileSync(path.join(dataDir, 'sent/index.json'), 'utf8')).toContain('"lastSequence":3');
    },
  );

  it('a stick that returns other bytes than were written: verify-failed, and the file is removed', async () => {
    const key = await backupKeyFor();
    const lying = new FaultyFileSystem(createNodeFileSystem(), [], true);
    const r = await runBackup(handlersOver(dataDir, lying), folder, key, rowLines(100));
    expect(r).toEqual({ status: 'failed', problem: 'verify-failed' });
    expect(readdirSync(folder)).toEqual([]);
  });
});
