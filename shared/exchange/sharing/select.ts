import type { AggregateRow } from '../../aggregates/buckets';
import {
  deidentifyPerson,
  type LocalActivity,
  type LocalAttendance,
  type LocalEvent,
  type LocalOutreach,
  type LocalPerson,
  type LocalPopulation,
  type LocalSchool,
  shareActivity,
  shareAttendance,
  shareEvent,
  shareOutreach,
  sharePopulation,
  shareSchool,
} from './deidentify';
import type { Pseudonymize } from './pseudonym';
import { type CounterSharing, shareCounters } from './share-counters';
import type { SharedAggregate } from './shared-records';

/** Local records changed since the last bundle, by table (tombstones included). Cases are not among them. */
export type LocalChanges = {
  people?: readonly LocalPerson[];
  trainingEvents?: readonly LocalEvent[];
  attendances?: readonly LocalAttendance[];
  schools?: readonly LocalSchool[];
  schoolActivities?: readonly LocalActivity[];
  outreach?: readonly LocalOutreach[];
  populations?: readonly LocalPopulation[];
};

/**
 * The local tables whose rows may travel. Cases never do, not even de-identified: they reach the
 * province as counters only. Users, units, plans, drafts, audit and keys never leave either.
 */
export const SHARED_TABLES = [
  'people',
  'trainingEvents',
  'attendances',
  'schools',
  'schoolActivities',
  'outreach',
  'populations',
] as const satisfies readonly (keyof LocalChanges)[];

/** A data bundle's payload as the rule builds it (assignable to the bundle format's records). */
export type SharedRecords = {
  aggregates?: SharedAggregate[];
  aggregateChanges?: SharedAggregate[];
  people?: ReturnType<typeof deidentifyPerson>[];
  trainingEvents?: ReturnType<typeof shareEvent>[];
  attendances?: ReturnType<typeof shareAttendance>[];
  schools?: ReturnType<typeof shareSchool>[];
  schoolActivities?: ReturnType<typeof shareActivity>[];
  outreach?: ReturnType<typeof shareOutreach>[];
  populations?: ReturnType<typeof sharePopulation>[];
};

export type SharingOptions = { pseudonymize: Pseudonymize; counters: CounterSharing };

/**
 * The information-sharing rule, in one place for the app's export and `binhan demo`: no case-level
 * row at all; the office's counters (indicator counts exact, breakdowns only where they describe
 * enough consenting cases, see share-counters.ts), so the province's figures for an office equal the
 * office's own — as a full snapshot (`aggregates`, sent even when empty: it replaces) or as the rows
 * changed since the last bundle (`aggregateChanges`); programme records with trainees pseudonymised.
 * Other empty types are left out.
 */
export function selectForSharing(
  changes: LocalChanges,
  aggregates: readonly AggregateRow[],
  { pseudonymize, counters }: SharingOptions,
): SharedRecords {
  const full = (counters.scope ?? 'full') === 'full';
  const shared = shareCounters(aggregates, counters);
  const out: Required<Omit<SharedRecords, 'aggregates' | 'aggregateChanges'>> = {
    people: (changes.people ?? []).map((r) => deidentifyPerson(r, pseudonymize)),
    trainingEvents: (changes.trainingEvents ?? []).map(shareEvent),
    attendances: (changes.attendances ?? []).map((r) => shareAttendance(r, pseudonymize)),
    schools: (changes.schools ?? []).map(shareSchool),
    schoolActivities: (changes.schoolActivities ?? []).map(shareActivity),
    outreach: (changes.outreach ?? []).map(shareOutreach),
    populations: (changes.populations ?? []).map(sharePopulation),
  };
  // A snapshot leaves no tombstone (what it lacks is gone); a delta says which rows are gone.
  const kept: SharedRecords = full
    ? { aggregates: shared.filter((row) => Object.keys(row.counts).length > 0) }
    : shared.length > 0
      ? { aggregateChanges: shared }
      : {};
  for (const type of Object.keys(out) as (keyof typeof out)[]) {
    if (out[type].length > 0) Object.assign(kept, { [type]: out[type] });
  }
  return kept;
}
