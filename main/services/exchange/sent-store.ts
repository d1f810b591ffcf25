import path from 'node:path';
import { z } from 'zod';
import { sha256Hex } from '../../../shared/bundle/hash';
import type { BundleKind } from '../../../shared/bundle/manifest';
import type { WrittenBundle } from '../../../shared/bundle/write-bundle';
import { type SentBundle, sentBundleSchema } from '../../../shared/exchange/bundles-contract';
import type { SentRef } from '../../../shared/exchange/common';
import { inRanges, type SequenceRanges, sequenceRangesSchema } from '../../../shared/exchange/receipt';
import { HostFailure } from '../../../shared/host/result';
import type { FileSystem } from '../fs/file-system';
import { writeFileAtomic } from '../fs/write-file-atomic';
import type { Clock } from './exchange-deps';
import { readJsonFile, writeJsonFile } from './json-file';
import { createSerial } from './serial';

/**
 * Retention: a sent bundle's file is kept until a receipt covers it and for 30 days after that (time to
 * answer "please send it again" when the province restores a backup), then deleted at the next receipt
 * import. Its line in the index stays for good. Files not yet covered by a receipt are never deleted.
 */
export const KEEP_AFTER_DELIVERY_MS = 30 * 24 * 60 * 60 * 1000;

const chainSchema = z.strictObject({
  lastSequence: z.int().min(0),
  lastManifestSha256: z.string().nullable(),
});
const indexSchema = z.strictObject({
  v: z.literal(1),
  /** Per recipient: our last sequence and manifest hash, i.e. where the next bundle chains on. */
  chains: z.record(z.string(), chainSchema),
  bundles: z.array(sentBundleSchema),
  /**
   * Per recipient: the sequences its newest receipt says are missing (a re-send request). Absent in
   * indexes written before receipts were kept this way.
   */
  requests: z
    .record(
      z.string(),
      z.strictObject({
        missing: sequenceRangesSchema,
        receiptSequence: z.int().min(1),
        at: z.iso.datetime(),
      }),
    )
    .optional(),
});
type Index = z.infer<typeof indexSchema>;

export type MakeBundle = (sequence: number, previousManifestSha256: string | null) => Promise<WrittenBundle>;

/** sent/: every bundle this unit made, as a file plus a line in sent/index.json. */
export class SentStore {
  private readonly serial = createSerial();
  private readonly indexFile: string;

  constructor(
    private readonly fs: FileSystem,
    private readonly dir: string,
    private readonly clock: Clock,
  ) {
    this.indexFile = path.join(dir, 'index.json');
  }

  private async load(): Promise<Index> {
    return (await readJsonFile(this.fs, this.indexFile, indexSchema)) ?? { v: 1, chains: {}, bundles: [] };
  }

  private async save(index: Index): Promise<void> {
    await writeJsonFile(this.fs, this.indexFile, index);
  }

  /** Takes the recipient's next sequence, writes the bundle file, then the index (a failed step consumes nothing). */
  add(recipientUnit: string, kind: BundleKind, make: MakeBundle): Promise<SentBundle> {
    return this.serial(async () => {
      await this.fs.mkdir(this.dir, 0o700);
      const index = await this.load();
      const chain = index.chains[recipientUnit] ?? { lastSequence: 0, lastManifestSha256: null };
      const bundle = await make(chain.lastSequence + 1, chain.lastManifestSha256);
      const file = await writeFileAtomic(this.fs, this.dir, bundle.fileName, bundle.bytes, { mode: 0o600 });
      const entry: SentBundle = {
        recipientUnit,
        sequence: bundle.manifest.sequence,
        kind,
        fileName: bundle.fileName,
        manifestSha256: bundle.manifestSha256,
        sha256: file.sha256,
        size: file.size,
        createdAt: bundle.manifest.createdAt,
        counts: bundle.manifest.counts,
        deliveredAt: null,
        fileKept: true,
        copies: [],
      };
      index.chains[recipientUnit] = {
        lastSequence: bundle.manifest.sequence,
        lastManifestSha256: bundle.manifestSha256,
      };
      index.bundles.push(entry);
      await this.save(index);
      return entry;
    });
  }

  async list(recipientUnit?: string): Promise<SentBundle[]> {
    const { bundles } = await this.load();
    return recipientUnit === undefined ? bundles : bundles.filter((b) => b.recipientUnit === recipientUnit);
  }

  /** The kept bytes of a sent bundle, checked against the hash taken when it was made. */
  async read(ref: SentRef): Promise<{ entry: SentBundle; bytes: Uint8Array }> {
    const entry = findEntry(await this.load(), ref);
    if (!entry.fileKept) {
      throw new HostFailure('notFound', 'sentPruned', { sequence: ref.sequence });
    }
    const bytes = await this.fs.readFile(path.join(this.dir, entry.fileName)).catch(() => null);
    if (bytes === null || sha256Hex(bytes) !== entry.sha256) {
      throw new HostFailure('unavailable', 'sentFileLost', { sequence: ref.sequence });
    }
    return { entry, bytes };
  }

  /** What each recipient's newest receipt asks to be sent again (empty ranges are left out). */
  async requests(): Promise<{ recipientUnit: string; missing: SequenceRanges; at: string }[]> {
    const { requests } = await this.load();
    return Object.entries(requests ?? {})
      .filter(([, r]) => r.missing.length > 0)
      .map(([recipientUnit, r]) => ({ recipientUnit, missing: r.missing, at: r.at }));
  }

  /** Notes where a copy went; best effort, since the copy itself already succeeded. */
  recordCopy(ref: SentRef, to: SentBundle['copies'][number]['to'], where: string | null): Promise<void> {
    return this.serial(async () => {
      const index = await this.load();
      const entry = findEntry(index, ref);
      entry.copies.push({ to, at: this.clock.now().toISOString(), path: where });
      await this.save(index);
    }).catch(() => undefined);
  }

  /**
   * After an older backup was restored, the recipient may hold bundles this log never saw. Its signed
   * receipt says how far it got and which manifest the chain ends on; the next bundle continues from
   * there, so it neither reuses a sequence the recipient has nor breaks its chain. Returns the sequence
   * resumed after, or null when the log is already as far (the normal case) or the receipt carries no
   * manifest hash (an older version: nothing to chain on, so nothing changes).
   */
  resumeAfter(
    recipientUnit: string,
    lastSequence: number,
    lastManifestSha256: string | null,
  ): Promise<number | null> {
    return this.serial(async () => {
      const index = await this.load();
      const chain = index.chains[recipientUnit] ?? { lastSequence: 0, lastManifestSha256: null };
      if (lastManifestSha256 === null || lastSequence <= chain.lastSequence) return null;
      await this.fs.mkdir(this.dir, 0o700);
      index.chains[recipientUnit] = { lastSequence, lastManifestSha256 };
      await this.save(index);
      return lastSequence;
    });
  }

  /** Marks what a receipt covers as delivered and applies the retention rule; returns the newly delivered. */
  markDelivered(
    recipientUnit: string,
    received: SequenceRanges,
    receipt?: { missing: SequenceRanges; sequence: number },
  ): Promise<number[]> {
    return this.serial(async () => {
      const index = await this.load();
      const now = this.clock.now();
      // Only a newer receipt replaces the request: an old one read late must not bring back a filled gap.
      const request = index.requests?.[recipientUnit];
      if (receipt !== undefined && (request === undefined || request.receiptSequence < receipt.sequence)) {
        index.requests = {
          ...index.requests,
          [recipientUnit]: {
            missing: receipt.missing,
            receiptSequence: receipt.sequence,
            at: now.toISOString(),
          },
        };
      }
      const delivered: number[] = [];
      for (const b of index.bundles) {
        if (b.recipientUnit !== recipientUnit || b.deliveredAt !== null || !inRanges(received, b.sequence))
          continue;
        b.deliveredAt = now.toISOString();
        delivered.push(b.sequence);
      }
      const expired = index.bundles.filter(
        (b) =>
          b.fileKept &&
          b.deliveredAt !== null &&
          Date.parse(b.deliveredAt) + KEEP_AFTER_DELIVERY_MS <= now.getTime(),
      );
      for (const b of expired) b.fileKept = false;
      // The index is saved before files go, so a crash leaves a stray file, never a line pointing at nothing.
      await this.save(index);
      for (const b of expired) await this.fs.unlink(path.join(this.dir, b.fileName)).catch(() => undefined);
      return delivered;
    });
  }
}

function findEntry(index: Index, ref: SentRef): SentBundle {
  const entry = index.bundles.find(
    (b) => b.recipientUnit === ref.recipientUnit && b.sequence === ref.sequence,
  );
  if (!entry) {
    throw new HostFailure('notFound', 'sentNotFound', { sequence: ref.sequence, unit: ref.recipientUnit });
  }
  return entry;
}
