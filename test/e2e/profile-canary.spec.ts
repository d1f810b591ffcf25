import path from 'node:path';
import { canaryWalk, scan } from './canary-walk';
import { expect, openBrowser, test } from './fixtures';
import { setUpOffice } from './pages/office';

test.describe.configure({ timeout: 180_000 });

test("after intake, edit, search, view, a draft and a lock, no file of the browser profile or of main's data folder holds the survivor", async ({
  webHost,
  workDir,
}) => {
  const profile = path.join(workDir, 'canary-profile');
  const context = await openBrowser(profile);
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(webHost.url);
  await setUpOffice(page, { alsoCaseWorker: true });
  await canaryWalk(page);
  // Closing the browser writes what Chromium keeps (History, Sessions, caches) to disk.
  await context.close();
  const found = await scan(profile);
  expect(found.control).toBe(true);
  expect(found.leaks).toEqual([]);
  // Main's files (office, web-host origin, audit head, authority log, sealed keys) hold none either.
  expect((await scan(webHost.dataDir, 3)).leaks).toEqual([]);
});
