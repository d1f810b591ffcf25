import type { z } from 'zod';
import type { OpenResult, receiptResultSchema } from '../../shared/exchange/bundles-contract';
import type { BundleSource } from '../../shared/exchange/common';
import { hasConfigContent } from '../../shared/exchange/config-records';
import type { Peer } from '../../shared/exchange/trust-contract';
import type { HostApi } from '../../shared/host-api';
import type { ApplyResult, BinhAnStore, OpenedData } from '../db';
import { BundleRefused, call } from '../host/call';

export type OpenedBundle = Extract<OpenResult, { ok: true }>;

/**
 * Receiving, step by step, as plain functions (pages only show what they return). Each step stops at
 * the first refusal with a HostCallError (main said no) or a BundleRefused (the reader said no); a
 * bundle already received is not a refusal but an answer of its own.
 */

/** Verify and open a data bundle (signature before decryption, in main). Already received → 'known'. */
export async function openDataBundle(
  host: HostApi,
  source: BundleSource,
): Promise<{ at: 'opened'; opened: OpenedBundle } | { at: 'known' }> {
  const opened = await call(host.bundles.open({ source, kinds: ['data'] }));
  if (opened.ok) return { at: 'opened', opened };
  if (opened.rejection.code === 'replay') return { at: 'known' };
  throw new BundleRefused(opened.rejection);
}

/** What the store applies of a bundle main opened (verified, decrypted, parsed). */
export const asStoreBundle = (opened: OpenedBundle): OpenedData => ({
  senderUnit: opened.manifest.senderUnit,
  sequence: opened.manifest.sequence,
  manifestSha256: opened.manifestSha256,
  createdAt: opened.manifest.createdAt,
  records: opened.records,
});

/** Tells main an applied bundle is in: its sender's chain moves on and the history records it. */
export async function commitBundle(
  host: HostApi,
  opened: OpenedBundle,
  importedBy: string | undefined,
): Promise<void> {
  await call(
    host.bundles.commit({
      manifestSha256: opened.manifestSha256,
      ...(importedBy === undefined ? {} : { importedBy }),
    }),
  );
}

/**
 * Apply an opened data bundle in one store transaction, then tell main it is in (its chain moves on).
 * If the window closes between the two, opening the same file again applies nothing twice: the store
 * says `alreadyImported` and the commit is made then.
 */
export async function applyDataBundle(
  store: BinhAnStore,
  host: HostApi,
  opened: OpenedBundle,
  importedBy: string | undefined = store.auth.session?.user.username,
): Promise<ApplyResult> {
  const result = await store.exchange.applyDataBundle(asStoreBundle(opened));
  await commitBundle(host, opened, importedBy);
  return result;
}

export type ReceiptImported = Extract<z.infer<typeof receiptResultSchema>, { ok: true }>;

/** A receipt at an office: main marks the sequences it covers delivered and reports the gaps. */
export async function importReceipt(
  host: HostApi,
  source: BundleSource,
  importedBy?: string,
): Promise<ReceiptImported | 'known'> {
  const r = await call(
    host.bundles.importReceipt({ source, ...(importedBy === undefined ? {} : { importedBy }) }),
  );
  if (r.ok) return r;
  if (r.rejection.code === 'replay') return 'known';
  throw new BundleRefused(r.rejection);
}

/** The key of an enrollment (province) or config (office) bundle, imported for approval by phone. */
export async function importKeys(host: HostApi, source: BundleSource): Promise<Peer> {
  const r = await call(host.trust.importKeys({ source }));
  if (!r.ok) throw new BundleRefused(r.rejection);
  return r.peer;
}

/**
 * Once its key is approved, a key bundle is opened (now verified by that key) and committed, which
 * records the sender's chain start. A config bundle's unit tree and plans are applied to the store
 * first (newer versions only: an older one is refused and the bundle is not committed).
 */
export async function openKeyBundle(
  host: HostApi,
  store: BinhAnStore,
  source: BundleSource,
  kind: 'enrollment' | 'config',
): Promise<'done' | 'known'> {
  const opened = await call(host.bundles.open({ source, kinds: [kind] }));
  if (!opened.ok) {
    if (opened.rejection.code === 'replay') return 'known';
    throw new BundleRefused(opened.rejection);
  }
  if (kind === 'config' && hasConfigContent(opened.records))
    await store.config.apply(opened.records, opened.manifest.senderUnit);
  const importedBy = store.auth.session?.user.username;
  await call(
    host.bundles.commit({
      manifestSha256: opened.manifestSha256,
      ...(importedBy === undefined ? {} : { importedBy }),
    }),
  );
  return 'done';
}
