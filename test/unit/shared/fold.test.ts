import { describe, expect, it } from 'vitest';
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
