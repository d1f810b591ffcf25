import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import type { Locator, Page } from '@playwright/test';

/** The periodic report (#/reports): the printable sheet, the Excel download and the PDF. */
export class ReportPage {
  constructor(readonly page: Page) {}

  get document(): Locator {
    return this.page.getByTestId('report-document');
  }

  row(code: string): Locator {
    return this.page.getByTestId(`report-row-${code}`);
  }

  /** The cells of one indicator's row: STT, indicator, target, result, reached/total, % of target, notes. */
  async cells(code: string): Promise<string[]> {
    return this.row(code).getByRole('cell').allInnerTexts();
  }

  async chooseKind(name: 'Báo cáo 6 tháng đầu năm' | 'Báo cáo năm'): Promise<void> {
    await this.page.getByRole('button', { name }).click();
  }

  /** Clicks "Tải Excel" and saves the download; returns its path and suggested name. */
  async downloadExcel(path: string): Promise<string> {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: 'Tải Excel (.xlsx)' }).click();
    const file = await download;
    await file.saveAs(path);
    return file.suggestedFilename();
  }

  /**
   * The PDF as "Save as PDF" makes it: the page in print media (the print stylesheet hides the app's
   * frame), rendered by Chromium's own PDF printer. Returns the text pdftotext extracts.
   */
  async pdfText(path: string): Promise<string> {
    await this.page.emulateMedia({ media: 'print' });
    // preferCSSPageSize: the report's own @page (A4 portrait, margins) decides, as in the print dialog.
    const bytes = await this.page.pdf({ preferCSSPageSize: true, printBackground: true });
    await this.page.emulateMedia({ media: 'screen' });
    await writeFile(path, bytes);
    const { stdout } = await promisify(execFile)('pdftotext', ['-layout', path, '-']);
    return stdout;
  }
}
