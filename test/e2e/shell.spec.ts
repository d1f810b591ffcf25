import { expect, test } from './fixtures';
import { AdminPage } from './pages/admin-page';
import { setUpOffice } from './pages/office';
import { SetupPage } from './pages/setup-page';
import { ShellPage } from './pages/shell-page';

test('opens in Vietnamese through the web host, with every area reachable', async ({ appPage }) => {
  const shell = new ShellPage(appPage);
  await setUpOffice(appPage);
  await expect(shell.heading).toHaveText('Tổng quan');
  await expect(appPage).toHaveURL(/\/#\/$|\/$/);
  expect(appPage.url()).not.toContain('token=');
  for (const area of ['Vụ việc', 'Chương trình', 'Trao đổi dữ liệu', 'Quản trị']) {
    await shell.goTo(area);
    await expect(shell.heading).toHaveText(area);
  }
});

test('talks to the host: version, transport and data folder come from main', async ({ appPage, webHost }) => {
  const shell = new ShellPage(appPage);
  await setUpOffice(appPage);
  await new AdminPage(appPage).open('about');
  await expect(shell.infoValue('Cách chạy')).toHaveText('Máy chủ web cục bộ (127.0.0.1)');
  await expect(shell.infoValue('Thư mục dữ liệu')).toHaveText(webHost.dataDir);
  await expect(shell.infoValue('Hôm nay')).toHaveText(/^\d{2}\/\d{2}\/\d{4}$/);
});

test('switches to English and remembers it after a reload', async ({ appPage }) => {
  const shell = new ShellPage(appPage);
  await expect(new SetupPage(appPage).heading).toBeVisible();
  await shell.switchLanguage('EN');
  await expect(shell.heading).toHaveText('Set up Bình An');
  await appPage.reload();
  await expect(shell.heading).toHaveText('Set up Bình An');
  await expect(appPage.locator('html')).toHaveAttribute('lang', 'en');
});

test('never reaches the network: every request stays on the host', async ({ appContext, webHost }) => {
  const foreign: string[] = [];
  appContext.on('request', (request) => {
    if (!request.url().startsWith(webHost.origin)) foreign.push(request.url());
  });
  const page = appContext.pages()[0] ?? (await appContext.newPage());
  await page.goto(webHost.url);
  await expect(new SetupPage(page).heading).toBeVisible();
  await page.evaluate(() => document.fonts.ready);
  expect(foreign).toEqual([]);
  expect(await page.evaluate(() => document.fonts.check('16px "Noto Sans"', 'Bình An Việt'))).toBe(true);
});

test('a page opened without the token shows how to get in, and the API refuses it', async ({
  appContext,
  webHost,
}) => {
  const page = await appContext.newPage();
  await page.goto(webHost.origin);
  await expect(page.getByText('Hãy mở ứng dụng bằng đường dẫn')).toBeVisible();
  const status = await page.evaluate(
    async () =>
      (await fetch('/api/app/info', { method: 'POST', headers: { 'Content-Type': 'application/json' } }))
        .status,
  );
  expect(status).toBe(401);
});
