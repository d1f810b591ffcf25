import { expect, test } from './fixtures';
import { AdminPage } from './pages/admin-page';
import { DashboardPage } from './pages/dashboard-page';
import { setUpOffice } from './pages/office';

test('a province office loads demo data and sees I1–I5 with values, targets, trend and breakdowns', async ({
  appPage,
}) => {
  await setUpOffice(appPage, { role: 'province', alsoCaseWorker: true });
  const dashboard = new DashboardPage(appPage);

  // Before any record: every indicator says "no data", never 0 % or 100 %.
  await dashboard.open({ year: '2024' });
  for (const code of ['I1', 'I2', 'I3', 'I4', 'I5']) {
    await expect(dashboard.value(code)).toHaveText('Chưa có số liệu');
    await expect(dashboard.status(code)).toHaveText('Chưa có số liệu');
  }

  // Medium: 600 cases and 1,500 people, enough for figures a provincial leader would recognise.
  await new AdminPage(appPage).loadDemo({ size: 'Vừa' });

  await dashboard.open({ year: '2024' });
  for (const code of ['I1', 'I2', 'I3', 'I4', 'I5']) {
    await expect(dashboard.value(code)).toHaveText(/^\d{1,3}(,\d)?%$/);
    await expect(dashboard.card(code)).toContainText('Mục tiêu năm 2025');
    await expect(dashboard.status(code)).toHaveText(/Đạt mục tiêu|Gần đạt|Chưa đạt|Cần rà soát số liệu/);
  }
  await expect(dashboard.card('I1')).toContainText('người đã được tập huấn / tổng số đối tượng');
  await expect(dashboard.trend.locator('svg').first()).toBeVisible();
  await expect(dashboard.breakdowns).toContainText(/Tổng số vụ việc: \d+/);
  await expect(dashboard.breakdowns).toContainText('Theo loại bạo lực');
  await expect(dashboard.units.getByRole('row', { name: /Tam Kỳ/ })).toBeVisible();
  await expect(dashboard.units.getByRole('row')).toHaveCount(19);

  // Drill-down: the cases behind I4, by the agreed URL.
  const drill = dashboard.card('I4').getByRole('link', { name: 'Xem các vụ việc' });
  await expect(drill).toHaveAttribute('href', '#/cases?unit=49&from=2024-01-01&to=2024-12-31');

  // A district chosen from the unit list narrows every figure to it.
  await appPage.getByRole('combobox', { name: 'Đơn vị' }).click();
  await appPage.getByRole('option', { name: 'Tam Kỳ' }).click();
  await expect(appPage.getByRole('heading', { name: /Các chỉ tiêu · Tam Kỳ · 2024/ })).toBeVisible();
  await expect(dashboard.card('I4').getByRole('link', { name: 'Xem các vụ việc' })).toHaveAttribute(
    'href',
    /unit=502/,
  );

  await dashboard.open({ year: '2024' });
  await expect(appPage.getByRole('heading', { name: /Các chỉ tiêu · Quảng Nam · 2024/ })).toBeVisible();
  await expect(dashboard.value('I1')).toHaveText(/%$/);
  await appPage.screenshot({ path: test.info().outputPath('dashboard.png'), fullPage: true });
});
