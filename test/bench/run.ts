/**
 * `npm run bench`: builds nothing itself (the npm script builds the page and this runner), serves
 * dist/bench/page on a fixed 127.0.0.1 port (IndexedDB belongs to the origin, so the port must not
 * change between runs), drives it in one headless Chromium session with a persistent profile under
 * .bench/, and prints each figure beside its baseline from the same run, then one JSON line per figure.
 *
 * The bench is a list of parts (start, write, dashboard, cases, import, store, exchange, province,
 * identity; backup runs only alone), each runnable alone with `--only <part>` and each ending with
 * its wall time (`bench.wall.<part>`, beside the whole bench's 20-minute budget). The large database
 * is seeded once per run and shared by every part that reads it (a part run alone seeds the cases it
 * needs); the participant import and the province get their own databases.
 *
 * Flags: --cases N (default 100000), --people N (100000), --attendances N (300000), --reuse (skip
 * seeding when the profile already holds a seeded database of that size), --rows N (participants in
 * the imported .xlsx, 2000), --registered N (people already registered, 20000), --province-cases N
 * (cases of the office whose counters the province's 100 offices send, 2000), --only <part>,
 * --dist DIR (the build the start figures launch; dist/ unless told), --port N (47319; another
 * worktree's bench may hold it, and the profile's databases belong to the port).
 */
import { createReadStream, existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium';
import type { BenchApi } from './page';
import { measureStart } from './start';

type Figure = { name: string; value: number; unit: string; baseline: number; ratio: number };

const argv = process.argv.slice(2);
const flag = (name: string, fallback: number): number => {
  const i = argv.indexOf(`--${name}`);
  const value = i >= 0 ? Number(argv[i + 1]) : fallback;
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} needs a positive number`);
  return value;
};
const CASES = flag('cases', 100_000);
const PEOPLE = flag('people', 100_000);
const ATTENDANCES = flag('attendances', 300_000);
const SMALL = 1000;
const ROWS = flag('rows', 2000);
const REGISTERED = flag('registered', 20_000);
/** Cases of the one real office whose counters each of the province's 100 offices sends (5 years). */
const PROVINCE_CASES = flag('province-cases', 2000);
const BENCH_BUDGET_MS = 20 * 60 * 1000;
const REUSE = argv.includes('--reuse');
/** `--only <part>`: one part of the bench alone (a minute or a few, not the whole bench). */
const ONLY = argv.includes('--only') ? argv[argv.indexOf('--only') + 1] : undefined;
const PORT = flag('port', 47_319);
const ROOT = resolve('dist/bench/page');
const PROFILE = resolve('.bench/profile');

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.map': 'application/json',
};

function serve(): Promise<() => Promise<void>> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(
      /^([/\\])+/,
      '',
    );
    const file = join(ROOT, path === '' ? 'index.html' : path);
    if (!file.startsWith(ROOT) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  return new Promise((ok) => {
    server.listen(PORT, '127.0.0.1', () => ok(() => new Promise((done) => server.close(() => done()))));
  });
}

const round = (n: number, digits = 2) => Number(n.toFixed(digits));

/** A figure and its baseline; the ratio is always "times the baseline's cost" (> 1 = slower). */
function figure(name: string, value: number, unit: 'ms' | 'rows/s' | 'bytes', baseline: number): Figure {
  const ratio = unit === 'rows/s' ? baseline / value : value / baseline;
  const digits = unit === 'rows/s' ? 0 : 2;
  const f = {
    name,
    value: round(value, digits),
    unit,
    baseline: round(baseline, digits),
    ratio: round(ratio),
  };
  console.log(`[bench] ${name}: ${f.value} ${unit} (baseline ${f.baseline} ${unit}, ratio ${f.ratio})`);
  return f;
}

/** Launch → sign-in (test/bench/start.ts): its own host, data folder and browser, before the store figures. */
async function startFigures(): Promise<Figure[]> {
  const at = argv.indexOf('--dist');
  const dist = at >= 0 ? argv[at + 1] : undefined;
  const start = await measureStart(dist === undefined ? {} : { dist });
  const kB = (bytes: number) => round(bytes / 1000, 1);
  console.log(
    `[bench] start: ${start.scripts} scripts, ${kB(start.scriptsGzip)} kB gzip; every area eager: ${start.eagerScripts} scripts, ${kB(start.eagerGzip)} kB gzip`,
  );
  return [
    figure('start.scripts.gzip', start.scriptsGzip, 'bytes', start.eagerGzip),
    figure('start.launch-to-sign-in.p50', start.launchMs, 'ms', start.eagerLaunchMs),
  ];
}

async function main(): Promise<void> {
  const t0 = performance.now();
  const figures: Figure[] = ONLY === undefined ? await startFigures() : [];
  if (ONLY === undefined)
    figures.push(figure('bench.wall.start', performance.now() - t0, 'ms', BENCH_BUDGET_MS));
  if (!existsSync(join(ROOT, 'index.html'))) throw new Error('dist/bench/page missing: run `npm run bench`');
  const stop = await serve();
  const context = await chromium.launchPersistentContext(PROFILE, {
    executablePath: CHROMIUM_PATH,
    // Precise memory info: performance.memory is otherwise coarse and cached (the backup's peak heap).
    args: [...CHROMIUM_ARGS, '--enable-precise-memory-info'],
    headless: true,
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    page.on('console', (message) => {
      if (message.text().startsWith('[bench]')) console.log(message.text());
    });
    page.on('pageerror', (error) => console.error('[page error]', error.message));
    await page.goto(`http://127.0.0.1:${PORT}/index.html`);
    await page.waitForFunction(() => 'binhanBench' in window);
    const call = <K extends keyof BenchApi>(step: K, args: Parameters<BenchApi[K]>[0]) =>
      page.evaluate(([s, a]) => (window.binhanBench[s] as (x: unknown) => Promise<unknown>)(a), [
        step,
        args,
      ] as const) as ReturnType<BenchApi[K]>;
    page.setDefaultTimeout(0);

    const bigName = `bench-${CASES}`;
    const smallName = `bench-${SMALL}`;
    // Seed once per run: every group that reads the large database shares the one this run wrote
    // (a group run alone seeds the cases it needs; --reuse keeps a seeded profile's).
    let bigSeeded = false;
    let smallSeeded = false;
    const seedBig = async () => {
      if (bigSeeded) return;
      if (REUSE && (await call('seeded', { name: bigName, cases: CASES })))
        console.log(`[bench] reusing ${bigName} from ${PROFILE}`);
      else await call('writeCases', { name: bigName, cases: CASES });
      bigSeeded = true;
    };
    const seedSmall = async () => {
      if (smallSeeded) return;
      await call('writeCases', { name: smallName, cases: SMALL });
      await call('writePeople', { name: smallName, people: SMALL, attendances: SMALL * 3 });
      smallSeeded = true;
    };

    const groups: Record<string, () => Promise<void>> = {
      /** Store writes through the repositories beside raw add(); seeds the large database. */
      write: async () => {
        if (REUSE && (await call('seeded', { name: bigName, cases: CASES }))) {
          console.log(`[bench] reusing ${bigName} from ${PROFILE}`);
          bigSeeded = true;
          return;
        }
        const raw = await call('rawCases', { cases: CASES });
        const ours = await call('writeCases', { name: bigName, cases: CASES });
        figures.push(
          figure('cases.write.repository', CASES / (ours.ms / 1000), 'rows/s', CASES / (raw.ms / 1000)),
        );
        const rawPeople = await call('rawPeople', { people: PEOPLE, attendances: ATTENDANCES });
        const people = await call('writePeople', { name: bigName, people: PEOPLE, attendances: ATTENDANCES });
        figures.push(
          figure(
            'people+attendances.write.repository',
            people.rows / (people.ms / 1000),
            'rows/s',
            (PEOPLE + ATTENDANCES) / (rawPeople.ms / 1000),
          ),
        );
        bigSeeded = true;
      },
      /** Indicators and dashboards (issue 15): the large database against the small one (cost must not grow). */
      dashboard: async () => {
        await seedBig();
        await seedSmall();
        const small = await call('indicatorQuery', { name: smallName, runs: 30 });
        const big = await call('indicatorQuery', { name: bigName, runs: 30 });
        console.log('[bench] indicator inputs at the province (100k):', JSON.stringify(big.sample));
        figures.push(figure('indicators.province.query', big.province, 'ms', small.province));
        figures.push(figure('indicators.district.query', big.district, 'ms', small.district));
        const dashSmall = await call('dashboard', { name: smallName, runs: 20 });
        const dashBig = await call('dashboard', { name: bigName, runs: 20 });
        for (const unit of ['province', 'district'] as const)
          figures.push(figure(`dashboard.${unit}.figures`, dashBig[unit], 'ms', dashSmall[unit]));
      },
      /** Case list and search over the large database, against raw IndexedDB reads of it. */
      cases: async () => {
        await seedBig();
        const built = await call('buildIndex', { name: bigName });
        figures.push(figure('cases.list.index-build', built.ms, 'ms', built.raw));
        const namesBuilt = await call('buildNames', { name: bigName });
        figures.push(figure('cases.search.name-index-build', namesBuilt.ms, 'ms', namesBuilt.raw));
        console.log(`[bench] index rows ${built.rows}, names ${namesBuilt.names}`);
        const first = await call('firstPage', { name: bigName, runs: 30 });
        console.log(`[bench] filtered list: ${first.matched} rows match`);
        figures.push(figure('cases.list.first-page.p50', first.ours, 'ms', first.raw));
        figures.push(figure('cases.list.first-page.store-query.p50', first.store, 'ms', first.raw));
        const search = await call('searchKeystroke', { name: bigName, runs: 35 });
        figures.push(figure('cases.search.keystroke.p50', search.ms, 'ms', first.raw));
        const save = await call('saveWithServices', { name: bigName, runs: 10 });
        figures.push(figure('cases.save.with-3-services.p50', save.ms, 'ms', save.raw));
      },
      /** Participant import: its own office with REGISTERED people, against exceljs and raw IndexedDB. */
      import: async () => {
        const importName = 'bench-import';
        await call('importSetup', { name: importName, registered: REGISTERED });
        const run = await call('importRun', { name: importName, rows: ROWS, registered: REGISTERED });
        console.log(
          `[bench] ${ROWS} rows (${round(run.bytes / 1024, 0)} KB): ${run.created} new people, ${run.matched} matched, ${run.attended} attendances, ${run.invalid} invalid`,
        );
        const rawImport = await call('importRaw', {
          name: `${importName}-raw`,
          people: run.created,
          attendances: run.attended,
        });
        figures.push(figure(`import.participants-${ROWS}.parse`, run.parse, 'ms', run.rawParse));
        figures.push(figure(`import.participants-${ROWS}.match`, run.match, 'ms', run.rawMatch));
        figures.push(figure(`import.participants-${ROWS}.write`, run.write, 'ms', rawImport.ms));
        figures.push(
          figure(`import.participants-${ROWS}.total`, run.total, 'ms', run.rawParse + rawImport.ms),
        );
      },
      /** Sign-in and the Admin consistency check over the large database. */
      store: async () => {
        await seedBig();
        const unlock = await call('unlock', { name: bigName, runs: 3 });
        figures.push(figure('unlock.pbkdf2-600k', unlock.ms, 'ms', unlock.raw));
        const consistency = await call('consistency', { name: bigName });
        figures.push(figure('aggregates.consistency-check', consistency.ms, 'ms', consistency.raw));
        if (consistency.differences !== 0)
          throw new Error(`aggregates differ from a rebuild in ${consistency.differences} counters`);
      },
      /**
       * Exchange (test/bench/exchange-steps.ts, issue 15): the full export beside dexie-export-import,
       * the incremental export of 100 changed cases beside the full one, the bulk apply of 20 large bundles
       * beside a raw put() of the rows it wrote (same object stores, one transaction).
       */
      exchange: async () => {
        await seedBig();
        const full = await call('exchangeFullExport', { name: bigName });
        figures.push(figure('exchange.export.full', full.ms, 'ms', full.dexieMs));
        figures.push(figure('exchange.export.full.bytes', full.bytes, 'bytes', full.dexieBytes));
        const incremental = await call('exchangeIncremental', { name: bigName, changed: 100 });
        figures.push(figure('exchange.export.incremental-100', incremental.ms, 'ms', full.ms));
        figures.push(figure('exchange.export.incremental-100.bytes', incremental.bytes, 'bytes', full.bytes));
        const imported = await call('exchangeImport', { bundles: 20, rows: 5000 });
        figures.push(figure('exchange.import.20x5000', imported.ms, 'ms', imported.raw));
      },
      /**
       * Issue 13: a province expecting 100 offices, holding 5 years of counters from 100 of them
       * (seeded through real bundles), its dashboard beside the same province holding 10.
       */
      province: async () => {
        await call('provinceBundles', { cases: PROVINCE_CASES });
        await call('provinceDashboard', { offices: 10, runs: 20 });
        const hundred = await call('provinceDashboard', { offices: 100, runs: 20 });
        // Both dashboards again once both provinces are written: the origin's one LevelDB is still
        // compacting the 100 bundles just applied, which slows every read of it, the 10's as well.
        const tenDash = await call('provinceDashboardTime', { offices: 10, runs: 20 });
        const hundredDash = await call('provinceDashboardTime', { offices: 100, runs: 20 });
        figures.push(figure('province.dashboard.100-offices', hundredDash.ms, 'ms', tenDash.ms));
        figures.push(
          figure('province.dashboard.100-offices.reads', hundredDash.readMs, 'ms', tenDash.readMs),
        );
        // The bulk import of the 100 bundles that seeded it: the store's apply beside a raw put() of
        // the rows it wrote; verification (main's work in the app) beside the same floor.
        figures.push(figure('exchange.import.bulk-100', hundred.applyMs, 'ms', hundred.rawMs));
        figures.push(figure('exchange.import.bulk-100.verify', hundred.verifyMs, 'ms', hundred.rawMs));
      },
      /** Identity-key rotation (last: it re-seals every vault of the large database), beside raw read+write. */
      identity: async () => {
        await seedBig();
        const rotation = await call('identityRotation', { name: bigName });
        console.log(`[bench] rotation re-sealed ${rotation.resealed} vaults`);
        figures.push(figure(`identity.rotate.${CASES}`, rotation.ms, 'ms', rotation.raw));
      },
      /** Backup vs exportDB, restore vs raw put, peak heap (alone only: `--only backup`). */
      backup: async () => {
        await seedBig();
        const b = await call('backupFigures', { name: bigName });
        const mb = (n: number) => round(n / 1024 / 1024, 1);
        console.log(
          `[bench] backup of ${b.rows} rows; peak JS heap: backup ${mb(b.backupHeap)} MB (page held ${mb(b.heapBefore)} MB before), restore ${mb(b.restoreHeap)} MB (${mb(b.heapBeforeRestore)} MB before)`,
        );
        figures.push(
          figure(`backup.time.${CASES}`, b.backupMs, 'ms', b.dexieMs),
          figure(`backup.bytes.${CASES}`, b.bytes, 'bytes', b.dexieBytes),
          figure(`backup.restore.${CASES}`, b.restoreMs, 'ms', b.rawPutMs),
          figure(`backup.heap.backup.${CASES}`, b.backupHeap, 'bytes', 300 * 1024 * 1024),
          figure(`backup.heap.restore.${CASES}`, b.restoreHeap, 'bytes', 300 * 1024 * 1024),
        );
      },
    };
    const FULL_RUN = ['write', 'dashboard', 'cases', 'import', 'store', 'exchange', 'province', 'identity'];
    const chosen = ONLY === undefined ? FULL_RUN : [ONLY];
    for (const name of chosen) {
      const group = groups[name];
      if (group === undefined)
        throw new Error(`--only ${name}: no such part (${Object.keys(groups).join(', ')}, start)`);
      const t0 = performance.now();
      await group();
      // Each part's wall time beside the whole bench's budget (20 minutes), so the slow ones show.
      figures.push(figure(`bench.wall.${name}`, performance.now() - t0, 'ms', BENCH_BUDGET_MS));
    }
  } finally {
    await context.close();
    await stop();
  }
  for (const figure of figures) console.log(JSON.stringify(figure));
}

/** `--only start`: the start figures alone (about a minute), without seeding anything. */
async function onlyStart(): Promise<void> {
  const t0 = performance.now();
  const out = await startFigures();
  out.push(figure('bench.wall.start', performance.now() - t0, 'ms', BENCH_BUDGET_MS));
  for (const f of out) console.log(JSON.stringify(f));
}

(ONLY === 'start' ? onlyStart() : main()).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
