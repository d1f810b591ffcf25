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

/**
 * Keys both ways through the "USB stick" folder: the office's enrollment approved at the province by
 * its fingerprint, the province's config (keys, unit tree, plans) approved at the office by its own.
 * `officeName` is how the province's keys page names the office ("Tam Kỳ").
 */
export async function exchangeKeys(
  office: Side,
  province: Side,
  usb: string,
  officeName: string,
): Promise<void> {
  await office.exchange.open('keys');
  const officeFingerprint = await office.exchange.ownFingerprint();
  await office.page.getByRole('button', { name: 'Tạo gói đăng ký khoá' }).click();
  await office.exchange.saveToFolder(usb);
  await province.exchange.open('import');
  await province.exchange.openFromFolder(usb, /_enrollment_/);
  await province.exchange.approveWith(officeFingerprint);
  await province.exchange.open('keys');
  const provinceFingerprint = await province.exchange.ownFingerprint();
  await province.page
    .getByRole('button', { name: new RegExp(`^Tạo gói cấu hình cho .*${officeName}`) })
    .click();
  await province.exchange.saveToFolder(usb);
  await office.exchange.open('import');
  await office.exchange.openFromFolder(usb, /_config_/);
  await office.exchange.approveWith(provinceFingerprint);
  await expect(office.page.getByText(/^Đã nhập gói cấu hình của/)).toBeVisible();
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
