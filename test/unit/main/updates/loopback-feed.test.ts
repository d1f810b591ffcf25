import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createNodeFileSystem } from '../../../../main/services/fs/node-file-system';
import { parseRange, startLoopbackFeed } from '../../../../main/services/updates/loopback-feed';
import { testPublisher, writeRelease } from './update-fixture';

const root = mkdtempSync(path.join(tmpdir(), 'binhan-feed-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

type Answer = { status: number; headers: Record<string, string | string[] | undefined>; body: Buffer };

/** A raw HTTP request, so the Host header and method can be anything a local program might send. */
function get(url: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

describe('loopback update feed', () => {
  it("serves exactly what electron-updater's generic provider asks for, on 127.0.0.1, and stops afterwards", async () => {
    const { dir, installer, bytes } = writeRelease(path.join(root, 'staged'), testPublisher(), '1.2.0');
    const feed = await startLoopbackFeed(createNodeFileSystem(), dir, installer);
    expect(feed.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/u-[0-9a-f]{24}\/$/);

    // 1. The channel file, with the provider's cache-busting query.
    const yml = await get(`${feed.url}latest.yml?noCache=1k2j3h`);
    expect(yml.status).toBe(200);
    expect(yml.body.toString()).toContain('version: 1.2.0');
    // 2. The blockmap of the new version (differential download).
    expect((await get(`${feed.url}${installer}.blockmap`)).body).toEqual(Buffer.from([1, 2, 3, 4]));
    // 3. The installer whole, then by ranges: one range, and several in one request (multipart).
    const whole = await get(`${feed.url}${installer}`);
    expect(whole.status).toBe(200);
    expect(whole.headers['accept-ranges']).toBe('bytes');
    expect(Buffer.compare(whole.body, Buffer.from(bytes))).toBe(0);
    const one = await get(`${feed.url}${installer}`, { Range: 'bytes=1000-1999' });
    expect(one.status).toBe(206);
    expect(one.headers['content-range']).toBe(`bytes 1000-1999/${bytes.length}`);
    expect(Buffer.compare(one.body, Buffer.from(bytes.subarray(1000, 2000)))).toBe(0);
    const many = await get(`${feed.url}${installer}`, { Range: 'bytes=0-9, 5000-5009' });
    expect(many.status).toBe(206);
    const boundary = /boundary=(\w+)/.exec(String(many.headers['content-type']))?.[1];
    expect(boundary).toBeDefined();
    const parts = many.body.toString('latin1').split(`--${boundary}`);
    expect(parts).toHaveLength(4);
    expect(parts[2]).toContain(`content-range: bytes 5000-5009/${bytes.length}`);
    expect(parts[2]?.endsWith(`${Buffer.from(bytes.subarray(5000, 5010)).toString('latin1')}\r\n`)).toBe(
      true,
    );
    expect(Number(many.headers['content-length'])).toBe(many.body.length);
    expect((await get(`${feed.url}${installer}`, { Range: `bytes=${bytes.length}-` })).status).toBe(416);

    // Nothing else: not the signature, not another file of the folder, not outside it, no other method.
    for (const other of ['latest.yml.minisig', '../latest.yml', '', 'state.json', `${installer}x`]) {
      expect((await get(`${feed.url}${other}`)).status, other).toBe(404);
    }
    expect((await get(feed.url.replace(/\/u-[0-9a-f]+\//, '/latest.yml'))).status).toBe(404);
    expect((await get(`${feed.url}latest.yml`, {}, 'POST')).status).toBe(404);
    // A page elsewhere reaching it through a DNS name that points at 127.0.0.1 (rebinding).
    expect(
      (await get(`${feed.url}latest.yml`, { Host: `evil.example:${new URL(feed.url).port}` })).status,
    ).toBe(404);
    expect(feed.served.filter((r) => r.status < 400).map((r) => `${r.path} ${r.range ?? ''}`.trim())).toEqual(
      [
        '/latest.yml',
        `/${installer}.blockmap`,
        `/${installer}`,
        `/${installer} bytes=1000-1999`,
        `/${installer} bytes=0-9, 5000-5009`,
      ],
    );

    await feed.stop();
    await expect(get(`${feed.url}latest.yml`)).rejects.toMatchObject({ code: 'ECONNREFUSED' });
  });

  it('reads byte ranges as HTTP defines them', () => {
    expect(parseRange('bytes=0-0', 10)).toEqual([{ start: 0, end: 0 }]);
    expect(parseRange('bytes=5-', 10)).toEqual([{ start: 5, end: 9 }]);
    expect(parseRange('bytes=-3', 10)).toEqual([{ start: 7, end: 9 }]);
    expect(parseRange('bytes=8-20', 10)).toEqual([{ start: 8, end: 9 }]);
    expect(parseRange('bytes=10-', 10)).toBeNull();
    expect(parseRange('bytes=5-2', 10)).toBeNull();
    expect(parseRange('items=0-1', 10)).toBeNull();
  });
});
