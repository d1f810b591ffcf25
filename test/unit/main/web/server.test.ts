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

  it('answers to its own random ….localhost name only, listening on loopback', async () => {
    expect(host.hostName).toMatch(/^binhan-[a-z2-7]{16}\.localhost$/);
    expect(new URL(host.origin).hostname).toBe(host.hostName);
    // The request goes to 127.0.0.1 (call() always connects there): only our name is accepted.
    for (const other of [
      `127.0.0.1:${host.port}`,
      `localhost:${host.port}`,
      `binhan-x.localhost:${host.port}`,
    ]) {
      const reply = await call(host, 'POST', '/api/app/info', {
        ...own,
        Host: other,
        'X-Binhan-Token': host.session,
      });
      expect(reply.status, other).toBe(403);
    }
  });

  it('answers an API call that carries the token', async () => {
    const reply = await call(host, 'POST', '/api/app/info', { ...own, 'X-Binhan-Token': host.session });
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
      'X-Binhan-Token': `${host.session.slice(1)}x`,
    });
    expect(reply.status).toBe(401);
  });

  it('refuses a foreign Host even with the token (DNS rebinding)', async () => {
    const reply = await call(host, 'POST', '/api/app/info', {
      ...own,
      Host: `evil.example:${new URL(host.origin).port}`,
      'X-Binhan-Token': host.session,
    });
    expect(reply.status).toBe(403);
  });

  it('refuses a foreign Origin even with the token', async () => {
    const reply = await call(host, 'POST', '/api/app/info', {
      ...own,
      Origin: 'http://evil.example',
      'X-Binhan-Token': host.session,
    });
    expect(reply.status).toBe(403);
  });

  it('answers 400 with a clear message for a malformed body', async () => {
    const reply = await call(
      host,
      'POST',
      '/api/app/openExternal',
      { ...own, 'X-Binhan-Token': host.session },
      '{"url":',
    );
    expect(reply.status).toBe(400);
    expect(JSON.parse(reply.body).error).toMatchObject({
      reason: 'badRequest',
      details: { expected: 'JSON' },
    });
  });

  it('answers 400 naming the field when the input breaks the schema', async () => {
    const body = JSON.stringify({ url: 42 });
    const reply = await call(
      host,
      'POST',
      '/api/app/openExternal',
      { ...own, 'X-Binhan-Token': host.session },
      body,
    );
    expect(reply.status).toBe(400);
    expect(JSON.parse(reply.body).error).toMatchObject({
      reason: 'invalidFields',
      details: { field: 'url' },
    });
  });

  it('answers 413 for an oversize body without reading it all', async () => {
    const body = JSON.stringify({ url: `https://tongdai111.vn/${'a'.repeat(4096)}` });
    const reply = await call(
      host,
      'POST',
      '/api/app/openExternal',
      { ...own, 'X-Binhan-Token': host.session },
      body,
    );
    expect(reply.status).toBe(413);
    expect(JSON.parse(reply.body).error.code).toBe('invalidInput');
  });

  it('refuses a non-JSON content type (blocks cross-site form posts)', async () => {
    const reply = await call(host, 'POST', '/api/app/info', {
      ...own,
      'Content-Type': 'text/plain',
      'X-Binhan-Token': host.session,
    });
    expect(reply.status).toBe(415);
  });

  it('opens only allow-listed addresses', async () => {
    const headers = { ...own, 'X-Binhan-Token': host.session };
    const bad = await call(
      host,
      'POST',
      '/api/app/openExternal',
      headers,
      JSON.stringify({ url: 'https://evil.example/' }),
    );
    expect(JSON.parse(bad.body)).toMatchObject({ ok: false, error: { code: 'notAllowed' } });
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

  it('trades a launch link, once, for an HttpOnly SameSite=Strict cookie bound to its own name', async () => {
    const link = new URL(host.newLaunchUrl());
    expect(link.origin).toBe(host.origin);
    const reply = await call(host, 'GET', `${link.pathname}${link.search}`, { Host: own.Host ?? '' });
    expect(reply.status).toBe(303);
    expect(reply.headers.location).toBe('/');
    const cookie = String(reply.headers['set-cookie']);
    expect(cookie).toContain(`binhan_session=${host.session}`);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    // No Domain attribute: a host-only cookie, which a server on 127.0.0.1 or localhost never receives.
    expect(cookie).not.toMatch(/Domain=/i);
    expect(cookie).not.toContain(link.searchParams.get('token') ?? '');
  });

  it('refuses a launch link used once already', async () => {
    const link = new URL(host.newLaunchUrl());
    const path = `${link.pathname}${link.search}`;
    expect((await call(host, 'GET', path, { Host: own.Host ?? '' })).status).toBe(303);
    const again = await call(host, 'GET', path, { Host: own.Host ?? '' });
    expect(again.status).toBe(401);
    expect(again.headers['set-cookie']).toBeUndefined();
    expect(again.body).toContain('đã được dùng một lần');
  });

  it('refuses a launch link older than a minute, and an unknown one', async () => {
    let now = 1_000_000;
    const clocked = await startWebHost({
      staticDir,
      dispatch: createDispatcher(
        hostContract,
        createHostHandlers({
          info: {
            name: 'Bình An',
            version: '1',
            transport: 'web',
            dataDir: root,
            platform: 'linux',
            electronBinaryPresent: false,
          },
          openExternal: async () => {},
        }),
      ),
      port: 0,
      now: () => now,
    });
    try {
      const headers = { Host: new URL(clocked.origin).host };
      const fresh = new URL(clocked.newLaunchUrl());
      const stale = new URL(clocked.url);
      now += 60_001;
      const late = await call(clocked, 'GET', stale.search ? `/${stale.search}` : '/', headers);
      expect(late.status).toBe(401);
      expect(late.headers['set-cookie']).toBeUndefined();
      expect(late.body).toContain('đã hết hạn');
      expect((await call(clocked, 'GET', `/${fresh.search}`, headers)).status).toBe(401);
      const unknown = await call(clocked, 'GET', '/?token=abc', headers);
      expect(unknown.status).toBe(401);
      expect(unknown.body).toContain('không đúng');
      // A link issued now works: the clock, not the host, made the others stale.
      const now1 = new URL(clocked.newLaunchUrl());
      expect((await call(clocked, 'GET', `/${now1.search}`, headers)).status).toBe(303);
    } finally {
      await clocked.close();
    }
  });

  it('an old link clicked again by a browser already in gives nothing new', async () => {
    const link = new URL(host.newLaunchUrl());
    expect((await call(host, 'GET', `/${link.search}`, { Host: own.Host ?? '' })).status).toBe(303);
    const reply = await call(host, 'GET', `/${link.search}`, {
      Host: own.Host ?? '',
      Cookie: `binhan_session=${host.session}`,
    });
    expect(reply.status).toBe(303);
    expect(reply.headers['set-cookie']).toBeUndefined();
  });

  it('serves the app with a strict CSP only to a holder of the cookie', async () => {
    const without = await call(host, 'GET', '/', { Host: own.Host ?? '' });
    expect(without.status).toBe(401);
    const withCookie = await call(host, 'GET', '/', {
      Host: own.Host ?? '',
      Cookie: `binhan_session=${host.session}`,
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
        Cookie: `binhan_session=${host.session}`,
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
        'X-Binhan-Token': roomy.session,
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
