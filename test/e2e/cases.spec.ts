import { expect, test } from './fixtures';
import { AdminPage } from './pages/admin-page';
import { CaseIntakePage, SAMPLE_INTAKE } from './pages/cases-intake';
import { CaseListPage } from './pages/cases-list';
import { CaseViewPage } from './pages/cases-view';
import { setUpOffice } from './pages/office';
import { shot } from './shots';

const SHOTS = process.env.CASES_SCREENSHOTS;
const OWN_PROVIDER = 'Trung tâm Công tác xã hội tỉnh Quảng Nam';
// Setting up an office derives keys (PBKDF2, 600,000 iterations) for each passphrase: slow on purpose.
test.describe.configure({ timeout: 150_000 });

test('một vụ việc từ tiếp nhận đến đóng, chỉ qua giao diện', async ({ appPage: page }) => {
  await setUpOffice(page, { alsoCaseWorker: true });
  // The office's own referral directory (Admin → Cài đặt) is offered when a service for its needs is recorded.
  await new AdminPage(page).open('settings');
  const directory = page.locator('form').last();
  await directory.getByRole('button', { name: 'Thêm vào danh bạ' }).click();
  await expect(page.getByText('Hãy nhập tên cơ quan.')).toBeVisible();
  await directory.getByRole('textbox', { name: 'Tên cơ quan cung cấp dịch vụ' }).fill(OWN_PROVIDER);
  await directory.getByRole('checkbox', { name: 'Hỗ trợ tâm lý – xã hội' }).check();
  await directory.getByRole('button', { name: 'Thêm vào danh bạ' }).click();
  await expect(page.getByRole('list', { name: 'Danh bạ chuyển gửi của đơn vị' })).toContainText(OWN_PROVIDER);

  const list = new CaseListPage(page);
  await list.open();
  await expect(page.getByText('Chưa có vụ việc nào.')).toBeVisible();
  await page.getByRole('link', { name: 'Tiếp nhận vụ việc' }).click();

  const intake = new CaseIntakePage(page);
  await expect(intake.field('Ngày tiếp nhận')).not.toHaveValue('');
  await intake.fill(SAMPLE_INTAKE);
  await expect(intake.draftStatus).toContainText('Đã lưu nháp');
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/intake.png`, fullPage: true });
  await intake.save();

  const view = new CaseViewPage(page);
  await expect(page.getByText(/^Đã lưu vụ việc /)).toBeVisible();
  const code = (await view.code.textContent()) ?? '';
  expect(code).toMatch(/^502-2026-\d{5}$/);
  await expect(page.getByText('Đang xử lý').first()).toBeVisible();
  await expect(page.getByTestId('needs-summary')).toHaveText('Còn 2 nhu cầu chưa được đáp ứng');

  const offered = async (need: string) => {
    await page.getByRole('button', { name: `Thêm dịch vụ: ${need}` }).click();
    await view.dialog
      .getByRole('combobox', { name: /^Cơ quan cung cấp dịch vụ/ })
      .fill('Trung tâm Công tác xã hội');
    const count = await page.getByRole('option', { name: OWN_PROVIDER }).count();
    await view.dialog.getByRole('button', { name: 'Huỷ' }).click();
    return count;
  };
  expect(await offered('Chăm sóc y tế')).toBe(0);
  expect(await offered('Hỗ trợ tâm lý – xã hội')).toBe(1);
  await view.addService('Chăm sóc y tế', { provider: 'Trung tâm Y tế huyện', outcome: 'Đã cung cấp' });
  await expect(view.need('Chăm sóc y tế')).toContainText('Đã đáp ứng');
  await view.addService('Hỗ trợ tâm lý – xã hội', {
    provider: 'Trung tâm Công tác xã hội tỉnh',
    outcome: 'Đã cung cấp',
  });
  await expect(page.getByTestId('needs-summary')).toHaveText('Mọi nhu cầu đã được đáp ứng');
  await view.addFollowUp('27/11/2026');
  await expect(page.getByTestId('follow-up')).toContainText('Quá hạn liên hệ lại');

  await expect(view.identity).toBeHidden();
  await view.revealButton.click();
  await expect(view.identity).toContainText('Nguyễn Thị Hòa');
  await expect(view.identity).toContainText('0905 123 456');
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/view.png`, fullPage: true });

  await view.close('Đã đáp ứng nhu cầu');
  await expect(page.getByText('Đã đóng: Đã đáp ứng nhu cầu')).toBeVisible();
  await expect(page.getByText('Đóng vụ việc: Đã đáp ứng nhu cầu')).toBeVisible();
  await expect(page.getByTestId('case-revision')).toContainText('Phiên bản 5');
  // The intake's "saved" message spoke of version 1: it is gone, not left over the closed case.
  await expect(page.getByText(/^Đã lưu vụ việc /)).toHaveCount(0);
  await shot(page, 'case-closed-no-stale-saved');

  await page.getByRole('link', { name: 'Về danh sách vụ việc' }).click();
  await expect(list.row(code)).toContainText('Đã đóng');
  await expect(list.row(code)).toContainText('Đã đáp ứng 2/2');
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/list.png`, fullPage: true });
});

test('nhập sai được báo rõ bằng tiếng Việt và không mất gì', async ({ appPage: page }) => {
  await setUpOffice(page, { alsoCaseWorker: true });
  const intake = new CaseIntakePage(page);
  await intake.open();

  await intake.save();
  await expect(page.getByText(/^Còn \d+ ô cần sửa trước khi lưu\.$/)).toBeVisible();
  await expect(intake.helpOf('Ngày xảy ra')).toHaveText('Vui lòng nhập thông tin này.');
  await expect(intake.helpOf('Tuổi')).toHaveText('Vui lòng nhập thông tin này.');
  await expect(intake.field('Ngày xảy ra')).toBeFocused();

  await intake.field('Ngày xảy ra').fill('01/01/2099');
  await expect(intake.helpOf('Ngày xảy ra')).toHaveText('Ngày không được sau ngày hôm nay.');
  await intake.field('Ngày xảy ra').fill('31/02/2026');
  await expect(intake.helpOf('Ngày xảy ra')).toHaveText('Ngày không hợp lệ (định dạng dd/MM/yyyy).');
  await intake.field('Ngày tiếp nhận').fill('10/11/2026');
  await intake.field('Ngày xảy ra').fill('20/11/2026');
  await expect(intake.helpOf('Ngày xảy ra')).toHaveText('Ngày xảy ra vụ việc không được sau ngày tiếp nhận.');

  await intake.field('Tóm tắt sự việc').fill('a'.repeat(20_001));
  // The limit is in the message, and the summary counts a too-long text as to correct, not as missing.
  await expect(intake.helpOf('Tóm tắt sự việc')).toHaveText(
    'Tóm tắt dài 20.001 ký tự, vượt giới hạn 20.000 ký tự: hãy rút ngắn 1 ký tự.',
  );
  const survivor = page
    .getByRole('complementary', { name: 'Tóm tắt' })
    .getByRole('button', { name: /^2\. Người bị bạo lực/ });
  await expect(survivor).toContainText('1 ô cần sửa');
  await expect(survivor).toContainText(/Thiếu \d+ ô/);
  await shot(page, 'intake-narrative-limit');
  await intake.field('Tóm tắt sự việc').fill('Lời kể ngắn.');

  // Fixing everything saves the case; nothing typed before was lost.
  await intake.fill({
    ...SAMPLE_INTAKE,
    reportDate: '25/11/2026',
    incidentDate: '20/11/2026',
    narrative: undefined,
  });
  await expect(intake.field('Tóm tắt sự việc')).toHaveValue('Lời kể ngắn.');
  await intake.save();
  await expect(page.getByText(/^Đã lưu vụ việc /)).toBeVisible();

  const view = new CaseViewPage(page);
  await view.page.getByRole('button', { name: 'Thêm dịch vụ: Chăm sóc y tế' }).click();
  await view.dialog.getByRole('textbox', { name: /^Ngày cung cấp/ }).fill('24/11/2026');
  await view.dialog.getByRole('combobox', { name: /^Cơ quan cung cấp dịch vụ/ }).fill('Trạm y tế phường');
  await view.dialog.getByRole('combobox', { name: /^Kết quả/ }).selectOption({ label: 'Đã cung cấp' });
  await view.dialog.getByRole('button', { name: 'Lưu dịch vụ' }).click();
  await expect(view.dialog).toContainText('Ngày cung cấp dịch vụ không được trước ngày tiếp nhận vụ việc.');
  await view.dialog.getByRole('textbox', { name: /^Ngày cung cấp/ }).fill('26/11/2026');
  await view.dialog.getByRole('button', { name: 'Lưu dịch vụ' }).click();
  await expect(view.need('Chăm sóc y tế')).toContainText('26/11/2026 — Trạm y tế phường — Đã cung cấp');
});

test('cảnh báo trùng trước khi lưu, có đường dẫn đến vụ việc cũ', async ({ appPage: page }) => {
  await setUpOffice(page, { alsoCaseWorker: true });
  const intake = new CaseIntakePage(page);
  await intake.open();
  await intake.fill(SAMPLE_INTAKE);
  await intake.save();
  const view = new CaseViewPage(page);
  await expect(page.getByText(/^Đã lưu vụ việc /)).toBeVisible();
  const code = (await view.code.textContent()) ?? '';

  await intake.open();
  await intake.field('Họ và tên').fill('nguyen thi hoà');
  await intake.field('Số điện thoại').fill('+84 905 123 456');
  await expect(intake.duplicateWarning).toContainText('Có thể trùng với vụ việc đã có');
  await expect(intake.duplicateWarning).toContainText('khớp họ tên và số điện thoại');
  await intake.fill({ ...SAMPLE_INTAKE, fullName: 'nguyen thi hoà', phone: '+84 905 123 456' });
  await intake.save();
  await expect(page.getByRole('dialog')).toContainText('Vẫn lưu vụ việc mới?');
  await page.getByRole('dialog').getByRole('button', { name: 'Huỷ' }).click();
  await intake.duplicateWarning.getByRole('link', { name: `Mở vụ việc ${code}` }).click();
  await expect(view.code).toHaveText(code);
});
