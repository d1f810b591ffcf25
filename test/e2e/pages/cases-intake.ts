import { expect, type Locator, type Page } from '@playwright/test';

export type IntakeData = {
  reportDate?: string;
  incidentDate: string;
  unit?: string;
  type: RegExp;
  context: string;
  fullName?: string;
  phone?: string;
  birthYear?: string;
  narrative?: string;
  sex: string;
  age: string;
  disability: string;
  relationship: string;
  perpetratorSex: string;
  perpetratorAge: string;
  referral: string;
  soughtHelp: 'Có' | 'Không';
  needs: string[];
  consents?: string[];
};

/** The guided intake (#/cases/new), addressed by its Vietnamese labels. */
export class CaseIntakePage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.evaluate(() => {
      window.location.hash = '#/cases/new';
    });
    await expect(this.page.getByRole('heading', { name: 'Tiếp nhận vụ việc mới' })).toBeVisible();
  }

  /** A label as shown, with the required-field asterisk or not. */
  static name(label: string): RegExp {
    return new RegExp(`^${label.replace(/[?()]/g, '\\$&')}\\s*\\*?$`);
  }

  field(label: string): Locator {
    return this.page.getByRole('textbox', { name: CaseIntakePage.name(label) });
  }

  select(label: string): Locator {
    return this.page.getByRole('combobox', { name: CaseIntakePage.name(label) });
  }

  radio(group: string, option: string): Locator {
    return this.page
      .getByRole('radiogroup', { name: CaseIntakePage.name(group) })
      .getByRole('radio', { name: option, exact: true });
  }

  get draftStatus(): Locator {
    return this.page.getByTestId('draft-status');
  }

  get duplicateWarning(): Locator {
    return this.page.getByTestId('duplicate-warning');
  }

  /** The message shown under a field (its error or its help text). */
  helpOf(label: string): Locator {
    return this.page
      .locator('.MuiFormControl-root', { has: this.page.getByLabel(new RegExp(`^${label}`)) })
      .locator('.MuiFormHelperText-root');
  }

  async fill(data: IntakeData): Promise<void> {
    if (data.reportDate !== undefined) await this.field('Ngày tiếp nhận').fill(data.reportDate);
    await this.field('Ngày xảy ra').fill(data.incidentDate);
    await this.select('Nơi xảy ra (xã/phường)').selectOption({ label: data.unit ?? 'Tam Kỳ (502)' });
    await this.select('Bối cảnh').selectOption({ label: data.context });
    await this.page.getByRole('radio', { name: data.type }).check();
    if (data.fullName !== undefined) await this.field('Họ và tên').fill(data.fullName);
    if (data.phone !== undefined) await this.field('Số điện thoại').fill(data.phone);
    if (data.birthYear !== undefined) await this.field('Năm sinh').fill(data.birthYear);
    if (data.narrative !== undefined) await this.field('Tóm tắt sự việc').fill(data.narrative);
    await this.radio('Giới tính', data.sex).check();
    await this.field('Tuổi').fill(data.age);
    await this.radio('Khuyết tật', data.disability).check();
    await this.select('Quan hệ với người bị bạo lực').selectOption({ label: data.relationship });
    await this.select('Nhóm tuổi người gây bạo lực').selectOption({ label: data.perpetratorAge });
    await this.radio('Giới tính người gây bạo lực', data.perpetratorSex).check();
    await this.select('Nguồn chuyển gửi').selectOption({ label: data.referral });
    await this.radio('Đã tìm kiếm sự trợ giúp từ cơ quan cung cấp dịch vụ?', data.soughtHelp).check();
    for (const need of data.needs) await this.page.getByRole('checkbox', { name: need }).check();
    for (const consent of data.consents ?? [])
      await this.page.getByRole('checkbox', { name: consent }).check();
  }

  async save(): Promise<void> {
    await this.page.getByRole('button', { name: 'Lưu vụ việc' }).click();
  }
}

export const SAMPLE_INTAKE: IntakeData = {
  incidentDate: '20/11/2026',
  type: /^Bạo lực thể chất/,
  context: 'Gia đình / bạn đời',
  fullName: 'Nguyễn Thị Hòa',
  phone: '0905 123 456',
  birthYear: '1990',
  narrative: 'Bị chồng đánh nhiều lần, lần gần nhất ngày 20/11.',
  sex: 'Nữ',
  age: '36',
  disability: 'Không',
  relationship: 'Vợ/chồng, bạn đời',
  perpetratorSex: 'Nam',
  perpetratorAge: '26–40',
  referral: 'Tổng đài 111',
  soughtHelp: 'Có',
  needs: ['Chăm sóc y tế', 'Hỗ trợ tâm lý – xã hội'],
  consents: ['Đồng ý nhận dịch vụ', 'Đồng ý được chuyển gửi đến cơ quan khác'],
};
