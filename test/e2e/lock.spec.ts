import { expect, test } from './fixtures';
import { AdminPage } from './pages/admin-page';
import { LoginPage } from './pages/login-page';
import { logIn, setUpOffice } from './pages/office';

test('the lock button hides the page and unlocking returns to the same page', async ({ appPage }) => {
  const { admin } = await setUpOffice(appPage);
  const adminPage = new AdminPage(appPage);
  await adminPage.open('audit');
  await expect(adminPage.tab('Nhật ký truy cập')).toHaveAttribute('aria-selected', 'true');
  await appPage.getByRole('button', { name: 'Khoá ngay' }).click();
  const login = new LoginPage(appPage);
  await expect(login.unlockHeading).toBeVisible();
  await expect(appPage.getByRole('table', { name: 'Nhật ký truy cập' })).toHaveCount(0);
  await appPage.screenshot({ path: test.info().outputPath('unlock.png') });
  await login.unlock('không phải mật khẩu');
  await expect(login.message).toContainText('không đúng');
  await login.unlock(admin.passphrase);
  await expect(login.unlockHeading).toBeHidden({ timeout: 30_000 });
  await expect(appPage).toHaveURL(/#\/admin\/audit$/);
  await expect(adminPage.tab('Nhật ký truy cập')).toHaveAttribute('aria-selected', 'true');
});

test('after the idle time set in Admin → Cài đặt the app locks itself, and unlocks to the same page', async ({
  appPage,
}) => {
  // Playwright's clock replaces the page's timers so idle minutes pass instantly (no real waiting).
  await appPage.clock.install();
  await appPage.reload();
  const { admin } = await setUpOffice(appPage);
  const adminPage = new AdminPage(appPage);
  await adminPage.open('settings');
  await appPage.getByLabel('Tự động khoá sau (phút)').fill('0');
  await appPage.getByRole('button', { name: 'Lưu cài đặt' }).click();
  await expect(appPage.getByText('Giá trị nằm ngoài khoảng cho phép.')).toBeVisible();
  await appPage.getByLabel('Tự động khoá sau (phút)').fill('2');
  await appPage.getByRole('button', { name: 'Lưu cài đặt' }).click();
  await expect(appPage.getByText('Đã lưu cài đặt.')).toBeVisible();
  await adminPage.open('health');
  await expect(adminPage.tab('Tình trạng kho dữ liệu')).toHaveAttribute('aria-selected', 'true');

  await appPage.clock.fastForward('01:30');
  await expect(new LoginPage(appPage).unlockHeading).toBeHidden();
  await appPage.clock.fastForward('00:45');
  const login = new LoginPage(appPage);
  await expect(login.unlockHeading).toBeVisible();
  await login.unlock(admin.passphrase);
  await expect(login.unlockHeading).toBeHidden({ timeout: 30_000 });
  await expect(appPage).toHaveURL(/#\/admin\/health$/);
  await expect(adminPage.tab('Tình trạng kho dữ liệu')).toHaveAttribute('aria-selected', 'true');
});

test('signing out and in again keeps the address', async ({ appPage }) => {
  const { admin } = await setUpOffice(appPage);
  await new AdminPage(appPage).open('settings');
  await appPage.getByRole('button', { name: /^Tài khoản:/ }).click();
  await appPage.getByRole('menuitem', { name: 'Đăng xuất' }).click();
  await logIn(appPage, admin.username, admin.passphrase);
  await expect(appPage).toHaveURL(/#\/admin\/settings$/);
});
