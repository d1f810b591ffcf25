import { type BinhAnStore, type OpenedData, openStore } from '../../renderer/db';
import { BATCH_BUNDLES } from '../../renderer/exchange/import-many';
import { generateAgeKey } from '../../shared/bundle/age';
import { generateMinisignKey, publicPart } from '../../shared/bundle/minisign';
import { readBundle } from '../../shared/bundle/read-bundle';
import { writeBundle } from '../../shared/bundle/write-bundle';
import { DEMO_DEFAULTS, demoCase, demoServices } from '../../shared/demo/generate';
import { pseudonymizer, type SharedAggregate, selectForSharing } from '../../shared/exchange/sharing';
import { timeDashboard } from './dashboard-figures';
import { deleteDb, rawPutSameShape } from './raw';
import { tablesOf } from './same-shape';
import { BENCH_PASSPHRASE, existingStore, freshStore } from './store-steps';

/**
 * Issue 13's province at scale: a province whose unit tree expects 100 offices, holding 5 years of
 * counters from `offices` of them, each brought in as a real data bundle (the office's sharing rule,
 * writeBundle's gzip + age + minisign, readBundle's verification and decryption, the store's apply).
 * One real office records the cases once per run (its counters are what each office sends, under
 * its own unit code); the 100 bundles are made once and each province applies the first `offices`.
 */
const log = (text: string) => console.log(`[bench] ${text}`);
const EXPECTED_OFFICES = 100;
const TEMPLATE_UNIT = '502';
const officeCode = (i: number) => `B${String(i + 1).padStart(3, '0')}`;

type Made = { unit: string; bytes: Uint8Array };
let made: {
  bundles: Made[];
  rows: number;
  key: ReturnType<typeof generateMinisignKey>;
  identity: string;
} | null = null;

/** The one real office: `cases` cases over 2021–2025 in its own unit, recorded through the repositories. */
async function templateOffice(cases: number): Promise<BinhAnStore> {
  const name = 'bench-province-template';
  await deleteDb(name);
  const store = await openStore({ name });
  await store.auth.setup({
    office: { unitCode: TEMPLATE_UNIT, name: 'Phòng LĐ-TB&XH Tam Kỳ', role: 'district', provinceCode: '49' },
    admin: {
      username: 'bench',
      displayName: 'Bench',
      passphrase: BENCH_PASSPHRASE,
      roles: ['administrator', 'case_worker', 'data_officer'],
    },
  });
  const p = { ...DEMO_DEFAULTS, seed: 1313, cases, fromDate: '2021-01-01', toDate: '2025-12-31' };
  const inputs = Array.from({ length: cases }, (_, i) => {
    const input = { ...demoCase(p, i), incidentUnit: TEMPLATE_UNIT };
    return { ...input, services: demoServices(p, i, input) };
  });
  await store.cases.createMany(inputs, { batchSize: 5000 });
  return store;
}

/** The template's counters as office `unit`'s own: its unit code in place of the template's. */
function asOffice(rows: readonly SharedAggregate[], unit: string): SharedAggregate[] {
  return rows.map((row) => {
    if (row.unit !== TEMPLATE_UNIT) return row;
    return { ...row, unit, key: `${row.kind}|${unit}|${row.period}` };
  });
}

/**
 * The province's side of a bulk import of `bundles` (renderer/exchange/import-many.ts without main):
 * each verified and opened as main does (signature before decryption), then applied as importMany
 * applies them, in batches of BATCH_BUNDLES, one store transaction each. Beside it, the floor: a raw
 * put() of exactly the rows the apply left behind (the offices' counter rows, the province's own
 * counters they moved, the received-bundle log and the audit entries) in one transaction into object
 * stores of the same shape. Verification runs in main in the app, so it is timed on its own.
 */
async function importOffices(store: BinhAnStore, name: string, bundles: readonly Made[]) {
  if (made === null) throw new Error('provinceBundles first');
  const { key, identity } = made;
  const auditBefore = await store.audit.list({ limit: 1 });
  const t0 = performance.now();
  const opened: OpenedData[] = [];
  for (const bundle of bundles) {
    // Each office's key approved for its unit (one key pair stands in for the 100 offices' own).
    const approvedSenders = [{ publicKey: publicPart(key), unit: bundle.unit }];
    const read = await readBundle(bundle.bytes, { approvedSenders, expectedKinds: ['data'], identity });
    if (!read.ok || read.value.records === undefined) throw new Error(`bundle of ${bundle.unit} refused`);
    const { manifest, manifestSha256, records } = read.value;
    opened.push({
      senderUnit: manifest.sender.unit,
      sequence: manifest.sequence,
      manifestSha256,
      createdAt: manifest.createdAt,
      records,
    });
  }
  const verifyMs = performance.now() - t0;
  const t1 = performance.now();
  for (let at = 0; at < opened.length; at += BATCH_BUNDLES) {
    const outcomes = await store.exchange.applyDataBundles(opened.slice(at, at + BATCH_BUNDLES));
    if (!outcomes.every((o) => o.ok && !o.result.alreadyImported))
      throw new Error('a bundle was not applied');
  }
  const applyMs = performance.now() - t1;
  const rows = opened.reduce((n, o) => n + (o.records.aggregates?.length ?? 0), 0);
  const firstSeq = (auditBefore[0]?.seq ?? 0) + 1;
  const written = await tablesOf(name, ['officeAggregates', 'aggregates', 'exchangeLog', 'audit']);
  for (const table of written)
    if (table.name === 'audit') table.rows = table.rows.filter((r) => (r as { seq: number }).seq >= firstSeq);
  const rawMs = await rawPutSameShape(`${name}-raw`, written);
  const counts = written.map((t) => `${t.rows.length} ${t.name}`).join(', ');
  log(
    `bulk import of ${opened.length} bundles (${rows} counter rows): verify+open ${verifyMs.toFixed(0)} ms, apply ${applyMs.toFixed(0)} ms; raw put of the ${counts} rows ${rawMs.toFixed(0)} ms`,
  );
  return { verifyMs, applyMs, rawMs, rows };
}

export const provinceSteps = {
  /** Once per run: the template office and one signed, encrypted full-snapshot bundle per office. */
  async provinceBundles(args: { cases: number }): Promise<{ rows: number; bytes: number }> {
    const template = await templateOffice(args.cases);
    const read = await template.exchange.readChangesSince(0, await template.lastChangeSeq());
    const records = selectForSharing(read.changes, read.aggregates, {
      pseudonymize: pseudonymizer(new Uint8Array(32).fill(5)),
      counters: read.counters,
    });
    template.close();
    const counters = records.aggregates ?? [];
    const key = generateMinisignKey();
    const age = await generateAgeKey();
    const bundles: Made[] = [];
    for (let i = 0; i < EXPECTED_OFFICES; i += 1) {
      const unit = officeCode(i);
      const written = await writeBundle({
        manifestFields: {
          kind: 'data',
          sender: { unit },
          recipient: { unit: '49' },
          sequence: 1,
          previousManifestSha256: null,
          createdAt: new Date().toISOString(),
        },
        records: { aggregates: asOffice(counters, unit) },
        senderSigningKey: key,
        recipient: age.recipient,
      });
      bundles.push({ unit, bytes: written.bytes });
    }
    made = { bundles, rows: counters.length, key, identity: age.identity };
    const bytes = bundles.reduce((n, b) => n + b.bytes.length, 0);
    log(
      `${bundles.length} office bundles of ${counters.length} counter rows each (${(bytes / 1e6).toFixed(1)} MB)`,
    );
    return { rows: counters.length, bytes };
  },

  /**
   * A province whose tree expects 100 offices; the first `offices` bundles verified, opened and
   * applied as the import does. Then its dashboard (all indicators and the by-unit table), median of `runs`.
   */
  async provinceDashboard(args: { offices: number; runs: number }) {
    if (made === null) throw new Error('provinceBundles first');
    const { bundles } = made;
    const store = await freshStore(`bench-province-${args.offices}`);
    for (let i = 0; i < EXPECTED_OFFICES; i += 1)
      await store.units.create({
        code: officeCode(i),
        name: `Văn phòng ${i + 1}`,
        level: 'commune',
        kind: 'commune',
        parentCode: '49',
        validFrom: null,
        validTo: null,
      });
    const imported = await importOffices(
      store,
      `bench-province-${args.offices}`,
      bundles.slice(0, args.offices),
    );
    const importMs = imported.verifyMs + imported.applyMs;
    const total = (await store.aggregates.totals('case', '49')).total ?? 0;
    log(
      `province with ${args.offices} offices: ${total} cases in its counters, import ${importMs.toFixed(0)} ms`,
    );
    const dash = await timeDashboard(store, '49', args.runs, 2025);
    log(
      `province with ${args.offices} offices: dashboard reads ${dash.readMs.toFixed(1)} ms (${dash.rows} counter rows)`,
    );
    return { ms: dash.ms, readMs: dash.readMs, importMs, total, ...imported };
  },

  /** The dashboard of a province provinceDashboard made, timed again (median of `runs`). */
  async provinceDashboardTime(args: { offices: number; runs: number }) {
    const store = await existingStore(`bench-province-${args.offices}`);
    const dash = await timeDashboard(store, '49', args.runs, 2025);
    log(`province with ${args.offices} offices, both written: dashboard reads ${dash.readMs.toFixed(1)} ms`);
    return dash;
  },
};
