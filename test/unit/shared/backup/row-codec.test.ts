import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeRowLine, encodeRowLine } from '../../../../shared/backup/row-codec';

describe('backup row lines', () => {
  it('give back the row that was read, bytes as Uint8Array', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 70 }), fc.string(), fc.integer(), (bytes, text, n) => {
        const row = {
          id: text,
          n,
          vault: { v: 1, iv: bytes, ct: bytes },
          list: [bytes, { $u8: 'x', other: 1 }],
        };
        const back = decodeRowLine(encodeRowLine('cases', row));
        expect(back.table).toBe('cases');
        expect(back.row).toEqual(row);
      }),
    );
  });

  it('refuse a damaged line or bad base64', () => {
    expect(() => decodeRowLine('["cases",{"a":')).toThrow();
    expect(() => decodeRowLine('["cases",{"b":{"$u8":"A*=="}}]')).toThrow('bad base64');
    expect(() => decodeRowLine('{"cases":1}')).toThrow('not a backup row line');
  });
});
