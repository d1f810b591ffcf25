import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { AdminPage } from './pages/admin-page';
import { CaseIntakePage, SAMPLE_INTAKE } from './pages/cases-intake';
import { CaseListPage } from './pages/cases-list';
import { CaseViewPage } from './pages/cases-view';
import { setUpOffice } from './pages/office';
import { ProgrammePage } from './pages/programme-page';

const SHOTS = process.env.CORRECTIONS_SCREENSHOTS;
// Setting up an office derives keys (PBKDF2, 600,000 iterations) for each passphrase: slow on purpose.
test.describe.configure({ timeout: 180_000 });

// Today as the app sees it: the browser runs in Vietnam's time zone, whatever the machine's.
const TODAY = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Ho_Chi_Minh',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
}).format(new Date());

/** Admin → Tình trạng kho dữ liệu: every counter equals a rebuild from the records. */
async function expectCleanCounters(page: Page): Promise<void> {
  await new AdminPage(page).open('health');
  await page.getByRole('button', { name: 'Kiểm tra số liệu tổng hợp' }).click();
  await expect(page.getByText(/khớp hoàn toàn với bản ghi gốc/)).toBeVisible({ timeout: 30_000 });
}

/** Admin → Nhật ký truy cập filtered by one action: its rows (the header row left out). */
async function auditRows(page: Page, action: string) {
  await new AdminPage(page).open('audit');
  await page.getByRole('combobox', { name: 'Thao tác' }).click();
  await page.getByRole('option', { name: action, exact: true }).click();
  const rows = page
    .getByRole('table', { name: 'Nhật ký truy cập' })
    .getByRole('row')
    .filter({ hasText: action });
  await expect(rows.first()).toBeVisible();
  return rows;
}

test('vụ việc vừa ghi tìm được ngay theo tên; đổi tên, xoá, khôi phục; dịch vụ và lần theo dõi sửa, xoá được', async ({
  appPage: page,
}) => {
  await setUpOffice(page, { alsoCaseWorker: true });
  const list = new CaseListPage(page);
  // The list first: its name index is built now, before the case exists (as after signing in).
  await list.open();
  await expect(page.getByText('Chưa có vụ việc nào.')).toBeVisible();

  const intake = new CaseIntakePage(page);
  await intake.open();
  await intake.fill({ ...SAMPLE_INTAKE, fullName: 'Phan Thị Quỳnh Như', needs: ['Chăm sóc y tế'] });
  await intake.save();
  await expect(page.getByText(/^Đã lưu vụ việc /)).toBeVisible();
  const view = new CaseViewPage(page);
  const code = (await view.code.textContent()) ?? '';
  const caseUrl = page.url();

  await list.open();
  await list.search.fill('phan thi quynh nhu');
  await expect(list.rows).toHaveCount(1);
  await expect(list.row(code)).toBeVisible();

  // A corrected name finds it at once; the old one no longer does.
  await list.row(code).click();
  await page.getByRole('link', { name: 'Sửa' }).click();
  await intake.field('Họ và tên').fill('Phan Thị Quỳnh Hương');
  await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
  await expect(view.code).toHaveText(code);
  await list.open();
  await list.search.fill('quynh nhu');
  await expect(page.getByText('Chưa có vụ việc nào khớp với bộ lọc.')).toBeVisible();
  await list.search.fill('quỳnh hương');
  await expect(list.row(code)).toBeVisible();
  await list.row(code).click();

  // A service: recorded as referred, corrected to provided (the need is met), removed after asking.
  await view.addService('Chăm sóc y tế', { provider: 'Trạm Y tế phường An Mỹ', outcome: 'Đã chuyển gửi' });
  await expect(view.need('Chăm sóc y tế')).toContainText('Chưa đáp ứng');
  await view.editService('Trạm Y tế phường An Mỹ', { outcome: 'Đã cung cấp' });
  await expect(view.need('Chăm sóc y tế')).toContainText('Đã đáp ứng');
  await expect(view.need('Chăm sóc y tế')).toContainText('Trạm Y tế phường An Mỹ — Đã cung cấp');
  await view.serviceButton('Bỏ dịch vụ này', 'An Mỹ').click();
  await expect(view.dialog).toContainText('nhu cầu trở lại “chưa đáp ứng”');
  await view.dialog.getByRole('button', { name: 'Huỷ' }).click();
  await expect(view.dialog).toBeHidden();
  await expect(view.need('Chăm sóc y tế')).toContainText('Đã đáp ứng');
  await view.serviceButton('Bỏ dịch vụ này', 'An Mỹ').click();
  await view.dialog.getByRole('button', { name: 'Bỏ dịch vụ', exact: true }).click();
  await expect(view.dialog).toBeHidden();
  await expect(view.need('Chăm sóc y tế')).toContainText('Chưa có dịch vụ nào.');
  await expect(view.need('Chăm sóc y tế')).toContainText('Chưa đáp ứng');

  // A follow-up with its method, safety outcome and a note (sealed; shown on request).
  await page.getByRole('button', { name: 'Ghi lần theo dõi' }).click();
  await view.dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(view.dialog).toContainText('Vui lòng nhập thông tin này.');
  await view.fillFollowUp({
    method: 'Thăm tại nhà',
    safety: 'Có nguy cơ',
    note: 'Chồng vẫn nhắn tin đe doạ.',
  });
  await expect(view.followUps).toContainText('Thăm tại nhà · Đánh giá an toàn: Có nguy cơ');
  await expect(view.followUps).toContainText('Có ghi chú (đã ẩn).');
  await page.getByRole('button', { name: 'Xem ghi chú' }).click();
  await expect(view.followUps).toContainText('Chồng vẫn nhắn tin đe doạ.');
  await view.followUpButton('Sửa lần theo dõi', TODAY).click();
  await expect(view.dialog.getByRole('textbox', { name: /^Ghi chú/ })).toHaveValue(
    'Chồng vẫn nhắn tin đe doạ.',
  );
  await view.fillFollowUp({ method: 'Gọi điện thoại', safety: 'An toàn', note: 'Đã về ở với mẹ đẻ.' });
  await expect(view.followUps).toContainText('Gọi điện thoại · Đánh giá an toàn: An toàn');
  await expect(view.followUps).toContainText('Có ghi chú (đã ẩn).');
  await page.getByRole('button', { name: 'Xem ghi chú' }).click();
  await expect(view.followUps).toContainText('Đã về ở với mẹ đẻ.');
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/case-corrections.png`, fullPage: true });
  await view.followUpButton('Xoá lần theo dõi', TODAY).click();
  await expect(view.dialog).toContainText(`Xoá lần theo dõi ngày ${TODAY} cùng ghi chú của nó?`);
  await view.dialog.getByRole('button', { name: 'Xoá lần theo dõi', exact: true }).click();
  await expect(view.dialog).toBeHidden();
  await expect(page.getByText('Chưa có lần theo dõi nào.')).toBeVisible();

  // Deleted: its name finds nothing. Restored: found again.
  await page.getByRole('button', { name: 'Xoá vụ việc' }).click();
  await view.dialog.getByRole('button', { name: 'Xoá vụ việc' }).click();
  await expect(page.getByRole('heading', { name: 'Vụ việc', level: 1 })).toBeVisible();
  await list.search.fill('quynh huong');
  await expect(page.getByText('Chưa có vụ việc nào khớp với bộ lọc.')).toBeVisible();
  await page.goto(caseUrl);
  await page.getByRole('button', { name: 'Khôi phục vụ việc' }).click();
  await expect(page.getByRole('button', { name: 'Xoá vụ việc' })).toBeVisible();
  await list.open();
  await list.search.fill('quynh huong');
  await expect(list.rows).toHaveCount(1);
  await expect(list.row(code)).toBeVisible();

  await expectCleanCounters(page);
  // The deletion and the restore are in the audit log; the follow-up note never is.
  await expect(await auditRows(page, 'Xoá bản ghi')).toHaveCount(1);
  await expect(await auditRows(page, 'Khôi phục bản ghi')).toHaveCount(1);
  await expect(page.getByRole('main')).not.toContainText('mẹ đẻ');
});

test('sửa và xoá cơ sở giáo dục, hoạt động, truyền thông, lớp tập huấn — có hỏi lại, số liệu vẫn khớp', async ({
  appPage: page,
}) => {
  await setUpOffice(page);
  const programme = new ProgrammePage(page);
  await programme.open('Cơ sở giáo dục');
  const addSchool = async (name: string, level: string) => {
    await page.getByRole('button', { name: 'Thêm cơ sở giáo dục' }).click();
    await programme.fill('Tên cơ sở giáo dục', name);
    await programme.choose('Cấp học', level);
    await programme.dialog.getByRole('button', { name: 'Lưu' }).click();
    await expect(programme.dialog).toBeHidden();
  };
  const addActivity = async (school: string, title: string) => {
    await page.getByRole('button', { name: `Ghi nhận hoạt động — ${school}` }).click();
    await programme.fill('Ngày', TODAY);
    await programme.choose('Hình thức', 'Câu lạc bộ');
    await programme.fill('Nội dung', title);
    await programme.dialog.getByRole('button', { name: 'Lưu' }).click();
    await expect(programme.dialog).toBeHidden();
  };
  await addSchool('Trường THCS Lê Lợi', 'THCS');
  await addSchool('Trường Tiểu học Kim Đồng', 'Tiểu học');
  await addActivity('Trường THCS Lê Lợi', 'Câu lạc bộ nói không với bạo lực');
  await addActivity('Trường Tiểu học Kim Đồng', 'Câu lạc bộ bạn nhỏ an toàn');
  await expect(page.getByText(/^2\/2 cơ sở đã lồng ghép/)).toBeVisible();
  const schools = programme.rows('Cơ sở giáo dục');
  const activities = programme.rows('Hoạt động trong năm học');

  // Edit a school (name and level) and an activity (its title).
  await programme.rowAction('Sửa', 'Trường THCS Lê Lợi').click();
  await expect(programme.dialog.getByRole('heading', { name: 'Sửa cơ sở giáo dục' })).toBeVisible();
  await programme.fill('Tên cơ sở giáo dục', 'Trường THCS Lê Lợi (Tam Kỳ)');
  await programme.choose('Cấp học', 'THPT');
  await programme.dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(schools.filter({ hasText: 'Trường THCS Lê Lợi (Tam Kỳ)' })).toContainText('THPT');
  await programme.rowAction('Sửa', 'Câu lạc bộ nói không').click();
  await expect(programme.dialog.getByRole('textbox', { name: /^Ngày/ })).toHaveValue(TODAY);
  await programme.fill('Nội dung', 'Câu lạc bộ “Nói không với bạo lực học đường”');
  await programme.dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(activities.filter({ hasText: 'Nói không với bạo lực học đường' })).toContainText(
    'Trường THCS Lê Lợi (Tam Kỳ)',
  );

  // Delete an activity: "Huỷ" changes nothing, "Xoá" removes it and I3 follows.
  await programme.rowAction('Xoá', 'Câu lạc bộ “Nói không').click();
  await expect(programme.dialog).toContainText('Chỉ số I3 được tính lại.');
  await programme.dialog.getByRole('button', { name: 'Huỷ' }).click();
  await expect(activities).toHaveCount(2);
  await programme.rowAction('Xoá', 'Câu lạc bộ “Nói không').click();
  await programme.confirm('Xoá hoạt động', 'Xoá');
  await expect(activities).toHaveCount(1);
  await expect(page.getByText(/^1\/2 cơ sở đã lồng ghép/)).toBeVisible();
  // Delete a school: its activity goes with it.
  await programme.rowAction('Xoá', 'Trường Tiểu học Kim Đồng').click();
  await programme.confirm('Xoá cơ sở giáo dục', 'Xoá');
  await expect(schools).toHaveCount(1);
  await expect(page.getByText('Chưa có hoạt động nào trong năm học này.')).toBeVisible();
  await expect(page.getByText(/^0\/1 cơ sở đã lồng ghép/)).toBeVisible();
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/schools-corrections.png`, fullPage: true });

  // Outreach: add, correct the people reached, delete.
  await programme.open('Truyền thông');
  await page.getByRole('button', { name: 'Thêm hoạt động truyền thông' }).click();
  await programme.fill('Ngày', TODAY);
  await programme.fill('Nội dung', 'Truyền thông tại thôn Phú Thạnh');
  await programme.fill('Nữ', '80');
  await programme.fill('Nam', '52');
  await programme.dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(
    page.getByText('Tổng cộng: 1 hoạt động, 132 lượt người (nữ 80, nam 52, khác 0)'),
  ).toBeVisible();
  await programme.rowAction('Sửa', 'Truyền thông tại thôn Phú Thạnh').click();
  await expect(programme.dialog.getByRole('textbox', { name: 'Nữ' })).toHaveValue('80');
  await programme.fill('Nữ', '90');
  await programme.dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(
    page.getByText('Tổng cộng: 1 hoạt động, 142 lượt người (nữ 90, nam 52, khác 0)'),
  ).toBeVisible();
  await programme.rowAction('Xoá', 'Truyền thông tại thôn Phú Thạnh').click();
  await programme.confirm('Xoá hoạt động truyền thông', 'Xoá');
  await expect(page.getByText('Tổng cộng: 0 hoạt động, 0 lượt người (nữ 0, nam 0, khác 0)')).toBeVisible();

  // A training: a participant removed only after asking, then the training deleted.
  await programme.open('Tập huấn');
  await page.getByRole('button', { name: 'Thêm lớp tập huấn' }).click();
  await programme.fill('Tên lớp', 'Tập huấn kỹ năng hỗ trợ người bị bạo lực');
  await programme.fill('Ngày bắt đầu', TODAY);
  await programme.fill('Đơn vị tổ chức', 'Phòng Văn hoá – Thông tin Tam Kỳ');
  await programme.dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByRole('heading', { name: 'Tập huấn kỹ năng hỗ trợ người bị bạo lực' })).toBeVisible();
  for (const [name, sex] of [
    ['Nguyễn Thị Hoà', 'Nữ'],
    ['Trần Văn Bình', 'Nam'],
  ] as const) {
    await page.getByRole('button', { name: 'Thêm người tham dự' }).click();
    await programme.fill('Họ và tên', name);
    await programme.choose('Giới tính', sex);
    await programme.dialog.getByRole('button', { name: 'Thêm vào lớp' }).click();
    await expect(programme.dialog).toBeHidden();
  }
  const participants = programme.rows('Người tham dự');
  await expect(participants).toHaveCount(2);
  await page.getByRole('button', { name: 'Bỏ Trần Văn Bình khỏi lớp' }).click();
  await expect(programme.dialog).toContainText('Bỏ Trần Văn Bình khỏi lớp «Tập huấn kỹ năng');
  await programme.dialog.getByRole('button', { name: 'Huỷ' }).click();
  await expect(participants).toHaveCount(2);
  await page.getByRole('button', { name: 'Bỏ Trần Văn Bình khỏi lớp' }).click();
  await programme.confirm('Bỏ người tham dự', 'Bỏ khỏi lớp');
  await expect(participants).toHaveCount(1);
  await page.getByRole('button', { name: 'Xoá', exact: true }).click();
  await expect(programme.dialog).toContainText('1 lượt tham dự của lớp cũng bị xoá');
  await programme.confirm('Xoá lớp tập huấn', 'Xoá');
  await expect(page.getByText('Chưa có lớp tập huấn nào.', { exact: false })).toBeVisible();

  await expectCleanCounters(page);
  // Every deletion is audited: the activity, the school and its activity, the outreach event, the
  // participant, the training and its attendance.
  await expect(await auditRows(page, 'Xoá bản ghi')).toHaveCount(7);
});
