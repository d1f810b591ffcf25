import type { CaseRecord } from '../model/case';
import type { OutreachRecord } from '../model/outreach';
import type { SchoolActivityRecord, SchoolRecord } from '../model/school';
import type { AttendanceRecord, PersonRecord } from '../model/training';
import { type AggregateRow, addTo, type Contribution, type UnitChain } from './buckets';
import {
  caseContribution,
  outreachContribution,
  personContribution,
  schoolContribution,
} from './contributions';

export type RebuildSource = {
  cases: Iterable<CaseRecord>;
  people: Iterable<PersonRecord>;
  attendances: Iterable<AttendanceRecord>;
  schools: Iterable<SchoolRecord>;
  activities: Iterable<SchoolActivityRecord>;
  outreach: Iterable<OutreachRecord>;
  /** At the province: the counter rows offices sent (their snapshots), added as they stand. */
  received?: Iterable<AggregateRow>;
};

const merge = (into: Contribution, from: Contribution) => {
  for (const row of from.values()) addTo(into, row.kind, [row.unit], row.period, row.counts);
};

/** Live-record counts per (owner, year): the derived "years" maps that person and school contributions take. */
export function countYears<T>(
  records: Iterable<T>,
  owner: (r: T) => string,
  year: (r: T) => number,
  live: (r: T) => boolean,
) {
  const out = new Map<string, Map<number, number>>();
  for (const record of records) {
    if (!live(record)) continue;
    const years = out.get(owner(record)) ?? new Map<number, number>();
    years.set(year(record), (years.get(year(record)) ?? 0) + 1);
    out.set(owner(record), years);
  }
  return out;
}

/** Every aggregate row as it should be, computed from the records alone. */
export function rebuildAggregates(source: RebuildSource, chain: UnitChain): Map<string, AggregateRow> {
  const all: Contribution = new Map();
  for (const record of source.cases) merge(all, caseContribution(record, chain));
  const personYears = countYears(
    source.attendances,
    (a) => a.personId,
    (a) => a.year,
    (a) => a.deletedAt === null,
  );
  for (const person of source.people)
    merge(all, personContribution(person, personYears.get(person.id) ?? new Map(), chain));
  const schoolYears = countYears(
    source.activities,
    (a) => a.schoolId,
    (a) => a.schoolYear,
    (a) => a.deletedAt === null,
  );
  for (const school of source.schools)
    merge(all, schoolContribution(school, schoolYears.get(school.id) ?? new Map(), chain));
  for (const record of source.outreach) merge(all, outreachContribution(record, chain));
  for (const row of source.received ?? []) addTo(all, row.kind, [row.unit], row.period, row.counts);
  for (const [key, row] of all) {
    for (const [name, value] of Object.entries(row.counts)) if (value === 0) delete row.counts[name];
    if (Object.keys(row.counts).length === 0) all.delete(key);
  }
  return all;
}

export type AggregateDifference = { key: string; counter: string; stored: number; expected: number };

/** Differences between stored rows and a rebuild; empty when consistent. */
export function compareAggregates(
  stored: Iterable<AggregateRow>,
  expected: ReadonlyMap<string, AggregateRow>,
): AggregateDifference[] {
  const diffs: AggregateDifference[] = [];
  const seen = new Set<string>();
  for (const row of stored) {
    seen.add(row.key);
    const want = expected.get(row.key)?.counts ?? {};
    for (const name of new Set([...Object.keys(row.counts), ...Object.keys(want)])) {
      const s = row.counts[name] ?? 0;
      const e = want[name] ?? 0;
      if (s !== e) diffs.push({ key: row.key, counter: name, stored: s, expected: e });
    }
  }
  for (const [key, row] of expected) {
    if (seen.has(key)) continue;
    for (const [name, value] of Object.entries(row.counts))
      diffs.push({ key, counter: name, stored: 0, expected: value });
  }
  return diffs;
}
