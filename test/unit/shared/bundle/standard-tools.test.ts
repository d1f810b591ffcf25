import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatAgeIdentityFile } from '../../../../shared/bundle/age';
import { sha256Hex } from '../../../../shared/bundle/hash';
import { DEFAULT_LIMITS } from '../../../../shared/bundle/limits';
import {
  formatPublicKey,
  formatSecretKey,
  parsePublicKey,
  parseSecretKey,
  parseSignature,
  publicPart,
  signMinisign,
  verifyMinisign,
} from '../../../../shared/bundle/minisign';
import { readBundle } from '../../../../shared/bundle/read-bundle';
import { writeBundle } from '../../../../shared/bundle/write-bundle';
import { readZip } from '../../../../shared/bundle/zip';
import { fields, makeParties, rezip, run, sampleRecords, tempDir } from './fixtures';

/** A bundle must open with unzip, minisign, sha256sum and age alone (ARCHITECTURE.md, Exchange). */
describe('bundles and the standard tools', () => {
  const tmp = tempDir();
  const dir = tmp.dir;
  afterAll(tmp.done);
  let parties: Awaited<ReturnType<typeof makeParties>>;
  let bundlePath: string;

  beforeAll(async () => {
    parties = await makeParties();
    const written = await writeBundle({
      manifestFields: fields(),
      records: sampleRecords,
      senderSigningKey: parties.office,
      recipient: parties.province.recipient,
    });
    bundlePath = path.join(dir, written.fileName);
    writeFileSync(bundlePath, written.bytes);
    writeFileSync(path.join(dir, 'signing.pub'), formatPublicKey(publicPart(parties.office)));
    writeFileSync(path.join(dir, 'signing.key'), formatSecretKey(parties.office), { mode: 0o600 });
    writeFileSync(path.join(dir, 'age.key'), formatAgeIdentityFile(parties.province, '2025-03-08T09:30:00Z'));
    chmodSync(path.join(dir, 'age.key'), 0o600);
    // Entries are unpacked by our reader so that only the listing test needs Info-ZIP's unzip.
    mkdirSync(path.join(dir, 'x'));
    for (const [name, bytes] of Object.entries(readZip(written.bytes, DEFAULT_LIMITS))) {
      writeFileSync(path.join(dir, 'x', name), bytes);
    }
  });

  it('lists exactly the three entries with unzip -l, and unzip -t finds no error', () => {
    const out = run('unzip', ['-l', bundlePath]);
    expect(out.status, 'Info-ZIP unzip is required (apt-get install unzip)').toBe(0);
    expect(run('unzip', ['-tq', bundlePath]).status).toBe(0);
    const names = String(out.stdout)
      .split('\n')
      .map((l) => l.trim().split(/\s+/)[3])
      .filter((n): n is string => n !== undefined && /\./.test(n));
    expect(names.sort()).toEqual(['manifest.json', 'manifest.json.minisig', 'payload.age']);
  });

  it('verifies with minisign -V and prints our trusted comment', () => {
    const out = run('minisign', [
      '-Vm',
      path.join(dir, 'x', 'manifest.json'),
      '-p',
      path.join(dir, 'signing.pub'),
    ]);
    expect(out.status, out.stderr).toBe(0);
    expect(String(out.stdout)).toContain('Trusted comment: binhan kind=data seq=1 from=49201 to=49');
  });

  it('has a payload whose sha256sum matches the manifest', () => {
    const manifest = JSON.parse(readFileSync(path.join(dir, 'x', 'manifest.json'), 'utf8'));
    const out = run('sha256sum', [path.join(dir, 'x', 'payload.age')]);
    expect(String(out.stdout).split(' ')[0]).toBe(manifest.payload.sha256);
    expect(manifest.payload.sha256).toBe(sha256Hex(readFileSync(path.join(dir, 'x', 'payload.age'))));
  });

  it('decrypts with age -d and gunzips to our records', () => {
    const dec = run('age', ['-d', '-i', path.join(dir, 'age.key'), path.join(dir, 'x', 'payload.age')]);
    expect(dec.status, dec.stderr).toBe(0);
    const plain = run('gunzip', [], dec.stdout);
    expect(plain.status).toBe(0);
    expect(JSON.parse(String(plain.stdout))).toEqual({ formatVersion: 1, records: sampleRecords });
  });

  it('is rejected by minisign when the manifest changes by one byte', () => {
    const tampered = path.join(dir, 'tampered.json');
    const bytes = readFileSync(path.join(dir, 'x', 'manifest.json'));
    bytes[10] = (bytes[10] ?? 0) ^ 1;
    writeFileSync(tampered, bytes);
    const out = run('minisign', [
      '-Vm',
      tampered,
      '-x',
      path.join(dir, 'x', 'manifest.json.minisig'),
      '-p',
      path.join(dir, 'signing.pub'),
    ]);
    expect(out.status).toBe(1);
  });

  it('accepts in our reader a manifest signed by `minisign -S` with our secret key file', async () => {
    const manifestPath = path.join(dir, 'x', 'manifest.json');
    const sigPath = path.join(dir, 'by-minisign.minisig');
    const sign = run('minisign', [
      '-S',
      '-s',
      path.join(dir, 'signing.key'),
      '-m',
      manifestPath,
      '-x',
      sigPath,
    ]);
    expect(sign.status, sign.stderr).toBe(0);
    const bytes = rezip({
      'manifest.json': readFileSync(manifestPath),
      'manifest.json.minisig': readFileSync(sigPath),
      'payload.age': readFileSync(path.join(dir, 'x', 'payload.age')),
    });
    const pub = parsePublicKey(readFileSync(path.join(dir, 'signing.pub'), 'utf8'));
    const result = await readBundle(bytes, {
      approvedSenders: [{ publicKey: pub, unit: '49201' }],
      expectedRecipient: '49',
      identity: parties.province.identity,
    });
    expect(result.ok && result.value.records).toEqual(sampleRecords);
    expect(result.ok && result.value.trustedComment).toMatch(/^timestamp:\d+\tfile:manifest\.json/);
  });

  it('reads a key pair made by `minisign -G -W`', () => {
    const pub = path.join(dir, 'g.pub');
    const key = path.join(dir, 'g.key');
    const out = run('minisign', ['-G', '-W', '-p', pub, '-s', key]);
    expect(out.status, out.stderr).toBe(0);
    const parsed = parsePublicKey(readFileSync(pub, 'utf8'));
    expect(formatPublicKey(parsed).split('\n')[1]).toBe(readFileSync(pub, 'utf8').split('\n')[1]);
    const secret = parseSecretKey(readFileSync(key, 'utf8'));
    const message = new TextEncoder().encode('Bình An');
    expect(verifyMinisign(message, parseSignature(signMinisign(message, secret, 'x')), parsed)).toBe(true);
  });
});
