import { describe, expect, it } from 'vitest';
import { fromBase64, toBase64 } from '../../../../shared/bundle/bytes';
import { canonicalJson } from '../../../../shared/bundle/canonical-json';
import { keyFingerprint } from '../../../../shared/bundle/fingerprint';
import { bundleFileName } from '../../../../shared/bundle/manifest';
import {
  formatPublicKey,
  formatSecretKey,
  generateMinisignKey,
  keyIdText,
  parsePublicKey,
  parseSecretKey,
  publicKeyLine,
  publicPart,
} from '../../../../shared/bundle/minisign';
import { isUnsafeEntryName } from '../../../../shared/bundle/zip';

describe('canonical JSON', () => {
  it('sorts keys at every depth and drops whitespace', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 'Đà Nẵng', c: null }], é: true })).toBe(
      '{"a":[{"c":null,"d":"Đà Nẵng"}],"b":1,"é":true}',
    );
  });
  it('refuses what JSON cannot say exactly', () => {
    expect(() => canonicalJson({ x: Number.NaN })).toThrow();
    expect(() => canonicalJson({ x: Number.POSITIVE_INFINITY })).toThrow();
    expect(() => canonicalJson({ x: undefined })).toThrow();
    expect(() => canonicalJson({ x: new Date(0) })).toThrow();
    expect(() => canonicalJson({ x: 1n })).toThrow();
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(() => canonicalJson(cyclic)).toThrow();
  });
});

describe('minisign key files', () => {
  it('round-trip, and print the key id as minisign does', () => {
    const key = generateMinisignKey();
    const pub = formatPublicKey(publicPart(key));
    expect(pub).toMatch(/^untrusted comment: minisign public key [0-9A-F]{16}\nRW[A-Za-z0-9+/]{54}\n$/);
    expect(pub).toContain(keyIdText(key.keyId));
    expect(parsePublicKey(pub)).toEqual(publicPart(key));
    expect(parsePublicKey(publicKeyLine(key))).toEqual(publicPart(key));
    expect(parseSecretKey(formatSecretKey(key))).toEqual(key);
  });
  it('refuse a secret key whose checksum or public half was altered', () => {
    const key = generateMinisignKey();
    const line = formatSecretKey(key).split('\n')[1] ?? '';
    const raw = fromBase64(line) ?? new Uint8Array();
    raw[100] = (raw[100] ?? 0) ^ 1;
    expect(() => parseSecretKey(`untrusted comment: x\n${toBase64(raw)}\n`)).toThrow();
  });
  it('refuse non-canonical base64', () => {
    expect(fromBase64('QQ==')).toEqual(new Uint8Array([65]));
    expect(fromBase64('QR==')).toBeNull();
    expect(fromBase64('Q Q==')).toBeNull();
  });
});

describe('key fingerprint', () => {
  it('is five groups of four digits, stable, and differs between keys', () => {
    const a = publicKeyLine(generateMinisignKey());
    expect(keyFingerprint(a)).toMatch(/^\d{4}( \d{4}){4}$/);
    expect(keyFingerprint(`${a}\n`)).toBe(keyFingerprint(a));
    expect(keyFingerprint(publicKeyLine(generateMinisignKey()))).not.toBe(keyFingerprint(a));
    expect(keyFingerprint('age1qyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqs3290gq')).toMatch(
      /^\d{4}( \d{4}){4}$/,
    );
  });
});

describe('zip entry names', () => {
  it('flags every path that could leave the folder', () => {
    for (const bad of ['../x', '/etc/x', 'a/b', '..\\x', 'C:x', '', 'a\0b'])
      expect(isUnsafeEntryName(bad)).toBe(true);
    for (const good of ['manifest.json', 'payload.age', '..x']) expect(isUnsafeEntryName(good)).toBe(false);
  });
});

it('names bundle files after what they hold', () => {
  expect(
    bundleFileName({
      sender: { unit: '49201', keyId: '' },
      recipient: { unit: '49' },
      kind: 'data',
      sequence: 12,
    }),
  ).toBe('binhan_49201_to_49_data_000012.zip');
});
