import type { Locator, Page } from '@playwright/test';

/** The sign-in screen, the unlock screen over a locked session, and the recovery-key reset dialog. */
export class LoginPage {
  constructor(readonly page: Page) {}

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1, name: 'Đăng nhập' });
  }

  get unlockHeading(): Locator {
    return this.page.getByRole('heading', { name: 'Phiên làm việc đã khoá' });
  }

  get message(): Locator {
    return this.page.getByRole('alert');
  }

  get countdown(): Locator {
    return this.page.getByText(/Thử lại sau \d+ giây/);
  }

  get submit(): Locator {
    return this.page.getByRole('button', { name: 'Đăng nhập', exact: true });
  }

  async signIn(username: string, passphrase: string): Promise<void> {
    await this.page.getByLabel('Tên đăng nhập', { exact: true }).fill(username);
    await this.page.getByLabel('Mật khẩu', { exact: true }).fill(passphrase);
    await this.submit.click();
  }

  async unlock(passphrase: string): Promise<void> {
    await this.page.getByLabel('Mật khẩu', { exact: true }).fill(passphrase);
    await this.page.getByRole('button', { name: 'Mở khoá' }).click();
  }

  /** "Quên mật khẩu?" → reset with the recovery key. */
  async resetWithRecoveryKey(recoveryKey: string, username: string, passphrase: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Quên mật khẩu?' }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByLabel('Mã khôi phục').fill(recoveryKey);
    await dialog.getByLabel('Tên đăng nhập cần đặt lại').fill(username);
    await dialog.getByLabel('Mật khẩu mới', { exact: true }).fill(passphrase);
    await dialog.getByLabel('Nhập lại mật khẩu').fill(passphrase);
    await dialog.getByRole('button', { name: 'Đặt lại mật khẩu' }).click();
  }
}
