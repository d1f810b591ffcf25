import { describe, expect, it } from 'vitest';
import {
  DEMO_DEFAULTS,
  demoActivities,
  demoCase,
  demoCommunes,
  demoPerson,
  demoSchool,
  demoServices,
  demoTrainingEvent,
} from '../../../../shared/demo/generate';
import {
  caseInputSchema,
  personFieldsSchema,
  schoolActivityFieldsSchema,
  schoolFieldsSchema,
  serviceInputSchema,
  trainingEventFieldsSchema,
  unitFieldsSchema,
} from '../../../../shared/model';

const params = { ...DEMO_DEFAULTS, seed: 7 };

describe('demo data generator', () => {
  it('is repeatable: the same seed gives the same records', () => {
    expect(demoCase(params, 42)).toEqual(demoCase(params, 42));
    expect(demoCase(params, 42)).not.toEqual(demoCase({ ...params, seed: 8 }, 42));
  });

  it('produces records that pass the same validation as officers’ input', () => {
    for (let i = 0; i < 150; i += 1) {
      const input = demoCase(params, i);
      expect(caseInputSchema.safeParse(input).success).toBe(true);
      for (const service of demoServices(params, i, input)) {
        expect(serviceInputSchema.safeParse(service).success).toBe(true);
        expect(service.date >= input.reportDate && service.date <= params.toDate).toBe(true);
      }
      expect(personFieldsSchema.safeParse(demoPerson(params, i)).success).toBe(true);
      expect(trainingEventFieldsSchema.safeParse(demoTrainingEvent(params, i)).success).toBe(true);
      expect(schoolFieldsSchema.safeParse(demoSchool(params, i)).success).toBe(true);
      for (const a of demoActivities(params, i))
        expect(schoolActivityFieldsSchema.safeParse({ ...a, schoolId: 's' }).success).toBe(true);
    }
    for (const unit of demoCommunes(params)) expect(unitFieldsSchema.safeParse(unit).success).toBe(true);
  }, 30_000);

  it('looks like Quảng Nam casework: mostly women, mostly family violence, names with diacritics', () => {
    const cases = Array.from({ length: 2000 }, (_, i) => demoCase(params, i));
    const share = (p: (c: (typeof cases)[number]) => boolean) => cases.filter(p).length / cases.length;
    expect(share((c) => c.survivor.sex === 'female')).toBeGreaterThan(0.8);
    expect(share((c) => c.context === 'family')).toBeGreaterThan(0.6);
    expect(share((c) => c.gbvType === 'rape')).toBeLessThan(0.1);
    expect(
      share((c) => /[ăâđêôơưạảãàáẹẻẽèéịỉĩìíọỏõòóụủũùúỵỷỹỳý]/i.test(c.identity.fullName)),
    ).toBeGreaterThan(0.8);
    expect(new Set(cases.map((c) => c.incidentUnit.slice(0, 3))).size).toBe(18);
  });
});
