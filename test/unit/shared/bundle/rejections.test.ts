import { zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { utf8 } from '../../../../shared/bundle/bytes';
import { canonicalJson } from '../../../../shared/bundle/canonical-json';
import { DEFAULT_LIMITS } from '../../../../shared/bundle/limits';
import { publicPart, signMinisign } from '../../../../shared/bundle/minisign';
import { type ReadBundleOptions, readBundle } from '../../../../shared/bundle/read-bundle';
import type { RejectionCode } from '../../../../shared/bundle/rejection';
import { writeBundle } from '../../../../shared/bundle/write-bundle';
import { readZip } from '../../../../shared/bundle/zip';
import { fields, makeParties, OFFICE, PROVINCE, rezip, sampleRecords } from './fixtures';

describe('readBundle rejects, each with its reason', () => {
  let parties: Awaited<ReturnType<typeof makeParties>>;
  let first: Awaited<ReturnType<typeof writeBundle>>;
  let second: Awaited<ReturnType<typeof writeBundle>>;
  let options: ReadBundleOptions;

  const entriesOf = (bytes: Uint8Array) => readZip(bytes, DEFAULT_LIMITS);
  async function expectRejected(
    bytes: Uint8Array,
    code: RejectionCode,
    over: Partial<ReadBundleOptions> = {},
  ) {
    const result = await readBundle(bytes, { ...options, ...over });
    expect(result.ok ? 'accepted' : result.rejection.code).toBe(code);
    // A code and a technical detail cross, never a sentence: the app translates the code.
    if (!result.ok) expect(Object.keys(result.rejection).sort()).toEqual(['code', 'detail']);
  }

  beforeAll(async () => {
    parties = await makeParties();
    const base = {
      records: sampleRecords,
      senderSigningKey: parties.office,
      recipient: parties.province.recipient,
    };
    first = await writeBundle({ ...base, manifestFields: fields() });
    second = await writeBundle({
      ...base,
      manifestFields: fields({ sequence: 2, previousManifestSha256: first.manifestSha256 }),
    });
    options = {
      approvedSenders: [{ publicKey: publicPart(parties.office), unit: OFFICE }],
      expectedRecipient: PROVINCE,
      expectedKinds: ['data'],
      chain: {},
      identity: parties.province.identity,
    };
  });

  it('accepts the untouched bundles, in order, with the chain', async () => {
    const a = await readBundle(first.bytes, options);
    expect(a.ok && a.value.chain).toEqual({ status: 'next' });
    expect(a.ok && a.value.records).toEqual(sampleRecords);
    const chain = { [OFFICE]: { lastSequence: 1, lastManifestSha256: first.manifestSha256 } };
    const b = await readBundle(second.bytes, { ...options, chain });
    expect(b.ok && b.value.chain).toEqual({ status: 'next' });
  });

  it('any single flipped byte anywhere in the file is rejected, zip metadata included', async () => {
    const accepted: number[] = [];
    for (let at = 0; at < first.bytes.length; at++) {
      const bytes = first.bytes.slice();
      bytes[at] = (bytes[at] ?? 0) ^ 0x01;
      if ((await readBundle(bytes, options)).ok) accepted.push(at);
    }
    expect(accepted).toEqual([]);
  });

  it('payload with one flipped byte (re-zipped): payloadMismatch, before decryption', async () => {
    const e = entriesOf(first.bytes);
    const payload = e['payload.age'].slice();
    payload[payload.length - 5] = (payload[payload.length - 5] ?? 0) ^ 0x01;
    await expectRejected(rezip({ ...e, 'payload.age': payload }), 'payloadMismatch');
  });

  it('manifest with one flipped byte (re-zipped): badSignature', async () => {
    const e = entriesOf(first.bytes);
    const manifest = utf8(
      new TextDecoder().decode(e['manifest.json']).replace('"sequence":1', '"sequence":7'),
    );
    await expectRejected(rezip({ ...e, 'manifest.json': manifest }), 'badSignature');
  });

  it('a byte flipped in the file itself (names, manifest, signature, payload): corrupt', async () => {
    // Offsets: a local entry name, manifest data, the signature entry, the middle of the payload.
    for (const at of [35, 50, first.manifestSha256.length + 150, Math.floor(first.bytes.length / 2)]) {
      const bytes = first.bytes.slice();
      bytes[at] = (bytes[at] ?? 0) ^ 0x40;
      await expectRejected(bytes, 'corrupt');
    }
  });

  it('signature of another bundle by the same key: badSignature', async () => {
    const e = entriesOf(first.bytes);
    const other = entriesOf(second.bytes)['manifest.json.minisig'];
    await expectRejected(rezip({ ...e, 'manifest.json.minisig': other }), 'badSignature');
  });

  it('truncated zip: corrupt', async () => {
    await expectRejected(first.bytes.subarray(0, first.bytes.length - 30), 'corrupt');
    await expectRejected(first.bytes.subarray(0, 100), 'corrupt');
    await expectRejected(new Uint8Array(0), 'corrupt');
  });

  it('replay of a sequence already seen: replay', async () => {
    const chain = { [OFFICE]: { lastSequence: 2, lastManifestSha256: second.manifestSha256 } };
    await expectRejected(second.bytes, 'replay', { chain });
    await expectRejected(first.bytes, 'replay', { chain });
  });

  it('a re-sent missing sequence is accepted; a jump ahead is accepted and reports the gap', async () => {
    const chain = { [OFFICE]: { lastSequence: 2, lastManifestSha256: null, missingSequences: [1] } };
    const refill = await readBundle(first.bytes, { ...options, chain });
    expect(refill.ok && refill.value.chain).toEqual({ status: 'fills-gap' });
    const third = await writeBundle({
      records: {},
      senderSigningKey: parties.office,
      recipient: parties.province.recipient,
      manifestFields: fields({ sequence: 5, previousManifestSha256: second.manifestSha256 }),
    });
    const gap = await readBundle(third.bytes, {
      ...options,
      chain: { [OFFICE]: { lastSequence: 2, lastManifestSha256: second.manifestSha256 } },
    });
    expect(gap.ok && gap.value.chain).toEqual({ status: 'gap', missingFrom: 3, missingTo: 4 });
  });

  it('previous-manifest hash that does not match: chainBroken', async () => {
    const chain = { [OFFICE]: { lastSequence: 1, lastManifestSha256: 'ab'.repeat(32) } };
    await expectRejected(second.bytes, 'chainBroken', { chain });
  });

  it('bundle for another province: wrongRecipient', async () => {
    await expectRejected(first.bytes, 'wrongRecipient', { expectedRecipient: '48' });
  });

  it('signed by a key that is not approved: unknownSender', async () => {
    const stray = await writeBundle({
      manifestFields: fields(),
      records: sampleRecords,
      senderSigningKey: parties.stranger,
      recipient: parties.province.recipient,
    });
    await expectRejected(stray.bytes, 'unknownSender');
    await expectRejected(first.bytes, 'unknownSender', { approvedSenders: [] });
  });

  it('approved key used for another unit: senderMismatch', async () => {
    await expectRejected(first.bytes, 'senderMismatch', {
      approvedSenders: [{ publicKey: publicPart(parties.office), unit: '49999' }],
    });
  });

  it('a newer format version, correctly signed: futureVersion', async () => {
    const e = entriesOf(first.bytes);
    const manifest = { ...JSON.parse(new TextDecoder().decode(e['manifest.json'])), formatVersion: 2 };
    const bytes = utf8(canonicalJson(manifest));
    const sig = utf8(signMinisign(bytes, parties.office, 'future'));
    await expectRejected(
      rezip({ ...e, 'manifest.json': bytes, 'manifest.json.minisig': sig }),
      'futureVersion',
    );
  });

  it('checks the signature before parsing the manifest or touching the payload', async () => {
    const garbage = utf8('{not json');
    const junkPayload = utf8('not an age file');
    const signedByStranger = utf8(signMinisign(garbage, parties.stranger, 'x'));
    await expectRejected(
      rezip({
        'manifest.json': garbage,
        'manifest.json.minisig': signedByStranger,
        'payload.age': junkPayload,
      }),
      'unknownSender',
    );
    const signedByOffice = utf8(signMinisign(utf8('something else'), parties.office, 'x'));
    await expectRejected(
      rezip({
        'manifest.json': garbage,
        'manifest.json.minisig': signedByOffice,
        'payload.age': junkPayload,
      }),
      'badSignature',
    );
    const garbageSignedByOffice = utf8(signMinisign(garbage, parties.office, 'x'));
    await expectRejected(
      rezip({
        'manifest.json': garbage,
        'manifest.json.minisig': garbageSignedByOffice,
        'payload.age': junkPayload,
      }),
      'corrupt',
    );
  });

  it('kind not expected here: wrongKind', async () => {
    await expectRejected(first.bytes, 'wrongKind', { expectedKinds: ['receipt'] });
  });

  it('encrypted to another key: cannotDecrypt', async () => {
    await expectRejected(first.bytes, 'cannotDecrypt', { identity: parties.otherProvince.identity });
  });

  it('zip-path attack entries: unsafePath', async () => {
    const e = entriesOf(first.bytes);
    for (const evil of ['../x', '/etc/x', '..\\x', 'a/../../x', 'C:\\x']) {
      await expectRejected(rezip({ [evil]: utf8('pwned'), ...e }), 'unsafePath');
    }
  });

  it('extra, duplicate or missing entries: corrupt', async () => {
    const e = entriesOf(first.bytes);
    await expectRejected(rezip({ ...e, 'extra.txt': utf8('x') }), 'corrupt');
    const { 'payload.age': _omitted, ...two } = e;
    await expectRejected(rezip(two), 'corrupt');
    await expectRejected(duplicateEntry(first.bytes), 'corrupt');
  });

  it('an entry declaring a huge uncompressed size (zip bomb): tooLarge, before inflating', async () => {
    const e = entriesOf(first.bytes);
    const bomb = zipSync({
      'manifest.json': [e['manifest.json'], { level: 0 }],
      'manifest.json.minisig': [e['manifest.json.minisig'], { level: 0 }],
      'payload.age': [new Uint8Array(8 * 1024 * 1024), { level: 9 }],
    });
    await expectRejected(bomb, 'tooLarge', { limits: { maxPayloadBytes: 1024 * 1024 } });
    // The same with a lie in the central directory: the declared size is what is checked first.
    await expectRejected(withDeclaredSize(first.bytes, 'payload.age', 0xfffffff0), 'tooLarge');
    await expectRejected(first.bytes, 'tooLarge', { limits: { maxBundleBytes: 100 } });
  });

  it('a payload that inflates beyond the limit after decryption: tooLarge', async () => {
    const big = await writeBundle({
      manifestFields: fields(),
      records: { notes: Array.from({ length: 2000 }, (_, i) => ({ i, text: 'Bình An '.repeat(50) })) },
      senderSigningKey: parties.office,
      recipient: parties.province.recipient,
    });
    await expectRejected(big.bytes, 'tooLarge', { limits: { maxPlainBytes: 100_000 } });
  });
});

/** Rewrites the central directory's uncompressed size of one entry (CRC and data untouched). */
function withDeclaredSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  for (let at = 0; at + 46 < out.length; at++) {
    if (view.getUint32(at, true) !== 0x02014b50) continue;
    const len = view.getUint16(at + 28, true);
    if (new TextDecoder().decode(out.subarray(at + 46, at + 46 + len)) === name) {
      view.setUint32(at + 24, size, true);
      view.setUint32(at + 20, size, true);
    }
  }
  return out;
}

/** A zip whose central directory names manifest.json twice (the second entry's name is rewritten). */
function duplicateEntry(zip: Uint8Array): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  const from = utf8('payload.age');
  for (let at = 0; at + 46 < out.length; at++) {
    const sig = view.getUint32(at, true);
    const nameAt = sig === 0x02014b50 ? at + 46 : sig === 0x04034b50 ? at + 30 : -1;
    if (nameAt < 0) continue;
    const len = view.getUint16(sig === 0x02014b50 ? at + 28 : at + 26, true);
    if (len === from.length && out.subarray(nameAt, nameAt + len).every((b, i) => b === from[i])) {
      out.set(utf8('manifest.jsn'), nameAt);
      out.set(utf8('manifest.json').subarray(0, len), nameAt);
    }
  }
  return out;
}
