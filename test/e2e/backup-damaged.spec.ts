import { cp, mkdir, readdir, readFile, rm, stat, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, openBrowser, test } from './fixtures';
import { BackupPage } from './pages/backup-page';
import { LoginPage } from './pages/login-page';
import { setUpOffice } from './pages/office';
import { SetupPage } from './pages/setup-page';

type Damage = 'truncate' | 'flip' | 'delete';

/** The office's LevelDB folder in a Chromium profile (one origin: the web host's fixed name and port). */
async function leveldbOf(profile: string): Promise<string> {
  const root = path.join(profile, 'Default', 'IndexedDB');
  const dir = (await readdir(root)).find((n) => n.endsWith('.indexeddb.leveldb'));
  if (dir === undefined) throw new Error(`no IndexedDB in ${root}`);
  return path.join(root, dir);
}

/** Damages the newest data file of the database: cut in half, bytes flipped, or gone. */
async function damage(profile: string, how: Damage): Promise<void> {
  const dir = await leveldbOf(profile);
  const files = (await readdir(dir)).filter((n) => /\.(log|ldb)$/.test(n));
  const sized = await Promise.all(
    files.map(async (n) => ({ n, size: (await stat(path.join(dir, n))).size })),
  );
  const target = sized.sort((a, b) => b.size - a.size)[0];
  if (target === undefined) throw new Error('no data files');
  const file = path.join(dir, target.n);
  if (how === 'truncate') await truncate(file, Math.floor(target.size / 2));
  if (how === 'delete') await rm(file);
  if (how === 'flip') {
    const bytes = await readFile(file);
    for (let at = Math.floor(bytes.length / 3); at < bytes.length; at += 997)
      bytes[at] = (bytes[at] ?? 0) ^ 0xff;
    await writeFile(file, bytes);
  }
}

test.describe.configure({ timeout: 360_000 });

test('a profile whose IndexedDB files were truncated, flipped or deleted shows the damaged-store screen with the newest backup, and is restored from it', async ({
  appPage,
  appContext,
  webHost,
  workDir,
}) => {
  const stick = path.join(workDir, 'stick');
  await mkdir(stick);
  const { admin, recoveryKey } = await setUpOffice(appPage);
  const backup = new BackupPage(appPage);
  await backup.open();
  await backup.enable(recoveryKey);
  const file = await backup.backUpTo(stick);
  await appContext.close();

  const profile = path.join(workDir, 'profile');
  let restored = 0;
  for (const how of ['truncate', 'flip', 'delete'] as const) {
    const copy = path.join(workDir, `profile-${how}`);
    await cp(profile, copy, { recursive: true });
    await damage(copy, how);
    const context = await openBrowser(copy);
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      await page.goto(await webHost.newUrl());
      const damagedScreen = page.getByTestId('damaged-store');
      const dropAndRestore = page.getByRole('button', { name: 'Bỏ kho hỏng và khôi phục từ bản sao lưu' });
      const signIn = new LoginPage(page).heading;
      await expect(damagedScreen.or(dropAndRestore).or(signIn).first()).toBeVisible({ timeout: 60_000 });
      // A store Chromium would not open at all: drop it (confirmed), and the check finds it missing.
      if (await dropAndRestore.isVisible()) {
        await dropAndRestore.click();
        await page
          .getByRole('dialog')
          .getByRole('button', { name: 'Bỏ kho hỏng và khôi phục từ bản sao lưu' })
          .click();
      }
      // Chromium recovered the files whole: the office opens as it was, nothing to restore.
      if (await signIn.isVisible()) continue;
      // Damaged or dropped: the damaged-store screen, with the newest backup named — never the
      // first-run wizard, nor "another profile's office".
      await expect(damagedScreen).toBeVisible({ timeout: 60_000 });
      await expect(damagedScreen).toContainText(file);
      await expect(new SetupPage(page).heading).toHaveCount(0);
      await expect(page.getByRole('heading', { name: /^Thư mục dữ liệu này thuộc về/ })).toHaveCount(0);
      await page.screenshot({ path: test.info().outputPath(`damaged-${how}.png`), fullPage: true });
      restored += 1;
      await new BackupPage(page).restore(path.join(stick, file), recoveryKey, {
        overOffice: !(await damagedScreen.getByText(/kho dữ liệu trống/).isVisible()),
      });
      await new LoginPage(page).signIn(admin.username, admin.passphrase);
      await expect(page.getByRole('navigation', { name: 'Các khu vực của ứng dụng' })).toBeVisible();
    } finally {
      await context.close();
    }
  }
  // Cut in half and deleted files cannot be recovered whole: at least those reach the restore.
  expect(restored).toBeGreaterThanOrEqual(2);
});
