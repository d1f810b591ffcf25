import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { UpdaterBridge } from '../../../../main/services/updates/update-service';
import { LATEST_VERSION } from '../../../../renderer/db/migrations/index';
import { publicKeyLine } from '../../../../shared/bundle/minisign';
import { minisignVerifies, testPublisher, updateService, writeRelease } from './update-fixture';

const root = mkdtempSync(path.join(tmpdir(), 'binhan-updates-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let n = 0;
const fresh = (name: string) => path.join(root, `${name}-${++n}`);
const publisher = testPublisher();

/**
 * Stands in for electron-updater where there is no Electron: the requests its generic provider makes
 * of the feed (latest.yml with ?noCache, then the installer), and its sha512 check of the download.
 */
function updaterLike(): UpdaterBridge & { feeds: string[]; installs: string[] } {
  const feeds: string[] = [];
  const installs: string[] = [];
  return {
    feeds,
    installs,
    download: async (url, onPercent) => {
      feeds.push(url);
      const yml = await (await fetch(new URL(`latest.yml?noCache=${Date.now().toString(32)}`, url))).text();
      const file = /path: (\S+)/.exec(yml)?.[1] ?? '';
      const sha512 = /^sha512: (\S+)/m.exec(yml)?.[1];
      const body = new Uint8Array(await (await fetch(new URL(file, url))).arrayBuffer());
      if (createHash('sha512').update(body).digest('base64') !== sha512)
        throw new Error('sha512 checksum mismatch');
      onPercent(100);
    },
    installOnQuit: (on) => installs.push(on ? 'quit' : 'not on quit'),
    installNow: () => installs.push('now'),
  };
}

describe('update steps (main)', () => {
  it('finds the releases on a stick, stages the good one, downloads it through the loopback feed and installs on quit', async () => {
    const stick = fresh('stick');
    writeRelease(path.join(stick, 'BinhAn-1.2.0'), publisher, '1.2.0');
    const bad = writeRelease(path.join(stick, 'BinhAn-1.1.9'), publisher, '1.1.9');
    writeFileSync(path.join(bad.dir, bad.installer), 'not the installer');
    const bridge = updaterLike();
    const dataDir = fresh('data');
    const updates = updateService(dataDir, publisher, { bridge });

    const { found } = await updates.scan({ path: stick });
    expect(
      found.map((f) => [path.basename(f.folder), f.result.status === 'ok' ? 'ok' : f.result.reason]),
    ).toEqual([
      ['BinhAn-1.1.9', 'installerSize'],
      ['BinhAn-1.2.0', 'ok'],
    ]);
    const staged = await updates.stage({ folder: path.join(stick, 'BinhAn-1.2.0') });
    expect(staged).toMatchObject({
      status: 'ok',
      release: { version: '1.2.0', from: path.join(dataDir, 'updates', '1.2.0') },
    });
    expect(await updates.status(undefined)).toMatchObject({
      phase: 'verified',
      canInstall: true,
      release: { version: '1.2.0' },
    });

    expect(await updates.download(undefined)).toEqual({ status: 'ok' });
    expect(await updates.status(undefined)).toMatchObject({ phase: 'ready', percent: 100 });
    // The feed was up for the download only.
    const feed = bridge.feeds[0] ?? '';
    await expect(fetch(new URL('latest.yml', feed))).rejects.toThrow();

    expect(await updates.install({ when: 'quit', schema: LATEST_VERSION })).toEqual({ status: 'ok' });
    expect(bridge.installs.at(-1)).toBe('quit');
    expect((await updates.status(undefined)).installOnQuit).toBe(true);
  });

  it('before installing a release with another schema, asks for a backup made since it was found', async () => {
    const stick = fresh('stick');
    writeRelease(stick, publisher, '2.0.0', { schema: 8 });
    const bridge = updaterLike();
    let lastBackupAt: string | null = '2020-01-01T00:00:00.000Z';
    const updates = updateService(fresh('data'), publisher, {
      bridge,
      lastBackupAt: async () => lastBackupAt,
    });
    await updates.stage({ folder: stick });
    await updates.download(undefined);
    expect(await updates.install({ when: 'now', schema: 7 })).toEqual({
      status: 'refused',
      reason: 'backupNeeded',
      detail: '7 → 8',
    });
    expect(bridge.installs).toEqual(['not on quit']);
    lastBackupAt = new Date(Date.now() + 1000).toISOString();
    expect(await updates.install({ when: 'now', schema: 7 })).toEqual({ status: 'ok' });
    expect(bridge.installs.at(-1)).toBe('now');
  });

  it('passes a verified release on to another stick, which minisign itself verifies', async () => {
    const stick = fresh('stick');
    writeRelease(stick, publisher, '1.3.0');
    const updates = updateService(fresh('data'), publisher);
    await updates.stage({ folder: stick });
    const next = fresh('next-stick');
    const passed = await updates.passOn({ to: next });
    expect(passed).toEqual({ status: 'ok', folder: path.join(next, 'BinhAn-1.3.0') });
    const out = path.join(next, 'BinhAn-1.3.0');
    expect(readdirSync(out).sort()).toEqual([
      'BinhAn-1.3.0-win-x64.exe',
      'BinhAn-1.3.0-win-x64.exe.blockmap',
      'latest.yml',
      'latest.yml.minisig',
    ]);
    expect(minisignVerifies(path.join(out, 'latest.yml'), publicKeyLine(publisher.key))).toContain(
      'binhan-release file=latest.yml version=1.3.0',
    );
  });

  it('remembers the newest verified release across restarts and refuses an older one played back', async () => {
    const dataDir = fresh('data');
    const newer = writeRelease(fresh('stick'), publisher, '1.5.0');
    const older = writeRelease(fresh('stick'), publisher, '1.4.0');
    await updateService(dataDir, publisher).stage({ folder: newer.dir });
    const restarted = updateService(dataDir, publisher);
    expect(await restarted.status(undefined)).toMatchObject({
      phase: 'verified',
      release: { version: '1.5.0' },
    });
    expect(await restarted.stage({ folder: older.dir })).toEqual({
      status: 'refused',
      reason: 'replay',
      detail: '1.4.0 < 1.5.0',
    });
    expect((await restarted.status(undefined)).lastRefusal?.reason).toBe('replay');
  });

  it('a host without Electron (the web host) verifies and passes on, and says it cannot install', async () => {
    const stick = fresh('stick');
    writeRelease(stick, publisher, '1.2.0');
    const updates = updateService(fresh('data'), publisher);
    await updates.stage({ folder: stick });
    expect((await updates.status(undefined)).canInstall).toBe(false);
    expect(await updates.download(undefined)).toMatchObject({
      status: 'refused',
      reason: 'installUnavailable',
    });
  });

  it('takes only absolute folders, never one relative to where main was started', async () => {
    const updates = updateService(fresh('data'), publisher);
    await expect(updates.scan({ path: 'usb' })).rejects.toMatchObject({ reason: 'absolutePathNeeded' });
    await expect(updates.stage({ folder: '../usb' })).rejects.toMatchObject({ reason: 'absolutePathNeeded' });
  });

  it('reads a network feed only over https', async () => {
    const updates = updateService(fresh('data'), publisher, {
      networkFeed: 'http://updates.example/binhan/',
    });
    expect(await updates.checkNetwork(undefined)).toMatchObject({ status: 'refused', reason: 'notHttps' });
  });

  it('a stick pulled out after it was listed is refused when staged, and nothing is staged', async () => {
    const stick = fresh('stick');
    const { dir } = writeRelease(stick, publisher, '1.2.0');
    const dataDir = fresh('data');
    const updates = updateService(dataDir, publisher);
    // The stick disappears between the check and the copy.
    const found = await updates.scan({ path: dir });
    expect(found.found[0]?.result.status).toBe('ok');
    rmSync(dir, { recursive: true });
    expect(await updates.stage({ folder: dir })).toMatchObject({ status: 'refused', reason: 'noRelease' });
    expect(existsSync(path.join(dataDir, 'updates', '1.2.0'))).toBe(false);
  });
});
