import type { Locator, Page } from '@playwright/test';

/** Báo cáo → DHIS2 (#/dhis2): period and units, the preview, the two file downloads. */
export class Dhis2Page {
  constructor(readonly page: Page) {}

  async open(query: Record<string, string> = {}): Promise<void> {
    const search = new URLSearchParams(query).toString();
    await this.page.evaluate((s) => {
      window.location.hash = s === '' ? '#/dhis2' : `#/dhis2?${s}`;
    }, search);
  }

  get preview(): Locator {
    return this.page.getByTestId('dhis2-preview');
  }

  /** Clicks a save button and keeps the download; returns the suggested name. */
  async save(which: 'json' | 'adx', path: string): Promise<string> {
    const download = this.page.waitForEvent('download');
    await this.page
      .getByRole('button', { name: which === 'json' ? 'Lưu dataValueSets (.json)' : 'Lưu ADX (.xml)' })
      .click();
    const file = await download;
    await file.saveAs(path);
    return file.suggestedFilename();
  }
}
