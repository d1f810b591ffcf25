/**
 * The app's one table (renderer/ui/DataTable) renders only the rows in view. `allRows` reads every
 * row, as a person scrolling it would: each row's cells, in the table's order.
 */
import { expect, type Locator } from '@playwright/test';

export async function allRows(table: Locator): Promise<string[][]> {
  const total = Number(await table.getAttribute('aria-rowcount')) - 1;
  const body = table.getByRole('rowgroup');
  const seen = new Map<number, string[]>();
  const read = async () => {
    const rendered = await body.locator('[data-index]').evaluateAll((rows) =>
      rows.map((row) => ({
        at: Number(row.getAttribute('data-index')),
        cells: [...row.querySelectorAll('[role="cell"]')].map((cell) => cell.textContent ?? ''),
      })),
    );
    for (const { at, cells } of rendered) seen.set(at, cells);
    return seen.size;
  };
  await read();
  while (seen.size < total) {
    const before = seen.size;
    await body.evaluate((el) => el.scrollBy(0, el.clientHeight));
    // The virtualizer renders the next rows after the scroll event: wait for them, not for a time.
    await expect.poll(read).toBeGreaterThan(before);
  }
  return [...Array(total).keys()].map((at) => seen.get(at) ?? []);
}
