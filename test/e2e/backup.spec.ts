import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, openBrowser, startHost, test, type WebHostProcess } from './fixtures';
import { AdminPage } from './pages/admin-page';
import { BackupPage } from './pages/backup-page';
import { CaseListPage } from './pages/cases-list';
import { CaseViewPage } from './pages/cases-view';
import { ExchangePage } from './pages/exchange-page';
import { LoginPage } from './pages/login-page';
import { DEFAULT_ADMIN, setUpOffice } from './pages/office';

type Side = { host: WebHostProcess; context: BrowserContext; page: Page; exchange: ExchangePage };

async function openSide(workDir: string, name: string): Promise<Side> {
  const host = await startHost(path.join(workDir, `${name}-data`));
  const context = await openBrowser(path.join(workDir, `${name}-profile`));
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(host.url);
  return { host, context, page, exchange: new ExchangePage(page) };
}

/** A side left idle while the other works may have auto-locked: unlock it with the administrator's passphrase. */
async function awake(side: Side, passphrase: string): Promise<void> {
  const locked = side.page.getByRole('dialog', { name: 'Phiên làm việc đã khoá' });
  if (await locked.isVisible()) await new LoginPage(side.page).unlock(passphrase);
}

async function sendBundle(from: Side, to: Side, usb: string): Promise<void> {
  await awake(from, DEFAULT_ADMIN.passphrase);
  await awake(to, DEFAULT_ADMIN.passphrase);
  await from.exchange.open('send');
  await from.page.getByRole('button', { name: 'Tạo gói dữ liệu' }).click();
  await expect(from.page.getByText(/^Đã tạo gói số \d+/)).toBeVisible({ timeout: 60_000 });
  const file = await from.exchange.saveToFolder(usb);
  await to.exchange.open('import');
  await to.exchange.openFromFolder(usb, new RegExp(path.basename(file)));
  await expect(to.page.getByText(/^Đã xác minh: chữ ký số hợp lệ/)).toBeVisible({ timeout: 30_000 });
  await to.page.getByRole('button', { name: 'Nhập dữ liệu' }).click();
}

test.describe.configure({ timeout: 720_000 });

test('a new PC: the office backed up to a folder is restored with the recovery key, signs in with the old passphrase, sees identities, verifies the audit chain and sends the next bundle', async ({
  workDir,
}) => {
  const usb = path.join(workDir, 'usb');
  const stick = path.join(workDir, 'backup-stick');
  await mkdir(usb);
  await mkdir(stick);
  const office = await openSide(workDir, 'office');
  const province = await openSide(workDir, 'province');
  let newPc: Side | null = null;
  try {
    const { admin, recoveryKey } = await setUpOffice(office.page, { alsoCaseWorker: true });
    // The administrator is also a case worker: their own key seals the demo cases' identities.
    await new AdminPage(office.page).loadDemo({ size: 'Nhỏ', timeout: 120_000 });
    // The province signs in after the demo load, so its session is not left idle into auto-lock.
    await setUpOffice(province.page, { role: 'province', unit: 'Đà Nẵng' });

    // Keys both ways, then bundle 1 to the province.
    await office.exchange.open('keys');
    const officeFingerprint = await office.exchange.ownFingerprint();
    await office.page.getByRole('button', { name: 'Tạo gói đăng ký khoá' }).click();
    await office.exchange.saveToFolder(usb);
    await awake(province, DEFAULT_ADMIN.passphrase);
    await province.exchange.open('import');
    await province.exchange.openFromFolder(usb, /_enrollment_/);
    await province.exchange.approveWith(officeFingerprint);
    await province.exchange.open('keys');
    const provinceFingerprint = await province.exchange.ownFingerprint();
    await province.page.getByRole('button', { name: 'Tạo gói cấu hình' }).click();
    await province.exchange.saveToFolder(usb);
    await awake(office, DEFAULT_ADMIN.passphrase);
    await office.exchange.open('import');
    await office.exchange.openFromFolder(usb, /_config_/);
    await office.exchange.approveWith(provinceFingerprint);
    await sendBundle(office, province, usb);
    // Sequences count every bundle to the province (the enrollment was the first).
    const imported = province.page.getByText(/^Đã nhập gói số \d+ của /);
    await expect(imported).toBeVisible({ timeout: 60_000 });
    const before = Number(/số (\d+)/.exec((await imported.textContent()) ?? '')?.[1]);

    const list = new CaseListPage(office.page);
    await list.open();
    // The count shows "0" until the list has read the store.
    await expect(list.count).toHaveText(/^[1-9]\d* vụ việc$/);
    const cases = (await list.count.textContent()) ?? '';

    // The backup.
    await awake(office, DEFAULT_ADMIN.passphrase);
    const backup = new BackupPage(office.page);
    await backup.open();
    await backup.enable(recoveryKey);
    const file = await backup.backUpTo(stick);
    expect(file).toMatch(/^binhan-backup-.+\.zip$/);
    await office.page.screenshot({ path: test.info().outputPath('backup-done.png'), fullPage: true });
    await office.context.close();
    office.host.kill();

    // The new PC: a fresh data folder and browser profile; the wizard offers the restore.
    newPc = await openSide(workDir, 'newpc');
    await new BackupPage(newPc.page).restore(path.join(stick, file), recoveryKey.toLowerCase());
    await new LoginPage(newPc.page).signIn(admin.username, admin.passphrase);
    await expect(newPc.page.getByRole('navigation', { name: 'Các khu vực của ứng dụng' })).toBeVisible();

    const restoredList = new CaseListPage(newPc.page);
    await restoredList.open();
    await expect(restoredList.count).toHaveText(cases);
    await restoredList.rows.first().click();
    const view = new CaseViewPage(newPc.page);
    await view.revealButton.click();
    await expect(view.identity).toContainText(/\p{L}+ \p{L}+/u);

    await new AdminPage(newPc.page).open('audit');
    await newPc.page.getByRole('button', { name: 'Kiểm tra tính toàn vẹn' }).click();
    await expect(newPc.page.getByText(/^Nhật ký nguyên vẹn: \d+ dòng/)).toBeVisible();

    // The exchange carries on: bundle 2, accepted by the province as the next in sequence.
    await sendBundle(newPc, province, usb);
    await expect(province.page.getByText(new RegExp(`^Đã nhập gói số ${before + 1} của `))).toBeVisible({
      timeout: 60_000,
    });
    await newPc.page.screenshot({ path: test.info().outputPath('backup-restored.png'), fullPage: true });
  } finally {
    await office.context.close().catch(() => undefined);
    await province.context.close();
    await newPc?.context.close();
    office.host.kill();
    province.host.kill();
    newPc?.host.kill();
  }
});
