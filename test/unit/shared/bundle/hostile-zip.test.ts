import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../../../shared/bundle/limits';
import { publicPart } from '../../../../shared/bundle/minisign';
import { readBundle } from '../../../../shared/bundle/read-bundle';
import { writeBundle } from '../../../../shared/bundle/write-bundle';
import { readZip } from '../../../../shared/bundle/zip';
import { fields, makeParties, OFFICE, PROVINCE, rezip } from './fixtures';

const MiB = 1024 * 1024;

/**
 * A raw deflate stream (one fixed-Huffman block) that inflates to `1 + 258 × matches` zero bytes:
 * one literal 0, then back-references of length 258 at distance 1, 13 bits each.
 */
function deflateBomb(matches: number): Uint8Array {
  const out = new Uint8Array(Math.ceil((3 + 8 + 13 * matches + 7) / 8) + 1);
  let bit = 0;
  const put = (value: number, count: number) => {
    for (let i = 0; i < count; i++, bit++)
      if ((value >> i) & 1) out.set([(out[bit >> 3] ?? 0) | (1 << (bit & 7))], bit >> 3);
  };
  // Huffman codes go most significant bit first.
  const code = (value: number, count: number) => {
    for (let i = count - 1; i >= 0; i--, bit++)
      if ((value >> i) & 1) out.set([(out[bit >> 3] ?? 0) | (1 << (bit & 7))], bit >> 3);
  };
  put(1, 1); // BFINAL
  put(1, 2); // BTYPE = fixed Huffman
  code(0x30, 8); // literal 0
  for (let i = 0; i < matches; i++) {
    code(0xc5, 8); // length code 285: 258
    code(0, 5); // distance code 0: 1
  }
  code(0, 7); // end of block
  return out.subarray(0, Math.ceil(bit / 8));
}

/** Marks one entry of the central directory as deflated with the given uncompressed size. */
function declareDeflated(zip: Uint8Array, name: string, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  for (let at = out.length - 46; at >= 0; at--) {
    if (view.getUint32(at, true) !== 0x02014b50) continue;
    const len = view.getUint16(at + 28, true);
    if (new TextDecoder().decode(out.subarray(at + 46, at + 46 + len)) !== name) continue;
    view.setUint16(at + 10, 8, true);
    view.setUint32(at + 24, size, true);
    return out;
  }
  throw new Error(`no central entry ${name}`);
}

/** Peak resident memory of this process so far, in bytes (monotonic). */
const peakRss = () => process.resourceUsage().maxRSS * 1024;

describe('hostile bundle files cost little', () => {
  let parties: Awaited<ReturnType<typeof makeParties>>;
  let entries: ReturnType<typeof readZip>;

  beforeAll(async () => {
    parties = await makeParties();
    const bundle = await writeBundle({
      manifestFields: fields(),
      records: { notes: [{ id: 'n1' }] },
      senderSigningKey: parties.office,
      recipient: parties.province.recipient,
    });
    entries = readZip(bundle.bytes, DEFAULT_LIMITS);
  });

  it('a 3 MiB bundle whose payload inflates to 500 MiB is refused before inflating, within a memory bound', async () => {
    const inflated = 500 * MiB;
    const stream = deflateBomb(Math.floor((inflated - 1) / 258));
    expect(stream.length).toBeLessThan(4 * MiB);
    const bomb = declareDeflated(
      rezip({
        'manifest.json': entries['manifest.json'],
        'manifest.json.minisig': entries['manifest.json.minisig'],
        'payload.age': stream,
      }),
      'payload.age',
      1 + 258 * Math.floor((inflated - 1) / 258),
    );
    // Within every declared limit: only the compression method gives it away.
    expect(bomb.length).toBeLessThan(DEFAULT_LIMITS.maxBundleBytes);

    const before = process.memoryUsage();
    const peakBefore = peakRss();
    const started = performance.now();
    const result = await readBundle(bomb, {
      approvedSenders: [{ publicKey: publicPart(parties.office), unit: OFFICE }],
      expectedRecipient: PROVINCE,
      identity: parties.province.identity,
    });
    const elapsed = performance.now() - started;
    const after = process.memoryUsage();

    expect(elapsed).toBeLessThan(1000);
    // Inflating would have filled 500 MiB; the refusal costs at most a copy of the small file.
    expect(after.arrayBuffers - before.arrayBuffers).toBeLessThan(32 * MiB);
    expect(after.rss - before.rss).toBeLessThan(64 * MiB);
    expect(peakRss() - peakBefore).toBeLessThan(64 * MiB);
    expect(result.ok ? 'accepted' : result.rejection.code).toBe('corrupt');
    expect(result.ok ? '' : result.rejection.detail).toMatch(/compression method 8/);
  });

  it('refuses a deflated entry even when it is small and honest', () => {
    const zip = declareDeflated(
      rezip({
        'manifest.json': entries['manifest.json'],
        'manifest.json.minisig': entries['manifest.json.minisig'],
        'payload.age': deflateBomb(3),
      }),
      'payload.age',
      1 + 258 * 3,
    );
    expect(() => readZip(zip, DEFAULT_LIMITS)).toThrow(/compression method 8/);
  });
});
