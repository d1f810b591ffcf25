import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveAppRequest } from '../../../../main/electron/app-protocol';
import { CONTENT_SECURITY_POLICY } from '../../../../main/services/csp';

let dir: string;
let root: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'binhan-protocol-'));
  root = path.join(dir, 'renderer');
  await mkdir(path.join(root, 'assets'), { recursive: true });
  await writeFile(path.join(root, 'index.html'), '<!doctype html><h1>Tổng quan</h1>');
  await writeFile(path.join(root, 'assets', 'app.js'), 'console.log(1)');
  await writeFile(path.join(dir, 'secret.txt'), 'survivor data');
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const get = (url: string, method = 'GET') => serveAppRequest(root, new Request(url, { method }));

describe('app:// protocol', () => {
  it('serves the renderer with the strict CSP and security headers', async () => {
    const response = await get('app://binhan/index.html');
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('Tổng quan');
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
  });

  it('serves assets with their type and / as index.html', async () => {
    const script = await get('app://binhan/assets/app.js');
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await (await get('app://binhan/')).text()).toContain('Tổng quan');
  });

  it.each([
    'app://binhan/..%2fsecret.txt',
    'app://binhan/%2e%2e%2fsecret.txt',
    'app://binhan/assets/..%2f..%2fsecret.txt',
    'app://binhan/..%5csecret.txt',
    'app://binhan/index.html%00.js',
    'app://binhan/missing.html',
    'app://binhan/assets',
    'app://evil/index.html',
    'app://binhan.evil/index.html',
  ])('refuses %s with 404 and still sends the CSP', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('survivor');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('accepts only GET and HEAD', async () => {
    expect((await get('app://binhan/index.html', 'POST')).status).toBe(405);
    const head = await get('app://binhan/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});
