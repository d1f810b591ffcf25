import type { Locator, Page } from '@playwright/test';

/** The app's frame: navigation, language switch, the current page's heading. */
export class ShellPage {
  constructor(readonly page: Page) {}

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  navLink(name: string): Locator {
    return this.page.getByRole('navigation').getByRole('link', { name });
  }

  async goTo(area: string): Promise<void> {
    await this.navLink(area).click();
  }

  async switchLanguage(code: 'VI' | 'EN'): Promise<void> {
    await this.page.getByRole('button', { name: code, exact: true }).click();
  }

  /** The app's not-found page (an unknown address inside the shell). */
  get notFound(): Locator {
    return this.page.getByRole('alert').filter({ hasText: 'Không tìm thấy trang này.' });
  }

  /** Goes to `#/…` as a typed or bookmarked address would, without reloading the page. */
  async visit(hash: string): Promise<void> {
    await this.page.evaluate((target) => {
      window.location.hash = target;
    }, hash);
  }

  /** The address after `#`, e.g. `/admin/users`. */
  async currentHash(): Promise<string> {
    return this.page.evaluate(() => window.location.hash.replace(/^#/, ''));
  }

  infoValue(label: string): Locator {
    return this.page
      .getByRole('row', { name: new RegExp(`^${label}`) })
      .getByRole('cell')
      .last();
  }
}
