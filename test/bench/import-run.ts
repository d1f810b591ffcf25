/**
 * The attendance-list import benchmark (issue 5 item 8), standalone in the style of run.ts: serves
 * dist/bench/import-page on a fixed 127.0.0.1 port, drives it in headless Chromium and ends with one
 * JSON line per figure. Build and run:
 *
 *   npx vite build --config test/bench/import-vite.config.ts && \
 *   npx esbuild test/bench/import-run.ts --bundle --platform=node --format=esm --packages=external \
 *     --outfile=dist/bench/import-run.mjs && node dist/bench/import-run.mjs [--rows 2000] [--registered 20000]
 */
import { createReadStream, existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium';
import type { ImportBenchApi } from './import-page';

type Figure = { name: string; value: number; unit: string; baseline: number | null; ratio: number | null };

const argv = process.argv.slice(2);
const flag = (name: string, fallback: number): number => {
  const i = argv.indexOf(`--${name}`);
  const value = i >= 0 ? Number(argv[i + 1]) : fallback;
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} needs a positive number`);
  return value;
};
const ROWS = flag('rows', 2000);
const REGISTERED = flag('registered', 20_000);
const PORT = 47_323;
const ROOT = resolve('dist/bench/import-page');
const PROFILE = resolve('.bench/import-profile');
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

function serve(): Promise<() => Promise<void>> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(
      /^([/\\])+/,
      '',
    );
    const file = join(ROOT, path === '' ? 'import-index.html' : path);
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
  if (!existsSync(join(ROOT, 'import-index.html')))
    throw new Error('dist/bench/import-page missing: build it first');
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
    await page.goto(`http://127.0.0.1:${PORT}/import-index.html`);
    await page.waitForFunction(() => 'importBench' in window);
    const call = <K extends keyof ImportBenchApi>(step: K, args: Parameters<ImportBenchApi[K]>[0]) =>
      page.evaluate(([s, a]) => (window.importBench[s] as (x: unknown) => Promise<unknown>)(a), [
        step,
        args,
      ] as const) as ReturnType<ImportBenchApi[K]>;
    await call('setup', { name: 'import-bench', registered: REGISTERED });
    const run = await call('run', { rows: ROWS, registered: REGISTERED });
    console.log(
      `[bench] ${ROWS} rows (${round(run.bytes / 1024, 0)} KB): ${run.created} new people, ${run.matched} matched, ${run.attended} attendances, ${run.invalid} invalid`,
    );
    const raw = await call('raw', {
      name: 'import-bench-raw',
      people: run.created,
      attendances: run.attended,
    });
    figures.push(figure(`import.participants-${ROWS}.parse`, run.parse, 'ms'));
    figures.push(figure(`import.participants-${ROWS}.match`, run.match, 'ms'));
    figures.push(figure(`import.participants-${ROWS}.write`, run.write, 'ms', raw.ms));
    figures.push(figure(`import.participants-${ROWS}.total`, run.total, 'ms', raw.ms));
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
