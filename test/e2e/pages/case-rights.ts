import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { expect, type Locator, type Page } from '@playwright/test';
import type { Credentials } from './office';

type RightName =
  | 'Cung cấp bản sao dữ liệu'
  | 'Chỉnh sửa dữ liệu'
  | 'Hạn chế xử lý'
  | 'Dỡ bỏ hạn chế xử lý'
  | 'Rút lại sự đồng ý'
  | 'Xoá dữ liệu';

/** The data-rights section of a case (#/cases/:id): a request per right, approved by an administrator. */
export class CaseRightsPanel {
  constructor(readonly page: Page) {}

  get section(): Locator {
    return this.page.getByRole('region', { name: 'Quyền đối với dữ liệu cá nhân' });
  }

  get dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  get history(): Locator {
    return this.page.getByTestId('rights-history');
  }

  get copy(): Locator {
    return this.page.getByTestId('access-copy');
  }

  /** Asks for `right`, the administrator approving with their passphrase (and for erasure, the case code). */
  async request(right: RightName, approver: Pick<Credentials, 'username' | 'passphrase'>, caseCode?: string) {
    await this.section.getByRole('button', { name: right, exact: true }).click();
    await this.dialog
      .getByRole('textbox', { name: 'Tên đăng nhập của quản trị viên' })
      .fill(approver.username);
    await this.dialog.getByLabel('Mật khẩu của quản trị viên').fill(approver.passphrase);
    if (caseCode !== undefined)
      await this.dialog.getByRole('textbox', { name: /^Nhập mã vụ việc/ }).fill(caseCode);
    await this.dialog.getByRole('button', { name: 'Phê duyệt và thực hiện' }).click();
  }

  /** Clicks "Tải Excel" in the copy and saves the download; returns its suggested name. */
  async downloadCopy(path: string): Promise<string> {
    const download = this.page.waitForEvent('download');
    await this.dialog.getByRole('button', { name: 'Tải Excel (.xlsx)' }).click();
    const file = await download;
    await file.saveAs(path);
    return file.suggestedFilename();
  }

  /** The copy as "Save as PDF" makes it (print media, Chromium's printer); the text pdftotext extracts. */
  async copyPdfText(path: string): Promise<string> {
    await this.page.emulateMedia({ media: 'print' });
    const bytes = await this.page.pdf({ preferCSSPageSize: true, printBackground: true });
    await this.page.emulateMedia({ media: 'screen' });
    await writeFile(path, bytes);
    const { stdout } = await promisify(execFile)('pdftotext', ['-layout', path, '-']);
    return stdout;
  }

  async closeCopy(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Đóng' }).click();
    await expect(this.copy).toBeHidden();
  }
}
