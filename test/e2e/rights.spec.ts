import type { Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { expect, test } from './fixtures';
import { AdminPage } from './pages/admin-page';
import { CaseRightsPanel } from './pages/case-rights';
import { CaseIntakePage, SAMPLE_INTAKE } from './pages/cases-intake';
import { CaseListPage } from './pages/cases-list';
import { CaseViewPage } from './pages/cases-view';
import { setUpOffice } from './pages/office';

// Each approval derives the administrator's passphrase key (PBKDF2, 600,000 iterations): slow on purpose.
test.describe.configure({ timeout: 180_000 });

const NAME = 'Lê Thị Thu Thảo';

/** Admin → Nhật ký truy cập filtered by one action: its rows. */
async function auditRows(page: Page, action: string) {
  await new AdminPage(page).open('audit');
  await page.getByRole('combobox', { name: 'Thao tác' }).click();
  await page.getByRole('option', { name: action, exact: true }).click();
  return page.getByRole('table', { name: 'Nhật ký truy cập' }).getByRole('row').filter({ hasText: action });
}

test('quyền của người bị bạo lực: bản sao (PDF, .xlsx), hạn chế xử lý chặn sửa, xoá dữ liệu — mỗi yêu cầu được quản trị viên phê duyệt và ghi nhật ký', async ({
  appPage: page,
}) => {
  const { admin } = await setUpOffice(page, { alsoCaseWorker: true });
  const intake = new CaseIntakePage(page);
  await intake.open();
  await intake.fill({ ...SAMPLE_INTAKE, fullName: NAME, needs: ['Chăm sóc y tế'] });
  await intake.save();
  await expect(page.getByText(/^Đã lưu vụ việc /)).toBeVisible();
  const view = new CaseViewPage(page);
  const code = (await view.code.textContent()) ?? '';
  const caseUrl = page.url();
  await view.addService('Chăm sóc y tế', { provider: 'Trạm Y tế phường An Mỹ', outcome: 'Đã cung cấp' });
  await expect(view.need('Chăm sóc y tế')).toContainText('Đã đáp ứng');

  // A copy of what the office holds: a wrong passphrase approves nothing.
  const rights = new CaseRightsPanel(page);
  await rights.request('Cung cấp bản sao dữ liệu', {
    username: admin.username,
    passphrase: 'không phải mật khẩu',
  });
  await expect(rights.dialog).toContainText('Tên đăng nhập hoặc mật khẩu không đúng.');
  await rights.dialog.getByRole('button', { name: 'Huỷ' }).click();
  await rights.request('Cung cấp bản sao dữ liệu', admin);
  await expect(rights.copy).toContainText('BẢN SAO DỮ LIỆU CÁ NHÂN');
  await expect(rights.copy).toContainText(NAME);
  await expect(rights.copy).toContainText('Trạm Y tế phường An Mỹ');

  const xlsx = test.info().outputPath('copy.xlsx');
  expect(await rights.downloadCopy(xlsx)).toBe(`ban-sao-du-lieu-${code}.xlsx`);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(xlsx);
  const cellsOf = (sheet: string) =>
    (book.worksheets.find((w) => w.name.startsWith(sheet))?.getSheetValues() ?? [])
      .flat()
      .map((v) => String(v ?? ''));
  expect(cellsOf('Thông tin nhận dạng')).toContain(NAME);
  expect(cellsOf('Dịch vụ')).toContain('Trạm Y tế phường An Mỹ');
  // Who viewed it when: the request itself is in the copy's audit sheet, by the administrator.
  const audit = cellsOf('Ai đã xem');
  expect(audit).toContain('Yêu cầu về quyền của chủ thể dữ liệu');
  expect(audit).toContain(admin.username);

  const text = await rights.copyPdfText(test.info().outputPath('copy.pdf'));
  expect(text).toContain('BẢN SAO DỮ LIỆU CÁ NHÂN');
  expect(text).toContain(NAME);
  expect(text).toContain('Trạm Y tế phường An Mỹ');
  // The copy alone: nothing of the app behind it.
  expect(text).not.toContain('Quyền đối với dữ liệu cá nhân');
  await rights.closeCopy();

  // Restricted: shown on the case, its edit actions gone, and the edit form refused by the store.
  await rights.request('Hạn chế xử lý', admin);
  await expect(page.getByTestId('case-restricted')).toContainText('Đang hạn chế xử lý');
  await expect(page.getByRole('link', { name: 'Sửa' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Ghi lần theo dõi' })).toBeHidden();
  await page.goto(`${caseUrl}/edit`);
  await expect(page.getByText(/Vụ việc đang bị hạn chế xử lý/)).toBeVisible();
  await page.goto(caseUrl);
  await expect(rights.history).toContainText('Hạn chế xử lý — yêu cầu ngày');
  await expect(rights.history).toContainText('chữ ký phê duyệt hợp lệ');

  // Erased: the case code typed to confirm; the name finds nothing, the case is gone, the counters equal a rebuild.
  await rights.request('Xoá dữ liệu', admin, code);
  await expect(page.getByRole('heading', { name: 'Vụ việc', level: 1 })).toBeVisible();
  const list = new CaseListPage(page);
  await list.search.fill('thu thao');
  // Nothing left to find: the office's only case is gone, so the list is empty, not merely filtered.
  await expect(page.getByRole('status').filter({ hasText: 'vụ việc' })).toHaveText('0 vụ việc');
  await expect(page.getByText(NAME)).toHaveCount(0);
  await page.goto(caseUrl);
  await expect(page.getByText('Không tìm thấy vụ việc')).toBeVisible();
  await new AdminPage(page).open('health');
  await page.getByRole('button', { name: 'Kiểm tra số liệu tổng hợp' }).click();
  await expect(page.getByText(/khớp hoàn toàn với bản ghi gốc/)).toBeVisible({ timeout: 30_000 });

  // Each request is in the audit log: the copy, the restriction and the erasure.
  await expect(await auditRows(page, 'Yêu cầu về quyền của chủ thể dữ liệu')).toHaveCount(3);
});
