import { describe, expect, it } from 'vitest';
import { namePhoneToken, nameYearCommuneToken } from '../../../../shared/crypto/blind-index';
import { canonicalJson } from '../../../../shared/crypto/canonical-json';
import { chainHash } from '../../../../shared/crypto/chain-hash';
import {
  newDataKey,
  passphraseKey,
  recoveryWrappingKey,
  sessionKeysFrom,
  unwrapDataKey,
  wrapDataKey,
} from '../../../../shared/crypto/data-key';
import { formatRecoveryKey, newRecoveryKey, parseRecoveryKey } from '../../../../shared/crypto/recovery-key';
import { openJson, sealJson } from '../../../../shared/crypto/vault';

describe('vault', () => {
  it('round-trips Vietnamese text and uses a fresh IV every time', async () => {
    const { vault } = await sessionKeysFrom(newDataKey());
    const a = await sealJson(vault, 'case-1', { fullName: 'Nguyễn Thị Hoà' });
    const b = await sealJson(vault, 'case-1', { fullName: 'Nguyễn Thị Hoà' });
    expect(a.iv).toHaveLength(12);
    expect(a.iv).not.toEqual(b.iv);
    expect(await openJson(vault, 'case-1', a)).toEqual({ fullName: 'Nguyễn Thị Hoà' });
  });
  it('refuses to open a vault moved onto another record, or with one byte flipped', async () => {
    const { vault } = await sessionKeysFrom(newDataKey());
    const sealed = await sealJson(vault, 'case-1', { fullName: 'X' });
    await expect(openJson(vault, 'case-2', sealed)).rejects.toThrow();
    const ct = new Uint8Array(sealed.ct);
    ct[0] = (ct[0] ?? 0) ^ 1;
    await expect(openJson(vault, 'case-1', { ...sealed, ct })).rejects.toThrow();
  });
  it('derives non-extractable session keys', async () => {
    const keys = await sessionKeysFrom(newDataKey());
    expect(keys.vault.extractable).toBe(false);
    expect(keys.index.extractable).toBe(false);
  });
});

describe('data key wrapping', () => {
  it('unwraps with the right passphrase only', async () => {
    const dataKey = newDataKey();
    const salt = new Uint8Array(16).fill(7);
    // Fewer iterations than production keep the unit test fast; the store always uses 600,000.
    const wrapped = await wrapDataKey(await passphraseKey('mật khẩu đúng', salt, 1000), dataKey, 'u1');
    expect(await unwrapDataKey(await passphraseKey('mật khẩu đúng', salt, 1000), wrapped, 'u1')).toEqual(
      dataKey,
    );
    await expect(
      unwrapDataKey(await passphraseKey('mật khẩu sai', salt, 1000), wrapped, 'u1'),
    ).rejects.toThrow();
  });
  it('treats composed and decomposed Vietnamese passphrases alike', async () => {
    const salt = new Uint8Array(16);
    const dataKey = newDataKey();
    const wrapped = await wrapDataKey(await passphraseKey('Hoà bình', salt, 1000), dataKey, 'u');
    const nfd = 'Hoà bình'.normalize('NFD');
    expect(await unwrapDataKey(await passphraseKey(nfd, salt, 1000), wrapped, 'u')).toEqual(dataKey);
  });
  it('unwraps with the recovery key as printed and as retyped carelessly', async () => {
    const recovery = newRecoveryKey();
    const printed = formatRecoveryKey(recovery);
    expect(printed).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){12}[0-9A-HJKMNP-TV-Z]{4}$/);
    const retyped = printed.toLowerCase().replace(/-/g, ' ');
    expect(parseRecoveryKey(retyped)).toEqual(recovery);
    const salt = new Uint8Array(16);
    const dataKey = newDataKey();
    const wrapped = await wrapDataKey(await recoveryWrappingKey(recovery, salt), dataKey, 'r');
    const parsed = parseRecoveryKey(printed);
    if (parsed === null) throw new Error('recovery key did not parse');
    expect(await unwrapDataKey(await recoveryWrappingKey(parsed, salt), wrapped, 'r')).toEqual(dataKey);
    expect(parseRecoveryKey(printed.slice(0, -2))).toBeNull();
    expect(parseRecoveryKey(`${printed.slice(0, -1)}U`)).toBeNull();
    // Non-zero padding bits in the last character: a different spelling, refused.
    expect(parseRecoveryKey(`${printed.slice(0, -1)}${printed.endsWith('0') ? '1' : 'H'}`)).toBeNull();
  });
});

describe('blind index', () => {
  it('matches a name typed without diacritics and a phone written differently', async () => {
    const { index } = await sessionKeysFrom(newDataKey());
    const a = await namePhoneToken(index, { fullName: 'Nguyễn Thị Hoà', phone: '0905 123 456' });
    const b = await namePhoneToken(index, { fullName: 'nguyen  thi hòa', phone: '+84 905-123-456' });
    const c = await namePhoneToken(index, { fullName: 'Nguyễn Thị Hoa', phone: '0905 123 457' });
    expect(a).toBe(b);
    expect(a).not.toBe(c);
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(await namePhoneToken(index, { fullName: 'X' })).toBeUndefined();
  });
  it('binds name, birth year and commune', async () => {
    const { index } = await sessionKeysFrom(newDataKey());
    const probe = { fullName: 'Lê Văn Đức', birthYear: 1990 };
    expect(await nameYearCommuneToken(index, probe, '502-01')).toBe(
      await nameYearCommuneToken(index, { ...probe, fullName: 'le van duc' }, '502-01'),
    );
    expect(await nameYearCommuneToken(index, probe, '502-01')).not.toBe(
      await nameYearCommuneToken(index, probe, '502-02'),
    );
  });
  it('gives different tokens under different office keys', async () => {
    const one = await sessionKeysFrom(newDataKey());
    const two = await sessionKeysFrom(newDataKey());
    const probe = { fullName: 'Trần Thị Mai', phone: '0905000000' };
    expect(await namePhoneToken(one.index, probe)).not.toBe(await namePhoneToken(two.index, probe));
  });
});

describe('canonical JSON and the chain hash', () => {
  it('sorts keys and drops undefined', () => {
    expect(canonicalJson({ b: 1, a: [true, null, { d: 'đ', c: undefined }] })).toBe(
      '{"a":[true,null,{"d":"đ"}],"b":1}',
    );
  });
  it('changes when any field changes', () => {
    const entry = { seq: 1, action: 'view', recordId: 'x' };
    expect(chainHash('0', entry)).toBe(chainHash('0', { recordId: 'x', action: 'view', seq: 1 }));
    expect(chainHash('0', entry)).not.toBe(chainHash('0', { ...entry, recordId: 'y' }));
    expect(chainHash('0', entry)).not.toBe(chainHash('1', entry));
  });
});
