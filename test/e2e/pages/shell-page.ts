import { expect, type Locator, type Page } from '@playwright/test';

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

  /**
   * Goes to `#/…` and waits until that page, not the one before it, is on screen: by way of the
   * not-found page, whose going away proves the new page has replaced what was shown (a lazily loaded
   * page first shows "Đang mở trang…").
   */
  async show(hash: string): Promise<void> {
    await this.visit('#/khong-co-trang-nay');
    await expect(this.notFound).toBeVisible();
    if (hash === '#/khong-co-trang-nay') return;
    await this.visit(hash);
    await expect(this.notFound).toHaveCount(0);
    await expect(this.page.getByRole('status', { name: 'Đang mở trang…' })).toHaveCount(0);
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
