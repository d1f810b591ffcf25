import { DEFAULT_LIMITS } from '../../../shared/bundle/limits';
import {
  type BundleKind,
  FORMAT_VERSION,
  type Manifest,
  manifestSchema,
} from '../../../shared/bundle/manifest';
import { peekManifest, readBundle } from '../../../shared/bundle/read-bundle';
import { type BundleRejection, RejectedError } from '../../../shared/bundle/rejection';
import type { OpenResult, PeekResult } from '../../../shared/exchange/bundles-contract';
import { type BundleSource, MAX_UPLOAD_BUNDLE_BYTES } from '../../../shared/exchange/common';
import { ENROLLMENT_AGE_IDENTITY } from '../../../shared/exchange/key-intro';
import { RECEIPT_RECORD, receiptRowSchema } from '../../../shared/exchange/receipt';
import { HostFailure } from '../../../shared/host/result';
import type { FileSystem } from '../fs/file-system';
import type { TrustStore } from '../trust/trust-store';
import { readSource } from './bundle-source';
import { type InboxStore, publicSender } from './inbox-store';
import type { KeySession } from './key-session';
import type { SentStore } from './sent-store';

export interface ReceivingDeps {
  fs: FileSystem;
  session: KeySession;
  trust: TrustStore;
  inbox: InboxStore;
  sent: SentStore;
}

/** Opened bundles waiting for the renderer's commit; a few, since each is opened for one import. */
const MAX_PENDING = 32;

/**
 * Opening never changes anything: the renderer applies the records in one IndexedDB transaction and
 * then calls commit, which records the sequence as received. A crash between the two means the next
 * open accepts the bundle again, and the renderer's apply is idempotent (rev comparison).
 */
export function createReceiving(deps: ReceivingDeps) {
  const { fs, session, trust, inbox, sent } = deps;
  const opened = new Map<string, Manifest>();

  const maxFor = (source: BundleSource) =>
    source.from === 'upload' ? MAX_UPLOAD_BUNDLE_BYTES : DEFAULT_LIMITS.maxBundleBytes;

  async function verifyAndOpen(source: BundleSource, kinds: readonly BundleKind[]) {
    const { keys, unit } = session.require();
    const bytes = await readSource(fs, source, maxFor(source));
    // Enrollments are encrypted to the published enrollment identity. The unverified kind only picks
    // which identity to try; readBundle then checks the signed kind against `kinds` before decrypting.
    const peek = peekManifest(bytes);
    const enrollment =
      peek.ok && typeof peek.value === 'object' && peek.value !== null && 'kind' in peek.value
        ? peek.value.kind === 'enrollment'
        : false;
    return readBundle(bytes, {
      approvedSenders: await trust.approvedSenders(),
      expectedRecipient: unit,
      expectedKinds: kinds,
      chain: await inbox.chains(),
      identity: enrollment ? ENROLLMENT_AGE_IDENTITY : keys.age.identity,
    });
  }

  async function open(source: BundleSource, kinds: readonly BundleKind[]): Promise<OpenResult> {
    const read = await asResult(() => verifyAndOpen(source, kinds));
    if (!read.ok) return read;
    const { manifest, manifestSha256, chain, records } = read.value;
    if (opened.size >= MAX_PENDING) opened.delete(opened.keys().next().value ?? '');
    opened.set(manifestSha256, manifest);
    return {
      ok: true,
      manifest: {
        kind: manifest.kind,
        senderUnit: manifest.sender.unit,
        senderKeyId: manifest.sender.keyId,
        recipientUnit: manifest.recipient.unit,
        sequence: manifest.sequence,
        createdAt: manifest.createdAt,
        counts: manifest.counts,
      },
      manifestSha256,
      chain,
      records: records ?? {},
    };
  }

  async function commit(manifestSha256: string, importedBy: string | null = null) {
    const manifest = opened.get(manifestSha256);
    if (manifest === undefined) {
      throw new HostFailure('notFound', 'bundleNotOpened');
    }
    const sender = await inbox.commit(manifest, manifestSha256, importedBy);
    opened.delete(manifestSha256);
    return publicSender(sender);
  }

  /**
   * The manifest's own statement of kind, sender and sequence, unverified: enough to choose the import
   * path and order for many files. The path then verifies the signature and the signed kind itself, so
   * a forged statement leads only to a refusal; the file's name is never consulted.
   */
  async function peek(source: BundleSource): Promise<PeekResult> {
    session.require();
    const read = await asResult(async () => {
      const peeked = peekManifest(await readSource(fs, source, maxFor(source)));
      if (!peeked.ok) return peeked;
      const m = manifestSchema.safeParse(peeked.value);
      const version = (peeked.value as { formatVersion?: unknown } | null)?.formatVersion;
      if (!m.success && typeof version === 'number' && version > FORMAT_VERSION)
        throw new RejectedError('futureVersion', `format ${version}`);
      if (!m.success) throw new RejectedError('corrupt', 'manifest.json is not a bundle manifest');
      return { ok: true as const, value: m.data };
    });
    if (!read.ok) return read;
    const m = read.value;
    return {
      ok: true,
      kind: m.kind,
      senderUnit: m.sender.unit,
      recipientUnit: m.recipient.unit,
      sequence: m.sequence,
    };
  }

  /** A receipt has nothing for the renderer to apply, so it is verified and recorded in one call. */
  async function importReceipt(source: BundleSource, importedBy: string | null = null) {
    const read = await asResult(() => verifyAndOpen(source, ['receipt']));
    if (!read.ok) return read;
    const { manifest, manifestSha256, records } = read.value;
    const rows = records?.[RECEIPT_RECORD] ?? [];
    const row = rows.length === 1 ? receiptRowSchema.safeParse(rows[0]) : null;
    if (!row?.success || row.data.forUnit !== session.require().unit) {
      return rejected(new RejectedError('invalidPayload', 'not one receipt row for this unit'));
    }
    const delivered = await sent.markDelivered(manifest.sender.unit, row.data.received, {
      missing: row.data.missing,
      sequence: manifest.sequence,
    });
    const resumedAfter = await sent.resumeAfter(
      manifest.sender.unit,
      row.data.lastSequence,
      row.data.lastManifestSha256 ?? null,
    );
    await inbox.commit(manifest, manifestSha256, importedBy);
    return {
      ok: true as const,
      fromUnit: manifest.sender.unit,
      sequence: manifest.sequence,
      delivered,
      missing: row.data.missing,
      ...(resumedAfter === null ? {} : { resumedAfter }),
    };
  }

  return { open, commit, peek, importReceipt };
}

const rejected = (e: RejectedError): { ok: false; rejection: BundleRejection } => ({
  ok: false,
  rejection: e.toRejection(),
});

/** Rejections (from reading the file or the bundle) become values; everything else stays an error. */
async function asResult<T>(
  run: () => Promise<{ ok: true; value: T } | { ok: false; rejection: BundleRejection }>,
): Promise<{ ok: true; value: T } | { ok: false; rejection: BundleRejection }> {
  try {
    return await run();
  } catch (e) {
    if (e instanceof RejectedError) return rejected(e);
    throw e;
  }
}
