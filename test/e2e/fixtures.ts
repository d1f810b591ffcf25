import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type BrowserContext, test as base, chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium';

export interface WebHostProcess {
  /** The first launch link: it opens the app once, within a minute (use `newUrl()` for another). */
  url: string;
  origin: string;
  token: string;
  dataDir: string;
  /** Asks the host for a new launch link, as a user pressing Enter in its window does. */
  newUrl(): Promise<string>;
  /** Stops the host as a power cut would: no goodbye. */
  kill(): void;
  /** Kills the host and waits until it has gone (its port is free again). */
  stop(): Promise<void>;
}

const LAUNCH_LINK = /https?:\/\/[a-z0-9.-]+:\d+\/\?token=[\w-]+/g;

/**
 * Starts `dist/main/web.js` (the real entry, as `npm run start:web` does) over `dataDir`: on a free port
 * the first time, then on the data folder's own origin.
 */
export async function startHost(dataDir: string): Promise<WebHostProcess> {
  const child: ChildProcess = spawn(process.execPath, ['dist/main/web.js'], {
    env: { ...process.env, BINHAN_PORT: '0', BINHAN_DATA_DIR: dataDir },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let out = '';
  const waiters: ((link: string) => void)[] = [];
  let links = 0;
  child.stdout?.on('data', (chunk: Buffer) => {
    out += chunk.toString();
    const found = [...out.matchAll(LAUNCH_LINK)].map((m) => m[0]);
    while (links < found.length) {
      const link = found[links] ?? '';
      links += 1;
      waiters.shift()?.(link);
    }
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    out += chunk.toString();
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const nextLink = (what: string) =>
    new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`web host gave no ${what}: ${out}`)), 15_000);
      waiters.push((link) => {
        clearTimeout(timer);
        resolve(link);
      });
      void exited.then(() => reject(new Error(`web host exited: ${out}`)));
    });
  const url = await nextLink('launch link');
  const parsed = new URL(url);
  return {
    url,
    origin: parsed.origin,
    token: parsed.searchParams.get('token') ?? '',
    dataDir,
    newUrl: () => {
      const link = nextLink('new link');
      child.stdin?.write('\n');
      return link;
    },
    kill: () => child.kill('SIGKILL'),
    stop: async () => {
      child.kill('SIGKILL');
      await exited;
    },
  };
}

/** A Chromium with its own on-disk profile, so IndexedDB survives a browser restart within one test. */
export async function openBrowser(profileDir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    headless: true,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    viewport: { width: 1280, height: 800 },
  });
}

interface Fixtures {
  workDir: string;
  webHost: WebHostProcess;
  appContext: BrowserContext;
  appPage: Page;
}

export const test = base.extend<Fixtures>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright's fixture signature needs the destructuring.
  workDir: async ({}, use) => {
    const dir = await mkdtemp(path.join(tmpdir(), 'binhan-e2e-'));
    await use(dir);
    await rm(dir, { recursive: true, force: true });
  },
  webHost: async ({ workDir }, use) => {
    const host = await startHost(path.join(workDir, 'data'));
    await use(host);
    host.kill();
  },
  appContext: async ({ workDir }, use) => {
    const context = await openBrowser(path.join(workDir, 'profile'));
    await use(context);
    await context.close();
  },
  appPage: async ({ appContext, webHost }, use) => {
    const page = appContext.pages()[0] ?? (await appContext.newPage());
    await page.goto(webHost.url);
    await use(page);
  },
});

export { expect } from '@playwright/test';
