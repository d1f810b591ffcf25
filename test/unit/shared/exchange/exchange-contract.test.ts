import { createHmac, hkdfSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CREATE_DATA_MAX_INPUT_BYTES } from '../../../../shared/exchange/bundles-contract';
import { deriveHostWrappingKey, HOST_WRAPPING_LABEL } from '../../../../shared/exchange/host-wrapping-key';
import { findIdentifyingField } from '../../../../shared/exchange/identifying-fields';
import { addToRanges, inRanges, mergeRanges, removeFromRanges } from '../../../../shared/exchange/receipt';
import { maxInputBytesOf } from '../../../../shared/host/contract';
import { hostContract } from '../../../../shared/host-api';

describe('exchange contract', () => {
  it('lets large calls through the web host and keeps ordinary ones at the default', () => {
    expect(maxInputBytesOf(hostContract, 'bundles:createData')).toBe(CREATE_DATA_MAX_INPUT_BYTES);
    expect(CREATE_DATA_MAX_INPUT_BYTES).toBeGreaterThanOrEqual(256 * 1024 * 1024);
    expect(maxInputBytesOf(hostContract, 'bundles:open')).toBeGreaterThan(192 * 1024 * 1024);
    expect(maxInputBytesOf(hostContract, 'keys:unlock')).toBeUndefined();
  });

  it('derives the wrapping key as documented: HMAC-SHA256 of binhan/host-secrets/v1 under the office key (HKDF binhan/index/v1 of the data key)', async () => {
    const dataKey = new Uint8Array(32).map((_, i) => i);
    // Node's own HKDF and HMAC, not the code under test: the documented steps, one by one.
    const officeKey = Buffer.from(hkdfSync('sha256', dataKey, new Uint8Array(32), 'binhan/index/v1', 32));
    const expected = createHmac('sha256', officeKey).update(HOST_WRAPPING_LABEL).digest('base64');
    expect(await deriveHostWrappingKey(dataKey)).toBe(expected);
  });

  it('finds identifying field names at any depth, and nothing in de-identified rows', () => {
    expect(findIdentifyingField({ cases: [{ id: 'a', ageGroup: '18-24', commune: '20314' }] })).toBeNull();
    expect(findIdentifyingField({ cases: [{ id: 'a', extra: [{ deep: { narrative: '…' } }] }] })).toBe(
      'cases.extra.deep.narrative',
    );
    expect(findIdentifyingField({ cases: [{ vault: {} }] })).toBe('cases.vault');
  });

  it('keeps sequence ranges merged', () => {
    let r = addToRanges([], 3);
    r = addToRanges(r, 1);
    r = addToRanges(r, 2);
    expect(r).toEqual([[1, 3]]);
    expect(removeFromRanges(r, 2)).toEqual([
      [1, 1],
      [3, 3],
    ]);
    expect(
      mergeRanges([
        [5, 9],
        [1, 2],
        [3, 4],
      ]),
    ).toEqual([[1, 9]]);
    expect(
      inRanges(
        [
          [1, 2],
          [7, 9],
        ],
        8,
      ),
    ).toBe(true);
    expect(
      inRanges(
        [
          [1, 2],
          [7, 9],
        ],
        5,
      ),
    ).toBe(false);
  });
});
