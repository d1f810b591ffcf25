import ExcelJS from 'exceljs';
import { expect, test } from './fixtures';
import { CaseIntakePage, SAMPLE_INTAKE } from './pages/cases-intake';
import { CaseListPage } from './pages/cases-list';
import { CaseViewPage } from './pages/cases-view';
import { addUser, logIn, logOut, setUpOffice } from './pages/office';

test.describe.configure({ timeout: 180_000 });

async function sheetText(file: string): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const lines: string[] = [];
  workbook.eachSheet((sheet) => sheet.eachRow((row) => lines.push(JSON.stringify(row.values))));
  return lines.join('\n');
}

test('tìm theo tên không cần dấu; cán bộ thống kê không thấy thông tin nhận dạng ở đâu cả', async ({
  appPage: page,
}) => {
  const { admin } = await setUpOffice(page, { alsoCaseWorker: true });
  const intake = new CaseIntakePage(page);
  await intake.open();
  await intake.fill(SAMPLE_INTAKE); // "Nguyễn Thị Hòa": tone mark on the o
  await intake.save();
  const view = new CaseViewPage(page);
  await expect(page.getByText(/^Đã lưu vụ việc /)).toBeVisible();
  const code = (await view.code.textContent()) ?? '';
  await intake.open();
  await intake.fill({ ...SAMPLE_INTAKE, fullName: 'Trần Văn Nam', phone: '0911 000 111', sex: 'Nam' });
  await intake.save();
  await expect(page.getByText(/^Đã lưu vụ việc /)).toBeVisible();

  const list = new CaseListPage(page);
  await list.open();
  await expect(list.rows).toHaveCount(2);
  for (const query of ['nguyen thi hoa', 'NGUYỄN THỊ HOÀ', 'thị hoà']) {
    await list.search.fill(query);
    await expect(list.rows).toHaveCount(1);
    await expect(list.row(code)).toBeVisible();
  }
  await list.search.fill('2026-00002');
  await expect(list.rows).toHaveCount(1);
  await expect(list.rows.first()).not.toContainText(code);

  await list.search.fill('');
  await expect(list.rows).toHaveCount(2);
  const withNames = await list.exportExcel({ withIdentity: true });
  expect(await sheetText(withNames)).toContain('Nguyễn Thị Hòa');

  const officer = await addUser(page, admin, { roles: ['data_officer'] });
  await logOut(page);
  await logIn(page, officer.username, officer.passphrase);
  await list.open();
  await expect(list.rows).toHaveCount(2);
  await expect(page.getByRole('main')).not.toContainText('Nguyễn Thị Hòa');
  await expect(list.search).toHaveAccessibleName('Tìm theo mã vụ việc');
  await list.search.fill('nguyen thi hoa');
  await expect(page.getByText('Chưa có vụ việc nào khớp với bộ lọc.')).toBeVisible();
  await list.search.fill('');

  await page.getByRole('button', { name: 'Xuất Excel' }).click();
  await expect(
    page.getByRole('dialog').getByRole('checkbox', { name: /Kèm thông tin nhận dạng/ }),
  ).toHaveCount(0);
  await page.getByRole('dialog').getByRole('button', { name: 'Huỷ' }).click();
  const plain = await list.exportExcel();
  const text = await sheetText(plain);
  expect(text).toContain(code);
  expect(text).not.toContain('Nguyễn Thị Hòa');
  expect(text).not.toContain('0905');

  await list.row(code).click();
  await expect(view.code).toHaveText(code);
  await expect(page.getByText('Vai trò của bạn không được xem thông tin nhận dạng.')).toBeVisible();
  await expect(view.revealButton).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Sửa' })).toHaveCount(0);
  await expect(page.getByRole('main')).not.toContainText('Nguyễn Thị Hòa');
  await page.evaluate(() => {
    window.location.hash = '#/cases/new';
  });
  await expect(page.getByRole('heading', { name: 'Tiếp nhận vụ việc mới' })).toHaveCount(0);
});
