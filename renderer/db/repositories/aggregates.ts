import {
  type AggregateRow,
  BUCKET_KINDS,
  type BucketKind,
  bucketKey,
  type Counts,
  sumCounts,
} from '../../../shared/aggregates/buckets';
import {
  type AggregateDifference,
  compareAggregates,
  countYears,
  rebuildAggregates,
} from '../../../shared/aggregates/rebuild';
import { isSpan, MONTHLY_KINDS, rollUpSpans } from '../../../shared/aggregates/spans';
import type { StoreCore } from '../core';
import { receivedAggregateRows } from '../exchange/apply-bundle';

export type PlanInputs = {
  cases: Counts;
  /** People ever trained up to toYear (by year of first training), by `cat:<category>`. */
  everTrained: Counts;
  /** Schools with ≥ 1 activity in the school year that ends in toYear. */
  schoolsActiveLastYear: Counts;
  schools: Counts;
  /** Target populations of toYear by category (unit and descendants). */
  population: Counts;
};
/** From this many units asked for one (kind, period), one index read of the period beats a get per unit. */
const MANY_UNITS = 24;
/** One counter bucket to read: a monthly kind's period may be a span (`yyyy`, `yyyy-H1`, `yyyy-H2`). */
export type BucketRef = { kind: BucketKind; unit: string; period: string };
export type ConsistencyReport = { checkedRows: number; differences: AggregateDifference[]; ms: number };

/**
 * Reads of the maintained counters (cost independent of the number of records: an index range over
 * one unit's buckets) and the Admin consistency check.
 */
export class AggregatesRepository {
  constructor(private readonly core: StoreCore) {}

  /** Rows of one kind for one unit (which includes all its descendants) with from ≤ period ≤ to. */
  async rows(kind: BucketKind, unit: string, fromPeriod = '', toPeriod = '\uffff'): Promise<AggregateRow[]> {
    this.core.authorise('dashboard.read');
    return this.core.db.aggregates
      .where('[kind+unit+period]')
      .between([kind, unit, fromPeriod], [kind, unit, toPeriod], true, true)
      .toArray();
  }

  /**
   * Rows of several kinds for many units (each unit's rows include its descendants) with
   * from ≤ period ≤ to, in ONE read-only transaction, keyed by unit. The dashboard's by-unit table
   * needs a few kinds for twenty-odd units: a transaction per range cost more than the reads did.
   */
  async rowsMany(
    kinds: readonly BucketKind[],
    units: readonly string[],
    fromPeriod = '',
    toPeriod = '\uffff',
  ): Promise<Map<string, AggregateRow[]>> {
    this.core.authorise('dashboard.read');
    const { db } = this.core;
    const codes = [...new Set(units)];
    const parts = await db.transaction('r', db.aggregates, () =>
      Promise.all(
        codes.map((unit) =>
          Promise.all(
            kinds.map((kind) =>
              db.aggregates
                .where('[kind+unit+period]')
                .between([kind, unit, fromPeriod], [kind, unit, toPeriod], true, true)
                .toArray(),
            ),
          ),
        ),
      ),
    );
    return new Map(codes.map((unit, i) => [unit, parts[i]?.flat() ?? []]));
  }

  /**
   * Exact buckets by (kind, unit, period), in ONE read transaction: a monthly kind's span period
   * (`yyyy`, `yyyy-H1`, `yyyy-H2`, see shared/aggregates/spans.ts) is read from the span roll-ups, every other
   * period from the counters. Keyed by bucket key; a bucket that holds nothing is absent. The dashboard
   * asks for the few buckets its figures sum (one row per unit and period), never a range of months.
   * Each request costs more than a small row does, so a (kind, period) asked of many units, or of a
   * yearly kind, is one index read of that period (every unit's row of it, the unasked dropped); a
   * monthly kind's few are exact keys (its rows are large, and there for every unit with cases).
   */
  async buckets(wanted: readonly BucketRef[]): Promise<Map<string, AggregateRow>> {
    this.core.authorise('dashboard.read');
    const { db } = this.core;
    const groups = new Map<string, { spans: boolean; kind: BucketKind; period: string; keys: Set<string> }>();
    for (const { kind, unit, period } of wanted) {
      const spans = MONTHLY_KINDS.has(kind) && isSpan(period);
      const id = `${spans}|${kind}|${period}`;
      let group = groups.get(id);
      if (group === undefined) {
        group = { spans, kind, period, keys: new Set() };
        groups.set(id, group);
      }
      group.keys.add(bucketKey(kind, unit, period));
    }
    const parts = await db.transaction('r', [db.aggregates, db.counterSpans], () =>
      Promise.all(
        [...groups.values()].map(async ({ spans, kind, period, keys }) => {
          const table = spans ? db.counterSpans : db.aggregates;
          // A yearly kind's buckets are often absent (no training that year), and in a large store
          // each missed get costs a lookup: one index read returns only the rows that exist.
          // A month asked of many units (codes a former district kept, read up to June 2025) stays
          // exact keys: every unit's large monthly row of it would come back.
          const yearly = !MONTHLY_KINDS.has(kind);
          if (!yearly && (!spans || keys.size < MANY_UNITS)) return table.bulkGet([...keys]);
          const all: AggregateRow[] = await table.where('[kind+period]').equals([kind, period]).toArray();
          return all.filter((row) => keys.has(row.key));
        }),
      ),
    );
    const out = new Map<string, AggregateRow>();
    for (const row of parts.flat())
      if (row !== undefined)
        out.set(row.key, {
          key: row.key,
          kind: row.kind,
          unit: row.unit,
          period: row.period,
          counts: row.counts,
        });
    return out;
  }

  /** Summed counts of one kind for one unit over a period range. */
  async totals(kind: BucketKind, unit: string, fromPeriod = '', toPeriod = '\uffff'): Promise<Counts> {
    return sumCounts(await this.rows(kind, unit, fromPeriod, toPeriod));
  }

  /**
   * What the plan's five indicators need for one unit (and its descendants) over [fromYear, toYear]:
   * numerators from the counters, denominators from target populations (toYear) and the school
   * register. A fixed number of small index reads, whatever the number of records.
   */
  async planInputs(unit: string, fromYear: number, toYear: number): Promise<PlanInputs> {
    this.core.authorise('dashboard.read');
    const { db } = this.core;
    const units = new Set([unit, ...this.core.units.descendants(unit)]);
    const range = (kind: BucketKind, from: string, to: string) =>
      db.aggregates
        .where('[kind+unit+period]')
        .between([kind, unit, from], [kind, unit, to], true, true)
        .toArray();
    // One read transaction for all five reads: one snapshot, one round of transaction overhead.
    const [cases, firstTrained, schoolsActive, register, populations] = await db.transaction(
      'r',
      [db.aggregates, db.populations],
      () =>
        Promise.all([
          range(BUCKET_KINDS.cases, `${fromYear}-01`, `${toYear}-12`),
          range(BUCKET_KINDS.firstTrained, '0000', String(toYear)),
          range(BUCKET_KINDS.schoolsActive, String(toYear - 1), String(toYear - 1)),
          range(BUCKET_KINDS.schoolRegister, '-', '-'),
          // Target populations are a small table (units × years × 4 categories): a filtered scan is fine.
          db.populations
            .filter((p) => p.year === toYear && p.deletedAt === null && units.has(p.unitCode))
            .toArray(),
        ]),
    );
    const population: Counts = {};
    for (const p of populations) population[p.category] = (population[p.category] ?? 0) + p.count;
    return {
      cases: sumCounts(cases),
      everTrained: sumCounts(firstTrained),
      schoolsActiveLastYear: sumCounts(schoolsActive),
      schools: sumCounts(register),
      population,
    };
  }

  /** Recomputes every counter from the records and lists the differences (Admin → store health). */
  async check(): Promise<ConsistencyReport> {
    this.core.authorise('store.maintain');
    const started = performance.now();
    const { db } = this.core;
    const { stored, expected } = await db.transaction(
      'r',
      [
        db.cases,
        db.people,
        db.attendances,
        db.schools,
        db.schoolActivities,
        db.outreach,
        db.aggregates,
        db.counterSpans,
        db.officeAggregates,
      ],
      async () => ({
        stored: [...(await db.aggregates.toArray()), ...(await db.counterSpans.toArray())],
        expected: rebuildAggregates(
          {
            cases: await db.cases.toArray(),
            people: await db.people.toArray(),
            attendances: await db.attendances.toArray(),
            schools: await db.schools.toArray(),
            activities: await db.schoolActivities.toArray(),
            outreach: await db.outreach.toArray(),
            received: await receivedAggregateRows(db),
          },
          this.core.units.chain,
        ),
      }),
    );
    // The span roll-ups are checked against the rebuilt months, so a damaged month shows once.
    const spans = rollUpSpans(expected.values());
    return {
      checkedRows: stored.length,
      differences: compareAggregates(stored, new Map([...expected, ...spans])),
      ms: performance.now() - started,
    };
  }

  /** Replaces all counters (and the year tables they rest on) by a rebuild from the records. */
  async rebuild(): Promise<ConsistencyReport> {
    this.core.authorise('store.maintain');
    const started = performance.now();
    const { db } = this.core;
    const tables = [
      'cases',
      'people',
      'attendances',
      'schools',
      'schoolActivities',
      'outreach',
      'personYears',
      'schoolYears',
      'officeAggregates',
    ] as const;
    const differences = await this.core.write(tables, async (ctx) => {
      const attendances = await db.attendances.toArray();
      const activities = await db.schoolActivities.toArray();
      const expected = rebuildAggregates(
        {
          cases: await db.cases.toArray(),
          people: await db.people.toArray(),
          attendances,
          schools: await db.schools.toArray(),
          activities,
          outreach: await db.outreach.toArray(),
          received: await receivedAggregateRows(db),
        },
        this.core.units.chain,
      );
      const diffs = compareAggregates(
        [...(await db.aggregates.toArray()), ...(await db.counterSpans.toArray())],
        new Map([...expected, ...rollUpSpans(expected.values())]),
      );
      // Every row stamped anew, and the next bundle carries the full snapshot (the province replaces).
      await ctx.replaceAggregates(expected.values());
      const toRows = (m: Map<string, Map<number, number>>) =>
        [...m].map(([ownerId, years]) => ({
          ownerId,
          years: Object.fromEntries([...years].map(([y, n]) => [String(y), n])),
        }));
      await db.personYears.clear();
      await db.personYears.bulkPut(
        toRows(
          countYears(
            attendances,
            (a) => a.personId,
            (a) => a.year,
            (a) => a.deletedAt === null,
          ),
        ),
      );
      await db.schoolYears.clear();
      await db.schoolYears.bulkPut(
        toRows(
          countYears(
            activities,
            (a) => a.schoolId,
            (a) => a.schoolYear,
            (a) => a.deletedAt === null,
          ),
        ),
      );
      await ctx.audit({
        action: 'aggregatesRebuild',
        kind: 'aggregates',
        recordId: null,
        detail: String(diffs.length),
      });
      return diffs;
    });
    return { checkedRows: differences.length, differences, ms: performance.now() - started };
  }
}

export { BUCKET_KINDS };
