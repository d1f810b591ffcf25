/**
 * The exchange area (#/exchange/…) for an office or the province: tabs, saving a just-made bundle to a
 * folder, picking a bundle from a folder, the fingerprint dialog.
 */
import path from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';

export class ExchangePage {
  constructor(readonly page: Page) {}

  async open(section: 'send' | 'sent' | 'import' | 'keys' | 'board' | 'mail'): Promise<void> {
    await this.page.evaluate((s) => {
      window.location.hash = `#/exchange/${s}`;
    }, section);
    await expect(this.page.getByRole('heading', { level: 1, name: 'Trao đổi dữ liệu' })).toBeVisible();
    await expect(this.page.getByText('Đang mở khoá trao đổi dữ liệu…')).toBeHidden({ timeout: 30_000 });
  }

  /** The large fingerprint of this office's own key. */
  async ownFingerprint(): Promise<string> {
    const shown = this.page.getByTestId('fingerprint').first();
    await expect(shown).toHaveText(/^\d{4}( \d{4}){4}$/);
    return (await shown.textContent()) ?? '';
  }

  /** The destination picker shown last; its heading names the bundle's kind and office. */
  get picker(): Locator {
    return this.page.getByRole('region', { name: /^Chọn nơi lưu gói/ }).last();
  }

  /**
   * In the destination picker just shown: Folder → the path (typed, or with `browse`, its parent typed
   * and the folder clicked in main's folder browser) → save; waits for the read-back message.
   */
  async saveToFolder(dir: string, options: { browse?: boolean } = {}): Promise<string> {
    const picker = this.picker;
    await picker.getByRole('tab', { name: 'Thư mục' }).click();
    if (options.browse) {
      await picker.getByLabel('Đường dẫn thư mục').fill(path.dirname(dir));
      await this.browseTo(picker, path.basename(dir));
      await expect(picker.getByLabel('Đường dẫn thư mục')).toHaveValue(dir);
    } else await picker.getByLabel('Đường dẫn thư mục').fill(dir);
    await picker.getByRole('button', { name: 'Lưu vào thư mục' }).click();
    const saved = picker.getByText(/^Đã lưu gói vào .* và kiểm tra lại/);
    await expect(saved).toBeVisible({ timeout: 30_000 });
    const text = (await saved.textContent()) ?? '';
    return text.replace(/^Đã lưu gói vào /, '').replace(/ và kiểm tra lại.*$/, '');
  }

  /** "Chọn thư mục…" → main's folder browser (the web host has no OS dialog) → a subfolder → choose it. */
  async browseTo(scope: Locator, folder: string): Promise<void> {
    await scope.getByRole('button', { name: 'Chọn thư mục…' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Chọn thư mục' });
    await dialog.getByRole('button', { name: folder, exact: true }).click();
    await expect(dialog.getByTestId('browse-path')).toHaveText(new RegExp(`${folder}$`));
    await dialog.getByRole('button', { name: 'Chọn thư mục này' }).click();
    await expect(dialog).toBeHidden();
  }

  /** How many lines `locator`'s text takes (1 when it does not wrap). */
  static async lines(locator: Locator): Promise<number> {
    return locator.evaluate((el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
    });
  }

  /** Import → from a folder → "Mở gói" on the file whose name matches. */
  async openFromFolder(dir: string, name: RegExp): Promise<void> {
    await this.page.getByLabel('Từ thư mục').fill(dir);
    await this.page.getByRole('button', { name: 'Xem các gói' }).click();
    await this.page
      .getByRole('listitem')
      .filter({ hasText: name })
      .getByRole('button', { name: 'Mở gói' })
      .click();
  }

  get outcome(): Locator {
    return this.page
      .getByRole('region')
      .filter({ has: this.page.getByRole('status') })
      .last();
  }

  rejection(): Locator {
    return this.page.getByRole('alert').filter({ hasText: 'Gói bị từ chối' });
  }

  /** Send → "Tạo gói dữ liệu"; waits until bundle number `sequence` is made (its picker then shows). */
  async createData(sequence: number): Promise<void> {
    await this.page.getByRole('button', { name: 'Tạo gói dữ liệu' }).click();
    await expect(this.page.getByText(new RegExp(`^Đã tạo gói số ${sequence} \\(`))).toBeVisible({
      timeout: 60_000,
    });
  }

  /** Receive → "Nhận nhiều gói một lần": its folder, summary, result table and receipts for all. */
  get many(): Locator {
    return this.page.getByRole('region', { name: /^Nhận nhiều gói một lần/ });
  }

  /** Every bundle in `dir` and its subfolders, in one action (waits for nothing: see `many`). */
  async importAll(dir: string): Promise<void> {
    await this.many.getByLabel('Thư mục hoặc USB chứa các gói').fill(dir);
    await this.many.getByRole('button', { name: 'Nhập tất cả' }).click();
  }

  /**
   * The fingerprint dialog: the code is read over the phone, never shown beside the box that asks for
   * it; types it and approves.
   */
  async approveWith(fingerprint: string): Promise<void> {
    const dialog = this.page.getByRole('dialog');
    await expect(dialog.getByLabel('Mã đơn vị đọc qua điện thoại')).toBeVisible();
    await expect(dialog).not.toContainText(fingerprint);
    await dialog.getByLabel('Mã đơn vị đọc qua điện thoại').fill(fingerprint.replace(/ /g, ''));
    await dialog.getByRole('button', { name: 'Đối chiếu và phê duyệt' }).click();
    await expect(dialog).toBeHidden();
  }
}
