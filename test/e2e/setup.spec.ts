import { expect, test } from './fixtures';
import { LoginPage } from './pages/login-page';
import { DEFAULT_ADMIN, logIn } from './pages/office';
import { SetupPage } from './pages/setup-page';
import { ShellPage } from './pages/shell-page';

test('first-run setup leads, in Vietnamese and with clear messages, to the shell', async ({ appPage }) => {
  const setup = new SetupPage(appPage);
  await expect(setup.heading).toBeVisible();
  await appPage.screenshot({ path: test.info().outputPath('setup-1-office.png') });
  await setup.next();
  await expect(appPage.getByText('Vui lòng chọn một giá trị trong danh sách.')).toBeVisible();
  await setup.chooseOffice({ role: 'district', unit: 'Điện Bàn' });
  await expect(setup.officeName).toHaveValue('Phòng Lao động – Thương binh và Xã hội Điện Bàn');
  await setup.next();

  await setup.fillAdmin({ ...DEFAULT_ADMIN, passphrase: 'ngắn', repeat: 'khác' });
  await setup.create();
  await expect(appPage.getByText('Mật khẩu phải có ít nhất 10 ký tự.')).toBeVisible();
  await expect(appPage.getByText('Hai mật khẩu chưa giống nhau.')).toBeVisible();
  await appPage.getByLabel('Tên đăng nhập').fill('Quản Trị');
  await expect(appPage.getByText(/Tên đăng nhập gồm 3–32 ký tự/)).toBeVisible();
  await setup.fillAdmin(DEFAULT_ADMIN);
  await expect(appPage.getByText(/Độ mạnh: (khá|mạnh)/)).toBeVisible();
  await appPage.screenshot({ path: test.info().outputPath('setup-2-admin.png') });
  await setup.create();

  const key = await setup.readRecoveryKey();
  expect(key).toMatch(/^([0-9A-Z]{4}-){12}[0-9A-Z]{4}$/);
  await expect(setup.finish).toBeDisabled();
  await appPage.screenshot({ path: test.info().outputPath('setup-3-recovery.png') });
  await setup.confirmKept.check();
  await setup.finish.click();

  const shell = new ShellPage(appPage);
  await expect(shell.heading).toHaveText('Tổng quan');
  await expect(
    appPage.getByRole('button', { name: `Tài khoản: ${DEFAULT_ADMIN.displayName}` }),
  ).toBeVisible();
  await expect(shell.navLink('Quản trị')).toBeVisible();
});

test('the recovery key is shown once: after a reload it is gone for good', async ({ appPage }) => {
  const setup = new SetupPage(appPage);
  await setup.chooseOffice({ role: 'province', unit: 'Quảng Nam' });
  await expect(setup.officeName).toHaveValue('Sở Lao động – Thương binh và Xã hội Quảng Nam');
  await setup.next();
  await setup.fillAdmin(DEFAULT_ADMIN);
  await setup.create();
  const key = await setup.readRecoveryKey();
  await appPage.reload();
  const login = new LoginPage(appPage);
  await expect(login.heading).toBeVisible();
  await expect(appPage.getByText(key.slice(0, 4), { exact: true })).toHaveCount(0);
  await logIn(appPage, DEFAULT_ADMIN.username, DEFAULT_ADMIN.passphrase);
  expect(await appPage.content()).not.toContain(key);
  expect(await appPage.content()).not.toContain(key.replaceAll('-', ''));
});

test('printing shows only the key sheet: office, date, key and instructions', async ({ appPage }) => {
  await appPage.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed += 1;
    };
  });
  const setup = new SetupPage(appPage);
  await setup.chooseOffice({ role: 'district', unit: 'Hội An' });
  await setup.next();
  await setup.fillAdmin(DEFAULT_ADMIN);
  await setup.create();
  const key = await setup.readRecoveryKey();
  await appPage.getByRole('button', { name: 'In mã khôi phục' }).click();
  expect(await appPage.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

  await appPage.emulateMedia({ media: 'print' });
  const sheet = appPage.locator('.recovery-sheet');
  await expect(sheet).toBeVisible();
  await expect(sheet).toContainText('Mã khôi phục Bình An');
  await expect(sheet).toContainText('Phòng Lao động – Thương binh và Xã hội Hội An');
  await expect(sheet).toContainText(/Ngày tạo: \d{2}\/\d{2}\/\d{4}/);
  await expect(sheet).toContainText(key.split('-')[0] ?? '');
  await expect(sheet).toContainText('Quên mật khẩu?');
  await expect(appPage.getByRole('button', { name: 'Bắt đầu sử dụng' })).not.toBeVisible();
  await appPage.screenshot({ path: test.info().outputPath('recovery-sheet-print.png'), fullPage: true });
});

test("setup offers today's units: Đà Nẵng's communes and wards, the city, and former units for 2021–2025 reporting", async ({
  appPage,
}) => {
  const setup = new SetupPage(appPage);
  await appPage.getByRole('radio', { name: /^Xã, phường/ }).check();
  const unit = appPage.getByRole('combobox', { name: 'Đơn vị hành chính' });
  await unit.click();
  // The 94 units of Resolution 1659/NQ-UBTVQH15, and no former district among them.
  await expect(appPage.getByRole('option')).toHaveCount(94);
  await expect(appPage.getByRole('option', { name: 'Tam Kỳ (Phường)' })).toBeVisible();
  await expect(appPage.getByRole('option', { name: 'Tam Kỳ (Thành phố)' })).toHaveCount(0);
  await unit.fill('Hải Châu');
  await appPage.getByRole('option', { name: 'Hải Châu (Phường)' }).click();
  await expect(setup.officeName).toHaveValue('Ủy ban nhân dân phường Hải Châu');
  await appPage.getByRole('radio', { name: /^Thành phố, tỉnh/ }).check();
  await unit.click();
  await expect(appPage.getByRole('option')).toHaveText(['Đà Nẵng (Thành phố)']);
  await appPage.keyboard.press('Escape');
  await appPage.getByRole('radio', { name: /^Đơn vị cũ/ }).check();
  await unit.click();
  await expect(appPage.getByRole('option', { name: 'Quảng Nam (Tỉnh)' })).toBeVisible();
  await expect(appPage.getByRole('option', { name: 'Tam Kỳ (Thành phố)' })).toBeVisible();
  await expect(appPage.getByRole('option', { name: 'Hải Châu (Phường)' })).toHaveCount(0);
});
