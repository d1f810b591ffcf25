/**
 * Helpers every e2e test that needs a signed-in office uses (cases, programme, exchange, …):
 *
 *   const { admin, recoveryKey } = await setUpOffice(appPage);            // wizard → shell, signed in as admin
 *   const { admin } = await setUpOffice(appPage, { alsoCaseWorker: true }); // admin may also see identities
 *   const officer = await addUser(appPage, admin, { roles: ['data_officer'] }); // through Admin → Người dùng
 *   await logOut(appPage);
 *   await logIn(appPage, officer.username, officer.passphrase);           // waits for the shell
 *
 * Each goes through the real UI (no store shortcuts), so they also prove setup and sign-in work. Setting
 * up derives keys with PBKDF2 (600,000 iterations), about a second per passphrase on this machine.
 */
import { expect, type Page } from '@playwright/test';
import { AdminPage, type RoleName } from './admin-page';
import { LoginPage } from './login-page';
import { SetupPage } from './setup-page';

export type Credentials = { username: string; passphrase: string; displayName: string };
export type OfficeSetup = {
  admin: Credentials;
  recoveryKey: string;
  office: { role: 'commune' | 'district' | 'province'; unit: string; name: string };
};

export const DEFAULT_ADMIN: Credentials = {
  username: 'quantri',
  passphrase: 'mùa lúa chín ở Duy Xuyên',
  displayName: 'Nguyễn Thị Hoà',
};

/** Runs the first-run wizard on a fresh app and lands in the shell, signed in as the administrator. */
export async function setUpOffice(
  page: Page,
  opts: {
    /** `district`/`province` set up a former unit (Tam Kỳ, Quảng Nam); `commune` one of today's. */
    role?: 'commune' | 'district' | 'province';
    /** A shipped unit's name: a district ("Tam Kỳ", the default) or, for role province, "Quảng Nam". */
    unit?: string;
    officeName?: string;
    admin?: Partial<Credentials>;
    /** Also give the administrator the case-worker role (sees survivors' identities). Default false. */
    alsoCaseWorker?: boolean;
  } = {},
): Promise<OfficeSetup> {
  const role = opts.role ?? 'district';
  const unit = opts.unit ?? (role === 'district' ? 'Tam Kỳ' : role === 'commune' ? 'Hải Châu' : 'Quảng Nam');
  const admin: Credentials = { ...DEFAULT_ADMIN, ...opts.admin };
  const setup = new SetupPage(page);
  await expect(setup.heading).toBeVisible();
  await setup.chooseOffice({
    role,
    unit,
    ...(opts.officeName === undefined ? {} : { name: opts.officeName }),
  });
  const name = await setup.officeName.inputValue();
  await setup.next();
  await setup.fillAdmin({ ...admin, alsoCaseWorker: opts.alsoCaseWorker ?? false });
  await setup.create();
  const recoveryKey = await setup.readRecoveryKey();
  await setup.confirmKept.check();
  await setup.finish.click();
  await expect(page.getByRole('navigation', { name: 'Các khu vực của ứng dụng' })).toBeVisible();
  return { admin, recoveryKey, office: { role, unit, name } };
}

let userCounter = 0;

/**
 * Adds a user through Admin → Người dùng while signed in as `admin`, and returns to the page the test
 * was on. Defaults give a unique user name and a valid passphrase.
 */
export async function addUser(
  page: Page,
  admin: Credentials,
  opts: {
    roles: readonly RoleName[];
    username?: string;
    displayName?: string;
    passphrase?: string;
    recoveryKey?: string;
  },
): Promise<Credentials> {
  userCounter += 1;
  const user: Credentials = {
    username: opts.username ?? `canbo${userCounter}`,
    displayName: opts.displayName ?? `Trần Văn Bình ${userCounter}`,
    passphrase: opts.passphrase ?? `mật khẩu cán bộ số ${userCounter}`,
  };
  const back = new URL(page.url()).hash;
  const adminPage = new AdminPage(page);
  await adminPage.open('users');
  await adminPage.createUser({
    ...user,
    roles: opts.roles,
    adminPassphrase: admin.passphrase,
    ...(opts.recoveryKey === undefined ? {} : { recoveryKey: opts.recoveryKey }),
  });
  await expect(page.getByText(`Đã tạo tài khoản ${user.username}`)).toBeVisible({ timeout: 30_000 });
  await page.evaluate((hash) => {
    window.location.hash = hash;
  }, back);
  return user;
}

/** Signs in on the sign-in screen and waits for the shell. */
export async function logIn(page: Page, username: string, passphrase: string): Promise<void> {
  const login = new LoginPage(page);
  await expect(login.heading).toBeVisible();
  await login.signIn(username, passphrase);
  await expect(page.getByRole('navigation', { name: 'Các khu vực của ứng dụng' })).toBeVisible({
    timeout: 30_000,
  });
}

/** Signs out through the user menu in the title bar; the sign-in screen shows. */
export async function logOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^Tài khoản:/ }).click();
  await page.getByRole('menuitem', { name: 'Đăng xuất' }).click();
  await expect(new LoginPage(page).heading).toBeVisible();
}
