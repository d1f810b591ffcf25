import { describe, expect, it } from 'vitest';
import { vi } from '../../../../renderer/i18n/vi';
import { QUANG_NAM_PLAN_2021_2025 } from '../../../../shared/data/quang-nam-plan';
import { DA_NANG_CODE, QUANG_NAM_UNITS } from '../../../../shared/data/quang-nam-units';
import {
  ageGroupOf,
  caseInputSchema,
  dvCategoriesOf,
  planFieldsSchema,
  schoolYearOf,
  unitFieldsSchema,
  unitValidOn,
  unmetNeeds,
} from '../../../../shared/model';
import { validCaseInput } from './case-fixture';

const valid = validCaseInput();

/** Looks a message key up in the Vietnamese messages, as the UI does. */
function vietnamese(key: string): string {
  const found = key
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], vi);
  if (typeof found !== 'string') throw new Error(`no Vietnamese message for ${key}`);
  return found;
}

const messagesFor = (input: unknown) => {
  const result = caseInputSchema.safeParse(input);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.message]));
};

describe('case intake validation', () => {
  it('accepts a complete GBVIMS intake', () => {
    expect(caseInputSchema.safeParse(valid).success).toBe(true);
  });

  it('names each missing or wrong field with a Vietnamese message', () => {
    const { gbvType: _t, ...missingType } = valid;
    const messages = messagesFor({
      ...missingType,
      survivor: { ...valid.survivor, age: 130 },
      identity: { fullName: '  ' },
    });
    expect(messagesFor({ ...valid, gbvType: 'rap' }).gbvType).toBe('store.validation.invalidChoice');
    expect(messages).toMatchObject({
      gbvType: 'store.validation.required',
      'survivor.age': 'store.validation.outOfRange',
      'identity.fullName': 'store.validation.required',
    });
    expect(vietnamese(messages['identity.fullName'] ?? '')).toBe('Vui lòng nhập thông tin này.');
  });

  it('refuses a future incident, an incident after the report, and closing without a reason', () => {
    expect(messagesFor({ ...valid, reportDate: '2999-01-01', incidentDate: '2999-01-01' }).reportDate).toBe(
      'store.validation.futureDate',
    );
    expect(messagesFor({ ...valid, incidentDate: '2024-03-20' }).incidentDate).toBe(
      'store.validation.incidentAfterReport',
    );
    expect(messagesFor({ ...valid, status: 'closed' }).closureReason).toBe(
      'store.validation.closureReasonRequired',
    );
    expect(messagesFor({ ...valid, reportDate: '2024-02-30' }).reportDate).toBe(
      'store.validation.invalidDate',
    );
  });

  it('refuses an oversize narrative', () => {
    const messages = messagesFor({ ...valid, identity: { fullName: 'A B', narrative: 'x'.repeat(20_001) } });
    expect(messages['identity.narrative']).toBe('store.validation.tooLong');
  });

  it('every validation key used has a Vietnamese and an English text', () => {
    for (const key of Object.keys(vi.store.validation))
      expect(vietnamese(`store.validation.${key}`)).not.toBe('');
  });
});

describe('derived case fields', () => {
  it('maps GBVIMS types to DV categories only inside the family', () => {
    expect(dvCategoriesOf('rape', 'family')).toEqual(['sexual']);
    expect(dvCategoriesOf('denial_of_resources', 'family')).toEqual(['economic']);
    expect(dvCategoriesOf('physical_assault', 'public_place')).toEqual([]);
    expect(dvCategoriesOf('not_gbv', 'family')).toEqual([]);
  });
  it('groups ages as GBVIMS does', () => {
    expect([0, 11, 12, 17, 18, 25, 26, 40, 41, 60, 61].map(ageGroupOf)).toEqual([
      '0-11',
      '0-11',
      '12-17',
      '12-17',
      '18-25',
      '18-25',
      '26-40',
      '26-40',
      '41-60',
      '41-60',
      '61+',
    ]);
  });
  it('computes unmet needs from provided services only', () => {
    const services = [
      {
        id: '1',
        need: 'health' as const,
        date: '2024-03-16',
        provider: 'Trạm Y tế',
        outcome: 'provided' as const,
      },
      {
        id: '2',
        need: 'legal_aid' as const,
        date: '2024-03-16',
        provider: 'TGPL',
        outcome: 'referred' as const,
      },
    ];
    expect(unmetNeeds({ needs: ['health', 'legal_aid'], services })).toEqual(['legal_aid']);
  });
  it('puts September to August in one school year', () => {
    expect(schoolYearOf('2024-09-05')).toBe(2024);
    expect(schoolYearOf('2025-05-20')).toBe(2024);
    expect(schoolYearOf('2025-08-31')).toBe(2024);
  });
});

describe('shipped data', () => {
  it("has Quảng Nam's 18 district-level units, valid to 30/06/2025, succeeded by Đà Nẵng", () => {
    const districts = QUANG_NAM_UNITS.filter((u) => u.level === 'district');
    expect(districts).toHaveLength(18);
    expect(districts.map((d) => d.name)).toContain('Nam Trà My');
    for (const unit of QUANG_NAM_UNITS) expect(unitFieldsSchema.safeParse(unit).success).toBe(true);
    const quangNam = unitFieldsSchema.parse(QUANG_NAM_UNITS.find((u) => u.code === '49'));
    expect(quangNam.successorCodes).toEqual([DA_NANG_CODE]);
    expect(unitValidOn(quangNam, '2025-06-30')).toBe(true);
    expect(unitValidOn(quangNam, '2025-07-01')).toBe(false);
  });
  it('has the 2021–2025 plan with its five targets', () => {
    const plan = planFieldsSchema.parse(QUANG_NAM_PLAN_2021_2025);
    expect(plan.indicators.map((i) => [i.code, i.targets[0]?.value])).toEqual([
      ['I1', 80],
      ['I2', 100],
      ['I3', 100],
      ['I4', 50],
      ['I5', 100],
    ]);
  });
});
