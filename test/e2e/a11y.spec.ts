import { writeFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { type KeyboardProblem, keyboardWalk } from './keyboard-walk';
import { AdminPage } from './pages/admin-page';
import { CaseListPage } from './pages/cases-list';
import { LoginPage } from './pages/login-page';
import { logIn, logOut, setUpOffice } from './pages/office';
import { SetupPage } from './pages/setup-page';
import { ShellPage } from './pages/shell-page';
import { shot } from './shots';

test.describe.configure({ timeout: 480_000 });

type Finding = { page: string; rule: string; impact: string; targets: string[] };

/** Runs axe-core (its default rules: WCAG 2.x A/AA and best practices) on what is shown now; keeps serious and critical findings. */
async function audit(page: Page, name: string, found: Finding[]): Promise<void> {
  // Transitions (a dialog fading in) finished, so colours are measured as shown (spinners, which loop
  // for ever, left out).
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every(
        (a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Number.POSITIVE_INFINITY,
      ),
  );
  const results = await new AxeBuilder({ page }).analyze();
  for (const v of results.violations) {
    if (v.impact !== 'serious' && v.impact !== 'critical') continue;
    found.push({
      page: name,
      rule: v.id,
      impact: v.impact,
      targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
    });
  }
}

/** Every finding at once (BINHAN_AXE_OUT=file also writes them out), rather than the first page's only. */
async function expectNone(found: Finding[]): Promise<void> {
  const out = process.env.BINHAN_AXE_OUT;
  if (out !== undefined && out !== '')
    await writeFile(`${out}-${test.info().testId}.json`, JSON.stringify(found, null, 2));
  expect(found).toEqual([]);
}

const go = (page: Page, hash: string) =>
  page.evaluate((h) => {
    window.location.hash = h;
  }, hash);

/** A province office (every area, the status board) with the small demo data, signed in as administrator and case worker. */
async function office(page: Page) {
  const setup = await setUpOffice(page, { role: 'province', alsoCaseWorker: true });
  await new AdminPage(page).loadDemo({ size: 'Nhỏ' });
  return setup;
}

const PAGES = [
  '#/',
  '#/reports',
  '#/dhis2',
  '#/cases',
  '#/cases/new',
  '#/programme/training',
  '#/programme/schools',
  '#/programme/outreach',
  '#/programme/populations',
  '#/programme/units',
  '#/exchange/send',
  '#/exchange/sent',
  '#/exchange/import',
  '#/exchange/keys',
  '#/exchange/board',
  '#/exchange/mail',
  '#/admin/users',
  '#/admin/audit',
  '#/admin/health',
  '#/admin/backup',
  '#/admin/demo',
  '#/admin/settings',
  '#/admin/about',
  '#/khong-co-trang-nay',
] as const;

/**
 * Issue 12 item 8: no serious or critical axe-core violation on the setup wizard and every route (an
 * empty office renders every page; the dialogs' test looks at pages full of demo data), and every page
 * walked with the Tab key alone: each visible control reached, no stop on something hidden, no trap. In
 * three parts, so the two workers share them.
 */
for (const [part, pages] of [
  ['1', PAGES.slice(0, 8)],
  // The province's two long pages (every unit of the tree, a row of fields each) on their own.
  ['2', PAGES.slice(8, 10)],
  ['3', PAGES.slice(10)],
] as const) {
  test(`không có lỗi tiếp cận nghiêm trọng trên mọi trang, đi hết bằng phím Tab (${part}/3)`, async ({
    appPage: page,
  }) => {
    const found: Finding[] = [];
    const keys: KeyboardProblem[] = [];
    if (part === '1') {
      await expect(new SetupPage(page).heading).toBeVisible();
      await audit(page, 'setup', found);
      keys.push(...(await keyboardWalk(page, 'setup')));
    }
    // The two long pages hold a row of fields per unit: the city's 94 communes cost axe and the walk
    // minutes per page (measured: 2–5 min each on two loaded cores); a former district's tree shows the
    // same rows and the same controls, fewer of them.
    await setUpOffice(page, part === '2' ? { role: 'district' } : { role: 'province', alsoCaseWorker: true });
    const main = page.getByRole('main');
    for (const hash of pages) {
      await new ShellPage(page).show(hash);
      await expect(main.getByRole('heading').or(main.getByRole('alert')).first()).toBeVisible();
      await audit(page, hash, found);
      keys.push(...(await keyboardWalk(page, hash)));
      if (hash === '#/cases/new') await shot(page, 'a11y-intake');
    }
    await expectNone(found);
    expect(keys).toEqual([]);
  });
}

/** …and on the main dialogs, the unlock and sign-in screens; the navigation and the intake summary work by keyboard. */
test('không có lỗi tiếp cận nghiêm trọng trong các hộp thoại; dùng được bằng bàn phím', async ({
  appPage: page,
}) => {
  const found: Finding[] = [];
  const keys: KeyboardProblem[] = [];
  const { admin } = await office(page);
  const dialog = page.getByRole('dialog');
  const open = async (name: string, button: ReturnType<Page['getByRole']>) => {
    await button.click();
    await expect(dialog.or(page.getByRole('menu')).first()).toBeVisible();
    await audit(page, name, found);
    // A dialog keeps the focus inside it (the page behind is inert), so its walk covers the dialog only.
    if ((await dialog.count()) > 0) keys.push(...(await keyboardWalk(page, name)));
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
  };

  // Keyboard: Tab from the top of the page reaches the navigation; Enter opens an area.
  await go(page, '#/');
  await page.locator('body').focus();
  const cases = page.getByRole('navigation').getByRole('link', { name: 'Vụ việc' });
  for (let i = 0; i < 20 && !(await cases.evaluate((el) => el === document.activeElement)); i += 1)
    await page.keyboard.press('Tab');
  await expect(cases).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Vụ việc' })).toBeVisible();
  await expect(new CaseListPage(page).rows.first()).toBeVisible();
  await audit(page, '#/cases with data', found);
  keys.push(...(await keyboardWalk(page, '#/cases with data')));

  // A case and its dialogs.
  await new CaseListPage(page).rows.first().click();
  await expect(page.getByRole('button', { name: 'Ghi lần theo dõi' })).toBeVisible();
  await audit(page, 'case view', found);
  keys.push(...(await keyboardWalk(page, 'case view')));
  await open('dialog: follow-up', page.getByRole('button', { name: 'Ghi lần theo dõi' }));
  await open('dialog: close case', page.getByRole('button', { name: 'Đóng vụ việc' }));
  await open('dialog: service', page.getByRole('button', { name: /^Thêm dịch vụ: / }).first());

  // The intake summary: each section's button, by keyboard, takes the focus to that section.
  await go(page, '#/cases/new');
  const summary = page.getByRole('complementary', { name: 'Tóm tắt' });
  const perpetrator = summary.getByRole('button', { name: /^3\. Người gây bạo lực/ });
  await perpetrator.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#perpetrator :focus')).toHaveCount(1);

  // The dashboard full of figures (status chips, tables), its dialogs, the case list's and Admin's
  // dialogs, the account menu, the passphrase change.
  await go(page, '#/?year=2024');
  await expect(page.getByTestId('indicator-I1').getByTestId('indicator-value')).toHaveText(/%$/);
  await audit(page, '#/ with data', found);
  keys.push(...(await keyboardWalk(page, '#/ with data')));
  await shot(page, 'a11y-overview-data');
  await go(page, '#/');
  await open('dialog: plan', page.getByRole('button', { name: 'Kế hoạch và mục tiêu' }));
  await open('dialog: next plan', page.getByRole('button', { name: 'Sao chép sang giai đoạn mới' }));
  await go(page, '#/cases');
  await open('dialog: export cases', page.getByRole('button', { name: 'Xuất Excel' }));
  await go(page, '#/admin/users');
  await open('dialog: new user', page.getByRole('button', { name: /Thêm người dùng|Tạo tài khoản/ }).first());
  await page.getByRole('button', { name: /^Tài khoản:/ }).click();
  await audit(page, 'menu: account', found);
  await page.getByRole('menuitem', { name: /Đổi mật khẩu/ }).click();
  await expect(dialog).toBeVisible();
  await audit(page, 'dialog: change passphrase', found);
  await page.keyboard.press('Escape');

  // Locked, then signed out.
  await page.getByRole('button', { name: 'Khoá ngay' }).click();
  await expect(new LoginPage(page).unlockHeading).toBeVisible();
  await audit(page, 'unlock', found);
  keys.push(...(await keyboardWalk(page, 'unlock')));
  await new LoginPage(page).unlock(admin.passphrase);
  await logOut(page);
  await audit(page, 'sign-in', found);
  keys.push(...(await keyboardWalk(page, 'sign-in')));
  await logIn(page, admin.username, admin.passphrase);
  await expectNone(found);
  expect(keys).toEqual([]);
});
