import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { recomputed } from '../support/disclosure-attack';
import { expect, test } from './fixtures';
import { AdminPage } from './pages/admin-page';
import { DashboardPage } from './pages/dashboard-page';
import { setUpOffice } from './pages/office';
import { ReportPage } from './pages/report-page';

const CODES = ['I1', 'I2', 'I3', 'I4', 'I5'];
/** A count in a case row is either ≥ 5 or written "< 5": never 1–4. */
const noSmallCell = (text: string) => !/(^|[^<\d.,]\s?)\b[1-4]\b(?![\d.,%])/.test(text.replace(/< 5/g, ''));

// Demo data, three documents (screen, .xlsx, two PDFs) and the table attack: longer than the default.
test.describe.configure({ timeout: 180_000 });

test('the annual and six-monthly reports: Vietnamese layout on screen, in .xlsx and in the PDF', async ({
  appPage,
}) => {
  const { recoveryKey } = await setUpOffice(appPage, { role: 'province' });
  await new AdminPage(appPage).loadDemo({ recoveryKey });

  const dashboard = new DashboardPage(appPage);
  await dashboard.open({ year: '2024' });
  const onDashboard = Object.fromEntries(
    await Promise.all(CODES.map(async (code) => [code, await dashboard.value(code).textContent()] as const)),
  );
  await dashboard.reportButton.click();

  const report = new ReportPage(appPage);
  await expect(report.document).toContainText('CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  await expect(report.document).toContainText('Độc lập – Tự do – Hạnh phúc');
  await expect(report.document).toContainText('BÁO CÁO');
  await expect(report.document).toContainText(
    'Kết quả thực hiện Kế hoạch phòng, chống bạo lực trên cơ sở giới tỉnh Quảng Nam',
  );
  await expect(report.document).toContainText('năm 2024');
  await expect(report.document).toContainText('Kỳ báo cáo: từ ngày 01/01/2024 đến ngày 31/12/2024');
  await expect(report.document).toContainText('Đơn vị: Quảng Nam');
  await expect(report.document).toContainText(/Quảng Nam, ngày \d{2} tháng \d{2} năm \d{4}/);
  // A row without data says so once, not twice.
  await expect(report.document).not.toContainText('Chưa có số liệu; Chưa có số liệu');
  const onScreen: Record<string, string[]> = {};
  for (const code of CODES) {
    const cells = await report.cells(code);
    onScreen[code] = cells;
    // The report leaves the office: a suppressed share shows "—"; otherwise it equals the dashboard.
    const suppressed = (cells[6] ?? '').includes('Ẩn số nhỏ');
    expect(cells[3], `${code} result`).toBe(suppressed ? '—' : onDashboard[code]);
    expect(cells[2]).toMatch(/^≥ \d+%$/);
  }
  for (const code of ['I4', 'I5'])
    expect(noSmallCell(onScreen[code]?.[4] ?? ''), onScreen[code]?.join(' | ')).toBe(true);

  // Excel: title block merged, table cells as on screen.
  const xlsxPath = test.info().outputPath('report.xlsx');
  const name = await report.downloadExcel(xlsxPath);
  expect(name).toBe('bao-cao-nam-2024-49.xlsx');
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(xlsxPath);
  const sheet = book.getWorksheet('Báo cáo');
  if (sheet === undefined) throw new Error('no sheet "Báo cáo"');
  expect(sheet.getCell('D1').text).toBe('CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  expect(sheet.getCell('D2').text).toBe('Độc lập – Tự do – Hạnh phúc');
  expect(sheet.getCell('F1').isMerged).toBe(true);
  expect(sheet.getCell('A5').text).toBe('BÁO CÁO');
  expect(sheet.getCell('A6').text).toContain('Kết quả thực hiện Kế hoạch');
  expect(sheet.getCell('A7').text).toBe('năm 2024');
  expect(sheet.getCell('C12').text).toBe('Chỉ tiêu');
  for (const [i, code] of CODES.entries()) {
    const row = sheet.getRow(13 + i);
    expect(row.getCell(2).text).toBe(code);
    expect(row.getCell(5).text).toBe(onScreen[code]?.[3]);
    expect(row.getCell(6).text).toBe(onScreen[code]?.[4]);
    expect(row.getCell(3).border?.top?.style).toBe('thin');
  }
  expect(sheet.getColumn(3).width).toBeGreaterThan(40);

  // The cases-by-unit table as published: no count from 1 to 4 printed, and the attacker, reading
  // only the file, cannot work any hidden figure ("< 5" or "x") out of the rows, columns and totals.
  let at = 1;
  while (
    at < 200 &&
    sheet.getCell(`A${at}`).text !== 'Số vụ việc theo đơn vị và giới tính của người bị bạo lực'
  )
    at += 1;
  const head = sheet.getRow(at + 1);
  const width = (head.values as unknown[]).filter((v) => typeof v === 'string').length - 1;
  const lines: string[][] = [];
  for (let r = at + 2; sheet.getCell(`A${r}`).text !== ''; r += 1)
    lines.push(Array.from({ length: width }, (_, k) => sheet.getRow(r).getCell(4 + k).text));
  expect(lines.length).toBeGreaterThan(5);
  const hidden = (text: string) => text === 'x' || text.startsWith('<');
  expect(lines.flat().some(hidden)).toBe(true);
  for (const text of lines.flat()) expect(text).not.toMatch(/^[1-4]$/);
  const body = lines.slice(0, -1);
  const totals = lines.at(-1) ?? [];
  expect(
    recomputed({
      cells: body.map((l) => l.slice(0, -1).map(hidden)),
      rowTotals: body.map((l) => hidden(l.at(-1) ?? '')),
      colTotals: totals.slice(0, -1).map(hidden),
      total: hidden(totals.at(-1) ?? ''),
    }),
  ).toEqual([]);

  // PDF through Chromium's printer with the print stylesheet: the report only, with its Vietnamese figures.
  const text = await report.pdfText(test.info().outputPath('report.pdf'));
  expect(text).toContain('CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  expect(text).toContain('BÁO CÁO');
  expect(text).toContain('năm 2024');
  for (const code of CODES) expect(text).toContain(onScreen[code]?.[3] ?? 'missing');
  expect(text).toMatch(/Số\s+vụ\s+việc\s+theo\s+đơn\s+vị/);
  expect(text).toMatch(/ẩn\s+thêm\s+để\s+không\s+ai\s+tính\s+ngược/);
  expect(text).not.toContain('Trao đổi dữ liệu');
  expect(text).not.toContain('Tải Excel');
  await appPage.screenshot({ path: test.info().outputPath('report.png'), fullPage: true });

  // The six-monthly report covers January–June only.
  await report.chooseKind('Báo cáo 6 tháng đầu năm');
  await expect(report.document).toContainText('6 tháng đầu năm 2024');
  await expect(report.document).toContainText('từ ngày 01/01/2024 đến ngày 30/06/2024');
  const h1 = await report.pdfText(test.info().outputPath('report-h1.pdf'));
  expect(h1).toContain('6 tháng đầu năm 2024');
  for (const code of CODES) expect(h1).toContain(`${code}.`);
  // The five indicator rows fit on the first A4 page; the reference number has its placeholder.
  const first = await promisify(execFile)('pdftotext', [
    '-f',
    '1',
    '-l',
    '1',
    test.info().outputPath('report-h1.pdf'),
    '-',
  ]);
  for (const code of CODES) expect(first.stdout).toContain(`${code}.`);
  expect(first.stdout).toContain('Số: ……/BC-');
  const info = await promisify(execFile)('pdfinfo', [test.info().outputPath('report-h1.pdf')]);
  expect(info.stdout).toMatch(/Page size:\s+59\d\.\d+ x 84\d\.\d+ pts \(A4\)/);
});
