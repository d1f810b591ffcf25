import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from './fixtures';
import { AdminPage } from './pages/admin-page';
import { Dhis2Page } from './pages/dhis2-page';
import { setUpOffice } from './pages/office';

const SCHEMA = path.join(import.meta.dirname, '../fixtures/adx/adx-loose.xsd');
/** Data elements about survivors: what they carry is never 1–4. */
const SENSITIVE = /^BA_(I4|I5|CASES)/;

test.describe.configure({ timeout: 180_000 });

test('a province officer exports 2024 to DHIS2 as dataValueSets JSON and ADX that validates', async ({
  appPage,
}) => {
  const { recoveryKey } = await setUpOffice(appPage, { role: 'province' });
  await new AdminPage(appPage).loadDemo({ recoveryKey });
  const dhis2 = new Dhis2Page(appPage);
  await appPage.getByRole('link', { name: 'DHIS2' }).click();
  await dhis2.open({ year: '2024', part: 'year' });
  await expect(dhis2.preview).toContainText(/\d+ giá trị của \d+ đơn vị sẽ được xuất; \d+ số liệu được ẩn/);
  // Tam Kỳ (502) keeps its shipped code as its DHIS2 org unit.
  await expect(appPage.getByTestId('dhis2-unit-502')).toContainText('502');
  await appPage.screenshot({ path: test.info().outputPath('dhis2.png'), fullPage: true });

  const jsonPath = test.info().outputPath('export.json');
  expect(await dhis2.save('json', jsonPath)).toBe('dhis2-2024-49.json');
  const set = JSON.parse(await readFile(jsonPath, 'utf8')) as {
    dataSet: string;
    dataValues: { dataElement: string; period: string; orgUnit: string; value: string }[];
  };
  expect(set.dataSet).toBe('BA_GBV');
  expect(set.dataValues.length).toBeGreaterThan(0);
  for (const v of set.dataValues) {
    expect(v.period).toBe('2024');
    if (SENSITIVE.test(v.dataElement))
      expect(Number(v.value) === 0 || Number(v.value) >= 5, JSON.stringify(v)).toBe(true);
  }

  const xmlPath = test.info().outputPath('export-adx.xml');
  expect(await dhis2.save('adx', xmlPath)).toBe('dhis2-2024-49-adx.xml');
  const { stderr } = await promisify(execFile)('xmllint', ['--noout', '--schema', SCHEMA, xmlPath]);
  expect(stderr).toContain('validates');
  const xml = await readFile(xmlPath, 'utf8');
  expect(xml).toContain('period="2024-01-01/P1Y"');
  // The same values in both files.
  expect((xml.match(/<dataValue /g) ?? []).length).toBe(set.dataValues.length);

  // The mapping: a wrong code is said beside its field and in the sum-up, and nothing is saved.
  await appPage.getByRole('button', { name: 'Sửa bảng ánh xạ' }).click();
  const mapping = appPage.getByRole('dialog', { name: 'Bảng ánh xạ mã DHIS2' });
  const dataSet = mapping.getByRole('textbox', { name: 'Tập dữ liệu (data set)' });
  await dataSet.fill('BA GBV!');
  await mapping.getByRole('button', { name: 'Lưu bảng ánh xạ' }).click();
  await expect(mapping.getByRole('alert')).toContainText('Hãy kiểm tra lại: Tập dữ liệu (data set).');
  await expect(mapping.getByText(/^Mã không hợp lệ/)).toBeVisible();
  await expect(dataSet).toHaveAttribute('aria-invalid', 'true');
  await dataSet.fill('BA_GBV_2');
  await mapping.getByRole('button', { name: 'Lưu bảng ánh xạ' }).click();
  await expect(appPage.getByText('Đã lưu bảng ánh xạ.')).toBeVisible();
  await expect(mapping).toHaveCount(0);
});
