import { describe, expect, it } from 'vitest';
import { formatDate, parseDate } from '../../../shared/text/dates';

describe('dates are dd/MM/yyyy', () => {
  it('formats day first', () => {
    expect(formatDate(new Date(2025, 6, 1))).toBe('01/07/2025');
  });
  it('parses what it formats', () => {
    expect(parseDate('29/02/2024')?.getDate()).toBe(29);
  });
  it('refuses dates that do not exist or are not in the format', () => {
    expect(parseDate('31/02/2025')).toBeNull();
    expect(parseDate('2025-07-01')).toBeNull();
    expect(parseDate('1/7/2025')).toBeNull();
  });
});
