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

test('a profile whose IndexedDB files were truncated, flipped or deleted never opens as a new office, and offers the backup', async ({
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
  for (const how of ['truncate', 'flip', 'delete'] as const) {
    const copy = path.join(workDir, `profile-${how}`);
    await cp(profile, copy, { recursive: true });
    await damage(copy, how);
    const context = await openBrowser(copy);
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      await page.goto(await webHost.newUrl());
      const restoreOffered = page.getByRole('button', { name: 'Khôi phục từ bản sao lưu' });
      const signIn = new LoginPage(page).heading;
      const unavailable = page.getByRole('alert').filter({ hasText: /kho dữ liệu/i });
      await expect(restoreOffered.or(signIn).or(unavailable).first()).toBeVisible({ timeout: 60_000 });
      await page.screenshot({ path: test.info().outputPath(`damaged-${how}.png`), fullPage: true });
      // Never the first-run wizard over an office's data folder.
      await expect(new SetupPage(page).heading).toHaveCount(0);
      if (await restoreOffered.isVisible()) {
        const overOffice = await page.getByTestId('damaged-store').isVisible();
        await new BackupPage(page).restore(path.join(stick, file), recoveryKey, { overOffice });
        await new LoginPage(page).signIn(admin.username, admin.passphrase);
        await expect(page.getByRole('navigation', { name: 'Các khu vực của ứng dụng' })).toBeVisible();
      }
    } finally {
      await context.close();
    }
  }
});
