import { describe, expect, it } from 'vitest';
import { QUANG_NAM_UNITS } from '../../../../shared/data/quang-nam-units';
import { kindsRead } from '../../../../shared/indicators/evaluate';
import { copyPlanToPeriod, currentUnit, nextPlan, withTarget } from '../../../../shared/indicators/plan-edit';
import { type Indicator, planFieldsSchema } from '../../../../shared/model/plan';
import { unitFieldsSchema } from '../../../../shared/model/unit';
import { plan } from './fixtures';

describe('plans are data', () => {
  it('copying 2021–2025 to 2026–2030 keeps the formulas and moves the targets five years on', () => {
    const next = planFieldsSchema.parse(copyPlanToPeriod(plan, 2026, 2030));
    expect(next).toMatchObject({ code: 'QNAM-GBV-2026-2030', fromYear: 2026, toYear: 2030 });
    expect(next.name).toContain('2026–2030');
    expect(next.indicators.map((i) => i.code)).toEqual(['I1', 'I2', 'I3', 'I4', 'I5']);
    expect(next.indicators[0]?.computation).toEqual(plan.indicators[0]?.computation);
    expect(next.indicators[0]?.targets).toEqual([{ year: 2030, value: 80, comparator: '>=' }]);
  });

  it('a name without the years gets them appended; the original plan is untouched', () => {
    const copy = copyPlanToPeriod({ ...plan, code: 'X', name: 'Kế hoạch' }, 2026, 2030);
    expect(copy.code).toBe('X-2026');
    expect(copy.name).toBe('Kế hoạch (2026–2030)');
    expect(plan.indicators[0]?.targets[0]?.year).toBe(2025);
  });

  it('editing a target sets, replaces or removes one year', () => {
    const set = withTarget(plan.indicators, 'I1', 2023, 50);
    expect(set[0]?.targets.map((t) => [t.year, t.value])).toEqual([
      [2023, 50],
      [2025, 80],
    ]);
    expect(withTarget(set, 'I1', 2025, 85)[0]?.targets.find((t) => t.year === 2025)?.value).toBe(85);
    expect(withTarget(set, 'I1', 2023, null)[0]?.targets).toHaveLength(1);
    expect(withTarget(set, 'I1', 2023, 50)[1]).toBe(set[1]);
  });
});

describe('what a plan reads', () => {
  it('the five indicators need cases, first trainings, active schools and the register; a count adds its kind', () => {
    expect(kindsRead(plan.indicators).sort()).toEqual(['case', 'schoolActive', 'schools', 'trainedFirst']);
    const withCount = [
      ...plan.indicators,
      {
        ...plan.indicators[0],
        code: 'C',
        unit: 'count' as const,
        computation: { kind: 'count' as const, counter: 'outreach.events' },
      },
    ];
    expect(kindsRead(withCount as Indicator[])).toContain('outreach');
  });

  it("the plan after an ended one: every new year keeps the last target, under today's unit and its name", () => {
    const units = QUANG_NAM_UNITS.map((u) => unitFieldsSchema.parse(u));
    const next = planFieldsSchema.parse(nextPlan(plan, 2026, 2030, units, '2026-12-01'));
    const daNang = units.find((u) => u.code === '48');
    expect(next.unitCode).toBe('48');
    expect(next.code).toBe('GBV-48-2026-2030');
    expect(next.name).not.toContain('Quảng Nam');
    expect(next.name).toContain(`thành phố ${daNang?.name}`);
    expect(next.name).toContain('2026–2030');
    expect(next.indicators.map((i) => i.targets.map((t) => [t.year, t.value]))).toEqual(
      [80, 100, 100, 50, 100].map((v) => [2026, 2027, 2028, 2029, 2030].map((y) => [y, v])),
    );
    // Before the merger Quảng Nam was still itself.
    expect(currentUnit('49', units, '2025-06-30')?.code).toBe('49');
    expect(currentUnit('502', units, '2026-01-01')?.code).toBe('48');
  });
});
