import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { expect, openBrowser, startHost, test } from './fixtures';
import { AdminPage } from './pages/admin-page';
import { logIn, setUpOffice } from './pages/office';
import { OfficeElsewherePage } from './pages/office-elsewhere-page';
import { SetupPage } from './pages/setup-page';
import { ShellPage } from './pages/shell-page';

/**
 * The web host's origin belongs to the data folder (the browser keeps IndexedDB per origin), its launch
 * links open the app once within a minute, and its session cookie goes to nobody else on this machine.
 */
test.describe.configure({ timeout: 150_000 });

test('after the web host restarts, twice, the same office opens at the same address', async ({ workDir }) => {
  const dataDir = path.join(workDir, 'data');
  let host = await startHost(dataDir);
  const context = await openBrowser(path.join(workDir, 'profile'));
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(host.url);
    const { admin, office } = await setUpOffice(page);
    const { origin } = host;
    expect(new URL(origin).hostname).toMatch(/^binhan-[a-z2-7]{16}\.localhost$/);
    for (const launch of [2, 3]) {
      await host.stop();
      host = await startHost(dataDir);
      expect(host.origin, `launch ${launch}`).toBe(origin);
      await page.goto(host.url);
      // The sign-in screen of the office set up before, never the first-run wizard.
      await logIn(page, admin.username, admin.passphrase);
      await new AdminPage(page).open('about');
      await expect(new ShellPage(page).infoValue('Đơn vị')).toHaveText(office.name);
    }
  } finally {
    await context.close();
    host.kill();
  }
});

test('a used link is refused, and a browser profile without the office is told whose folder it is', async ({
  appPage,
  webHost,
  workDir,
}) => {
  const { office } = await setUpOffice(appPage);
  const other = await openBrowser(path.join(workDir, 'other-profile'));
  try {
    const page = other.pages()[0] ?? (await other.newPage());
    // The first link was used by appPage: it gives this profile nothing.
    const refused = await page.goto(webHost.url);
    expect(refused?.status()).toBe(401);
    await expect(page.getByText('Đường dẫn này đã được dùng một lần rồi.')).toBeVisible();
    expect(await other.cookies()).toEqual([]);

    // With a new link it gets in, but the data folder has an office this profile lacks: no wizard.
    await page.goto(await webHost.newUrl());
    const elsewhere = new OfficeElsewherePage(page);
    await expect(elsewhere.heading(office.name)).toBeVisible();
    await expect(elsewhere.advice).toBeVisible();
    await expect(page.getByText('mã đơn vị')).toBeVisible();
    await expect(new SetupPage(page).heading).toBeHidden();
    await new ShellPage(page).switchLanguage('EN');
    await expect(
      page.getByRole('heading', { level: 1, name: `This data folder belongs to ${office.name}` }),
    ).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Restore or sign in:' })).toBeVisible();
  } finally {
    await other.close();
  }
});

test('a second server on 127.0.0.1 receives no token, and the host answers only to its own name', async ({
  appPage,
  appContext,
  webHost,
}) => {
  await expect(new SetupPage(appPage).heading).toBeVisible();
  const hostName = new URL(webHost.origin).hostname;
  const session = (await appContext.cookies(webHost.origin)).find((c) => c.name === 'binhan_session');
  expect(session).toMatchObject({ domain: hostName, httpOnly: true, sameSite: 'Strict' });
  expect(webHost.url).not.toContain(session?.value ?? '-');

  const seen: string[] = [];
  const spy = createServer((req, res) => {
    seen.push(`${req.headers.host} ${req.url} ${req.headers.cookie ?? ''}`);
    res.end('ok');
  });
  await new Promise<void>((resolve) => spy.listen(0, '127.0.0.1', resolve));
  try {
    const { port } = spy.address() as AddressInfo;
    for (const other of [`http://127.0.0.1:${port}/`, `http://localhost:${port}/`]) {
      const reply = await appPage.goto(other);
      expect(reply?.status()).toBe(200);
    }
    expect(seen.length).toBeGreaterThanOrEqual(2);
    for (const request of seen) {
      expect(request).not.toContain('binhan_session');
      expect(request).not.toContain(session?.value ?? '-');
    }
  } finally {
    spy.closeAllConnections();
    await new Promise<void>((resolve) => spy.close(() => resolve()));
  }
  // Our own port under another name is refused, even from the browser that holds the cookie.
  const byAddress = await appPage.goto(`http://127.0.0.1:${new URL(webHost.origin).port}/`);
  expect(byAddress?.status()).toBe(403);
});
