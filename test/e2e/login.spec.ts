import { expect, test } from './fixtures';
import { LoginPage } from './pages/login-page';
import { logIn, logOut, setUpOffice } from './pages/office';
import { shot } from './shots';

test('a wrong passphrase says so; repeated ones make the next try wait, with a countdown, and wipe nothing', async ({
  appPage,
}) => {
  const { admin } = await setUpOffice(appPage);
  await logOut(appPage);
  const login = new LoginPage(appPage);
  await login.signIn(admin.username, 'sai mật khẩu rồi');
  await expect(login.message).toHaveText(
    'Tên đăng nhập hoặc mật khẩu không đúng. Dữ liệu không bị ảnh hưởng.',
  );
  await appPage.screenshot({ path: test.info().outputPath('login-wrong.png') });
  // 3 free attempts, then 1 s, 2 s, 4 s…: a wrong passphrase that earns a wait shows it at once, beside
  // the message, before the user types again (not only after a further attempt is refused). Waited out
  // twice, so the fifth earns 4 s: long enough to be seen on a loaded machine.
  for (let attempt = 2; attempt <= 5; attempt += 1) {
    await expect(login.countdown).toBeHidden({ timeout: 20_000 });
    await login.signIn(admin.username, 'sai mật khẩu rồi');
    await expect(appPage.getByRole('button', { name: 'Đang kiểm tra…' })).toHaveCount(0, { timeout: 20_000 });
  }
  await expect(login.countdown).toBeVisible();
  await expect(login.message).toContainText('không đúng');
  await expect(appPage.getByLabel('Mật khẩu', { exact: true })).toHaveValue('');
  await expect(login.submit).toBeDisabled();
  await expect(appPage.getByText('Nhập sai không bao giờ làm mất dữ liệu')).toBeVisible();
  await appPage.screenshot({ path: test.info().outputPath('login-throttled.png') });
  await shot(appPage, 'login-wait-shown');
  await expect(login.countdown).toBeHidden({ timeout: 20_000 });
  await logIn(appPage, admin.username, admin.passphrase);
});

test('a forgotten passphrase is reset with the recovery key; the old one stops working', async ({
  appPage,
}) => {
  const { admin, recoveryKey } = await setUpOffice(appPage);
  await logOut(appPage);
  const login = new LoginPage(appPage);
  await login.resetWithRecoveryKey(
    'AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH-JJJJ-KKKK-MMMM-NNNN-PPPP',
    admin.username,
    'mật khẩu mới tinh 2025',
  );
  await expect(appPage.getByRole('dialog').getByRole('alert')).toHaveText('Mã khôi phục không đúng.');
  await appPage.getByRole('dialog').getByRole('button', { name: 'Huỷ' }).click();

  // Typed the way people copy from paper: lower case, spaces instead of hyphens.
  await login.resetWithRecoveryKey(
    recoveryKey.toLowerCase().replaceAll('-', ' '),
    admin.username,
    'mật khẩu mới tinh 2025',
  );
  await expect(appPage.getByText(`Đã đặt lại mật khẩu cho ${admin.username}`)).toBeVisible({
    timeout: 30_000,
  });
  await login.signIn(admin.username, admin.passphrase);
  await expect(login.message).toContainText('không đúng');
  await logIn(appPage, admin.username, 'mật khẩu mới tinh 2025');
});
