import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createNodeFileSystem } from '../../../../main/services/fs/node-file-system';
import { PUBLISHER_KEYS } from '../../../../main/services/updates/publisher-keys';
import { verifyReleaseFolder } from '../../../../main/services/updates/release-folder';
import { signMinisign } from '../../../../shared/bundle/minisign';
import { ReleaseRefused } from '../../../../shared/update/release-refusal';
import { compareVersions } from '../../../../shared/update/version-order';
import { testPublisher, writeRelease } from './update-fixture';

const fs = createNodeFileSystem();
const roots: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'binhan-release-'));
  roots.push(dir);
  return dir;
};
afterEach(() => {
  for (const r of roots.splice(0)) rmSync(r, { recursive: true, force: true });
});

const floor = { running: '1.0.0', highestSeen: null };
const publisher = testPublisher();

async function refusal(run: Promise<unknown>): Promise<[string, string]> {
  try {
    await run;
  } catch (e) {
    if (e instanceof ReleaseRefused) return [e.reason, e.detail];
    throw e;
  }
  throw new Error('accepted');
}

describe('release verifier', () => {
  it('accepts a release signed by a publisher key, newer than the running app, with its installer intact', async () => {
    const { dir, installer } = writeRelease(tempDir(), publisher, '1.2.0', { schema: 8 });
    const files = await verifyReleaseFolder(fs, dir, publisher.keys, floor);
    expect(files.release).toMatchObject({ version: '1.2.0', schema: 8, installer, size: 300_000, from: dir });
    expect(files.release.signedBy.role).toBe('daily');
    expect(files.names).toEqual(['latest.yml', 'latest.yml.minisig', installer, `${installer}.blockmap`]);
  });

  it('accepts the rotation key as well as the daily one', async () => {
    const rotation = testPublisher('rotation');
    const { dir } = writeRelease(tempDir(), rotation, '1.1.0');
    const keys = [...publisher.keys, ...rotation.keys];
    expect((await verifyReleaseFolder(fs, dir, keys, floor)).release.signedBy.role).toBe('rotation');
  });

  it('refuses a latest.yml changed after signing (another installer hash), naming the file', async () => {
    const { dir } = writeRelease(tempDir(), publisher, '1.2.0');
    const yml = path.join(dir, 'latest.yml');
    writeFileSync(yml, readFileSync(yml, 'utf8').replace('size: 300000', 'size: 300001'));
    expect(await refusal(verifyReleaseFolder(fs, dir, publisher.keys, floor))).toEqual([
      'badSignature',
      'latest.yml',
    ]);
  });

  it('refuses an installer changed after signing (same size, other bytes)', async () => {
    const { dir, installer } = writeRelease(tempDir(), publisher, '1.2.0');
    const file = path.join(dir, installer);
    const bytes = readFileSync(file);
    bytes[1000] = (bytes[1000] ?? 0) ^ 1;
    writeFileSync(file, bytes);
    expect(await refusal(verifyReleaseFolder(fs, dir, publisher.keys, floor))).toEqual([
      'installerHash',
      installer,
    ]);
  });

  it('refuses an installer that grew', async () => {
    const { dir, installer } = writeRelease(tempDir(), publisher, '1.2.0');
    appendFileSync(path.join(dir, installer), 'MZ');
    expect((await refusal(verifyReleaseFolder(fs, dir, publisher.keys, floor)))[0]).toBe('installerSize');
  });

  it("refuses a release signed by a key that is not the publisher's, naming the key id", async () => {
    const stranger = testPublisher();
    const { dir } = writeRelease(tempDir(), stranger, '1.2.0');
    const [reason, detail] = await refusal(verifyReleaseFolder(fs, dir, publisher.keys, floor));
    expect(reason).toBe('unknownKey');
    expect(detail).toMatch(/^[0-9A-F]{16}$/);
    // And the app's own embedded keys do not know a test key either.
    expect((await refusal(verifyReleaseFolder(fs, dir, PUBLISHER_KEYS, floor)))[0]).toBe('unknownKey');
  });

  it('refuses a downgrade and the version already running', async () => {
    const older = writeRelease(tempDir(), publisher, '0.9.5');
    expect(await refusal(verifyReleaseFolder(fs, older.dir, publisher.keys, floor))).toEqual([
      'downgrade',
      '0.9.5 < 1.0.0',
    ]);
    const same = writeRelease(tempDir(), publisher, '1.0.0');
    expect((await refusal(verifyReleaseFolder(fs, same.dir, publisher.keys, floor)))[0]).toBe('notNewer');
  });

  it('refuses an older signed release played back after a newer one was verified here (replay)', async () => {
    const { dir } = writeRelease(tempDir(), publisher, '1.1.0');
    const seen = { running: '1.0.0', highestSeen: '1.2.0' };
    expect(await refusal(verifyReleaseFolder(fs, dir, publisher.keys, seen))).toEqual([
      'replay',
      '1.1.0 < 1.2.0',
    ]);
  });

  it("refuses a signature whose trusted comment names another version than latest.yml's", async () => {
    const { dir } = writeRelease(tempDir(), publisher, '1.2.0');
    const yml = readFileSync(path.join(dir, 'latest.yml'));
    const comment = 'binhan-release file=latest.yml version=1.3.0 schema=7 signed=2026-12-01T08:00:00.000Z';
    writeFileSync(path.join(dir, 'latest.yml.minisig'), signMinisign(yml, publisher.key, comment));
    expect(await refusal(verifyReleaseFolder(fs, dir, publisher.keys, floor))).toEqual([
      'commentMismatch',
      '1.3.0 ≠ 1.2.0',
    ]);
  });

  it('refuses a folder without signature, and one without release', async () => {
    const { dir } = writeRelease(tempDir(), publisher, '1.2.0');
    rmSync(path.join(dir, 'latest.yml.minisig'));
    expect((await refusal(verifyReleaseFolder(fs, dir, publisher.keys, floor)))[0]).toBe('unsigned');
    expect((await refusal(verifyReleaseFolder(fs, tempDir(), publisher.keys, floor)))[0]).toBe('noRelease');
  });

  it('refuses a latest.yml that points its installer outside the folder, even when signed', async () => {
    const dir = tempDir();
    const yml = `version: 1.2.0\nfiles:\n  - url: ../../evil.exe\n    sha512: ${'A'.repeat(86)}==\n    size: 10\n`;
    writeFileSync(path.join(dir, 'latest.yml'), yml);
    const comment = 'binhan-release file=latest.yml version=1.2.0 schema=7 signed=2026-12-01T08:00:00.000Z';
    writeFileSync(
      path.join(dir, 'latest.yml.minisig'),
      signMinisign(new TextEncoder().encode(yml), publisher.key, comment),
    );
    expect((await refusal(verifyReleaseFolder(fs, dir, publisher.keys, floor)))[0]).toBe('manifestInvalid');
  });

  it('orders versions as Semantic Versioning does', () => {
    const sorted = [
      '1.0.0',
      '0.9.10',
      '1.0.0-rc.2',
      '1.0.0-rc.10',
      '0.9.9',
      '1.0.0-beta',
      '1.10.0',
      '1.2.0',
    ].sort(compareVersions);
    expect(sorted).toEqual([
      '0.9.9',
      '0.9.10',
      '1.0.0-beta',
      '1.0.0-rc.2',
      '1.0.0-rc.10',
      '1.0.0',
      '1.2.0',
      '1.10.0',
    ]);
  });
});
