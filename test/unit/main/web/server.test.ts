import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHostHandlers } from '../../../../main/handlers';
import { startWebHost, type WebHost } from '../../../../main/web/server';
import { createDispatcher } from '../../../../shared/host/dispatch';
import { hostContract } from '../../../../shared/host-api';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** Raw HTTP so the test controls Host and Origin exactly, as an attacker's browser would. */
function call(
  host: WebHost,
  method: string,
  pathname: string,
  headers: Record<string, string>,
  body?: string,
) {
  const { port } = new URL(host.origin);
  return new Promise<Reply>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method, path: pathname, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          body: Buffer.concat(chunks).toString(),
        }),
      );
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('web host', () => {
  let host: WebHost;
  let own: Record<string, string>;
  let root: string;
  let staticDir: string;
  const opened: string[] = [];

  beforeAll(async () => {
    // root/app is what the host serves; root/secret.txt sits just outside it, for the traversal tests.
    root = await mkdtemp(path.join(tmpdir(), 'binhan-static-'));
    staticDir = path.join(root, 'app');
    await mkdir(staticDir);
    await writeFile(path.join(staticDir, 'index.html'), '<!doctype html><title>Bình An</title>');
    await writeFile(path.join(root, 'secret.txt'), 'outside the root');
    const handlers = createHostHandlers({
      info: {
        name: 'Bình An',
        version: '9.9.9',
        transport: 'web',
        dataDir: '/tmp/x',
        platform: 'linux',
        electronBinaryPresent: false,
      },
      openExternal: async (url) => {
        opened.push(url);
      },
    });
    host = await startWebHost({
      staticDir,
      dispatch: createDispatcher(hostContract, handlers),
      port: 0,
      maxBodyBytes: 1024,
    });
    own = { Host: new URL(host.origin).host, 'Content-Type': 'application/json' };
  });
  afterAll(async () => {
    await host.close();
    await rm(root, { recursive: true, force: true });
  });

  it('listens on loopback only', () => {
    expect(new URL(host.origin).hostname).toBe('127.0.0.1');
  });

  it('answers an API call that carries the token', async () => {
    const reply = await call(host, 'POST', '/api/app/info', { ...own, 'X-Binhan-Token': host.token });
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: true, value: { version: '9.9.9', transport: 'web' } });
  });

  it('refuses an API call without the token (401)', async () => {
    const reply = await call(host, 'POST', '/api/app/info', own);
    expect(reply.status).toBe(401);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
  });

  it('refuses a wrong token (401)', async () => {
    const reply = await call(host, 'POST', '/api/app/info', {
      ...own,
      'X-Binhan-Token': `${host.token.slice(1)}x`,
    });
    expect(reply.status).toBe(401);
  });

  it('refuses a foreign Host even with the token (DNS rebinding)', async () => {
    const reply = await call(host, 'POST', '/api/app/info', {
      ...own,
      Host: `evil.example:${new URL(host.origin).port}`,
      'X-Binhan-Token': host.token,
    });
    expect(reply.status).toBe(403);
  });

  it('refuses a foreign Origin even with the token', async () => {
    const reply = await call(host, 'POST', '/api/app/info', {
      ...own,
      Origin: 'http://evil.example',
      'X-Binhan-Token': host.token,
    });
    expect(reply.status).toBe(403);
  });

  it('answers 400 with a clear message for a malformed body', async () => {
    const reply = await call(
      host,
      'POST',
      '/api/app/openExternal',
      { ...own, 'X-Binhan-Token': host.token },
      '{"url":',
    );
    expect(reply.status).toBe(400);
    expect(JSON.parse(reply.body).error.message).toMatch(/không phải JSON hợp lệ/);
  });

  it('answers 400 naming the field when the input breaks the schema', async () => {
    const body = JSON.stringify({ url: 42 });
    const reply = await call(
      host,
      'POST',
      '/api/app/openExternal',
      { ...own, 'X-Binhan-Token': host.token },
      body,
    );
    expect(reply.status).toBe(400);
    expect(JSON.parse(reply.body).error.message).toMatch(/trường url/);
  });

  it('answers 413 for an oversize body without reading it all', async () => {
    const body = JSON.stringify({ url: `https://tongdai111.vn/${'a'.repeat(4096)}` });
    const reply = await call(
      host,
      'POST',
      '/api/app/openExternal',
      { ...own, 'X-Binhan-Token': host.token },
      body,
    );
    expect(reply.status).toBe(413);
    expect(JSON.parse(reply.body).error.code).toBe('invalid_input');
  });

  it('refuses a non-JSON content type (blocks cross-site form posts)', async () => {
    const reply = await call(host, 'POST', '/api/app/info', {
      ...own,
      'Content-Type': 'text/plain',
      'X-Binhan-Token': host.token,
    });
    expect(reply.status).toBe(415);
  });

  it('opens only allow-listed addresses', async () => {
    const headers = { ...own, 'X-Binhan-Token': host.token };
    const bad = await call(
      host,
      'POST',
      '/api/app/openExternal',
      headers,
      JSON.stringify({ url: 'https://evil.example/' }),
    );
    expect(JSON.parse(bad.body)).toMatchObject({ ok: false, error: { code: 'not_allowed' } });
    const good = await call(
      host,
      'POST',
      '/api/app/openExternal',
      headers,
      JSON.stringify({ url: 'https://tongdai111.vn/' }),
    );
    expect(JSON.parse(good.body)).toEqual({ ok: true, value: null });
    expect(opened).toEqual(['https://tongdai111.vn/']);
  });

  it('moves the launch token into an HttpOnly SameSite=Strict cookie and off the address bar', async () => {
    const reply = await call(host, 'GET', `/?token=${host.token}`, { Host: own.Host ?? '' });
    expect(reply.status).toBe(303);
    expect(reply.headers.location).toBe('/');
    const cookie = String(reply.headers['set-cookie']);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
  });

  it('serves the app with a strict CSP only to a holder of the cookie', async () => {
    const without = await call(host, 'GET', '/', { Host: own.Host ?? '' });
    expect(without.status).toBe(401);
    const withCookie = await call(host, 'GET', '/', {
      Host: own.Host ?? '',
      Cookie: `binhan_token=${host.token}`,
    });
    expect(withCookie.status).toBe(200);
    expect(withCookie.body).toContain('Bình An');
    expect(withCookie.headers['content-security-policy']).toContain("script-src 'self'");
  });

  it.each(['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/%5c..%5csecret.txt'])(
    'does not serve files outside the app folder: %s',
    async (pathname) => {
      const reply = await call(host, 'GET', pathname, {
        Host: own.Host ?? '',
        Cookie: `binhan_token=${host.token}`,
      });
      expect(reply.status).toBe(404);
      expect(reply.body).not.toContain('outside the root');
    },
  );

  it('lets a call that declares a larger input limit through, and only that call', async () => {
    const handlers = createHostHandlers({
      info: {
        name: 'Bình An',
        version: '1',
        transport: 'web',
        dataDir: '/x',
        platform: 'linux',
        electronBinaryPresent: false,
      },
      openExternal: async () => {},
    });
    const roomy = await startWebHost({
      staticDir,
      dispatch: createDispatcher(hostContract, handlers),
      port: 0,
      maxBodyBytes: 64,
      maxBodyBytesOf: (channel) => (channel === 'app:openExternal' ? 8192 : undefined),
    });
    try {
      const headers = {
        Host: new URL(roomy.origin).host,
        'Content-Type': 'application/json',
        'X-Binhan-Token': roomy.token,
      };
      const long = JSON.stringify({ url: `https://tongdai111.vn/${'a'.repeat(1000)}` });
      const allowed = await call(roomy, 'POST', '/api/app/openExternal', headers, long);
      expect(allowed.status).toBe(200);
      const other = await call(
        roomy,
        'POST',
        '/api/app/info',
        headers,
        JSON.stringify({ padding: 'x'.repeat(100) }),
      );
      expect(other.status).toBe(413);
    } finally {
      await roomy.close();
    }
  });
});
