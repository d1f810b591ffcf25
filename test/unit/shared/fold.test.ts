import { describe, expect, it } from 'vitest';
import { namePhoneToken, nameYearCommuneToken } from '../../../shared/crypto/blind-index';
import { foldVietnamese } from '../../../shared/text/fold';

describe('foldVietnamese', () => {
  it('finds a name typed without diacritics', () => {
    expect(foldVietnamese('Nguyễn Thị Hoà')).toBe(foldVietnamese('nguyen thi hoa'));
  });
  it('treats both placements of the tone mark alike ("oà" and "òa")', () => {
    expect(foldVietnamese('Hoà')).toBe(foldVietnamese('Hòa'));
    expect(foldVietnamese('Thuỷ')).toBe(foldVietnamese('Thủy'));
  });
  it('maps đ to d and squeezes spaces', () => {
    expect(foldVietnamese('  Đặng   Văn  Đức ')).toBe('dang van duc');
  });
  it('matches precomposed and decomposed input', () => {
    expect(foldVietnamese('Nguyễn'.normalize('NFD'))).toBe(foldVietnamese('Nguyễn'.normalize('NFC')));
  });
});

describe('foldVietnamese drops what cannot be seen', () => {
  it('folds a name with bidirectional controls or zero-width characters like the plain name', () => {
    const plain = foldVietnamese('Lan');
    for (const hidden of ['La\u200Bn', 'Lan\u200C', '\u200DLan', 'La\u2060n', '\uFEFFLan', 'L\u00ADan']) {
      expect(foldVietnamese(hidden), JSON.stringify(hidden)).toBe(plain);
    }
    expect(foldVietnamese('\u2066Lan\u2069')).toBe(plain);
    expect(foldVietnamese('Lan \u202Egnp.exe')).toBe(foldVietnamese('Lan gnp.exe'));
    expect(foldVietnamese('Nguyễn\u202A Thị\u202C Hoà')).toBe('nguyen thi hoa');
  });

  it('cannot evade a duplicate warning: the blind-index tokens of a disguised name match the plain one', async () => {
    const key = await crypto.subtle.importKey(
      'raw',
      new Uint8Array(32).fill(7),
      { name: 'HMAC', hash: 'SHA-256' },
      false,
      ['sign'],
    );
    const plain = { fullName: 'Trần Thị Lan', phone: '0905 123 456', birthYear: 1990 };
    const disguised = { ...plain, fullName: 'Trần Thị La\u200Bn\u202C' };
    expect(await namePhoneToken(key, disguised)).toBe(await namePhoneToken(key, plain));
    expect(await nameYearCommuneToken(key, disguised, '20314')).toBe(
      await nameYearCommuneToken(key, plain, '20314'),
    );
  });
});
