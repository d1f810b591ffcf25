import { expect, test } from './fixtures';
import { AdminPage } from './pages/admin-page';
import { CaseIntakePage, SAMPLE_INTAKE } from './pages/cases-intake';
import { CaseListPage } from './pages/cases-list';
import { CaseViewPage } from './pages/cases-view';
import { addUser, logIn, logOut, setUpOffice } from './pages/office';

test.describe.configure({ timeout: 180_000 });

test('an administrator gives a colleague the identity key with the recovery key, name searches are audited, and a rotation keeps every case readable', async ({
  appPage: page,
}) => {
  // The administrator does not hold the identity key: a new case worker needs the recovery key.
  const { admin, recoveryKey } = await setUpOffice(page);
  const adminPage = new AdminPage(page);
  await adminPage.open('users');
  await page.getByRole('button', { name: 'Thêm người dùng' }).click();
  const dialog = page.getByRole('dialog', { name: 'Thêm người dùng' });
  await dialog.getByRole('checkbox', { name: /^Cán bộ quản lý vụ việc/ }).check();
  await expect(dialog.getByRole('group', { name: 'Mở khóa định danh' })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('grant-identity-key.png') });
  await dialog.getByRole('button', { name: 'Huỷ' }).click();
  const worker = await addUser(page, admin, { roles: ['case_worker'], recoveryKey });

  await logOut(page);
  await logIn(page, worker.username, worker.passphrase);
  const intake = new CaseIntakePage(page);
  await intake.open();
  await intake.fill(SAMPLE_INTAKE);
  await intake.save();
  await expect(page.getByText(/^Đã lưu vụ việc /)).toBeVisible();
  const code = (await new CaseViewPage(page).code.textContent()) ?? '';

  const list = new CaseListPage(page);
  await list.open();
  await list.search.fill('nguyen thi hoa');
  await expect(list.rows).toHaveCount(1);
  // The search text stays out of the address (History and session-restore files keep addresses).
  expect(page.url()).not.toMatch(/nguyen|hoa/i);
  await expect(list.search).toHaveAttribute('autocomplete', 'off');

  await logOut(page);
  await logIn(page, admin.username, admin.passphrase);
  await adminPage.open('audit');
  const table = page.getByRole('table', { name: 'Nhật ký truy cập' });
  await expect(table.getByRole('row', { name: /Tìm theo tên/ })).toHaveCount(1, { timeout: 15_000 });
  await expect(table).not.toContainText(/nguyen|Hòa/i);

  await adminPage.open('users');
  await expect(page.getByTestId('identity-status')).toContainText('thế hệ 1; 1 người');
  await page.getByRole('button', { name: 'Đổi khóa định danh' }).click();
  const rotate = page.getByRole('dialog', { name: 'Đổi khóa định danh' });
  await rotate.getByRole('button', { name: 'Bắt đầu' }).click();
  await expect(rotate.getByRole('alert')).toContainText('Cần mở khóa định danh');
  await rotate.getByRole('radio', { name: 'Mã khôi phục' }).check();
  await rotate
    .getByLabel(/^Mã khôi phục \(13 nhóm/)
    .fill('AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH-JJJJ-KKKK-MMMM-NNNN-PPPP');
  await rotate.getByRole('button', { name: 'Bắt đầu' }).click();
  await expect(rotate.getByRole('alert')).toContainText('Mã khôi phục không đúng');
  await rotate.getByLabel(/^Mã khôi phục \(13 nhóm/).fill(recoveryKey);
  await rotate.getByRole('button', { name: 'Bắt đầu' }).click();
  await expect(rotate.getByRole('status')).toContainText('Đã đổi sang khóa định danh thế hệ 2', {
    timeout: 30_000,
  });
  await page.screenshot({ path: test.info().outputPath('rotate-identity-key.png') });
  await rotate.getByRole('button', { name: 'Đóng' }).click();
  await expect(page.getByTestId('identity-status')).toContainText('thế hệ 2; 1 người');

  await logOut(page);
  await logIn(page, worker.username, worker.passphrase);
  await list.open();
  await list.row(code).click();
  const view = new CaseViewPage(page);
  await view.revealButton.click();
  await expect(view.identity).toContainText('Nguyễn Thị Hòa');
});
