import { execFileSync, execSync } from 'node:child_process';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { canaryWalk, scan } from './canary-walk';
import { expect, openBrowser, test } from './fixtures';
import { BackupPage } from './pages/backup-page';
import { LoginPage } from './pages/login-page';
import { DEFAULT_ADMIN, setUpOffice } from './pages/office';

test.describe.configure({ timeout: 240_000 });

test("a backup decrypted with the recovery key and the real age CLI holds the survivor's words only inside sealed vaults", async ({
  webHost,
  workDir,
}) => {
  const context = await openBrowser(path.join(workDir, 'profile'));
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(webHost.url);
  const { recoveryKey } = await setUpOffice(page, { alsoCaseWorker: true });
  await canaryWalk(page);
  await new LoginPage(page).unlock(DEFAULT_ADMIN.passphrase);

  const stick = path.join(workDir, 'stick');
  await mkdir(stick);
  const backup = new BackupPage(page);
  await backup.open();
  await backup.enable(recoveryKey);
  const file = await backup.backUpTo(stick);
  await context.close();

  // What IT would do (README, "Sao lưu / Backups"): unzip, the key with the recovery key, then both parts.
  const out = path.join(workDir, 'opened');
  await mkdir(out);
  execFileSync('unzip', [path.join(stick, file)], { cwd: out });
  execFileSync('script', ['-qec', 'age -d -o backup-key.txt backup-key.age', '/dev/null'], {
    cwd: out,
    input: `${recoveryKey}\n`,
  });
  execSync('age -d -i backup-key.txt db.age | gunzip > db.ndjson', { cwd: out });
  execSync('age -d -i backup-key.txt files.age | gunzip > files.ndjson', { cwd: out });
  // Only the decrypted plaintext is scanned (the .age files are ciphertext, the key file is the key).
  for (const name of ['db.age', 'files.age', 'backup-key.age', 'backup-key.txt', file]) {
    await rm(path.join(out, name), { force: true });
  }

  // The scan sees the case: its row and its sealed vault are there, in the clear around the vault.
  const db = await readFile(path.join(out, 'db.ndjson'), 'utf8');
  const caseRows = db.split('\n').filter((l) => l.startsWith('["cases",'));
  expect(caseRows.length).toBeGreaterThanOrEqual(1);
  expect(caseRows.some((l) => l.includes('"vault"'))).toBe(true);
  // main's files (office.json, sealed keys, the authority log…) are base64 in files.ndjson: decoded for the scan.
  const files = (await readFile(path.join(out, 'files.ndjson'), 'utf8'))
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as { path: string; base64: string });
  expect(files.map((f) => f.path)).toContain('office.json');
  for (const f of files) {
    const to = path.join(out, 'files', f.path);
    await mkdir(path.dirname(to), { recursive: true });
    await writeFile(to, Buffer.from(f.base64, 'base64'));
  }
  const found = await scan(out, 3);
  expect(found.leaks).toEqual([]);
});
