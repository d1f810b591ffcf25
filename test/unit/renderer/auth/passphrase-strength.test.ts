import { describe, expect, it } from 'vitest';
import { passphraseStrength } from '../../../../renderer/ui/passphrase-strength';

describe('passphrase strength hint', () => {
  it('calls anything under the store minimum of 10 characters too short, counting Vietnamese letters once', () => {
    expect(passphraseStrength('mậtkhẩu12')).toBe('tooShort');
    expect(passphraseStrength('mậtkhẩu123')).not.toBe('tooShort');
  });
  it('does not praise repetition', () => {
    expect(passphraseStrength('aaaaaaaaaaaaaaaaaaaaaaaa')).toBe('weak');
  });
  it('rates a long sentence of words strong and a short single word weak', () => {
    expect(passphraseStrength('mùa lúa chín ở Duy Xuyên')).toBe('strong');
    expect(passphraseStrength('binhan2025')).toBe('weak');
  });
});
