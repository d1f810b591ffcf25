/**
 * `npm run bench`: builds nothing itself (the npm script builds the page and this runner), serves
 * dist/bench/page on a fixed 127.0.0.1 port (IndexedDB belongs to the origin, so the port must not
 * change between runs), drives it in headless Chromium with a persistent profile under .bench/, and
 * prints one JSON line per figure at the end.
 *
 * Flags: --cases N (default 100000), --people N (100000), --attendances N (300000), --reuse (skip
 * the write benchmarks when the profile already holds a seeded database of that size).
 */
import { createReadStream, existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium';
import type { BenchApi } from './page';

type Figure = { name: string; value: number; unit: string; baseline: number | null; ratio: number | null };

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
const REUSE = argv.includes('--reuse');
const PORT = 47_319;
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

async function main(): Promise<void> {
  if (!existsSync(join(ROOT, 'index.html'))) throw new Error('dist/bench/page missing: run `npm run bench`');
  const stop = await serve();
  const context = await chromium.launchPersistentContext(PROFILE, {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    headless: true,
  });
  const figures: Figure[] = [];
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
    const reuse = REUSE && (await call('seeded', { name: bigName, cases: CASES }));
    if (!reuse) {
      const raw = await call('rawCases', { cases: CASES });
      const ours = await call('writeCases', { name: bigName, cases: CASES });
      const rawRate = CASES / (raw.ms / 1000);
      const ourRate = CASES / (ours.ms / 1000);
      figures.push({
        name: 'cases.write.repository',
        value: round(ourRate, 0),
        unit: 'rows/s',
        baseline: round(rawRate, 0),
        ratio: round(rawRate / ourRate),
      });

      const rawPeople = await call('rawPeople', { people: PEOPLE, attendances: ATTENDANCES });
      const people = await call('writePeople', { name: bigName, people: PEOPLE, attendances: ATTENDANCES });
      const rawPeopleRate = (PEOPLE + ATTENDANCES) / (rawPeople.ms / 1000);
      const peopleRate = people.rows / (people.ms / 1000);
      figures.push({
        name: 'people+attendances.write.repository',
        value: round(peopleRate, 0),
        unit: 'rows/s',
        baseline: round(rawPeopleRate, 0),
        ratio: round(rawPeopleRate / peopleRate),
      });
    } else {
      console.log(`[bench] reusing ${bigName} from ${PROFILE}`);
    }
    await call('writeCases', { name: smallName, cases: SMALL });
    await call('writePeople', { name: smallName, people: SMALL, attendances: SMALL * 3 });

    const small = await call('indicatorQuery', { name: smallName, runs: 30 });
    const big = await call('indicatorQuery', { name: bigName, runs: 30 });
    console.log('[bench] indicator inputs at the province (100k):', JSON.stringify(big.sample));
    figures.push({
      name: 'indicators.province.query',
      value: round(big.province),
      unit: 'ms',
      baseline: round(small.province),
      ratio: round(big.province / small.province),
    });
    figures.push({
      name: 'indicators.district.query',
      value: round(big.district),
      unit: 'ms',
      baseline: round(small.district),
      ratio: round(big.district / small.district),
    });

    const dashSmall = await call('dashboard', { name: smallName, runs: 20 });
    const dashBig = await call('dashboard', { name: bigName, runs: 20 });
    for (const unit of ['province', 'district'] as const)
      figures.push({
        name: `dashboard.${unit}.figures`,
        value: round(dashBig[unit]),
        unit: 'ms',
        baseline: round(dashSmall[unit]),
        ratio: round(dashBig[unit] / dashSmall[unit]),
      });

    const unlock = await call('unlock', { name: bigName, runs: 3 });
    figures.push({
      name: 'unlock.pbkdf2-600k',
      value: round(unlock.ms, 0),
      unit: 'ms',
      baseline: null,
      ratio: null,
    });

    const consistency = await call('consistency', { name: bigName });
    figures.push({
      name: 'aggregates.consistency-check',
      value: round(consistency.ms, 0),
      unit: 'ms',
      baseline: null,
      ratio: null,
    });
    if (consistency.differences !== 0)
      throw new Error(`aggregates differ from a rebuild in ${consistency.differences} counters`);
  } finally {
    await context.close();
    await stop();
  }
  for (const figure of figures) console.log(JSON.stringify(figure));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
