import { type AggregateRow, BUCKET_KINDS } from '../aggregates/buckets';
import { shareCounters } from '../exchange/sharing/share-counters';
import { indicatorsAt, type PlanLike } from '../indicators/figures';
import { periodDays, periodMonths, type ReportPeriod } from '../indicators/periods';
import type { PopulationEntry } from '../indicators/population';
import type { UnitLink } from '../indicators/units';
import { type Equation, type KeyedTable, protectJointly } from './joint-disclosure';
import {
  BREAKDOWN_DIMENSIONS,
  type BreakdownDimension,
  DHIS2_BREAKDOWNS,
  type Dhis2Mapping,
  NOT_BROKEN_DOWN,
  orgUnitOf,
} from './mapping';

export type Dhis2Unit = UnitLink & { name: string; validFrom: string | null; validTo: string | null };

export type Dhis2Input = {
  plan: PlanLike;
  units: readonly Dhis2Unit[];
  populations: readonly PopulationEntry[];
  /** The unit the export is for (the province); its own row holds what no listed unit below it holds. */
  rootCode: string;
  /** Rows of the root and of each unit below it, crosswalk predecessors merged (loadPlanData). */
  rows: ReadonlyMap<string, readonly AggregateRow[]>;
  /** The units directly below the root (and merged predecessors); only those valid on the period's last day are rows. */
  subUnits: readonly string[];
  period: ReportPeriod;
  threshold: number;
  mapping: Dhis2Mapping;
  /** Codes of the shipped unit data (shared/data): the only unit codes taken as DHIS2 org unit codes. */
  shippedCodes: ReadonlySet<string>;
  /** The rows that go out (unit codes; the root's code for its own row). */
  selected: ReadonlySet<string>;
  /**
   * At an office (not the province): the office's unit and its ancestors. Its counters pass the same
   * sharing rule as a bundle first (exact indicator counts, breakdowns of consenting cases only where
   * the office's month has enough of them), so no export says more than the office may send.
   */
  officeChain: readonly string[] | null;
};

/** One value that leaves: already through disclosure control. */
export type PublishedValue = {
  unitCode: string;
  orgUnit: string;
  dataElement: string;
  /** The disaggregation, or null for the data element's default category option combo. */
  category: { code: string; option: string; optionCombo: string } | null;
  value: number;
};

/** Which figure of which unit, in words the preview can translate: `I4.numerator`, `cases.total`, `sex:female`. */
export type FigureRef = { unitCode: string; figure: string };

export type Dhis2Export = {
  period: ReportPeriod;
  values: PublishedValue[];
  /** Figures left out for disclosure control (small counts and those that would give them away). */
  suppressed: FigureRef[];
  /** Selected rows that have no DHIS2 org unit code: nothing of theirs is in the files. */
  unmappedUnits: string[];
  /** The plan's indicators without data elements in the mapping. */
  unmappedIndicators: string[];
  /** The root's own row could not be formed (the units below count more than it): not exported. */
  ownRowOmitted: boolean;
};

type Counts = Record<string, number>;

function caseCounts(rows: readonly AggregateRow[] | undefined, from: string, to: string): Counts {
  const out: Counts = {};
  for (const row of rows ?? []) {
    if (row.kind !== BUCKET_KINDS.cases || row.period < from || row.period > to) continue;
    for (const [name, n] of Object.entries(row.counts)) out[name] = (out[name] ?? 0) + n;
  }
  return out;
}

const validOn = (unit: Dhis2Unit | undefined, day: string) =>
  unit !== undefined &&
  (unit.validFrom === null || unit.validFrom <= day) &&
  (unit.validTo === null || day <= unit.validTo);

/** The figures of one row, by name: `I4.numerator`, `I4.denominator`, `cases.total`, `sex:female`, `sex:none`. */
function figuresOf(
  input: Dhis2Input,
  unitCode: string,
  rows: readonly AggregateRow[],
): Map<string, number | null> {
  const out = new Map<string, number | null>();
  const results = indicatorsAt(
    { plan: input.plan, rows, populations: input.populations, units: input.units, unitCode },
    input.period,
  );
  for (const result of results) {
    out.set(`${result.code}.numerator`, result.numerator);
    out.set(`${result.code}.denominator`, result.unit === 'percent' ? result.denominator : null);
  }
  const { from, to } = periodMonths(input.period);
  const cases = caseCounts(rows, from, to);
  const total = cases.total ?? 0;
  out.set('cases.total', total);
  for (const dimension of BREAKDOWN_DIMENSIONS) {
    let described = 0;
    for (const option of DHIS2_BREAKDOWNS[dimension]) {
      const n = cases[`${dimension}:${option}`] ?? 0;
      described += n;
      out.set(`${dimension}:${option}`, n);
    }
    out.set(`${dimension}:${NOT_BROKEN_DOWN}`, total - described);
  }
  return out;
}

/**
 * The values of a DHIS2 export: each listed unit's indicator numerators and denominators, its case
 * count and the case breakdowns (sex, age group, violence type, one at a time), plus the root's
 * own row (what the root counts beyond the listed units, so DHIS2's sum over the tree equals the
 * root's figure). Figures about survivors go through disclosure control over all rows, whether or
 * not selected, so that what a later export of other rows adds cannot undo it; figures that carry
 * no survivor (training, schools) leave exact.
 */
export function publishedValues(input: Dhis2Input): Dhis2Export {
  const lastDay = periodDays(input.period).to;
  const byCode = new Map(input.units.map((u) => [u.code, u]));
  const shared = (rows: readonly AggregateRow[] | undefined): AggregateRow[] =>
    input.officeChain === null
      ? [...(rows ?? [])]
      : (shareCounters(rows ?? [], {
          officeChain: input.officeChain,
          threshold: input.threshold,
        }) as AggregateRow[]);
  const listed = input.subUnits.filter(
    (code) => code !== input.rootCode && validOn(byCode.get(code), lastDay),
  );
  const figures = new Map(listed.map((code) => [code, figuresOf(input, code, shared(input.rows.get(code)))]));
  const root = figuresOf(input, input.rootCode, shared(input.rows.get(input.rootCode)));
  // The root's own row: its figure minus the listed units' (negative where they overlap: not formed).
  const own = new Map<string, number | null>();
  for (const [name, value] of root) {
    if (value === null) own.set(name, null);
    else own.set(name, value - listed.reduce((sum, code) => sum + (figures.get(code)?.get(name) ?? 0), 0));
  }
  const ownValid = [...own.values()].every((v) => v === null || v >= 0);
  const lines = ownValid ? [...listed, input.rootCode] : listed;
  if (ownValid) figures.set(input.rootCode, own);

  const values = new Map<string, number>();
  const key = (unit: string, figure: string) => `${unit}|${figure}`;
  for (const [unit, f] of figures) for (const [name, v] of f) if (v !== null) values.set(key(unit, name), v);
  const ALL = '*';
  const sum = (figure: string) => lines.reduce((s, unit) => s + (values.get(key(unit, figure)) ?? 0), 0);

  // The tables an attacker sees, each with its column totals (DHIS2 adds the rows up the tree).
  const tables: KeyedTable[] = [];
  const identities: Equation[] = [];
  const table = (columns: readonly string[], rowTotal: string) => {
    for (const c of [...columns, rowTotal]) values.set(key(ALL, c), sum(c));
    tables.push({
      cells: lines.map((unit) => columns.map((c) => key(unit, c))),
      rowTotals: lines.map((unit) => key(unit, rowTotal)),
      colTotals: columns.map((c) => key(ALL, c)),
      total: key(ALL, rowTotal),
    });
  };
  const sensitive = new Set<string>();
  const results = indicatorsAt(
    {
      plan: input.plan,
      rows: shared(input.rows.get(input.rootCode)),
      populations: input.populations,
      units: input.units,
      unitCode: input.rootCode,
    },
    input.period,
  );
  for (const result of results) {
    if (!result.sensitive) continue;
    const num = `${result.code}.numerator`;
    sensitive.add(num);
    if (result.unit !== 'percent') {
      // A count: one column whose row totals are the cells themselves.
      const copy = `${result.code}.count`;
      for (const unit of [...lines, ALL]) values.set(key(unit, copy), values.get(key(unit, num)) ?? 0);
      table([num], copy);
      continue;
    }
    const den = `${result.code}.denominator`;
    const rest = `${result.code}.rest`;
    sensitive.add(den);
    for (const unit of lines)
      values.set(key(unit, rest), (values.get(key(unit, den)) ?? 0) - (values.get(key(unit, num)) ?? 0));
    table([num, rest], den);
  }
  sensitive.add('cases.total');
  for (const dimension of BREAKDOWN_DIMENSIONS) {
    const columns = [...DHIS2_BREAKDOWNS[dimension], NOT_BROKEN_DOWN].map((o) => `${dimension}:${o}`);
    for (const c of columns) sensitive.add(c);
    table(columns, 'cases.total');
  }
  // GBV cases are all cases less the non-GBV ones where the type breakdown counts every case: the
  // share of help sought (its denominator) is tied to the type table.
  const gbvDenominator = results.find((r) => r.sensitive && r.unit === 'percent' && r.code === 'I4');
  if (gbvDenominator !== undefined)
    for (const unit of [...lines, ALL])
      identities.push(
        new Map([
          [key(unit, 'cases.total'), 1],
          [key(unit, 'type:not_gbv'), -1],
          [key(unit, 'I4.denominator'), -1],
        ]),
      );
  const hidden = protectJointly(
    values,
    tables,
    identities,
    input.threshold,
    (k) => k.startsWith(`${ALL}|`) || k.endsWith('.total') || k.endsWith('.denominator'),
  );

  const out: PublishedValue[] = [];
  const suppressed: FigureRef[] = [];
  const unmappedUnits: string[] = [];
  const { mapping } = input;
  const unmappedIndicators = input.plan.indicators
    .map((i) => i.code)
    .filter((code) => mapping.indicators[code] === undefined);
  for (const unit of lines) {
    if (!input.selected.has(unit)) continue;
    const { orgUnit } = orgUnitOf(unit, mapping, input.shippedCodes);
    if (orgUnit === null) {
      unmappedUnits.push(unit);
      continue;
    }
    const f = figures.get(unit) ?? new Map<string, number | null>();
    const put = (figure: string, dataElement: string, category: PublishedValue['category']) => {
      const v = f.get(figure);
      if (v === null || v === undefined) return;
      if (sensitive.has(figure) && hidden.has(key(unit, figure))) {
        suppressed.push({ unitCode: unit, figure });
        return;
      }
      out.push({ unitCode: unit, orgUnit, dataElement, category, value: v });
    };
    for (const indicator of input.plan.indicators) {
      const elements = mapping.indicators[indicator.code];
      if (elements === undefined) continue;
      put(`${indicator.code}.numerator`, elements.numerator, null);
      if (elements.denominator !== null) put(`${indicator.code}.denominator`, elements.denominator, null);
    }
    put('cases.total', mapping.casesTotal, null);
    for (const dimension of BREAKDOWN_DIMENSIONS) {
      const b = mapping.breakdowns[dimension as BreakdownDimension];
      for (const option of [...DHIS2_BREAKDOWNS[dimension], NOT_BROKEN_DOWN]) {
        const o = b.options[option];
        if (o === undefined) continue;
        put(`${dimension}:${option}`, b.dataElement, {
          code: b.category,
          option: o.categoryOption,
          optionCombo: o.categoryOptionCombo,
        });
      }
    }
  }
  return {
    period: input.period,
    values: out,
    suppressed,
    unmappedUnits,
    unmappedIndicators,
    ownRowOmitted: !ownValid,
  };
}
