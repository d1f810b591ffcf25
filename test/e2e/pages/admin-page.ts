import { expect, type Locator, type Page } from '@playwright/test';

export type RoleName = 'administrator' | 'case_worker' | 'data_officer' | 'viewer';
/** The Vietnamese labels of the roles (renderer/i18n/vi/store.ts → store.role). */
export const ROLE_LABELS: Record<RoleName, string> = {
  administrator: 'Quản trị viên',
  case_worker: 'Cán bộ quản lý vụ việc',
  data_officer: 'Cán bộ thống kê, báo cáo',
  viewer: 'Người xem',
};

/** Admin area: its tabs (#/admin/users, audit, health, demo, settings, about) and the user dialogs. */
export class AdminPage {
  constructor(readonly page: Page) {}

  async open(section: 'users' | 'audit' | 'health' | 'demo' | 'settings' | 'about' = 'users'): Promise<void> {
    await this.page.evaluate((s) => {
      window.location.hash = `#/admin/${s}`;
    }, section);
  }

  tab(name: string): Locator {
    return this.page.getByRole('tab', { name });
  }

  userRow(username: string): Locator {
    return this.page
      .getByRole('table', { name: 'Danh sách người dùng' })
      .getByRole('row')
      .filter({ hasText: username });
  }

  async createUser(opts: {
    displayName: string;
    username: string;
    roles: readonly RoleName[];
    passphrase: string;
    adminPassphrase: string;
    /** When the administrator does not hold the identity key and the new user is a case worker. */
    recoveryKey?: string;
  }): Promise<void> {
    await this.page.getByRole('button', { name: 'Thêm người dùng' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Thêm người dùng' });
    await dialog.getByLabel('Họ và tên').fill(opts.displayName);
    await dialog.getByLabel('Tên đăng nhập').fill(opts.username);
    for (const role of opts.roles)
      await dialog.getByRole('checkbox', { name: new RegExp(`^${ROLE_LABELS[role]}`) }).check();
    await dialog.getByLabel('Mật khẩu ban đầu của người dùng', { exact: true }).fill(opts.passphrase);
    await dialog.getByLabel('Nhập lại mật khẩu').fill(opts.passphrase);
    await dialog.getByLabel('Mật khẩu của bạn (quản trị viên)', { exact: true }).fill(opts.adminPassphrase);
    if (opts.recoveryKey !== undefined) {
      await dialog.getByRole('radio', { name: 'Mã khôi phục' }).check();
      await dialog.getByLabel(/^Mã khôi phục \(13 nhóm/).fill(opts.recoveryKey);
    }
    await dialog.getByRole('button', { name: 'Tạo tài khoản' }).click();
  }

  /**
   * Admin → Dữ liệu mẫu: loads demo data of `size`. The demo's invented survivors are sealed with the
   * identity key, which an administrator who is not a case worker unlocks with the recovery key.
   */
  async loadDemo(
    opts: { recoveryKey?: string; size?: 'Nhỏ' | 'Vừa' | 'Lớn'; timeout?: number } = {},
  ): Promise<void> {
    await this.open('demo');
    if (opts.size !== undefined)
      await this.page.getByRole('radio', { name: new RegExp(`^${opts.size}`) }).check();
    if (opts.recoveryKey !== undefined) {
      await this.page.getByRole('radio', { name: 'Mã khôi phục' }).check();
      await this.page.getByLabel(/^Mã khôi phục \(13 nhóm/).fill(opts.recoveryKey);
    }
    await this.page.getByRole('button', { name: 'Nạp dữ liệu mẫu' }).click();
    await expect(this.page.getByText('Đã nạp xong dữ liệu mẫu.')).toBeVisible({
      timeout: opts.timeout ?? 60_000,
    });
  }
}
