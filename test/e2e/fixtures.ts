import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type BrowserContext, test as base, chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.ts';

export interface WebHostProcess {
  url: string;
  origin: string;
  token: string;
  dataDir: string;
  /** Stops the host as a power cut would: no goodbye. */
  kill(): void;
}

/** Starts `dist/main/web.js` (the real entry, as `npm run start:web` does) on a free port and a fresh data folder. */
export async function startHost(dataDir: string): Promise<WebHostProcess> {
  const child: ChildProcess = spawn(process.execPath, ['dist/main/web.js'], {
    env: { ...process.env, BINHAN_PORT: '0', BINHAN_DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`web host did not start: ${out}`)), 15_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /https?:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+/.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve(match[0]);
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
    });
    child.once('exit', (code) => reject(new Error(`web host exited (${code}): ${out}`)));
  });
  const parsed = new URL(url);
  return {
    url,
    origin: parsed.origin,
    token: parsed.searchParams.get('token') ?? '',
    dataDir,
    kill: () => child.kill('SIGKILL'),
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
