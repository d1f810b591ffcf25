import path from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, openBrowser, startHost, type WebHostProcess } from '../fixtures';
import { ExchangePage } from './exchange-page';

/** One side of an exchange test: its own web host, data folder and browser profile (its own PC). */
export type Side = { host: WebHostProcess; context: BrowserContext; page: Page; exchange: ExchangePage };

export async function openSide(workDir: string, name: string): Promise<Side> {
  const host = await startHost(path.join(workDir, `${name}-data`));
  const context = await openBrowser(path.join(workDir, `${name}-profile`));
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(host.url);
  return { host, context, page, exchange: new ExchangePage(page) };
}

export async function closeSides(...sides: Side[]): Promise<void> {
  for (const side of sides) {
    await side.context.close();
    side.host.kill();
  }
}

/** An office to enroll: its side, its own "USB stick" folder, how the province's keys page names it ("Tam Kỳ"). */
export type Enrolling = { office: Side; usb: string; name: string };

/**
 * Keys both ways, for one office or several: each office's enrollment approved at the province by the
 * fingerprint read off that office's screen (as over the phone), then the province's config (keys,
 * unit tree, plans) for each approved at the office by the province's own. The offices' steps run side
 * by side, as on their own PCs; the province works through them in turn, its configs one after another
 * on the keys page.
 */
export async function enrollAll(province: Side, offices: readonly Enrolling[]): Promise<void> {
  const fingerprints = await Promise.all(
    offices.map(async ({ office, usb }) => {
      await office.exchange.open('keys');
      const fingerprint = await office.exchange.ownFingerprint();
      await office.page.getByRole('button', { name: 'Tạo gói đăng ký khoá' }).click();
      await office.exchange.saveToFolder(usb);
      return fingerprint;
    }),
  );
  await province.exchange.open('import');
  for (const [i, { usb }] of offices.entries()) {
    await province.exchange.openFromFolder(usb, /_enrollment_/);
    await province.exchange.approveWith(fingerprints[i] ?? '');
  }
  await province.exchange.open('keys');
  const provinceFingerprint = await province.exchange.ownFingerprint();
  for (const { usb, name } of offices) {
    await province.page.getByRole('button', { name: new RegExp(`^Tạo gói cấu hình cho .*${name}`) }).click();
    // A fresh picker for this office's bundle: nothing of the previous office's save shows in it.
    await expect(province.exchange.picker).toHaveAccessibleName(
      new RegExp(`^Chọn nơi lưu gói cấu hình .*${name}`),
    );
    await expect(province.exchange.picker.getByText(/^Đã lưu gói vào/)).toHaveCount(0);
    await province.exchange.saveToFolder(usb);
  }
  await Promise.all(
    offices.map(async ({ office, usb }) => {
      await office.exchange.open('import');
      await office.exchange.openFromFolder(usb, /_config_/);
      await office.exchange.approveWith(provinceFingerprint);
      await expect(office.page.getByText(/^Đã nhập gói cấu hình của/)).toBeVisible();
    }),
  );
}

/** Keys both ways for one office through `usb` (enrollAll). */
export async function exchangeKeys(
  office: Side,
  province: Side,
  usb: string,
  officeName: string,
): Promise<void> {
  await enrollAll(province, [{ office, usb, name: officeName }]);
}

/** The office makes its next data bundle into `usb`; the province verifies and imports it. */
export async function sendData(office: Side, province: Side, usb: string): Promise<void> {
  await office.exchange.open('send');
  await office.page.getByRole('button', { name: 'Tạo gói dữ liệu' }).click();
  await expect(office.page.getByText(/^Đã tạo gói số \d+/)).toBeVisible({ timeout: 60_000 });
  const dataFile = await office.exchange.saveToFolder(usb);
  await province.exchange.open('import');
  await province.exchange.openFromFolder(usb, new RegExp(path.basename(dataFile)));
  await province.page.getByRole('button', { name: 'Nhập dữ liệu' }).click();
  await expect(province.page.getByText(/^Đã nhập gói số \d+ của/)).toBeVisible({ timeout: 60_000 });
}
