/**
 * The case list benchmarks (issue 4), in the style of run.ts: serves dist/bench/cases-page on a fixed
 * 127.0.0.1 port, drives it in headless Chromium with a persistent profile under .bench/, and ends
 * with one JSON line per figure. Build and run:
 *
 *   npx vite build --config test/bench/cases-vite.config.ts && \
 *   npx esbuild test/bench/cases-run.ts --bundle --platform=node --format=esm --packages=external \
 *     --outfile=dist/bench/cases-run.mjs && node dist/bench/cases-run.mjs [--cases 100000] [--reuse]
 */
import { createReadStream, existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium';
import type { CasesBenchApi } from './cases-page';

type Figure = { name: string; value: number; unit: string; baseline: number | null; ratio: number | null };

const argv = process.argv.slice(2);
const at = argv.indexOf('--cases');
const CASES = at >= 0 ? Number(argv[at + 1]) : 100_000;
if (!Number.isFinite(CASES) || CASES <= 0) throw new Error('--cases needs a positive number');
const REUSE = argv.includes('--reuse');
const PORT = 47_321;
const ROOT = resolve('dist/bench/cases-page');
const PROFILE = resolve('.bench/cases-profile');
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

function serve(): Promise<() => Promise<void>> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(
      /^([/\\])+/,
      '',
    );
    const file = join(ROOT, path === '' ? 'cases-index.html' : path);
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
const figure = (name: string, value: number, unit: string, baseline: number | null = null): Figure => ({
  name,
  value: round(value),
  unit,
  baseline: baseline === null ? null : round(baseline),
  ratio: baseline === null ? null : round(value / baseline),
});

async function main(): Promise<void> {
  if (!existsSync(join(ROOT, 'cases-index.html')))
    throw new Error('dist/bench/cases-page missing: build it first');
  const stop = await serve();
  const context = await chromium.launchPersistentContext(PROFILE, {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    headless: true,
  });
  const figures: Figure[] = [];
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    page.on('console', (m) => {
      if (m.text().startsWith('[bench]')) console.log(m.text());
    });
    page.on('pageerror', (e) => console.error('[page error]', e.message));
    page.setDefaultTimeout(0);
    await page.goto(`http://127.0.0.1:${PORT}/cases-index.html`);
    await page.waitForFunction(() => 'casesBench' in window);
    const call = <K extends keyof CasesBenchApi>(step: K, args: Parameters<CasesBenchApi[K]>[0]) =>
      page.evaluate(([s, a]) => (window.casesBench[s] as (x: unknown) => Promise<unknown>)(a), [
        step,
        args,
      ] as const) as ReturnType<CasesBenchApi[K]>;
    const name = `cases-bench-${CASES}`;
    if (!(REUSE && (await call('seeded', { name, cases: CASES })))) {
      const seeded = await call('seed', { name, cases: CASES });
      console.log(`[bench] seeded ${CASES} cases in ${round(seeded.ms / 1000, 1)} s`);
    }
    const built = await call('buildIndex', { name });
    figures.push(figure('cases.list.index-build', built.ms, 'ms'));
    const namesBuilt = await call('buildNames', { name });
    figures.push(figure('cases.search.name-index-build', namesBuilt.ms, 'ms'));
    console.log(`[bench] index rows ${built.rows}, names ${namesBuilt.names}`);

    const first = await call('firstPage', { name, runs: 30 });
    console.log(`[bench] filtered list: ${first.matched} rows match`);
    figures.push(figure('cases.list.first-page.p50', first.ours, 'ms', first.raw));
    figures.push(figure('cases.list.first-page.store-query.p50', first.store, 'ms', first.raw));
    const search = await call('searchKeystroke', { name, runs: 35 });
    figures.push(figure('cases.search.keystroke.p50', search.ms, 'ms', first.raw));
    const save = await call('saveWithServices', { name, runs: 10 });
    figures.push(figure('cases.save.with-3-services.p50', save.ms, 'ms'));
  } finally {
    await context.close();
    await stop();
  }
  for (const f of figures) console.log(JSON.stringify(f));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
