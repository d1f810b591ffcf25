import { expect, test } from './fixtures';
import { AdminPage } from './pages/admin-page';
import { LoginPage } from './pages/login-page';
import { addUser, logIn, logOut, setUpOffice } from './pages/office';
import { ShellPage } from './pages/shell-page';

test('a data officer does not see Admin and cannot reach it by its address', async ({ appPage }) => {
  const { admin } = await setUpOffice(appPage);
  const officer = await addUser(appPage, admin, { roles: ['data_officer'] });
  await new AdminPage(appPage).open('users');
  await expect(new AdminPage(appPage).userRow(officer.username)).toContainText('Cán bộ thống kê, báo cáo');
  await appPage.screenshot({ path: test.info().outputPath('admin-users.png') });
  await logOut(appPage);
  await logIn(appPage, officer.username, officer.passphrase);
  const shell = new ShellPage(appPage);
  await expect(shell.navLink('Chương trình')).toBeVisible();
  await expect(shell.navLink('Quản trị')).toHaveCount(0);
  await new AdminPage(appPage).open('users');
  await expect(appPage.getByText('Bạn không có quyền xem trang này')).toBeVisible();
  await expect(appPage.getByRole('table', { name: 'Danh sách người dùng' })).toHaveCount(0);
});

test('the audit log lists sign-ins, filters by action, verifies the chain and points at a tampered entry', async ({
  appPage,
}) => {
  await setUpOffice(appPage);
  const adminPage = new AdminPage(appPage);
  await adminPage.open('audit');
  const table = appPage.getByRole('table', { name: 'Nhật ký truy cập' });
  await expect(table).toContainText('Thiết lập đơn vị');
  await appPage.getByRole('button', { name: 'Kiểm tra tính toàn vẹn' }).click();
  await expect(appPage.getByText(/^Nhật ký nguyên vẹn: \d+ dòng/)).toBeVisible();
  await appPage.screenshot({ path: test.info().outputPath('admin-audit.png') });

  await appPage.getByRole('combobox', { name: 'Thao tác' }).click();
  await appPage.getByRole('option', { name: 'Tạo người dùng' }).click();
  await expect(table.getByRole('row')).toHaveCount(2);

  // Edit entry 2 behind the app's back, in the raw IndexedDB, as an intruder with the disk would.
  await appPage.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('binhan');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('audit', 'readwrite');
      const store = tx.objectStore('audit');
      const get = store.get(2);
      get.onsuccess = () => store.put({ ...get.result, detail: 'sửa trộm' });
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  });
  await appPage.getByRole('button', { name: 'Kiểm tra tính toàn vẹn' }).click();
  await expect(appPage.getByText(/Nhật ký đã bị can thiệp tại dòng số 2 .*đã bị sửa/)).toBeVisible();
});

test('locks and sign-outs are in the audit log, with record kinds in words', async ({ appPage }) => {
  const { admin } = await setUpOffice(appPage);
  await appPage.getByRole('button', { name: 'Khoá ngay' }).click();
  const login = new LoginPage(appPage);
  await expect(login.unlockHeading).toBeVisible();
  await login.unlock(admin.passphrase);
  await logOut(appPage);
  await logIn(appPage, admin.username, admin.passphrase);
  const adminPage = new AdminPage(appPage);
  await adminPage.open('audit');
  const table = appPage.getByRole('table', { name: 'Nhật ký truy cập' });
  await expect(table.getByRole('row', { name: /Khoá phiên/ })).toHaveCount(1);
  await expect(table.getByRole('row', { name: /Đăng xuất/ })).toHaveCount(1);
  // Setup seeded the units and the plan: their kinds read in Vietnamese, not as table names.
  await expect(table.getByRole('row', { name: /Thiết lập đơn vị/ }).first()).toContainText('Kế hoạch');
  await expect(table).toContainText('Đơn vị hành chính');
  await expect(table).not.toContainText('schoolActivities');
  await expect(table).not.toContainText(/\bunits\b/);
});

test('removing the newest audit entries is detected: main keeps the head of the chain', async ({
  appPage,
}) => {
  await setUpOffice(appPage);
  const adminPage = new AdminPage(appPage);
  await adminPage.open('audit');
  await appPage.getByRole('button', { name: 'Kiểm tra tính toàn vẹn' }).click();
  const intact = appPage.getByText(/^Nhật ký nguyên vẹn: (\d+) dòng/);
  await expect(intact).toBeVisible();
  const count = Number(/(\d+) dòng/.exec((await intact.textContent()) ?? '')?.[1]);
  // An intruder with DevTools deletes the last two entries: what remains is still a valid chain.
  await appPage.evaluate(async (last) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('binhan');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('audit', 'readwrite');
      tx.objectStore('audit').delete(IDBKeyRange.bound(last - 1, last));
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, count);
  await appPage.getByRole('button', { name: 'Kiểm tra tính toàn vẹn' }).click();
  await expect(
    appPage.getByText(
      new RegExp(`Nhật ký đã bị can thiệp tại dòng số ${count - 1} .*các dòng cuối đã bị xoá`),
    ),
  ).toBeVisible();
});

test('store health shows the persistence answer and a clean aggregate check', async ({ appPage }) => {
  await setUpOffice(appPage);
  await new AdminPage(appPage).open('health');
  await expect(appPage.getByText(/^(Đã được bảo đảm|Chưa được bảo đảm)$/)).toBeVisible();
  await expect(appPage.getByText(/Trình duyệt (đã|chưa) cam kết/)).toBeVisible();
  await expect(appPage.getByRole('row', { name: /^Dung lượng đang dùng/ })).toContainText(/B trên tối đa/);
  await appPage.getByRole('button', { name: 'Kiểm tra số liệu tổng hợp' }).click();
  await expect(appPage.getByText(/khớp hoàn toàn với bản ghi gốc/)).toBeVisible({ timeout: 30_000 });
  await appPage.screenshot({ path: test.info().outputPath('admin-health.png'), fullPage: true });
});

test('demo data loads into an empty office with progress, and is marked as demo everywhere', async ({
  appPage,
}) => {
  const { recoveryKey } = await setUpOffice(appPage);
  const adminPage = new AdminPage(appPage);
  await adminPage.open('demo');
  await expect(appPage.getByRole('radio', { name: /^Nhỏ/ })).toBeChecked();
  // The administrator does not hold the identity key the demo's survivors are sealed with.
  await appPage.getByRole('button', { name: 'Nạp dữ liệu mẫu' }).click();
  await expect(appPage.getByRole('alert')).toContainText('Cần mở khóa định danh');
  await appPage.getByRole('radio', { name: 'Mã khôi phục' }).check();
  await appPage.getByLabel(/^Mã khôi phục \(13 nhóm/).fill(recoveryKey);
  await appPage.getByRole('button', { name: 'Nạp dữ liệu mẫu' }).click();
  await expect(appPage.getByRole('progressbar', { name: 'Đang nạp dữ liệu mẫu…' })).toBeVisible();
  await expect(appPage.getByText('Đã nạp xong dữ liệu mẫu.')).toBeVisible({ timeout: 60_000 });
  const banner = appPage.getByText(/Đây là DỮ LIỆU MẪU/);
  await expect(banner).toBeVisible();
  await appPage.screenshot({ path: test.info().outputPath('admin-demo.png') });

  await adminPage.open('health');
  await expect(appPage.getByRole('row', { name: /^Vụ việc/ })).toContainText('60');
  await appPage.getByRole('button', { name: 'Kiểm tra số liệu tổng hợp' }).click();
  await expect(appPage.getByText(/khớp hoàn toàn với bản ghi gốc/)).toBeVisible({ timeout: 60_000 });
  await new ShellPage(appPage).goTo('Tổng quan');
  await expect(banner).toBeVisible();
  await adminPage.open('demo');
  await expect(appPage.getByText(/Chỉ nạp được dữ liệu mẫu khi đơn vị chưa có vụ việc/)).toBeVisible();
});
