import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../../../shared/bundle/limits';
import { parseSecretKey } from '../../../../shared/bundle/minisign';
import type { BundleRecords } from '../../../../shared/bundle/payload';
import { writeBundle } from '../../../../shared/bundle/write-bundle';
import { readZip } from '../../../../shared/bundle/zip';

/** The real `binhan` as a separate process, built from source the way build/bundle-main.mjs does. */
let root: string;
let cliJs: string;
const binhan = (...args: string[]) => {
  const r = spawnSync(process.execPath, [cliJs, ...args], { encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
};
const tool = (cmd: string, args: string[], input?: Buffer) =>
  spawnSync(cmd, args, { input, encoding: 'buffer' });
const p = (...parts: string[]) => path.join(root, ...parts);

const records: BundleRecords = {
  cases: [{ id: 'c1', commune: '20434', month: '2025-02', note: 'Hỗ trợ tâm lý, tư vấn pháp lý' }],
  trainings: [
    { id: 't1', title: 'Tập huấn cán bộ xã' },
    { id: 't2', title: 'Truyền thông trường học' },
  ],
};

/** A rejection or failure is exactly one line on stderr, with no stack trace. */
function expectOneLine(stderr: string, pattern: RegExp) {
  expect(stderr.endsWith('\n')).toBe(true);
  expect(stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(stderr).not.toMatch(/\n\s+at |\.ts:\d+|\.js:\d+/);
  expect(stderr).toMatch(pattern);
}

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'binhan-cli-'));
  cliJs = p('cli.js');
  await build({
    entryPoints: ['main/cli.ts'],
    outfile: cliJs,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    logLevel: 'error',
    banner: {
      js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
    },
  });
  expect(readFileSync(cliJs, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  for (const who of ['office', 'province']) expect(binhan('keygen', '--out', p(who)).status).toBe(0);
  const written = await writeBundle({
    manifestFields: {
      kind: 'data',
      sender: { unit: '49201' },
      recipient: { unit: '49' },
      sequence: 1,
      previousManifestSha256: null,
      createdAt: '2025-03-08T09:30:00.000Z',
    },
    records,
    senderSigningKey: parseSecretKey(readFileSync(p('office', 'signing.key'), 'utf8')),
    recipient: readFileSync(p('province', 'age.pub'), 'utf8').trim(),
  });
  writeFileSync(p('bundle.zip'), written.bytes);
}, 60_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('binhan keygen', () => {
  it('writes minisign and age key files usable by the real tools, secrets 0600', () => {
    expect(readdirSync(p('office')).sort()).toEqual(['age.key', 'age.pub', 'signing.key', 'signing.pub']);
    if (process.platform !== 'win32') {
      expect(statSync(p('office', 'signing.key')).mode & 0o777).toBe(0o600);
      expect(statSync(p('office', 'age.key')).mode & 0o777).toBe(0o600);
    }
    const recipient = tool('age-keygen', ['-y', p('office', 'age.key')]);
    expect(String(recipient.stdout)).toBe(readFileSync(p('office', 'age.pub'), 'utf8'));
    writeFileSync(p('msg.txt'), 'Bình An');
    expect(tool('minisign', ['-S', '-s', p('office', 'signing.key'), '-m', p('msg.txt')]).status).toBe(0);
    expect(tool('minisign', ['-Vm', p('msg.txt'), '-p', p('office', 'signing.pub')]).status).toBe(0);
  });

  it('refuses to overwrite existing keys (exit 1)', () => {
    const r = binhan('keygen', '--out', p('office'));
    expect(r.status).toBe(1);
    expectOneLine(r.stderr, /không ghi đè/);
  });
});

describe('binhan inspect, verify, open', () => {
  it('inspect prints the manifest as JSON', () => {
    const r = binhan('inspect', p('bundle.zip'));
    expect(r.status).toBe(0);
    const manifest = JSON.parse(r.stdout);
    expect(manifest).toMatchObject({ kind: 'data', sequence: 1, counts: { cases: 1, trainings: 2 } });
  });

  it('verify accepts the sender’s key and prints one line', () => {
    const r = binhan('verify', p('bundle.zip'), '--sender', p('office', 'signing.pub'), '--recipient', '49');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stdout).toMatch(/^Hợp lệ: gói data số 1 từ 49201 gửi 49/);
  });

  it('verify refuses another key, another recipient, a tampered or truncated file (exit 1, one line)', () => {
    const wrongKey = binhan('verify', p('bundle.zip'), '--sender', p('province', 'signing.pub'));
    expect(wrongKey.status).toBe(1);
    expectOneLine(wrongKey.stderr, /TỪ CHỐI \[unknownSender\]/);

    const wrongRecipient = binhan(
      'verify',
      p('bundle.zip'),
      '--sender',
      p('office', 'signing.pub'),
      '--recipient',
      '48',
    );
    expect(wrongRecipient.status).toBe(1);
    expectOneLine(wrongRecipient.stderr, /\[wrongRecipient\]/);

    const e = readZip(readFileSync(p('bundle.zip')), DEFAULT_LIMITS);
    const payload = e['payload.age'].slice();
    payload[200] = (payload[200] ?? 0) ^ 1;
    writeFileSync(
      p('tampered.zip'),
      zipSync({
        'manifest.json': [e['manifest.json'], { level: 0 }],
        'manifest.json.minisig': [e['manifest.json.minisig'], { level: 0 }],
        'payload.age': [payload, { level: 0 }],
      }),
    );
    const tampered = binhan('verify', p('tampered.zip'), '--sender', p('office', 'signing.pub'));
    expect(tampered.status).toBe(1);
    expectOneLine(tampered.stderr, /\[payloadMismatch\]/);

    writeFileSync(p('truncated.zip'), readFileSync(p('bundle.zip')).subarray(0, 500));
    const truncated = binhan('inspect', p('truncated.zip'));
    expect(truncated.status).toBe(1);
    expectOneLine(truncated.stderr, /\[corrupt\]/);
  });

  it('open writes one JSON file per record type, and refuses to overwrite', () => {
    const args = [
      '--sender',
      p('office', 'signing.pub'),
      '--identity',
      p('province', 'age.key'),
      '--out',
      p('opened'),
    ];
    const r = binhan('open', p('bundle.zip'), ...args);
    expect(r.status, r.stderr).toBe(0);
    expect(readdirSync(p('opened')).sort()).toEqual(['cases.json', 'manifest.json', 'trainings.json']);
    expect(JSON.parse(readFileSync(p('opened', 'cases.json'), 'utf8'))).toEqual(records.cases);
    expect(JSON.parse(readFileSync(p('opened', 'trainings.json'), 'utf8'))).toEqual(records.trainings);
    const again = binhan('open', p('bundle.zip'), ...args);
    expect(again.status).toBe(1);
    expectOneLine(again.stderr, /không ghi đè/);
  });

  it('open with the wrong identity: cannotDecrypt, nothing written', () => {
    const r = binhan(
      'open',
      p('bundle.zip'),
      '--sender',
      p('office', 'signing.pub'),
      '--identity',
      p('office', 'age.key'),
      '--out',
      p('not-opened'),
    );
    expect(r.status).toBe(1);
    expectOneLine(r.stderr, /\[cannotDecrypt\]/);
    expect(() => readdirSync(p('not-opened'))).toThrow();
  });

  it('verify accepts a manifest re-signed by `minisign -S` with a keygen key', () => {
    mkdirSync(p('resign'));
    const entries = readZip(readFileSync(p('bundle.zip')), DEFAULT_LIMITS);
    for (const [name, bytes] of Object.entries(entries)) writeFileSync(p('resign', name), bytes);
    const sign = tool('minisign', [
      '-S',
      '-s',
      p('office', 'signing.key'),
      '-m',
      p('resign', 'manifest.json'),
      '-t',
      'signed by hand',
    ]);
    expect(sign.status).toBe(0);
    const names = ['manifest.json', 'manifest.json.minisig', 'payload.age'];
    writeFileSync(
      p('resigned.zip'),
      zipSync(Object.fromEntries(names.map((n) => [n, [readFileSync(p('resign', n)), { level: 0 }]]))),
    );
    const r = binhan('verify', p('resigned.zip'), '--sender', p('office', 'signing.pub'));
    expect(r.status, r.stderr).toBe(0);
  });
});

describe('binhan usage errors', () => {
  it('exit 2 with one line for a bad command line; help exits 0', () => {
    for (const args of [
      [],
      ['frobnicate'],
      ['verify', p('bundle.zip')],
      ['verify', p('bundle.zip'), '--sender', p('office', 'signing.pub'), '--bogus', 'x'],
      ['inspect'],
      ['inspect', 'a.zip', 'b.zip'],
      ['keygen'],
      ['verify', p('bundle.zip'), '--sender', 'x', '--recipient', '../49'],
    ]) {
      const r = binhan(...args);
      expect(r.status, args.join(' ')).toBe(2);
      expectOneLine(r.stderr, /^binhan: sai cú pháp/);
    }
    const help = binhan('help');
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('binhan verify BUNDLE --sender signing.pub');
  });

  it('exit 1 for unreadable or invalid key files', () => {
    const missing = binhan('verify', p('bundle.zip'), '--sender', p('nope.pub'));
    expect(missing.status).toBe(1);
    expectOneLine(missing.stderr, /ENOENT/);
    const notKey = binhan('verify', p('bundle.zip'), '--sender', p('msg.txt'));
    expect(notKey.status).toBe(1);
    expectOneLine(notKey.stderr, /không hợp lệ/);
  });
});
