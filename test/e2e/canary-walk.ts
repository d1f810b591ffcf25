import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { expect, type Page } from '@playwright/test';
import { CaseIntakePage, SAMPLE_INTAKE } from './pages/cases-intake';
import { CaseListPage } from './pages/cases-list';
import { CaseViewPage } from './pages/cases-view';
import { LoginPage } from './pages/login-page';

/**
 * The canary walk of the privacy tests: a survivor whose every identifying part is a word found
 * nowhere else goes through intake, edit, view, search, a draft and a lock; then every file the
 * browser (web host) or Electron keeps is scanned for those words. Used by profile-canary.spec.ts and
 * the Electron e2e tests.
 */
/** A survivor no real record shares: each part is a word that appears nowhere else. */
export const CANARY = {
  fullName: 'Trần Thị Zuvaqa',
  phone: '0912 873 465',
  address: 'Xóm Quvixa, thôn Bình Yên',
  idNumber: '038199977731',
  narrative: 'Nhorvaqet bị đe doạ nhiều lần qua điện thoại.',
  edited: 'Sau đó Plimzorat đã chuyển đến nhà người thân.',
};
/** What must never be found, in any case and as UTF-8 or UTF-16LE, in any file of the profile. */
const NEEDLES = ['Zuvaqa', 'Quvixa', 'Nhorvaqet', 'Plimzorat', '038199977731', '0912873465', '0912 873 465'];

async function* filesUnder(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* filesUnder(full);
    else if (entry.isFile()) yield full;
  }
}

/** A word the walk puts into an address on purpose: the scan must find it, or it proves nothing. */
const CONTROL = 'Kestrelvoo';

/**
 * Every (file, needle, encoding) found under `profile`, reading each file once: `leaks` are the
 * survivor's words (must be none), `control` whether the control word was found (must be).
 */
export async function scan(profile: string, minFiles = 20): Promise<{ leaks: string[]; control: boolean }> {
  const patterns = [...NEEDLES, CONTROL].flatMap((needle) =>
    [needle, needle.toLowerCase(), needle.toUpperCase()].flatMap((form) => [
      { label: `${needle} (utf-8)`, bytes: Buffer.from(form, 'utf8') },
      { label: `${needle} (utf-16)`, bytes: Buffer.from(form, 'utf16le') },
    ]),
  );
  const found: string[] = [];
  let files = 0;
  for await (const file of filesUnder(profile)) {
    if ((await stat(file)).size === 0) continue;
    files += 1;
    const content = await readFile(file);
    for (const p of patterns)
      if (content.includes(p.bytes)) found.push(`${path.relative(profile, file)}: ${p.label}`);
  }
  // The scan really looked at something (a profile: History, Sessions, IndexedDB…; main's data folder).
  expect(files).toBeGreaterThanOrEqual(minFiles);
  const unique = [...new Set(found)];
  return {
    leaks: unique.filter((hit) => !hit.includes(CONTROL)),
    control: unique.some((hit) => hit.includes(CONTROL)),
  };
}

/** The walk, from a signed-in office whose user is a case worker, ending locked. */
export async function canaryWalk(page: Page): Promise<void> {
  // The control: an address Chromium records in History like any other.
  await page.evaluate((word) => {
    window.location.hash = `#/programme/${word}`;
  }, CONTROL);
  await expect(page.getByText('Không tìm thấy trang này.')).toBeVisible();

  const intake = new CaseIntakePage(page);
  await intake.open();
  await intake.fill({
    ...SAMPLE_INTAKE,
    fullName: CANARY.fullName,
    phone: CANARY.phone,
    narrative: CANARY.narrative,
  });
  await intake.field('Địa chỉ').fill(CANARY.address);
  await intake.field('Số CCCD/CMND').fill(CANARY.idNumber);
  await intake.save();
  await expect(page.getByText(/^Đã lưu vụ việc /)).toBeVisible();
  const view = new CaseViewPage(page);
  const code = (await view.code.textContent()) ?? '';

  // Edit: the narrative grows.
  await page.getByRole('link', { name: 'Sửa' }).click();
  const narrative = page.getByRole('textbox', { name: CaseIntakePage.name('Tóm tắt sự việc') });
  await narrative.fill(`${CANARY.narrative} ${CANARY.edited}`);
  await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
  await expect(view.code).toHaveText(code);

  // View the identity, then search by name and by phone-free name.
  await view.revealButton.click();
  await expect(view.identity).toContainText('Zuvaqa');
  const list = new CaseListPage(page);
  await list.open();
  await list.search.fill('tran thi zuvaqa');
  await expect(list.rows).toHaveCount(1);
  await list.row(code).click();
  await expect(view.code).toHaveText(code);

  // A draft left half-way: typed, autosaved (sealed), not submitted.
  await intake.open();
  await intake.field('Họ và tên').fill(CANARY.fullName);
  await intake.field('Tóm tắt sự việc').fill(CANARY.narrative);
  await expect(intake.draftStatus).toContainText('Đã lưu nháp');

  await page.getByRole('button', { name: 'Khoá ngay' }).click();
  await expect(new LoginPage(page).unlockHeading).toBeVisible();
}
