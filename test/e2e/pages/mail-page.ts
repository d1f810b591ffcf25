/**
 * Exchange → Thư điện tử: the SMTP settings and test message, the IMAP mailbox settings, and
 * "Kiểm tra hộp thư ngay" with what it imported.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import { ExchangePage } from './exchange-page';

export type SmtpFields = { host: string; port: number; from: string; to: string };
export type ImapFields = { host: string; port: number; user: string; password: string };

export class MailPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await new ExchangePage(this.page).open('mail');
  }

  get smtpForm(): Locator {
    return this.page.locator('form').filter({ hasText: 'Cài đặt thư điện tử (SMTP)' });
  }

  get imapForm(): Locator {
    return this.page.getByRole('form', { name: 'Hộp thư nhận (IMAP)' });
  }

  get inbox(): Locator {
    return this.page.getByRole('region', { name: 'Thư đến' });
  }

  private async choose(scope: Locator, label: string, option: string): Promise<void> {
    await scope.getByRole('combobox', { name: label }).click();
    await this.page.getByRole('option', { name: option }).click();
  }

  /** An SMTP server on this computer, without login (the tests' relay into Dovecot). */
  async setSmtp(s: SmtpFields): Promise<void> {
    const form = this.smtpForm;
    await form.getByLabel('Máy chủ SMTP').fill(s.host);
    await form.getByLabel('Cổng').fill(String(s.port));
    await this.choose(form, 'Bảo mật', 'Không bắt buộc (dùng STARTTLS nếu có)');
    await form.getByLabel('Địa chỉ gửi').fill(s.from);
    await form.getByLabel('Địa chỉ nhận (cách nhau bằng dấu phẩy)').fill(s.to);
    await form.getByRole('button', { name: 'Lưu cài đặt' }).click();
    await expect(form.getByText('Đã lưu cài đặt thư điện tử.')).toBeVisible();
  }

  /** A mailbox on this computer: plaintext is allowed to 127.0.0.1 only. */
  async setImap(s: ImapFields): Promise<void> {
    const form = this.imapForm;
    await form.getByLabel('Máy chủ IMAP').fill(s.host);
    await form.getByLabel('Cổng').fill(String(s.port));
    await this.choose(form, 'Bảo mật', 'Không mã hoá (chỉ với máy chủ trên chính máy này)');
    await form.getByLabel('Tên đăng nhập').fill(s.user);
    await form.getByLabel('Mật khẩu').fill(s.password);
    await form.getByRole('button', { name: 'Lưu cài đặt hộp thư' }).click();
    await expect(form.getByText('Đã lưu cài đặt hộp thư nhận.')).toBeVisible();
  }

  async sendTest(): Promise<void> {
    await this.smtpForm.getByRole('button', { name: 'Gửi thư thử' }).click();
    await expect(this.smtpForm.getByText(/^Đã gửi thư thử đến /)).toBeVisible({ timeout: 30_000 });
  }

  /** Checks the mailbox and waits for the import's summary line. */
  async checkNow(summary: RegExp): Promise<void> {
    await this.inbox.getByRole('button', { name: 'Kiểm tra hộp thư ngay' }).click();
    await expect(this.inbox.getByText(summary)).toBeVisible({ timeout: 60_000 });
  }
}
