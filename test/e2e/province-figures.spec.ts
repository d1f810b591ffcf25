import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { CaseIntakePage, SAMPLE_INTAKE } from './pages/cases-intake';
import { DashboardPage } from './pages/dashboard-page';
import { closeSides, exchangeKeys, openSide, sendData } from './pages/exchange-pair';
import { setUpOffice } from './pages/office';
import { ProgrammePage } from './pages/programme-page';

const CODES = ['I1', 'I2', 'I3', 'I4', 'I5'];

async function figures(page: Page, query: Record<string, string>, total: number): Promise<string[]> {
  const dashboard = new DashboardPage(page);
  await dashboard.open(query);
  await expect(dashboard.breakdowns).toContainText(`Tổng số vụ việc: ${total}`);
  return Promise.all(CODES.map(async (code) => (await dashboard.value(code).textContent()) ?? ''));
}

/** The dashboard's case total for a unit and year, waited for (the page follows the address). */
async function expectCases(
  page: Page,
  [unit, name]: [code: string, name: string],
  year: string,
  total: number,
): Promise<void> {
  const dashboard = new DashboardPage(page);
  await dashboard.open({ unit, year });
  await expect(page.getByRole('heading', { name: `Các chỉ tiêu · ${name} · ${year}` })).toBeVisible();
  await expect(dashboard.breakdowns).toContainText(`Tổng số vụ việc: ${total}`);
}

test.describe.configure({ timeout: 420_000 });

test("the province's figures for an office equal the office's, for a period of 3 cases; 2024 counts under the old district and today's ward once; units cite their sources", async ({
  workDir,
}) => {
  const usb = path.join(workDir, 'usb');
  await mkdir(usb);
  const office = await openSide(workDir, 'office');
  const province = await openSide(workDir, 'province');
  try {
    await setUpOffice(office.page, { role: 'district', unit: 'Tam Kỳ', alsoCaseWorker: true });
    await setUpOffice(province.page, { role: 'province', unit: 'Đà Nẵng' });

    // October 2025: three cases, far below the threshold of 5; one without consent to reporting,
    // one that sought no help. And one 2024 case in xã Tam Thanh, which became part of phường Quảng Phú.
    const intake = new CaseIntakePage(office.page);
    const reporting = [
      ...(SAMPLE_INTAKE.consents ?? []),
      'Đồng ý đưa vào báo cáo (đã bỏ thông tin nhận dạng)',
    ];
    const cases = [
      { ...SAMPLE_INTAKE, reportDate: '15/10/2025', incidentDate: '10/10/2025' },
      { ...SAMPLE_INTAKE, reportDate: '16/10/2025', incidentDate: '11/10/2025', fullName: 'Lê Thị Lan' },
      {
        ...SAMPLE_INTAKE,
        reportDate: '17/10/2025',
        incidentDate: '12/10/2025',
        fullName: 'Phan Thị Mỹ',
        soughtHelp: 'Không' as const,
        consents: reporting,
      },
      {
        ...SAMPLE_INTAKE,
        reportDate: '15/03/2024',
        incidentDate: '10/03/2024',
        fullName: 'Võ Thị Thu',
        unit: '\u00a0\u00a0Tam Thanh (20359)',
      },
    ];
    for (const data of cases) {
      await intake.open();
      await intake.fill(data);
      await intake.save();
      await expect(office.page.getByText(/^Đã lưu vụ việc /)).toBeVisible();
    }
    const own = await figures(office.page, { year: '2025' }, 3);
    expect(own[3]).toMatch(/%/);

    // 2024 under the former district, under today's ward that took over xã Tam Thanh, and once in the city.
    await expectCases(office.page, ['502', 'Tam Kỳ'], '2024', 1);
    await expectCases(office.page, ['20356', 'Quảng Phú'], '2024', 1);
    await expectCases(office.page, ['48', 'Đà Nẵng'], '2024', 1);

    // Keys both ways, then one data bundle through the "USB stick".
    await exchangeKeys(office, province, usb, 'Tam Kỳ');
    await sendData(office, province, usb);

    // The province's own screen, for that office and year: the same five figures, 3 cases not "< 5".
    expect(await figures(province.page, { unit: '502', year: '2025' }, 3)).toEqual(own);
    await expectCases(province.page, ['502', 'Tam Kỳ'], '2025', 3);

    // Today's units, each with its source; the former commune names its successor.
    const programme = new ProgrammePage(province.page);
    await programme.open('Đơn vị hành chính');
    let units = await programme.findUnits('Quảng Phú');
    const quangPhu = units.getByRole('row', { name: /Phường Quảng Phú/ });
    await expect(quangPhu).toContainText('20356');
    await expect(quangPhu).toContainText('NQ 1659/NQ-UBTVQH15, Điều 1 khoản 14');
    units = await programme.findUnits('Tam Thanh');
    await expect(units.getByRole('row', { name: /Xã Tam Thanh/ })).toContainText('Quảng Phú');
  } finally {
    await closeSides(office, province);
  }
});
