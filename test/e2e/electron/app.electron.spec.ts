import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { _electron, test as base, type ElectronApplication, expect, type Page } from '@playwright/test';
import { findElectronBinary } from '../../../main/services/electron-binary';
import { hostContract } from '../../../shared/host-api';
import { canaryWalk, scan } from '../canary-walk';
import { setUpOffice } from '../pages/office';
import { ShellPage } from '../pages/shell-page';

const repoRoot = path.resolve(import.meta.dirname, '..', '..', '..');
const electronBinary = findElectronBinary(repoRoot);

interface Fixtures {
  dataDir: string;
  electronApp: ElectronApplication;
  page: Page;
}

/** The built desktop app (dist/main/app.cjs via package.json "main"), a fresh data folder per test. */
const test = base.extend<Fixtures>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright's fixture signature needs the destructuring.
  dataDir: async ({}, use) => {
    const dir = await mkdtemp(path.join(tmpdir(), 'binhan-electron-'));
    await use(dir);
    await rm(dir, { recursive: true, force: true });
  },
  electronApp: async ({ dataDir }, use) => {
    if (electronBinary === null) throw new Error('unreachable: the suite is skipped without Electron');
    const electronApp = await _electron.launch({
      executablePath: electronBinary,
      // Chromium refuses to start as root with its OS sandbox (CI containers run as root); the window's
      // own settings (sandbox, contextIsolation, …) are the production ones either way.
      args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), repoRoot],
      env: { ...process.env, BINHAN_DATA_DIR: dataDir },
    });
    await use(electronApp);
    await electronApp.close();
  },
  // A fresh data folder starts at the first-run wizard; set the office up so the shell is shown.
  page: async ({ electronApp }, use) => {
    const page = await electronApp.firstWindow();
    await setUpOffice(page);
    await use(page);
  },
});

const SKIP_REASON =
  'Electron binary not installed on this machine (npm could not download it from GitHub); run `npx install-electron` where it can';

// The list reporter prints titles but not skip reasons, so a skipped suite carries its reason in its title.
test.describe(electronBinary === null ? `Electron app — skipped: ${SKIP_REASON}` : 'Electron app', () => {
  test.skip(electronBinary === null, SKIP_REASON);

  test('opens the Vietnamese shell from app:// and talks to main over IPC', async ({ page, dataDir }) => {
    await expect(new ShellPage(page).heading).toHaveText('Tổng quan');
    expect(page.url()).toMatch(/^app:\/\/binhan\//);
    const info = await page.evaluate(() => window.host?.app.info());
    expect(info).toMatchObject({
      ok: true,
      value: { transport: 'electron', electronBinaryPresent: true, dataDir },
    });
  });

  test('serves every response with the strict CSP', async ({ page }) => {
    await expect(new ShellPage(page).heading).toHaveText('Tổng quan');
    const csp = await page.evaluate(
      async () => (await fetch('/index.html')).headers.get('content-security-policy') ?? '',
    );
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
  });

  test('exposes no Node and no generic IPC to the page', async ({ page }) => {
    await expect(new ShellPage(page).heading).toHaveText('Tổng quan');
    const reach = await page.evaluate(() => {
      const scope = globalThis as { process?: { versions?: { node?: string } }; require?: unknown };
      return {
        node: scope.process?.versions?.node ?? null,
        require: typeof scope.require,
        calls: Object.fromEntries(
          Object.entries(window.host ?? {}).map(([area, calls]) => [area, Object.keys(calls).sort()]),
        ),
      };
    });
    // Exactly the contract's calls, one method each: nothing like a generic send(channel, …).
    const contractCalls = Object.fromEntries(
      Object.entries(hostContract).map(([area, calls]) => [area, Object.keys(calls).sort()]),
    );
    expect(reach).toEqual({ node: null, require: 'undefined', calls: contractCalls });
  });

  test('blocks navigation away and new windows', async ({ electronApp, page }) => {
    const shell = new ShellPage(page);
    await expect(shell.heading).toHaveText('Tổng quan');
    const opened = await page.evaluate(() => window.open('https://evil.example/') === null);
    expect(opened).toBe(true);
    // Main's own record of the attempt: the test waits until main has seen it (and refused it), not a while.
    await electronApp.evaluate(({ webContents }) => {
      const seen: { url: string; refused: boolean }[] = [];
      (globalThis as { navigations?: typeof seen }).navigations = seen;
      for (const contents of webContents.getAllWebContents())
        contents.on('will-navigate', (event, url) => seen.push({ url, refused: event.defaultPrevented }));
    });
    await page.evaluate(() => {
      window.location.href = 'https://evil.example/';
    });
    await expect
      .poll(() =>
        electronApp.evaluate(
          () => (globalThis as { navigations?: { url: string; refused: boolean }[] }).navigations ?? [],
        ),
      )
      .toEqual([{ url: 'https://evil.example/', refused: true }]);
    expect(page.url()).toMatch(/^app:\/\/binhan\//);
    await expect(shell.heading).toHaveText('Tổng quan');
    expect(electronApp.windows()).toHaveLength(1);
  });

  test('after the canary walk, no file of the data folder (Electron profile, main files) holds the survivor', async ({
    electronApp,
    dataDir,
  }) => {
    const page = await electronApp.firstWindow();
    await setUpOffice(page, { alsoCaseWorker: true });
    await canaryWalk(page);
    // Quitting writes what Chromium keeps (History, Sessions, caches) into the profile in the data folder.
    await electronApp.close();
    const found = await scan(dataDir);
    expect(found.control).toBe(true);
    expect(found.leaks).toEqual([]);
  });
});
