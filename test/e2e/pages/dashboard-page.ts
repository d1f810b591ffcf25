import type { Locator, Page } from '@playwright/test';

/** The Overview dashboard (#/): indicator cards, trend, breakdowns, units, and the way to the report. */
export class DashboardPage {
  constructor(readonly page: Page) {}

  async open(query: Record<string, string> = {}): Promise<void> {
    const search = new URLSearchParams(query).toString();
    await this.page.evaluate((s) => {
      window.location.hash = s === '' ? '#/' : `#/?${s}`;
    }, search);
  }

  card(code: string): Locator {
    return this.page.getByTestId(`indicator-${code}`);
  }

  value(code: string): Locator {
    return this.card(code).getByTestId('indicator-value');
  }

  status(code: string): Locator {
    return this.card(code).locator('[data-status]');
  }

  get trend(): Locator {
    return this.page.getByTestId('trend');
  }

  get breakdowns(): Locator {
    return this.page.getByTestId('breakdowns');
  }

  get units(): Locator {
    return this.page.getByTestId('units');
  }

  get reportButton(): Locator {
    return this.page.getByRole('link', { name: 'Lập báo cáo' });
  }
}
