import type { AggregateRow } from '../../aggregates/buckets.ts';
import {
  deidentifyCase,
  deidentifyPerson,
  type LocalActivity,
  type LocalAttendance,
  type LocalCase,
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
} from './deidentify.ts';
import type { Pseudonymize } from './pseudonym.ts';
import { shareCounters } from './share-counters.ts';
import type { SharedAggregate, SharedCase } from './shared-records.ts';

/** Local records changed since the last bundle, by table (tombstones included). */
export type LocalChanges = {
  cases?: readonly LocalCase[];
  people?: readonly LocalPerson[];
  trainingEvents?: readonly LocalEvent[];
  attendances?: readonly LocalAttendance[];
  schools?: readonly LocalSchool[];
  schoolActivities?: readonly LocalActivity[];
  outreach?: readonly LocalOutreach[];
  populations?: readonly LocalPopulation[];
};

/** The local tables whose changes may travel; users, units, plans, drafts, audit and keys never do. */
export const SHARED_TABLES = [
  'cases',
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
  cases?: SharedCase[];
  aggregates?: SharedAggregate[];
  people?: ReturnType<typeof deidentifyPerson>[];
  trainingEvents?: ReturnType<typeof shareEvent>[];
  attendances?: ReturnType<typeof shareAttendance>[];
  schools?: ReturnType<typeof shareSchool>[];
  schoolActivities?: ReturnType<typeof shareActivity>[];
  outreach?: ReturnType<typeof shareOutreach>[];
  populations?: ReturnType<typeof sharePopulation>[];
};

export type SharingOptions = { pseudonymize: Pseudonymize };

/**
 * The information-sharing rule, in one place for the app's export and `binhan demo`: de-identified
 * rows of consenting cases, removals for the rest, programme records with trainees pseudonymised,
 * and the office's counters (a full snapshot: indicator counts exact, breakdowns of consenting cases,
 * see share-counters.ts), so the province's figures for an office equal the office's own. Empty types
 * are left out.
 */
export function selectForSharing(
  changes: LocalChanges,
  aggregates: readonly AggregateRow[],
  { pseudonymize }: SharingOptions,
): SharedRecords {
  const out: Required<SharedRecords> = {
    cases: (changes.cases ?? []).map((r) => deidentifyCase(r, pseudonymize)),
    aggregates: aggregates.map(shareCounters),
    people: (changes.people ?? []).map((r) => deidentifyPerson(r, pseudonymize)),
    trainingEvents: (changes.trainingEvents ?? []).map(shareEvent),
    attendances: (changes.attendances ?? []).map((r) => shareAttendance(r, pseudonymize)),
    schools: (changes.schools ?? []).map(shareSchool),
    schoolActivities: (changes.schoolActivities ?? []).map(shareActivity),
    outreach: (changes.outreach ?? []).map(shareOutreach),
    populations: (changes.populations ?? []).map(sharePopulation),
  };
  const kept: SharedRecords = {};
  for (const type of Object.keys(out) as (keyof SharedRecords)[]) {
    if (out[type].length > 0) Object.assign(kept, { [type]: out[type] });
  }
  return kept;
}
