import { describe, expect, it } from 'vitest';
import {
  evaluateIndicator,
  evaluatePlan,
  parseCounter,
  targetFor,
} from '../../../../shared/indicators/evaluate';
import { yearPeriod } from '../../../../shared/indicators/periods';
import { totalsFromRows } from '../../../../shared/indicators/totals';
import type { Indicator } from '../../../../shared/model/plan';
import { plan, row, TAM_KY, tamKyRows } from './fixtures';

const population = { official: 100, gender_equality_staff: 10, collaborator: 6, volunteer: 4 };
const totals2024 = totalsFromRows(tamKyRows, population, plan, yearPeriod(2024));
const byCode = (code: string) => {
  const result = evaluatePlan(plan, totals2024, 2024).find((r) => r.code === code);
  if (result === undefined) throw new Error(`no ${code}`);
  return result;
};

describe('the five plan indicators against hand-counted Tam Kỳ 2024', () => {
  it('I1: officials first trained 2021–2024 over the official population', () => {
    expect(byCode('I1')).toMatchObject({ numerator: 60, denominator: 100, value: 60, status: 'behind' });
    expect(byCode('I1').target).toEqual({ year: 2025, value: 80, comparator: '>=' });
    expect(byCode('I1').ofTarget).toBeCloseTo(75);
  });

  it('I2: gender-equality staff, collaborators and volunteers together; teachers are not counted', () => {
    expect(byCode('I2')).toMatchObject({ numerator: 15, denominator: 20, value: 75, status: 'behind' });
  });

  it('I3: schools active in the 2023–2024 school year over the register', () => {
    expect(byCode('I3')).toMatchObject({ numerator: 7, denominator: 10, value: 70 });
  });

  it('I4: GBV cases that sought help; not-GBV cases and 2023 cases stay out', () => {
    expect(byCode('I4')).toMatchObject({
      numerator: 5,
      denominator: 10,
      value: 50,
      status: 'met',
      sensitive: true,
    });
  });

  it('I5: cases needing help whose every need was met', () => {
    const i5 = byCode('I5');
    expect(i5).toMatchObject({ numerator: 6, denominator: 7, status: 'near' });
    expect(i5.value).toBeCloseTo(85.714, 2);
  });

  it('the first half of 2024 counts only January–June cases', () => {
    const h1 = totalsFromRows(tamKyRows, population, plan, { year: 2024, part: 'firstHalf' });
    const [, , , i4, i5] = evaluatePlan(plan, h1, 2024);
    expect(i4).toMatchObject({ numerator: 4, denominator: 5, value: 80 });
    expect(i5?.numerator).toBe(2);
    expect(i5?.denominator).toBe(3);
  });
});

describe('edge cases', () => {
  it('a zero denominator is "no data", never 0 % or 100 %', () => {
    const empty = totalsFromRows([], {}, plan, yearPeriod(2024));
    for (const result of evaluatePlan(plan, empty, 2024)) {
      expect(result.status).toBe('noData');
      expect(result.value).toBeNull();
      expect(result.ofTarget).toBeNull();
    }
  });

  it('trained people but no target population is still "no data", not 100 %', () => {
    const noPopulation = totalsFromRows(tamKyRows, {}, plan, yearPeriod(2024));
    expect(evaluatePlan(plan, noPopulation, 2024)[0]).toMatchObject({
      numerator: 60,
      denominator: null,
      status: 'noData',
    });
  });

  it('a target population of 0 with nobody trained is "no data"', () => {
    const zero = totalsFromRows([], { official: 0 }, plan, yearPeriod(2024));
    expect(evaluatePlan(plan, zero, 2024)[0]).toMatchObject({
      numerator: 0,
      denominator: 0,
      value: null,
      status: 'noData',
    });
  });

  it('a numerator above its denominator is capped at 100 % and flagged for checking, not "met"', () => {
    const stale = totalsFromRows(tamKyRows, { official: 50 }, plan, yearPeriod(2024));
    const i1 = evaluatePlan(plan, stale, 2024)[0];
    expect(i1).toMatchObject({
      numerator: 60,
      denominator: 50,
      value: 100,
      status: 'check',
      numeratorExceedsDenominator: true,
    });
  });

  it('nobody trained against a real population is a true 0 %, not "no data"', () => {
    const none = totalsFromRows([], { official: 40 }, plan, yearPeriod(2024));
    expect(evaluatePlan(plan, none, 2024)[0]).toMatchObject({ value: 0, status: 'behind' });
  });

  it('counts: a named counter over the period; an unknown counter is "no data"', () => {
    const count = (counter: string, targets: Indicator['targets'] = []): Indicator => ({
      code: 'C',
      name: 'Số vụ việc',
      computation: { kind: 'count', counter },
      unit: 'count',
      targets,
    });
    expect(evaluateIndicator(count('case.total'), totals2024, 2024)).toMatchObject({
      value: 12,
      status: 'noTarget',
      sensitive: true,
    });
    expect(
      evaluateIndicator(
        count('outreach.reachFemale', [{ year: 2024, value: 100, comparator: '>=' }]),
        totals2024,
        2024,
      ),
    ).toMatchObject({
      value: 120,
      status: 'met',
      sensitive: false,
    });
    expect(evaluateIndicator(count('nonsense'), totals2024, 2024).status).toBe('noData');
    expect(parseCounter('case.type:rape')).toEqual({ kind: 'case', name: 'type:rape' });
    expect(parseCounter('cases.total')).toBeNull();
  });

  it("targets: the year's own, else the next later one, else the last earlier one", () => {
    const targets = [
      { year: 2023, value: 50, comparator: '>=' as const },
      { year: 2025, value: 80, comparator: '>=' as const },
    ];
    expect(targetFor(targets, 2023)?.value).toBe(50);
    expect(targetFor(targets, 2024)?.value).toBe(80);
    expect(targetFor(targets, 2026)?.value).toBe(80);
    expect(targetFor([], 2024)).toBeNull();
  });

  it('an "=" target is met only by equality', () => {
    const exact: Indicator = {
      code: 'E',
      name: 'Số sự kiện truyền thông',
      computation: { kind: 'count', counter: 'outreach.events' },
      unit: 'count',
      targets: [{ year: 2024, value: 4, comparator: '=' }],
    };
    expect(evaluateIndicator(exact, totals2024, 2024)).toMatchObject({ value: 3, status: 'behind' });
    const four = totalsFromRows(
      [row('outreach', TAM_KY, '2024-01', { events: 4 })],
      {},
      plan,
      yearPeriod(2024),
    );
    expect(evaluateIndicator(exact, four, 2024).status).toBe('met');
  });
});
