import type { CaseRecord } from '../model/case';
import { unmetNeeds } from '../model/case';
import type { OutreachRecord } from '../model/outreach';
import type { SchoolRecord } from '../model/school';
import type { PersonRecord } from '../model/training';
import { addTo, BUCKET_KINDS, type Contribution, type Counts, type UnitChain } from './buckets';
import { withConsentCopies } from './case-counters';

const EMPTY: Contribution = new Map();
export const emptyContribution = (): Contribution => new Map(EMPTY);

/** Days to a first service are counted exactly up to a year; later ones share the last bucket. */
export const FIRST_SERVICE_MAX_DAYS = 366;
/** `svcDays:<n>`: the case's first provided service came n days after its report (0 = that day or before). */
export const SERVICE_DAYS = 'svcDays';
/** A case with no provided service yet. */
export const NO_SERVICE = 'svcNone';
/** `fuNext:<yyyy-MM-dd>`: an open case's earliest next contact of a follow-up not yet done. */
export const NEXT_CONTACT = 'fuNext';

const DAY_MS = 86_400_000;
const dayNumber = (iso: string): number =>
  Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY_MS;

/**
 * Timeliness, as counters (the dashboard never scans cases): a histogram of days from report to the
 * first service whose outcome is `provided` — one bucket per day, so the median is exact — and, for
 * open cases, the date their next follow-up contact is due, so "overdue" is a sum of the buckets
 * before today, whatever today is. Both follow from the record alone, so a rebuild gives the same.
 */
export function timelinessCounts(
  record: Pick<CaseRecord, 'reportDate' | 'services' | 'followUps' | 'status'>,
): Counts {
  const counts: Counts = {};
  let first: string | null = null;
  for (const service of record.services)
    if (service.outcome === 'provided' && (first === null || service.date < first)) first = service.date;
  if (first === null) counts[NO_SERVICE] = 1;
  else {
    const days = Math.max(
      0,
      Math.min(FIRST_SERVICE_MAX_DAYS, dayNumber(first) - dayNumber(record.reportDate)),
    );
    counts[`${SERVICE_DAYS}:${days}`] = 1;
  }
  if (record.status === 'open') {
    let next: string | null = null;
    for (const f of record.followUps)
      if (!f.done && f.nextContactDate !== undefined && (next === null || f.nextContactDate < next))
        next = f.nextContactDate;
    if (next !== null) counts[`${NEXT_CONTACT}:${next}`] = 1;
  }
  return counts;
}

/**
 * What a case adds to its month's counters at its incident unit and every ancestor. `not_gbv` cases
 * are counted (`total`, `type:not_gbv`) but stay out of the I4/I5 numerators and denominators
 * (`gbv`, `soughtHelp`, `needHelp`, `needsMet`).
 */
export function caseContribution(record: CaseRecord | undefined, chain: UnitChain): Contribution {
  const out: Contribution = new Map();
  if (record === undefined || record.deletedAt !== null) return out;
  const counts: Counts = {
    total: 1,
    [`type:${record.gbvType}`]: 1,
    [`sex:${record.survivor.sex}`]: 1,
    [`age:${record.ageGroup}`]: 1,
    [`ctx:${record.context}`]: 1,
    [`ref:${record.referralSource}`]: 1,
    [`status:${record.status}`]: 1,
  };
  if (record.survivor.disability === 'yes') counts.disability = 1;
  for (const dv of record.dvCategories) counts[`dv:${dv}`] = 1;
  if (record.gbvType !== 'not_gbv') {
    counts.gbv = 1;
    if (record.soughtHelpFromProvider) counts.soughtHelp = 1;
    if (record.needs.length > 0) {
      counts.needHelp = 1;
      const unmet = new Set(unmetNeeds(record));
      if (unmet.size === 0) counts.needsMet = 1;
      for (const need of record.needs) {
        counts[`need:${need}`] = 1;
        if (!unmet.has(need)) counts[`needMet:${need}`] = 1;
      }
    }
  }
  Object.assign(counts, timelinessCounts(record));
  const shared = withConsentCopies(counts, record.consent.deidentifiedReporting === true);
  addTo(out, BUCKET_KINDS.cases, chain(record.incidentUnit), record.month, shared);
  return out;
}

/**
 * What a person adds, given the set of years in which they have at least one live attendance.
 * A person trained twice in a year counts once that year; `trainedFirst` counts them once ever.
 */
export function personContribution(
  person: PersonRecord | undefined,
  attendanceYears: ReadonlyMap<number, number>,
  chain: UnitChain,
): Contribution {
  const out: Contribution = new Map();
  if (person === undefined || person.deletedAt !== null) return out;
  const units = chain(person.unitCode);
  const counts: Counts = { people: 1, [`cat:${person.category}`]: 1, [`sex:${person.sex}`]: 1 };
  const years = [...attendanceYears]
    .filter(([, n]) => n > 0)
    .map(([year]) => year)
    .sort((a, b) => a - b);
  for (const year of years) {
    addTo(out, BUCKET_KINDS.trainedInYear, units, String(year), counts);
    addTo(out, BUCKET_KINDS.attendances, units, String(year), {
      attendances: attendanceYears.get(year) ?? 0,
      [`cat:${person.category}`]: attendanceYears.get(year) ?? 0,
    });
  }
  const first = years[0];
  if (first !== undefined) addTo(out, BUCKET_KINDS.firstTrained, units, String(first), counts);
  return out;
}

/** What a school adds: one to the register, and one per school year with at least one live activity. */
export function schoolContribution(
  school: SchoolRecord | undefined,
  activityYears: ReadonlyMap<number, number>,
  chain: UnitChain,
): Contribution {
  const out: Contribution = new Map();
  if (school === undefined || school.deletedAt !== null) return out;
  const units = chain(school.unitCode);
  const counts: Counts = { schools: 1, [`level:${school.level}`]: 1 };
  addTo(out, BUCKET_KINDS.schoolRegister, units, '-', counts);
  for (const [year, n] of activityYears) {
    if (n > 0) addTo(out, BUCKET_KINDS.schoolsActive, units, String(year), { ...counts, activities: n });
  }
  return out;
}

export function outreachContribution(record: OutreachRecord | undefined, chain: UnitChain): Contribution {
  const out: Contribution = new Map();
  if (record === undefined || record.deletedAt !== null) return out;
  const counts: Counts = {
    events: 1,
    reachFemale: record.reachFemale,
    reachMale: record.reachMale,
    reachOther: record.reachOther,
    [`channel:${record.channel}`]: 1,
  };
  addTo(out, BUCKET_KINDS.outreach, chain(record.unitCode), record.date.slice(0, 7), counts);
  return out;
}
