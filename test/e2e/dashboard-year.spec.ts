import { expect, test } from './fixtures';
import { CaseIntakePage, SAMPLE_INTAKE } from './pages/cases-intake';
import { CaseListPage } from './pages/cases-list';
import { CaseViewPage } from './pages/cases-view';
import { DashboardPage } from './pages/dashboard-page';
import { setUpOffice } from './pages/office';
import { shot } from './shots';

test.describe.configure({ timeout: 240_000 });

const THIS_YEAR = new Date().getFullYear();

/**
 * Issue 12 item 6: the dashboard opens on the current year; when no plan covers it, it says so and
 * offers the next plan with the last targets, under today's unit (Quảng Nam's plan becomes Đà Nẵng's,
 * the name taken from the unit table); I3 says which school year it counts.
 */
test('bảng điều khiển mở năm hiện tại, báo kế hoạch đã kết thúc và sao chép sang giai đoạn mới', async ({
  appPage: page,
}) => {
  test.skip(THIS_YEAR <= 2025, 'the shipped 2021–2025 plan still covers this year');
  await setUpOffice(page, { role: 'province' });
  const dashboard = new DashboardPage(page);
  await dashboard.open();
  const banner = page.getByTestId('no-plan');
  await expect(banner).toContainText(`Chưa có kế hoạch cho năm ${THIS_YEAR}`);
  await expect(banner).toContainText('đã kết thúc năm 2025');
  await expect(page.getByRole('combobox', { name: 'Năm' })).toHaveText(String(THIS_YEAR));
  await expect(
    page.getByRole('heading', { name: new RegExp(`Các chỉ tiêu · .* · ${THIS_YEAR}$`) }),
  ).toBeVisible();
  await expect(dashboard.card('I3').getByTestId('school-year-note')).toHaveText(
    `Năm ${THIS_YEAR} tính theo năm học ${THIS_YEAR - 1}–${THIS_YEAR} (từ tháng 9/${THIS_YEAR - 1}, kết thúc trong năm ${THIS_YEAR}).`,
  );
  await expect(page.getByTestId('exact-note')).toContainText('số chính xác');
  // Judged against the ended plan's last target until a new plan sets one.
  await expect(dashboard.card('I1')).toContainText('Mục tiêu năm 2025: ≥ 80%');
  await shot(page, 'dashboard-no-plan');

  await banner.getByRole('button', { name: 'Sao chép sang giai đoạn mới' }).click();
  const dialog = page.getByRole('dialog', { name: 'Tạo kế hoạch giai đoạn mới' });
  const name = dialog.getByRole('textbox', { name: 'Tên kế hoạch' });
  await expect(name).toHaveValue(/thành phố Đà Nẵng giai đoạn 2026–2030/);
  await expect(name).not.toHaveValue(/Quảng Nam/);
  await expect(dialog.getByTestId('next-plan-unit')).toHaveText(
    'Đơn vị: Đà Nẵng (thay cho Quảng Nam theo sắp xếp đơn vị hành chính)',
  );
  // Every new year starts from the old plan's last target, and each can be edited.
  for (const year of [2026, 2030]) {
    await expect(dialog.getByRole('textbox', { name: `Mục tiêu I1 năm ${year}` })).toHaveValue('80');
    await expect(dialog.getByRole('textbox', { name: `Mục tiêu I4 năm ${year}` })).toHaveValue('50');
  }
  await dialog.getByRole('textbox', { name: `Mục tiêu I1 năm ${THIS_YEAR}` }).fill('70');
  await shot(page, 'dashboard-next-plan-dialog');
  await dialog.getByRole('button', { name: 'Tạo kế hoạch' }).click();
  await expect(dialog).toBeHidden();
  await expect(banner).toBeHidden();
  await expect(page.getByRole('combobox', { name: 'Kế hoạch' })).toHaveText(/^2026–2030 · .*Đà Nẵng/);
  await expect(dashboard.card('I1')).toContainText(`Mục tiêu năm ${THIS_YEAR}: ≥ 70%`);
  await expect(dashboard.card('I4')).toContainText(`Mục tiêu năm ${THIS_YEAR}: ≥ 50%`);
  await shot(page, 'dashboard-new-plan');
});

/**
 * Issue 12 item 7, hand-counted (reports in November of this year, the Đà Nẵng city office):
 *   A Hải Châu, reported 02/11: first service provided 05/11 (3 days), next contact 10/11 not done → overdue
 *   B Hải Châu, reported 03/11: referred 04/11, provided 13/11 (10 days), next contact 12/11, then closed → not overdue
 *   C Hội An, reported 04/11: no service provided (pending only), next contact in 2099 → not overdue
 * City: median (3 + 10) / 2 = 6,5 days over 2 served, 1 not served, 1 overdue.
 * Hải Châu: 6,5 days, 0 not served, 1 overdue; Hội An: no median, 1 not served, 0 overdue.
 */
test('thời gian đến dịch vụ đầu tiên và theo dõi quá hạn, theo đơn vị, có đường dẫn đến vụ việc', async ({
  appPage: page,
}) => {
  // Today's city and wards (the dashboard's sub-units are the units that exist at the period's end).
  await setUpOffice(page, { role: 'province', unit: 'Đà Nẵng', alsoCaseWorker: true });
  const intake = new CaseIntakePage(page);
  const view = new CaseViewPage(page);
  const codes: string[] = [];
  const record = async (day: string, unit: string, fullName: string, phone: string) => {
    await intake.open();
    await intake.fill({
      ...SAMPLE_INTAKE,
      reportDate: `${day}/11/${THIS_YEAR}`,
      incidentDate: `01/11/${THIS_YEAR}`,
      unit,
      fullName,
      phone,
    });
    await intake.save();
    await expect(page.getByText(/^Đã lưu vụ việc /)).toBeVisible();
    codes.push((await view.code.textContent()) ?? '');
  };
  await record('02', 'Hải Châu (20242)', 'Lê Thị Lan', '0905 000 001');
  await view.addService('Chăm sóc y tế', {
    date: `05/11/${THIS_YEAR}`,
    provider: 'Trạm Y tế',
    outcome: 'Đã cung cấp',
  });
  await expect(view.dialog).toBeHidden();
  await view.addFollowUp(`10/11/${THIS_YEAR}`);
  await record('03', 'Hải Châu (20242)', 'Phạm Thị Cúc', '0905 000 002');
  await view.addService('Chăm sóc y tế', {
    date: `04/11/${THIS_YEAR}`,
    provider: 'Bệnh viện',
    outcome: 'Đã chuyển gửi',
  });
  await expect(view.dialog).toBeHidden();
  await view.addService('Hỗ trợ tâm lý – xã hội', {
    date: `13/11/${THIS_YEAR}`,
    provider: 'Hội LHPN',
    outcome: 'Đã cung cấp',
  });
  await expect(view.dialog).toBeHidden();
  await view.addFollowUp(`12/11/${THIS_YEAR}`);
  await view.close('Đã đáp ứng nhu cầu');
  await record('04', 'Hội An (20410)', 'Võ Thị Mai', '0905 000 003');
  await view.addFollowUp('10/01/2099');

  const dashboard = new DashboardPage(page);
  await dashboard.open({ year: String(THIS_YEAR) });
  const card = page.getByTestId('timeliness');
  await expect(card.getByTestId('timeliness-median')).toContainText('6,5 ngày');
  await expect(card.getByTestId('timeliness-median')).toContainText('trong số 2 vụ việc');
  await expect(card.getByTestId('timeliness-not-served')).toContainText('1');
  await expect(card.getByTestId('timeliness-overdue')).toContainText('1');
  const row = (code: string) => card.locator(`tr[data-unit="${code}"]`).getByRole('cell');
  await expect(row('20242')).toHaveText(['6,5 ngày', '2', '0', '1']);
  await expect(row('20410')).toHaveText(['—', '0', '1', '0']);
  await shot(page, 'dashboard-timeliness');

  // Drill-down: the overdue case, and the list's date filters in dd/MM/yyyy.
  await card.getByRole('link', { name: 'Xem các vụ việc quá hạn' }).click();
  const list = new CaseListPage(page);
  await expect(list.rows).toHaveCount(1);
  await expect(list.row(codes[0] ?? '')).toBeVisible();
  await expect(page.getByRole('textbox', { name: /^Từ ngày/ })).toHaveValue(`01/01/${THIS_YEAR}`);
  await expect(page.getByRole('textbox', { name: /^Đến ngày/ })).toHaveValue(`31/12/${THIS_YEAR}`);
  await shot(page, 'cases-drill-down-overdue');
  await page.goBack();
  await card.getByRole('link', { name: /^Hội An$/ }).click();
  await expect(list.rows).toHaveCount(1);
  await expect(list.row(codes[2] ?? '')).toBeVisible();
});
