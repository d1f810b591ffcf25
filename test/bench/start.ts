/**
 * The app's start, as an officer meets it: `node dist/main/web.js` (the web host over an office's data
 * folder) launched, its link opened in Chromium, until the sign-in page shows. Two figures:
 *
 * - **start.scripts.gzip**: the JavaScript fetched from the launch to the sign-in page, gzip-compressed
 *   (zlib's default level, as a server would send it), against the same build with every area loaded
 *   eagerly (`eagerScripts` below).
 * - **start.launch-to-sign-in.p50**: launch → sign-in heading visible, median of warm launches over the
 *   same data folder and browser profile, against the same launch of a copy of the build whose page
 *   loads and runs every area's chunk before the app (`eagerCopy`).
 *
 * Why the baseline is computed from this build, not from a build of the commit before areas loaded on
 * demand: that build is gone once the code moves on, and building an old commit in a bench run is slow
 * and fragile. What the old single script held is exactly this build's code with the areas table's and
 * the sign-in gate's `import()`s made static — every chunk reachable from the entry, following dynamic
 * imports except those into third-party libraries (exceljs), which were behind `import()` before too.
 * The sum is somewhat above the old script (65 chunks compressed one by one share no gzip window), and
 * it grows with the app as the old script would have. Measured when the change was made (this function
 * with `--dist` on a saved build of the previous commit): the single script was 622.5 kB gzip, loading
 * at start 2 scripts; this build's baseline came to 673 kB, its start to 364.5 kB in 16 scripts.
 *
 * Run alone with `npm run bench -- --only start` (about a minute: one office setup, then the launches).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { z } from 'zod';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium';
import { LoginPage } from '../e2e/pages/login-page';
import { SetupPage } from '../e2e/pages/setup-page';

export interface StartFigures {
  /** gzip bytes of the scripts fetched from launch to the sign-in page, as built. */
  scriptsGzip: number;
  scripts: number;
  /** The same with every area eager (the baseline; see above). */
  eagerGzip: number;
  eagerScripts: number;
  /** Median launch → sign-in, ms, as built and with every area eager. */
  launchMs: number;
  eagerLaunchMs: number;
}

const manifestSchema = z.record(
  z.string(),
  z.object({
    file: z.string(),
    src: z.string().optional(),
    isEntry: z.boolean().optional(),
    imports: z.array(z.string()).optional(),
    dynamicImports: z.array(z.string()).optional(),
  }),
);

const LAUNCH_LINK = /https?:\/\/[a-z0-9.-]+:\d+\/\?token=[\w-]+/;
const ADMIN = { displayName: 'Nguyễn Thị Hoà', username: 'quantri', passphrase: 'mùa lúa chín ở Duy Xuyên' };

const gzipBytes = (file: string) => gzipSync(readFileSync(file)).length;
const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

/**
 * The files of the old single script's equivalent (see the module comment), from Vite's manifest; null
 * for a build without one (a build from before areas loaded on demand: then all of it is eager anyway).
 */
function eagerScripts(rendererDir: string): string[] | null {
  const path = join(rendererDir, '.vite', 'manifest.json');
  if (!existsSync(path)) return null;
  const manifest = manifestSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
  const seen = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (chunk === undefined || seen.has(key)) return;
    seen.add(key);
    for (const next of chunk.imports ?? []) visit(next);
    for (const next of chunk.dynamicImports ?? [])
      if (!(manifest[next]?.src ?? '').includes('node_modules/')) visit(next);
  };
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry === true) visit(key);
  return [...seen].map((key) => manifest[key]?.file ?? '').filter((file) => file.endsWith('.js'));
}

interface Host {
  child: ChildProcess;
  link: Promise<string>;
  exited: Promise<void>;
}

function launchHost(dist: string, dataDir: string): Host {
  const child = spawn(process.execPath, [join(dist, 'main', 'web.js')], {
    env: { ...process.env, BINHAN_PORT: '0', BINHAN_DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  let out = '';
  const link = new Promise<string>((ok, fail) => {
    const take = (chunk: Buffer) => {
      out += chunk.toString();
      const match = LAUNCH_LINK.exec(out);
      if (match !== null) ok(match[0]);
    };
    child.stdout?.on('data', take);
    child.stderr?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
    });
    void exited.then(() => fail(new Error(`the web host exited: ${out}`)));
  });
  return { child, link, exited };
}

async function stopHost(host: Host): Promise<void> {
  host.child.kill('SIGKILL');
  await host.exited;
}

/**
 * A copy of the build (without source maps) whose page loads the old single script's equivalent: a
 * module script for every one of its chunks, before the entry, so all of it is fetched and run before
 * the app can show anything — as the single script was. The host launched from it serves it unchanged.
 */
async function eagerCopy(dist: string, files: readonly string[], into: string): Promise<string> {
  const filter = (source: string) => !source.endsWith('.map');
  await cp(join(dist, 'main'), join(into, 'main'), { recursive: true, filter });
  await cp(join(dist, 'renderer'), join(into, 'renderer'), { recursive: true, filter });
  const index = join(into, 'renderer', 'index.html');
  const html = await readFile(index, 'utf8');
  const tags = files.map((file) => `<script type="module" crossorigin src="./${file}"></script>`).join('\n');
  const entry = html.indexOf('<script type="module"');
  if (entry < 0) throw new Error('the built index.html has no module script');
  await writeFile(index, `${html.slice(0, entry)}${tags}\n${html.slice(entry)}`);
  return into;
}

/** One launch: host started → link opened → sign-in heading visible. Returns the time and the scripts. */
async function launchOnce(
  page: Page,
  dist: string,
  dataDir: string,
): Promise<{ ms: number; scripts: Set<string> }> {
  await page.goto('about:blank');
  const scripts = new Set<string>();
  const onRequest = (request: { url(): string }) => {
    const { pathname } = new URL(request.url());
    if (pathname.endsWith('.js')) scripts.add(pathname.replace(/^\//, ''));
  };
  page.on('request', onRequest);
  const started = performance.now();
  const host = launchHost(dist, dataDir);
  try {
    const link = await host.link;
    const listening = performance.now() - started;
    await page.goto(link);
    await new LoginPage(page).heading.waitFor({ state: 'visible', timeout: 60_000 });
    const ms = performance.now() - started;
    console.log(
      `[bench] start: launch → sign-in ${Math.round(ms)} ms (host listening after ${Math.round(listening)} ms), ${scripts.size} scripts`,
    );
    return { ms, scripts };
  } finally {
    page.off('request', onRequest);
    await stopHost(host);
  }
}

async function setUpOffice(page: Page, dist: string, dataDir: string): Promise<void> {
  const host = launchHost(dist, dataDir);
  try {
    await page.goto(await host.link);
    const setup = new SetupPage(page);
    await setup.heading.waitFor({ timeout: 60_000 });
    await setup.chooseOffice({ role: 'district', unit: 'Tam Kỳ' });
    await setup.next();
    await setup.fillAdmin(ADMIN);
    await setup.create();
    await setup.readRecoveryKey();
    await setup.confirmKept.check();
    await setup.finish.click();
    await page.getByRole('navigation', { name: 'Các khu vực của ứng dụng' }).waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: /^Tài khoản:/ }).click();
    await page.getByRole('menuitem', { name: 'Đăng xuất' }).click();
    await new LoginPage(page).heading.waitFor();
  } finally {
    await stopHost(host);
  }
}

/**
 * Sets up an office in a fresh data folder and browser profile, then launches the host `runs` times as
 * built and `runs` times with every area eager (alternating, so both see the same machine load).
 * `dist` is a build's folder (`dist/`, or a saved build of an earlier commit).
 */
export async function measureStart(options: { dist?: string; runs?: number } = {}): Promise<StartFigures> {
  const dist = resolve(options.dist ?? 'dist');
  const runs = options.runs ?? 5;
  const renderer = join(dist, 'renderer');
  if (!existsSync(join(dist, 'main', 'web.js')) || !existsSync(join(renderer, 'index.html')))
    throw new Error(`${dist} holds no build: run \`npm run build\``);
  const eager = eagerScripts(renderer);
  const work = await mkdtemp(join(tmpdir(), 'binhan-bench-start-'));
  const dataDir = join(work, 'data');
  let context: BrowserContext | undefined;
  try {
    context = await chromium.launchPersistentContext(join(work, 'profile'), {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
      headless: true,
      locale: 'vi-VN',
      timezoneId: 'Asia/Ho_Chi_Minh',
      viewport: { width: 1280, height: 800 },
    });
    const page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (error) => console.error('[page error]', error.message));
    await setUpOffice(page, dist, dataDir);
    const built: number[] = [];
    const eagerMs: number[] = [];
    let scripts = new Set<string>();
    let eagerLoaded = new Set<string>();
    const eagerDist = await eagerCopy(dist, eager ?? [], join(work, 'eager'));
    // One launch of each first, not counted: the first launch after setup warms the disk and V8's cache.
    for (let i = 0; i <= runs; i += 1) {
      const plain = await launchOnce(page, dist, dataDir);
      const all = await launchOnce(page, eagerDist, dataDir);
      if (i === 0) continue;
      built.push(plain.ms);
      eagerMs.push(all.ms);
      scripts = plain.scripts;
      eagerLoaded = all.scripts;
    }
    const missing = (eager ?? []).filter((file) => !eagerLoaded.has(file));
    if (missing.length > 0) throw new Error(`the eager launch did not fetch ${missing.join(', ')}`);
    const sum = (files: Iterable<string>) =>
      [...files].reduce((total, file) => total + gzipBytes(join(renderer, file)), 0);
    return {
      scriptsGzip: sum(scripts),
      scripts: scripts.size,
      eagerGzip: sum(eager ?? scripts),
      eagerScripts: (eager ?? [...scripts]).length,
      launchMs: median(built),
      eagerLaunchMs: median(eagerMs),
    };
  } finally {
    await context?.close();
    await rm(work, { recursive: true, force: true });
  }
}
