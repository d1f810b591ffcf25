import { expect, type Locator, type Page } from '@playwright/test';

/** One case (#/cases/:id): header, identity, needs and services, follow-ups, closure. */
export class CaseViewPage {
  constructor(readonly page: Page) {}

  get code(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  need(label: string): Locator {
    return this.page.locator('[data-testid^="need-"]', { hasText: label });
  }

  get dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  async addService(need: string, opts: { date?: string; provider: string; outcome: string }): Promise<void> {
    await this.page.getByRole('button', { name: `Thêm dịch vụ: ${need}` }).click();
    if (opts.date !== undefined)
      await this.dialog.getByRole('textbox', { name: /^Ngày cung cấp/ }).fill(opts.date);
    await this.dialog.getByRole('combobox', { name: /^Cơ quan cung cấp dịch vụ/ }).fill(opts.provider);
    await this.dialog.getByRole('combobox', { name: /^Kết quả/ }).selectOption({ label: opts.outcome });
    await this.dialog.getByRole('button', { name: 'Lưu dịch vụ' }).click();
  }

  async addFollowUp(next: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Ghi lần theo dõi' }).click();
    await this.dialog.getByRole('textbox', { name: /^Hẹn liên hệ lại/ }).fill(next);
    await this.dialog.getByRole('button', { name: 'Lưu' }).click();
    await expect(this.dialog).toBeHidden();
  }

  async close(reason: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Đóng vụ việc' }).click();
    await this.dialog.getByRole('combobox', { name: /^Lý do đóng/ }).selectOption({ label: reason });
    await this.dialog.getByRole('button', { name: 'Đóng vụ việc' }).click();
    await expect(this.dialog).toBeHidden();
  }

  get revealButton(): Locator {
    return this.page.getByRole('button', { name: 'Xem thông tin nhận dạng' });
  }

  get identity(): Locator {
    return this.page.getByTestId('identity');
  }
}
