/**
 * What happens to bundle files on a stick or in a mailbox, for the exchange tests: bytes changed in
 * the payload or the manifest, a copy cut short, another zip beside them, and a bundle signed by a key
 * the province never approved. Each writes a file a real reader meets; none goes through the app.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { zipSync } from 'fflate';
import { generateAgeKey } from '../../shared/bundle/age';
import { fromUtf8, utf8 } from '../../shared/bundle/bytes';
import { canonicalJson } from '../../shared/bundle/canonical-json';
import { DEFAULT_LIMITS } from '../../shared/bundle/limits';
import { generateMinisignKey } from '../../shared/bundle/minisign';
import { writeBundle } from '../../shared/bundle/write-bundle';
import { MANIFEST_ENTRY, PAYLOAD_ENTRY, readZip, writeZip } from '../../shared/bundle/zip';

async function entriesOf(file: string) {
  return readZip(new Uint8Array(await readFile(file)), DEFAULT_LIMITS);
}

/** One byte in the middle of payload.age flipped, in a valid zip: only the signed hash can catch it. */
export async function flipPayloadByte(file: string, out: string): Promise<void> {
  const entries = await entriesOf(file);
  const payload = new Uint8Array(entries[PAYLOAD_ENTRY]);
  const at = Math.floor(payload.length / 2);
  payload[at] = (payload[at] ?? 0) ^ 0xff;
  await writeFile(out, writeZip({ ...entries, [PAYLOAD_ENTRY]: payload }, new Date()));
}

/** The signed manifest edited (its creation time moved a day back), still canonical JSON: the signature no longer holds. */
export async function editManifest(file: string, out: string): Promise<void> {
  const entries = await entriesOf(file);
  const manifest = JSON.parse(fromUtf8(entries[MANIFEST_ENTRY])) as { createdAt: string };
  manifest.createdAt = new Date(Date.parse(manifest.createdAt) - 86_400_000).toISOString();
  await writeFile(out, writeZip({ ...entries, [MANIFEST_ENTRY]: utf8(canonicalJson(manifest)) }, new Date()));
}

/** The first half of the file only, as a copy interrupted by a stick pulled out. */
export async function cutShort(file: string, out: string): Promise<void> {
  const bytes = await readFile(file);
  await writeFile(out, bytes.subarray(0, Math.floor(bytes.length / 2)));
}

/** A zip that is no bundle at all (photos kept on the same stick). */
export async function otherZip(out: string): Promise<void> {
  await writeFile(out, zipSync({ 'anh-tap-huan.jpg': utf8('not really a photo') }));
}

/**
 * A well-formed data bundle for `recipientUnit`, signed by a fresh key nobody approved, claiming to be
 * from `senderUnit` (an office that never enrolled, or an impostor of one that did). Returns its file name.
 */
export async function bundleFromUnknownKey(
  senderUnit: string,
  recipientUnit: string,
  outDir: string,
): Promise<string> {
  const written = await writeBundle({
    manifestFields: {
      kind: 'data',
      sender: { unit: senderUnit },
      recipient: { unit: recipientUnit },
      sequence: 2,
      previousManifestSha256: '0'.repeat(64),
      createdAt: new Date().toISOString(),
    },
    records: { aggregates: [] },
    senderSigningKey: generateMinisignKey(),
    recipient: (await generateAgeKey()).recipient,
  });
  await writeFile(path.join(outDir, written.fileName), written.bytes);
  return written.fileName;
}
