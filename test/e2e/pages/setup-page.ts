import type { Locator, Page } from '@playwright/test';

/** The first-run setup wizard (office → first administrator → recovery key). */
export class SetupPage {
  constructor(readonly page: Page) {}

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1, name: 'Thiết lập Bình An lần đầu' });
  }

  /**
   * `commune`: one of today's communes or wards; `province` with "Đà Nẵng": the city; any other
   * district or province name: a former unit (until 30/06/2025), as the older tests' offices are.
   */
  async chooseOffice(opts: {
    role: 'commune' | 'district' | 'province';
    unit: string;
    name?: string;
  }): Promise<void> {
    const tier =
      opts.role === 'commune'
        ? /^Xã, phường/
        : opts.role === 'province' && opts.unit === 'Đà Nẵng'
          ? /^Thành phố, tỉnh/
          : /^Đơn vị cũ/;
    await this.page.getByRole('radio', { name: tier }).check();
    const unit = this.page.getByRole('combobox', { name: 'Đơn vị hành chính' });
    await unit.fill(opts.unit);
    await this.page
      .getByRole('option', { name: new RegExp(`^${opts.unit} \\(`) })
      .first()
      .click();
    if (opts.name !== undefined) await this.page.getByLabel('Tên đơn vị').fill(opts.name);
  }

  get officeName(): Locator {
    return this.page.getByLabel('Tên đơn vị');
  }

  async next(): Promise<void> {
    await this.page.getByRole('button', { name: 'Tiếp tục' }).click();
  }

  async fillAdmin(opts: {
    displayName: string;
    username: string;
    passphrase: string;
    repeat?: string;
    alsoCaseWorker?: boolean;
  }): Promise<void> {
    await this.page.getByLabel('Họ và tên').fill(opts.displayName);
    await this.page.getByLabel('Tên đăng nhập').fill(opts.username);
    await this.page.getByLabel('Mật khẩu', { exact: true }).fill(opts.passphrase);
    await this.page.getByLabel('Nhập lại mật khẩu').fill(opts.repeat ?? opts.passphrase);
    if (opts.alsoCaseWorker === true)
      await this.page.getByRole('checkbox', { name: /trực tiếp quản lý vụ việc/ }).check();
  }

  async create(): Promise<void> {
    await this.page.getByRole('button', { name: 'Tạo đơn vị' }).click();
  }

  /** The on-screen recovery key (the print-only copy is hidden, so role queries skip it). */
  get recoveryKey(): Locator {
    return this.page.getByRole('group', { name: 'Mã khôi phục' });
  }

  async readRecoveryKey(): Promise<string> {
    await this.recoveryKey.waitFor({ timeout: 30_000 });
    return (await this.recoveryKey.getAttribute('data-recovery-key')) ?? '';
  }

  get confirmKept(): Locator {
    return this.page.getByRole('checkbox', { name: /Tôi đã in hoặc chép lại mã khôi phục/ });
  }

  get finish(): Locator {
    return this.page.getByRole('button', { name: 'Bắt đầu sử dụng' });
  }
}
