import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { DEFAULT_LIMITS } from '../../shared/bundle/limits.ts';
import { readZip, writeZip } from '../../shared/bundle/zip.ts';
import { expect, openBrowser, startHost, test, type WebHostProcess } from './fixtures';
import { AdminPage } from './pages/admin-page';
import { ExchangePage } from './pages/exchange-page';
import { setUpOffice } from './pages/office';

type Side = { host: WebHostProcess; context: BrowserContext; page: Page; exchange: ExchangePage };

async function openSide(workDir: string, name: string): Promise<Side> {
  const host = await startHost(path.join(workDir, `${name}-data`));
  const context = await openBrowser(path.join(workDir, `${name}-profile`));
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(host.url);
  return { host, context, page, exchange: new ExchangePage(page) };
}

/** Flips one byte in the middle of payload.age and writes a valid zip around it (so only the hash check can catch it). */
async function tamper(file: string, out: string): Promise<void> {
  const entries = readZip(new Uint8Array(await readFile(file)), DEFAULT_LIMITS);
  const payload = new Uint8Array(entries['payload.age']);
  const at = Math.floor(payload.length / 2);
  payload[at] = (payload[at] ?? 0) ^ 0xff;
  await writeFile(out, writeZip({ ...entries, 'payload.age': payload }, new Date()));
}

test.describe.configure({ timeout: 360_000 });

test('office and province: enrollment by fingerprint, data bundle by folder, receipt back; tamper and replay refused', async ({
  workDir,
}) => {
  const usb = path.join(workDir, 'usb');
  await mkdir(usb);
  const office = await openSide(workDir, 'office');
  const province = await openSide(workDir, 'province');
  try {
    const { recoveryKey } = await setUpOffice(office.page, { role: 'district', unit: 'Tam Kỳ' });
    await setUpOffice(province.page, { role: 'province', unit: 'Quảng Nam' });
    await new AdminPage(office.page).loadDemo({ recoveryKey, timeout: 90_000 });

    // Enrollment: the office writes its key bundle; the province approves it only with the phoned code.
    await office.exchange.open('keys');
    const officeFingerprint = await office.exchange.ownFingerprint();
    await office.page.getByRole('button', { name: 'Tạo gói đăng ký khoá' }).click();
    await office.exchange.saveToFolder(usb);
    await office.page.screenshot({ path: test.info().outputPath('exchange-enrollment.png'), fullPage: true });

    await province.exchange.open('import');
    await province.exchange.openFromFolder(usb, /_enrollment_/);
    const dialog = province.page.getByRole('dialog');
    await expect(dialog.getByTestId('fingerprint')).toHaveText(officeFingerprint);
    await dialog.getByLabel('Mã đơn vị đọc qua điện thoại').fill('1111 2222 3333 4444 5555');
    await dialog.getByRole('button', { name: 'Đối chiếu và phê duyệt' }).click();
    await expect(dialog.getByText('Mã không khớp: không phê duyệt.').first()).toBeVisible();
    await province.exchange.approveWith(officeFingerprint);
    await expect(province.page.getByText(/^Đã phê duyệt khoá của/)).toBeVisible();

    // Config back: the province's keys, approved at the office with the province's code.
    await province.exchange.open('keys');
    const provinceFingerprint = await province.exchange.ownFingerprint();
    await province.page.getByRole('button', { name: 'Tạo gói cấu hình' }).click();
    await province.exchange.saveToFolder(usb);
    await office.exchange.open('import');
    await office.exchange.openFromFolder(usb, /_config_/);
    await office.exchange.approveWith(provinceFingerprint);
    await expect(office.page.getByText(/^Đã nhập gói cấu hình của/)).toBeVisible();

    // Data: everything since the last bundle, de-identified, saved to the "USB" folder.
    await office.exchange.open('send');
    await office.page.getByRole('button', { name: 'Tạo gói dữ liệu' }).click();
    await expect(office.page.getByText(/^Đã tạo gói số \d+/)).toBeVisible({ timeout: 60_000 });
    const dataFile = await office.exchange.saveToFolder(usb);
    await office.page.screenshot({ path: test.info().outputPath('exchange-export.png'), fullPage: true });

    await province.exchange.open('import');
    await province.exchange.openFromFolder(usb, new RegExp(path.basename(dataFile)));
    await expect(province.page.getByText(/^Đã xác minh: chữ ký số hợp lệ/)).toBeVisible({ timeout: 30_000 });
    await province.page.screenshot({
      path: test.info().outputPath('exchange-import-verified.png'),
      fullPage: true,
    });
    await province.page.getByRole('button', { name: 'Nhập dữ liệu' }).click();
    await expect(province.page.getByText(/^Đã nhập gói số \d+ của .*: [1-9]\d* bản ghi mới/)).toBeVisible({
      timeout: 60_000,
    });
    await province.page.getByRole('button', { name: /^Gửi biên nhận cho/ }).click();
    await province.exchange.saveToFolder(usb);

    await province.exchange.open('board');
    const row = province.page.getByRole('row', { name: /Tam Kỳ/ });
    await expect(row).toContainText('Đúng hạn');
    await expect(row).toContainText(/[1-9]\d* trường hợp ẩn danh, [1-9]\d* bản ghi chương trình/);
    const heldBefore = await row.textContent();
    await province.page.screenshot({ path: test.info().outputPath('exchange-board.png'), fullPage: true });

    // The receipt marks the office's bundle delivered.
    await office.exchange.open('import');
    await office.exchange.openFromFolder(usb, /_receipt_/);
    await expect(
      office.page.getByText(/^Đã nhận biên nhận số \d+ của .*: [12] gói được đánh dấu đã nhận/),
    ).toBeVisible();
    await office.exchange.open('sent');
    const sentRow = office.page.getByRole('row').filter({ hasText: 'Dữ liệu' });
    await expect(sentRow).toContainText('Đã nhận (có biên nhận');

    // The same bundle again: information (already imported), not a red refusal; nothing changes.
    await province.exchange.open('import');
    await province.exchange.openFromFolder(usb, new RegExp(path.basename(dataFile)));
    await expect(
      province.page.getByRole('status').filter({ hasText: 'Gói này đã được nhập trước đây' }),
    ).toBeVisible();
    await expect(province.exchange.rejection()).toHaveCount(0);

    // A second bundle with one byte of payload.age flipped: refused with its reason, nothing applied.
    await office.exchange.open('send');
    await office.page.getByRole('button', { name: 'Tạo gói dữ liệu' }).click();
    await expect(office.page.getByText(/^Đã tạo gói số \d+/)).toBeVisible({ timeout: 60_000 });
    const second = await office.exchange.saveToFolder(usb);
    const tampered = path.join(usb, 'tampered');
    await mkdir(tampered);
    await tamper(second, path.join(tampered, path.basename(second)));
    await province.exchange.open('import');
    await province.exchange.openFromFolder(tampered, /_data_/);
    await expect(province.exchange.rejection()).toContainText('không khớp với bản kê đã ký');
    await province.page.screenshot({ path: test.info().outputPath('exchange-tampered.png'), fullPage: true });
    await province.exchange.open('board');
    await expect(province.page.getByRole('row', { name: /Tam Kỳ/ })).toHaveText(heldBefore ?? '');
    expect((await readdir(usb)).some((f) => f.includes('_receipt_'))).toBe(true);
  } finally {
    await office.context.close();
    await province.context.close();
    office.host.kill();
    province.host.kill();
  }
});
