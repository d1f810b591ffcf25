import { expect, type Locator, type Page } from '@playwright/test';

/** The case list (#/cases): search, filters, the virtualised table, export. */
export class CaseListPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('navigation').getByRole('link', { name: 'Vụ việc' }).click();
    await expect(this.page.getByRole('heading', { name: 'Vụ việc', level: 1 })).toBeVisible();
  }

  get search(): Locator {
    return this.page.getByRole('searchbox');
  }

  get count(): Locator {
    return this.page.getByTestId('case-count');
  }

  get rows(): Locator {
    return this.page.getByRole('rowgroup').getByRole('row');
  }

  row(code: string): Locator {
    return this.rows.filter({ hasText: code });
  }

  async exportExcel(opts: { withIdentity?: boolean } = {}): Promise<string> {
    await this.page.getByRole('button', { name: 'Xuất Excel' }).click();
    const dialog = this.page.getByRole('dialog');
    if (opts.withIdentity === true) {
      await dialog.getByRole('checkbox', { name: /Kèm thông tin nhận dạng/ }).check();
      await dialog.getByRole('checkbox', { name: /Tôi hiểu/ }).check();
    }
    const download = this.page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Xuất tệp' }).click();
    const file = await download;
    const path = await file.path();
    await dialog.getByRole('button', { name: 'Huỷ' }).click();
    return path;
  }
}
