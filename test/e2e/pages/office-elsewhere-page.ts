import type { Locator, Page } from '@playwright/test';

/** What a browser profile without the office's database sees when the data folder already has one. */
export class OfficeElsewherePage {
  constructor(readonly page: Page) {}

  heading(officeName: string): Locator {
    return this.page.getByRole('heading', {
      level: 1,
      name: `Thư mục dữ liệu này thuộc về ${officeName}`,
    });
  }

  get advice(): Locator {
    return this.page.getByRole('heading', { name: 'Hãy khôi phục hoặc đăng nhập:' });
  }
}
