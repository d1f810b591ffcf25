import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { type Column, DataTable } from '../../../../renderer/ui/DataTable';

type Row = { id: string; name: string };
const ROWS: Row[] = Array.from({ length: 500 }, (_, i) => ({ id: String(i), name: `Đơn vị ${i}` }));
const COLUMNS: Column<Row>[] = [{ key: 'name', header: 'Tên', width: '1fr', render: (row) => row.name }];

let root: Root | undefined;
afterEach(() => {
  root?.unmount();
  document.body.replaceChildren();
});

function mount(opened: string[]) {
  const before = document.createElement('button');
  before.textContent = 'Trước';
  const after = document.createElement('button');
  after.textContent = 'Sau';
  const host = document.createElement('div');
  document.body.append(before, host, after);
  root = createRoot(host);
  root.render(
    <DataTable<Row>
      rows={ROWS}
      columns={COLUMNS}
      rowKey={(row) => row.id}
      label="Đơn vị"
      height={300}
      onOpen={(row) => opened.push(row.name)}
    />,
  );
}

describe('the one table, by keyboard', () => {
  it('is one Tab stop however many rows it holds; arrows, Home and End move, Enter opens', async () => {
    const opened: string[] = [];
    mount(opened);
    await expect.element(page.getByRole('row', { name: 'Đơn vị 0' })).toBeVisible();
    page.getByRole('button', { name: 'Trước' }).element().focus();
    await userEvent.keyboard('{Tab}');
    await expect.element(page.getByRole('row', { name: 'Đơn vị 0' })).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    await expect.element(page.getByRole('row', { name: 'Đơn vị 2' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(opened).toEqual(['Đơn vị 2']);
    // One Tab leaves the table, and Shift+Tab comes back to the row last used, not the first.
    await userEvent.keyboard('{Tab}');
    await expect.element(page.getByRole('button', { name: 'Sau' })).toHaveFocus();
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
    await expect.element(page.getByRole('row', { name: 'Đơn vị 2' })).toHaveFocus();
    await userEvent.keyboard('{End}');
    await expect.element(page.getByRole('row', { name: 'Đơn vị 499' })).toHaveFocus();
    await userEvent.keyboard('{Home}');
    await expect.element(page.getByRole('row', { name: 'Đơn vị 0' })).toHaveFocus();
  });

  it('keeps a Tab stop when the row last used has scrolled out of view', async () => {
    mount([]);
    await expect.element(page.getByRole('row', { name: 'Đơn vị 0' })).toBeVisible();
    page.getByRole('row', { name: 'Đơn vị 0' }).element().focus();
    page.getByRole('rowgroup').element().scrollTop = 44 * 300;
    await expect.element(page.getByRole('row', { name: 'Đơn vị 0' })).not.toBeInTheDocument();
    page.getByRole('button', { name: 'Trước' }).element().focus();
    await userEvent.keyboard('{Tab}');
    expect(document.activeElement?.getAttribute('role')).toBe('row');
  });
});
