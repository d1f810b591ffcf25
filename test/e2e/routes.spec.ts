import { expect, test } from './fixtures';
import { setUpOffice } from './pages/office';
import { ShellPage } from './pages/shell-page';

/**
 * An unknown address inside any area shows the not-found page and stays put: it must never redirect in
 * a loop (the address growing `…/users/users/…` with React error #185 until the tab hangs).
 */
const BOGUS = [
  '/khong-co',
  '/reports/khong-co',
  '/programme/khong-co',
  '/programme/training/khong-co/them',
  '/exchange/khong-co',
  '/exchange/send/khong-co',
  '/admin/info',
  '/admin/users/khong-co',
] as const;

test('every area shows the not-found page for an unknown sub-route and stays responsive', async ({
  appPage,
}) => {
  const pageErrors: string[] = [];
  appPage.on('pageerror', (error) => pageErrors.push(error.message));
  await setUpOffice(appPage, { alsoCaseWorker: true });
  const shell = new ShellPage(appPage);
  for (const hash of BOGUS) {
    await shell.visit(hash);
    await expect(shell.notFound, hash).toBeVisible();
    expect(await shell.currentHash(), 'the address does not grow').toBe(hash);
    // Responsive: the way back works at once.
    await shell.notFound.getByRole('link', { name: 'Về trang Tổng quan' }).click();
    await expect(shell.heading).toHaveText('Tổng quan');
  }
  // Cases: an unknown case and anything below it say that the case is not found.
  for (const hash of ['/cases/khong-co', '/cases/khong-co/them/nua']) {
    await shell.visit(hash);
    await expect(appPage.getByRole('alert').filter({ hasText: 'Không tìm thấy vụ việc này.' })).toBeVisible();
    expect(await shell.currentHash()).toBe(hash);
  }
  await shell.goTo('Quản trị');
  await expect(shell.heading).toHaveText('Quản trị');
  expect(pageErrors).toEqual([]);
});
