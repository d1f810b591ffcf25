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

  /** A follow-up today by phone, the survivor safe, with a next contact date. */
  async addFollowUp(next: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Ghi lần theo dõi' }).click();
    await this.fillFollowUp({ method: 'Gọi điện thoại', safety: 'An toàn', next });
  }

  /** A service's own buttons, found by text of its line ("dd/MM/yyyy — provider — outcome"). */
  serviceButton(action: 'Sửa dịch vụ' | 'Bỏ dịch vụ này', provider: string): Locator {
    return this.page.getByRole('button', { name: new RegExp(`^${action}: .*${provider}`) });
  }

  async editService(provider: string, opts: { provider?: string; outcome?: string }): Promise<void> {
    await this.serviceButton('Sửa dịch vụ', provider).click();
    await expect(this.dialog).toContainText('Sửa dịch vụ cho nhu cầu');
    if (opts.provider !== undefined)
      await this.dialog.getByRole('combobox', { name: /^Cơ quan cung cấp dịch vụ/ }).fill(opts.provider);
    if (opts.outcome !== undefined)
      await this.dialog.getByRole('combobox', { name: /^Kết quả/ }).selectOption({ label: opts.outcome });
    await this.dialog.getByRole('button', { name: 'Lưu dịch vụ' }).click();
    await expect(this.dialog).toBeHidden();
  }

  /** Fills the follow-up dialog (new or edit) and saves it. */
  async fillFollowUp(opts: {
    method?: string;
    safety?: string;
    note?: string;
    next?: string;
  }): Promise<void> {
    if (opts.method !== undefined)
      await this.dialog
        .getByRole('combobox', { name: /^Hình thức liên hệ/ })
        .selectOption({ label: opts.method });
    if (opts.safety !== undefined)
      await this.dialog
        .getByRole('combobox', { name: /^Đánh giá an toàn/ })
        .selectOption({ label: opts.safety });
    if (opts.note !== undefined) await this.dialog.getByRole('textbox', { name: /^Ghi chú/ }).fill(opts.note);
    if (opts.next !== undefined)
      await this.dialog.getByRole('textbox', { name: /^Hẹn liên hệ lại/ }).fill(opts.next);
    await this.dialog.getByRole('button', { name: 'Lưu' }).click();
    await expect(this.dialog).toBeHidden();
  }

  followUpButton(action: 'Sửa lần theo dõi' | 'Xoá lần theo dõi', day: string): Locator {
    return this.page.getByRole('button', { name: `${action}: Theo dõi ngày ${day}` });
  }

  get followUps(): Locator {
    return this.page.getByTestId('follow-up');
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
