import type { Page } from '@playwright/test';

/**
 * A screenshot for the reviewer's note, only when BINHAN_SHOTS names a folder (never in CI, never in
 * the repository): `BINHAN_SHOTS=/tmp/shots npx playwright test …`.
 */
export async function shot(page: Page, name: string): Promise<void> {
  const dir = process.env.BINHAN_SHOTS;
  if (dir === undefined || dir === '') return;
  await page.screenshot({ path: `${dir}/${name}.png`, fullPage: true });
}
