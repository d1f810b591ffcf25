import { expect, test } from './fixtures';
import { addUser, logIn, logOut, setUpOffice } from './pages/office';
import { shot } from './shots';

test.describe.configure({ timeout: 240_000 });

/** Issue 12 item 5: each user lands on their own home, never on the page the previous user left open. */
test('mỗi người dùng đăng nhập vào trang của mình, không vào trang của người trước', async ({
  appPage: page,
}) => {
  const { admin, recoveryKey } = await setUpOffice(page);
  const worker = await addUser(page, admin, { roles: ['case_worker'], recoveryKey });
  const officer = await addUser(page, admin, { roles: ['data_officer'] });
  const heading = (name: string) => page.getByRole('heading', { level: 1, name, exact: true });
  const forbidden = page.getByText('Bạn không có quyền xem trang này');

  // The administrator leaves Admin → Người dùng open; the case worker starts on the cases.
  await page.evaluate(() => {
    window.location.hash = '#/admin/users';
  });
  await expect(heading('Quản trị')).toBeVisible();
  await logOut(page);
  await logIn(page, worker.username, worker.passphrase);
  await expect(heading('Vụ việc')).toBeVisible();
  await expect(page).toHaveURL(/#\/cases$/);
  await expect(forbidden).toHaveCount(0);
  await shot(page, 'landing-case-worker');

  // The case worker leaves a new intake open; the data officer starts on the dashboard.
  await page.evaluate(() => {
    window.location.hash = '#/cases/new';
  });
  await logOut(page);
  await logIn(page, officer.username, officer.passphrase);
  await expect(heading('Tổng quan')).toBeVisible();
  await expect(page).toHaveURL(/#\/$/);
  await expect(forbidden).toHaveCount(0);

  // Back (the browser's) does not lead to the previous user's page either.
  await page.evaluate(() => {
    window.location.hash = '#/exchange/send';
  });
  await logOut(page);
  await logIn(page, admin.username, admin.passphrase);
  await expect(heading('Tổng quan')).toBeVisible();
  await expect(forbidden).toHaveCount(0);
});
