import { expect, type Page } from '@playwright/test';

/** Admin → Sao lưu, and the restore flow of the setup wizard / office-elsewhere screen. */
export class BackupPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.evaluate(() => {
      window.location.hash = '#/admin/backup';
    });
    await expect(this.page.getByRole('heading', { name: 'Sao lưu dữ liệu' })).toBeVisible();
  }

  /** First backup only: the recovery key makes the backup key. */
  async enable(recoveryKey: string): Promise<void> {
    await this.page.getByLabel('Khoá khôi phục').fill(recoveryKey);
    await this.page.getByRole('button', { name: 'Bật sao lưu' }).click();
    await expect(this.page.getByText(/^Đã bật sao lưu/)).toBeVisible({ timeout: 30_000 });
  }

  /** Backs up to `folder` and returns the file name main reports. */
  async backUpTo(folder: string): Promise<string> {
    await this.page.getByLabel(/^Thư mục sao lưu/).fill(folder);
    await this.page.getByRole('button', { name: 'Sao lưu ngay' }).click();
    const done = this.page.getByText(/^Đã sao lưu và kiểm tra: /);
    await expect(done).toBeVisible({ timeout: 120_000 });
    const text = (await done.textContent()) ?? '';
    return /(binhan-backup-[^ ]+\.zip)/.exec(text)?.[1] ?? '';
  }

  /** From the wizard's (or office-elsewhere's) "Khôi phục từ bản sao lưu" to "Đã khôi phục xong". */
  async restore(file: string, recoveryKey: string, opts: { overOffice?: boolean } = {}): Promise<void> {
    await this.page.getByRole('button', { name: 'Khôi phục từ bản sao lưu' }).click();
    await this.page.getByLabel(/^Tệp sao lưu/).fill(file);
    await this.page.getByRole('button', { name: 'Xem bản sao lưu' }).click();
    await expect(this.page.getByTestId('restore-summary')).toBeVisible();
    await this.page.getByLabel('Khoá khôi phục của đơn vị').fill(recoveryKey);
    // Over an office that is set up (a damaged store), the same key confirms replacing it.
    if (opts.overOffice === true)
      await this.page.getByLabel('Khoá khôi phục', { exact: true }).fill(recoveryKey);
    await this.page.getByRole('button', { name: 'Khôi phục', exact: true }).click();
    await expect(this.page.getByText(/^Đã khôi phục xong/)).toBeVisible({ timeout: 120_000 });
    await this.page.getByRole('button', { name: 'Mở ứng dụng' }).click();
  }
}
