import { expect, type Locator, type Page } from '@playwright/test';

/** The Programme area (#/programme): its tabs and the dialogs they share. */
export class ProgrammePage {
  constructor(readonly page: Page) {}

  async open(
    tab: 'Đơn vị hành chính' | 'Tập huấn' | 'Đối tượng' | 'Cơ sở giáo dục' | 'Truyền thông',
  ): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Các khu vực của ứng dụng' })
      .getByRole('link', { name: 'Chương trình' })
      .click();
    await expect(this.page.getByRole('heading', { name: 'Chương trình', level: 1 })).toBeVisible();
    await this.page.getByRole('tab', { name: tab }).click();
    await expect(this.page.getByRole('tab', { name: tab })).toHaveAttribute('aria-selected', 'true');
  }

  /**
   * The units table narrowed to the units whose name or code holds `query` (with their ancestors):
   * the table renders only the rows in view, so a row is looked for by finding it, as an officer would.
   */
  async findUnits(query: string): Promise<Locator> {
    await this.page.getByRole('searchbox', { name: 'Tìm đơn vị theo tên hoặc mã' }).fill(query);
    return this.page.getByRole('table', { name: 'Đơn vị hành chính' });
  }

  get dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  /** Fills a text field of the open dialog by its label. */
  async fill(label: string, value: string): Promise<void> {
    await this.dialog.getByRole('textbox', { name: label, exact: false }).first().fill(value);
  }

  /** Picks an option of a MUI select of the open dialog by the select's label and the option's text. */
  async choose(label: string, option: string | RegExp): Promise<void> {
    await this.dialog.getByRole('combobox', { name: label }).click();
    await this.page.getByRole('listbox').getByRole('option', { name: option }).click();
  }

  /** Chooses a file through the dialog's "Chọn tệp…" button. */
  async chooseFile(file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.dialog.getByText('Chọn tệp…').click();
    await (await chooser).setFiles(file);
  }

  /** The "Sửa «…»" / "Xoá «…»" button of a row, by the start of the record's name. */
  rowAction(action: 'Sửa' | 'Xoá', name: string): Locator {
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return this.page.getByRole('button', { name: new RegExp(`^${action} «${escaped}`) });
  }

  /** Goes ahead in the open confirmation, named by its title, with its button `confirm`. */
  async confirm(title: string, confirm: string): Promise<void> {
    await expect(this.dialog.getByRole('heading', { name: title })).toBeVisible();
    await this.dialog.getByRole('button', { name: confirm, exact: true }).click();
    await expect(this.dialog).toBeHidden();
  }

  /** Rows of a virtualised table by its accessible name. */
  rows(table: string): Locator {
    return this.page.getByRole('table', { name: table }).getByRole('rowgroup').getByRole('row');
  }
}
