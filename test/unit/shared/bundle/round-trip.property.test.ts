import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { publicPart } from '../../../../shared/bundle/minisign';
import type { BundleRecords } from '../../../../shared/bundle/payload';
import { readBundle } from '../../../../shared/bundle/read-bundle';
import { writeBundle } from '../../../../shared/bundle/write-bundle';
import { fields, makeParties, OFFICE, PROVINCE } from './fixtures';

/** Vietnamese text with every tone mark, in precomposed and decomposed forms, plus anything else. */
const vietnamese = fc.oneof(
  fc.string({
    unit: fc.constantFrom(
      ...'aăâeêioôơuưyđAĂÂĐàằầèềìòồờùừỳáắấéếíóốớúứýảẳẩẻểỉỏổởủửỷãẵẫẽễĩõỗỡũữỹạặậẹệịọộợụựỵ '.split(''),
    ),
  }),
  fc.string().map((s) => `Nguyễn Thị ${s}`.normalize('NFD')),
  fc.string({ unit: 'grapheme' }),
);

const jsonValue = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    vietnamese,
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }).filter((d) => !Object.is(d, -0)),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(vietnamese, tie('value'), { maxKeys: 4 }),
  ),
})).value;

const records: fc.Arbitrary<BundleRecords> = fc.dictionary(
  fc.stringMatching(/^[a-z][A-Za-z0-9_-]{0,12}$/),
  fc.array(fc.dictionary(vietnamese, jsonValue, { maxKeys: 5 }), { maxLength: 5 }),
  { maxKeys: 4 },
);

describe('write → read round trip', () => {
  let parties: Awaited<ReturnType<typeof makeParties>>;
  beforeAll(async () => {
    parties = await makeParties();
  });

  it('returns exactly the records written, Vietnamese text included', async () => {
    await fc.assert(
      fc.asyncProperty(records, fc.integer({ min: 1, max: 1_000_000 }), async (recs, sequence) => {
        const written = await writeBundle({
          manifestFields: fields({
            sequence,
            previousManifestSha256: sequence === 1 ? null : 'cd'.repeat(32),
          }),
          records: recs,
          senderSigningKey: parties.office,
          recipient: parties.province.recipient,
        });
        const read = await readBundle(written.bytes, {
          approvedSenders: [{ publicKey: publicPart(parties.office), unit: OFFICE }],
          expectedRecipient: PROVINCE,
          identity: parties.province.identity,
        });
        expect(read.ok && read.value.records).toEqual(recs);
        expect(read.ok && read.value.manifestSha256).toBe(written.manifestSha256);
      }),
      { numRuns: 60 },
    );
  });
});
