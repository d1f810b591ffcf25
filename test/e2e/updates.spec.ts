import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { publicKeyLine } from '../../shared/bundle/minisign';
import { testPublisher, writeRelease } from '../unit/main/updates/update-fixture';
import { expect, test } from './fixtures';
import { AdminPage } from './pages/admin-page';
import { setUpOffice } from './pages/office';
import { shot } from './shots';

/**
 * Updates through the web host (issue 11): a USB stick with a publisher-signed release and one signed by
 * a stranger; the host verifies both, prepares the good one (it cannot install: no electron-updater) and
 * passes it on to the next office's stick, where `minisign -V` verifies it. The host trusts this run's
 * test key through BINHAN_UPDATE_TEST_KEY, which packaged desktop builds ignore.
 */
const publisher = testPublisher();
test.beforeAll(() => {
  process.env.BINHAN_UPDATE_TEST_KEY = publicKeyLine(publisher.key);
});
test.afterAll(() => {
  delete process.env.BINHAN_UPDATE_TEST_KEY;
});

test('an officer finds a signed release on a stick, sees a forged one refused, and passes the good one on', async ({
  appPage,
  workDir,
}) => {
  const stick = path.join(workDir, 'usb');
  writeRelease(path.join(stick, 'BinhAn-0.2.0'), publisher, '0.2.0');
  writeRelease(path.join(stick, 'BinhAn-0.3.0'), testPublisher(), '0.3.0');
  await setUpOffice(appPage);
  await new AdminPage(appPage).open('about');

  const panel = appPage.getByRole('region', { name: 'Cập nhật phần mềm' });
  await expect(panel.getByText('Phiên bản đang chạy: 0.1.0')).toBeVisible();
  await panel.getByLabel('Thư mục chứa bản cập nhật').fill(stick);
  await panel.getByRole('button', { name: 'Tìm bản cập nhật' }).click();
  await expect(panel.getByText(/^Bản 0\.2\.0 — chữ ký của nhà phát hành hợp lệ/)).toBeVisible();
  await expect(
    panel.getByText(/được ký bằng khoá không phải của nhà phát hành \([0-9A-F]{16}\)/),
  ).toBeVisible();
  await expect(panel.getByRole('button', { name: 'Dùng bản này' })).toHaveCount(1);
  await panel.getByRole('button', { name: 'Dùng bản này' }).click();

  await expect(panel.getByTestId('update-release')).toContainText('Không đổi cấu trúc dữ liệu.');
  await expect(panel.getByText(/^Máy chủ web không cài được phần mềm/)).toBeVisible();
  const next = path.join(workDir, 'next-usb');
  await panel.getByLabel('Chép vào (USB hoặc thư mục)').fill(next);
  await panel.getByRole('button', { name: 'Chép sang' }).click();
  await expect(panel.getByText(/^Đã chép và kiểm tra lại: .*BinhAn-0\.2\.0$/)).toBeVisible();
  await shot(appPage, 'updates-panel');

  const copied = path.join(next, 'BinhAn-0.2.0');
  expect(readdirSync(copied).sort()).toEqual([
    'BinhAn-0.2.0-win-x64.exe',
    'BinhAn-0.2.0-win-x64.exe.blockmap',
    'latest.yml',
    'latest.yml.minisig',
  ]);
  const check = execFileSync(
    'minisign',
    ['-V', '-m', path.join(copied, 'latest.yml'), '-P', publicKeyLine(publisher.key)],
    {
      encoding: 'utf8',
    },
  );
  expect(check).toContain('Trusted comment: binhan-release file=latest.yml version=0.2.0');
});
