import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, openBrowser, test } from './fixtures';
import { CaseIntakePage } from './pages/cases-intake';
import { LoginPage } from './pages/login-page';
import { logIn, setUpOffice } from './pages/office';

test.describe.configure({ timeout: 150_000 });

/** The browser's main process for a profile: the one started with that --user-data-dir and no --type. */
async function browserPid(profileDir: string): Promise<number> {
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const cmdline = await readFile(`/proc/${entry}/cmdline`, 'utf8').catch(() => '');
    const args = cmdline.split('\0');
    if (
      args.some((a) => a === `--user-data-dir=${profileDir}`) &&
      !args.some((a) => a.startsWith('--type='))
    ) {
      return Number(entry);
    }
  }
  throw new Error(`no browser process for ${profileDir}`);
}

test('bản nháp còn nguyên sau khi trình duyệt bị tắt đột ngột', async ({ webHost, workDir }) => {
  const profile = path.join(workDir, 'profile');
  const first = await openBrowser(profile);
  const page = first.pages()[0] ?? (await first.newPage());
  await page.goto(webHost.url);
  const { admin } = await setUpOffice(page, { alsoCaseWorker: true });
  const intake = new CaseIntakePage(page);
  await intake.open();
  await intake.field('Ngày xảy ra').fill('21/11/2026');
  await intake.field('Họ và tên').fill('Lê Thị Thuỷ');
  await intake.field('Tóm tắt sự việc').fill('Bị đe doạ qua điện thoại.');
  await intake.radio('Giới tính', 'Nữ').check();
  await expect(intake.draftStatus).toContainText('Đã lưu nháp');

  // A power cut, as near as a test gets: the browser process dies without closing anything.
  process.kill(await browserPid(profile), 'SIGKILL');
  await first.close().catch(() => undefined);

  const second = await openBrowser(profile);
  try {
    const again = second.pages()[0] ?? (await second.newPage());
    // The first link has been used: a new one, as the officer would get by pressing Enter in the host.
    await again.goto(await webHost.newUrl());
    await logIn(again, admin.username, admin.passphrase);
    await again.getByRole('navigation').getByRole('link', { name: 'Vụ việc' }).click();
    const offer = again.getByRole('button', {
      name: /^Tiếp tục bản nháp lúc \d{2}:\d{2} ngày \d{2}\/\d{2}\/\d{4}$/,
    });
    await expect(offer).toBeVisible();
    await offer.click();
    const restored = new CaseIntakePage(again);
    await expect(restored.field('Ngày xảy ra')).toHaveValue('21/11/2026');
    await expect(restored.field('Họ và tên')).toHaveValue('Lê Thị Thuỷ');
    await expect(restored.field('Tóm tắt sự việc')).toHaveValue('Bị đe doạ qua điện thoại.');
    await expect(restored.radio('Giới tính', 'Nữ')).toBeChecked();
  } finally {
    await second.close();
  }
});

test('khoá tự động không làm mất bản nháp', async ({ appPage: page }) => {
  const { admin } = await setUpOffice(page, { alsoCaseWorker: true });
  const intake = new CaseIntakePage(page);
  await intake.open();
  await intake.field('Họ và tên').fill('Phan Văn Tài');
  // Lock within the autosave delay: the content must wait in memory and be sealed after unlock.
  await page.getByRole('button', { name: 'Khoá ngay' }).click();
  const login = new LoginPage(page);
  await expect(login.unlockHeading).toBeVisible();
  await login.unlock(admin.passphrase);
  await expect(login.unlockHeading).toBeHidden({ timeout: 30_000 });
  await page.getByRole('navigation').getByRole('link', { name: 'Vụ việc' }).click();
  await page.getByRole('button', { name: /^Tiếp tục bản nháp lúc/ }).click();
  await expect(intake.field('Họ và tên')).toHaveValue('Phan Văn Tài');
});
