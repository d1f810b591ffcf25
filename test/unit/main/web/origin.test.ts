import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createNodeFileSystem } from '../../../../main/services/fs/node-file-system';
import {
  loadWebOrigin,
  newHostName,
  portToListen,
  saveWebOrigin,
  WEB_HOST_FILE,
} from '../../../../main/web/origin';
import { runWebHost } from '../../../../main/web/run';

describe('the web host keeps one origin per data folder', () => {
  let dataDir: string;
  const fs = createNodeFileSystem();
  beforeEach(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'binhan-origin-'));
  });
  afterEach(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('chooses a random ….localhost name once and keeps it', async () => {
    const first = await loadWebOrigin(fs, dataDir);
    expect(first.hostName).toMatch(/^binhan-[a-z2-7]{16}\.localhost$/);
    expect(first.port).toBeNull();
    expect(await loadWebOrigin(fs, dataDir)).toEqual(first);
    expect(newHostName()).not.toBe(first.hostName);
    await saveWebOrigin(fs, dataDir, { ...first, port: 41234 });
    expect(await loadWebOrigin(fs, dataDir)).toEqual({ hostName: first.hostName, port: 41234 });
  });

  it('listens on the folder’s port unless BINHAN_PORT names one', () => {
    const origin = { hostName: 'binhan-abcdefghijklmnop.localhost', port: 41234 };
    expect(portToListen(0, origin)).toBe(41234);
    expect(portToListen(0, { ...origin, port: null })).toBe(0);
    expect(portToListen(8080, origin)).toBe(8080);
  });

  it('refuses a damaged web-host.json rather than choosing a new origin', async () => {
    await writeFile(path.join(dataDir, WEB_HOST_FILE), '{"hostName":"evil.example","port":1}');
    await expect(loadWebOrigin(fs, dataDir)).rejects.toThrow(/stateFileCorrupt/);
    expect(await readFile(path.join(dataDir, WEB_HOST_FILE), 'utf8')).toContain('evil.example');
  });

  it('starts on the same host name and port after a restart, twice', async () => {
    const env = { BINHAN_DATA_DIR: dataDir, BINHAN_PORT: '0' };
    const origins: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      const host = await runWebHost(env, null);
      origins.push(host.origin);
      await host.close();
    }
    expect(origins[0]).toMatch(/^http:\/\/binhan-[a-z2-7]{16}\.localhost:\d+$/);
    expect(new Set(origins).size).toBe(1);
    const saved = JSON.parse(await readFile(path.join(dataDir, WEB_HOST_FILE), 'utf8'));
    expect(`http://${saved.hostName}:${saved.port}`).toBe(origins[0]);
  });
});
