import type { AggregateRow, BucketKind, Contribution } from '../../shared/aggregates/buckets';
import {
  caseContribution,
  outreachContribution,
  personContribution,
  schoolContribution,
} from '../../shared/aggregates/contributions';
import type { SharedAggregate } from '../../shared/exchange/sharing';
import type { StoredOf, StoredTable, TableName } from './tables';
import type { WriteContext } from './write-context';
import { moveYear, yearMap } from './year-counts';

/** One row's write as contributors see it: `after: null` is a deletion (province rows only). */
export type Change<R> = { before: R | undefined; after: R | null };

/**
 * What a table adds to the maintained counters. The write primitive (WriteContext.put / putMany /
 * putRows) calls `load` once per write with every change, then `apply` for each change, so a
 * repository never computes a delta itself: counters follow from the write.
 */
export type Contributor<R> = {
  /** Tables the contributor reads or writes besides the aggregates (joined into the write's scope). */
  tables?: readonly TableName[];
  /** Reads what `apply` needs for these changes (year counts, owner records), once per write. */
  load?: (ctx: WriteContext, changes: readonly Change<R>[]) => Promise<void>;
  /** Buffers new − old for one change; synchronous, because bulk writes call it thousands of times. */
  apply: (ctx: WriteContext, change: Change<R>) => void;
};

const live = (r: { deletedAt: string | null } | null | undefined): boolean =>
  r !== undefined && r !== null && r.deletedAt === null;
const ids = <R>(changes: readonly Change<R>[], pick: (r: R) => string): string[] =>
  changes.flatMap((c) =>
    [c.before, c.after].flatMap((r) => (r === undefined || r === null ? [] : [pick(r)])),
  );

/** A year-count move of one owner (person or school): −1 in `from`, +1 in `to`; null = none. */
type Move = [ownerId: string, from: number | null, to: number | null];

/**
 * Attendances (activities) change their owner's per-year counts; the owner's contribution is
 * recomputed from the counts before and after, so a person trained twice in a year counts once.
 */
function ownerMoves<R extends { deletedAt: string | null }>(
  change: Change<R>,
  owner: (r: R) => string,
  year: (r: R) => number,
): Move[] {
  const moves: Move[] = [];
  if (change.before !== undefined && live(change.before))
    moves.push([owner(change.before), year(change.before), null]);
  if (change.after !== null && live(change.after))
    moves.push([owner(change.after), null, year(change.after)]);
  return moves;
}

function asContribution(row: SharedAggregate | undefined): Contribution {
  const out: Contribution = new Map();
  if (row !== undefined) {
    const counted: AggregateRow = {
      key: row.key,
      kind: row.kind as BucketKind,
      unit: row.unit,
      period: row.period,
      counts: row.counts,
    };
    out.set(row.key, counted);
  }
  return out;
}

type Registry = { [K in StoredTable]?: Contributor<StoredOf[K]> };

/** The registry: table → what its rows contribute. Tables not listed contribute nothing. */
export const CONTRIBUTORS: Registry = {
  cases: {
    apply: (ctx, { before, after }) =>
      ctx.delta(caseContribution(before, ctx.chain), caseContribution(after ?? undefined, ctx.chain)),
  },
  outreach: {
    apply: (ctx, { before, after }) =>
      ctx.delta(outreachContribution(before, ctx.chain), outreachContribution(after ?? undefined, ctx.chain)),
  },
  people: {
    tables: ['personYears'],
    load: (ctx, changes) =>
      ctx.loadYears(
        'personYears',
        ids(changes, (p) => p.id),
      ),
    apply: (ctx, { before, after }) => {
      const id = (after ?? before)?.id;
      if (id === undefined) return;
      const years = yearMap(ctx.years('personYears', id).years);
      ctx.delta(
        personContribution(before, years, ctx.chain),
        personContribution(after ?? undefined, years, ctx.chain),
      );
    },
  },
  attendances: {
    tables: ['people', 'personYears'],
    load: async (ctx, changes) => {
      const people = ids(changes, (a) => a.personId);
      await ctx.loadRecords('people', people);
      await ctx.loadYears('personYears', people);
    },
    apply: (ctx, change) => {
      for (const [personId, from, to] of ownerMoves(
        change,
        (a) => a.personId,
        (a) => a.year,
      )) {
        const row = ctx.years('personYears', personId);
        const person = ctx.record('people', personId);
        const next = moveYear(row.years, from, to);
        ctx.delta(
          personContribution(person, yearMap(row.years), ctx.chain),
          personContribution(person, yearMap(next), ctx.chain),
        );
        row.years = next;
      }
    },
  },
  schools: {
    tables: ['schoolYears'],
    load: (ctx, changes) =>
      ctx.loadYears(
        'schoolYears',
        ids(changes, (s) => s.id),
      ),
    apply: (ctx, { before, after }) => {
      const id = (after ?? before)?.id;
      if (id === undefined) return;
      const years = yearMap(ctx.years('schoolYears', id).years);
      ctx.delta(
        schoolContribution(before, years, ctx.chain),
        schoolContribution(after ?? undefined, years, ctx.chain),
      );
    },
  },
  schoolActivities: {
    tables: ['schools', 'schoolYears'],
    load: async (ctx, changes) => {
      const schools = ids(changes, (a) => a.schoolId);
      await ctx.loadRecords('schools', schools);
      await ctx.loadYears('schoolYears', schools);
    },
    apply: (ctx, change) => {
      for (const [schoolId, from, to] of ownerMoves(
        change,
        (a) => a.schoolId,
        (a) => a.schoolYear,
      )) {
        const row = ctx.years('schoolYears', schoolId);
        const school = ctx.record('schools', schoolId);
        const next = moveYear(row.years, from, to);
        ctx.delta(
          schoolContribution(school, yearMap(row.years), ctx.chain),
          schoolContribution(school, yearMap(next), ctx.chain),
        );
        row.years = next;
      }
    },
  },
  /**
   * A unit given a new parent takes its rolled-up counters (its own and its descendants') from its
   * old ancestors to the new ones; the in-memory tree follows at once, so later writes in the same
   * transaction credit the new ancestors (StoreCore.write reloads the tree if the transaction fails).
   */
  units: {
    load: async (ctx, changes) => {
      for (const { before, after } of changes) {
        if (before === undefined || after === null || before.parentCode === after.parentCode) continue;
        ctx.pendingReroll.set(after.code, await ctx.unitRows(after.code));
      }
    },
    apply: (ctx, { before, after }) => {
      if (after === null) return;
      const rows = ctx.pendingReroll.get(after.code);
      ctx.pendingReroll.delete(after.code);
      const from = ctx.chain(after.code).slice(1);
      ctx.tree.set(after.code, after.parentCode);
      if (rows === undefined || before === undefined) return;
      ctx.reroll(rows, from, ctx.chain(after.code).slice(1));
    },
  },
  officeAggregates: {
    apply: (ctx, { before, after }) => ctx.delta(asContribution(before?.row), asContribution(after?.row)),
  },
};
