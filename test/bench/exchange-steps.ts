import { exportDB } from 'dexie-export-import';
import type { BinhAnStore } from '../../renderer/db';
import { BinhAnDb } from '../../renderer/db/database';
import { BATCH_BUNDLES } from '../../renderer/exchange/import-many';
import { generateAgeKey } from '../../shared/bundle/age';
import { generateMinisignKey } from '../../shared/bundle/minisign';
import { writeBundle } from '../../shared/bundle/write-bundle';
import { pseudonymizer, type SharedAggregate, selectForSharing } from '../../shared/exchange/sharing';
import { rawPutSameShape } from './raw';
import { tablesOf } from './same-shape';
import { existingStore, freshStore } from './store-steps';

/**
 * Exchange's steps: an export is the store read plus the sharing rule plus writeBundle (gzip, age,
 * minisign — the same code main runs, here in the page so no host is needed), beside
 * dexie-export-import's exportDB of the same database; the province's apply beside raw put().
 */
const log = (text: string) => console.log(`[bench] ${text}`);
const KEY = new Uint8Array(32).fill(1);

async function bundleOf(store: BinhAnStore, afterSeq: number, toSeq: number) {
  const started = performance.now();
  const read = await store.exchange.readChangesSince(afterSeq, toSeq);
  const readMs = performance.now() - started;
  const records = selectForSharing(read.changes, read.aggregates, {
    pseudonymize: pseudonymizer(KEY),
    counters: read.counters,
  });
  const json = JSON.stringify(records).length;
  log(
    `read ${readMs.toFixed(0)} ms, select ${(performance.now() - started - readMs).toFixed(0)} ms: ${read.aggregates.length} counter rows (${read.counters.scope}), ${(json / 1e6).toFixed(2)} MB of JSON`,
  );
  const written = await writeBundle({
    manifestFields: {
      kind: 'data',
      sender: { unit: '49' },
      recipient: { unit: 'BENCH' },
      sequence: 1,
      previousManifestSha256: null,
      createdAt: new Date().toISOString(),
    },
    records,
    senderSigningKey: generateMinisignKey(),
    recipient: (await generateAgeKey()).recipient,
  });
  return { ms: performance.now() - started, bytes: written.bytes.length, records: read.total };
}

export const exchangeSteps = {
  async exchangeFullExport(args: { name: string }) {
    const store = await existingStore(args.name);
    log('full export to a bundle');
    const ours = await bundleOf(store, 0, await store.lastChangeSeq());
    log('dexie-export-import exportDB');
    const started = performance.now();
    // The peer library exports through its own connection to the same database.
    const db = new BinhAnDb(args.name);
    await db.open();
    const blob = await exportDB(db);
    db.close();
    const dexieMs = performance.now() - started;
    return { ...ours, dexieMs, dexieBytes: blob.size };
  },

  async exchangeIncremental(args: { name: string; changed: number }) {
    const store = await existingStore(args.name);
    const before = await store.lastChangeSeq();
    // The newest cases, as between two monthly bundles; each change moves counters (I4's numerator).
    const page = await store.cases.list({ limit: args.changed });
    for (const c of page)
      await store.cases.update(c.id, { soughtHelpFromProvider: !c.soughtHelpFromProvider });
    log(`incremental export of ${args.changed} changed cases`);
    return bundleOf(store, before, await store.lastChangeSeq());
  },

  async exchangeImport(args: { bundles: number; rows: number }) {
    const store = await freshStore('bench-exchange-province');
    const x = store.exchange;
    // Each bundle is one office's counter snapshot: `rows` counter rows over its units and months.
    const all: SharedAggregate[][] = Array.from({ length: args.bundles }, (_, b) =>
      Array.from({ length: args.rows }, (_, i) => {
        const unit = `5${String(b).padStart(2, '0')}-${Math.floor(i / 120)}`;
        const period = `${2021 + Math.floor((i % 120) / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
        return {
          key: `case|${unit}|${period}`,
          kind: 'case' as const,
          unit,
          period,
          counts: {
            total: 7,
            gbv: 6,
            soughtHelp: 5,
            needHelp: 4,
            needsMet: 3,
            'type:rape': 2,
            notConsented: 1,
          },
        };
      }),
    );
    log(`province import of ${args.bundles} bundles × ${args.rows} rows`);
    const bundles = all.map((aggregates, i) => ({
      senderUnit: `5${String(i).padStart(2, '0')}`,
      sequence: 2,
      manifestSha256: (i + 1).toString(16).padStart(64, '0'),
      createdAt: new Date().toISOString(),
      records: { aggregates },
    }));
    const auditBefore = (await store.audit.list({ limit: 1 }))[0]?.seq ?? 0;
    const started = performance.now();
    // As the bulk import applies them (renderer/exchange/import-many.ts): batches, one transaction each.
    for (let at = 0; at < bundles.length; at += BATCH_BUNDLES)
      await x.applyDataBundles(bundles.slice(at, at + BATCH_BUNDLES));
    const ms = performance.now() - started;
    const written = await tablesOf('bench-exchange-province', [
      'officeAggregates',
      'aggregates',
      'exchangeLog',
      'audit',
    ]);
    for (const table of written)
      if (table.name === 'audit')
        table.rows = table.rows.filter((r) => (r as { seq: number }).seq > auditBefore);
    const raw = await rawPutSameShape('bench-raw-inbound', written);
    return { ms, raw };
  },
};
