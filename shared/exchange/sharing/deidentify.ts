import type { CaseRecord } from '../../model/case.ts';
import type { OutreachRecord } from '../../model/outreach.ts';
import type { TargetPopulationRecord } from '../../model/population.ts';
import type { SchoolActivityRecord, SchoolRecord } from '../../model/school.ts';
import type { AttendanceRecord, PersonRecord, TrainingEventRecord } from '../../model/training.ts';
import type { Pseudonymize } from './pseudonym.ts';
import type { SharedCase } from './shared-records.ts';

type Meta = { id: string; rev: number; deletedAt: string | null };

/** The fields of a local case the rule reads; the vault and everything else are never looked at. */
export type LocalCase = Meta &
  Pick<
    CaseRecord,
    | 'reportDate'
    | 'incidentDate'
    | 'incidentUnit'
    | 'gbvType'
    | 'dvCategories'
    | 'ageGroup'
    | 'soughtHelpFromProvider'
    | 'needs'
    | 'status'
  > & {
    survivor: Pick<CaseRecord['survivor'], 'sex'>;
    services: readonly Pick<CaseRecord['services'][number], 'need' | 'outcome'>[];
    consent: Pick<CaseRecord['consent'], 'deidentifiedReporting'>;
  };

/**
 * A case leaves only de-identified and only with consent to de-identified reporting. A deleted case,
 * or one whose consent is (now) missing, leaves as a removal, so a row sent earlier is dropped at the
 * province; from then on it counts in the office's suppressed aggregates only.
 */
export function deidentifyCase(record: LocalCase, pseudonymize: Pseudonymize): SharedCase {
  const id = pseudonymize('case', record.id);
  if (record.deletedAt !== null || record.consent.deidentifiedReporting !== true) {
    return { id, rev: record.rev, removed: true };
  }
  const met = new Set(record.services.filter((s) => s.outcome === 'provided').map((s) => s.need));
  return {
    id,
    rev: record.rev,
    removed: false,
    reportMonth: record.reportDate.slice(0, 7),
    incidentMonth: record.incidentDate.slice(0, 7),
    incidentUnit: record.incidentUnit,
    gbvType: record.gbvType,
    dvCategories: [...record.dvCategories],
    sex: record.survivor.sex,
    ageGroup: record.ageGroup,
    soughtHelp: record.soughtHelpFromProvider === true,
    needs: [...record.needs],
    needsMet: record.needs.filter((need) => met.has(need)),
    status: record.status,
  };
}

const meta = (r: Meta) => ({ id: r.id, rev: r.rev, removed: r.deletedAt !== null });

export type LocalPerson = Meta & Pick<PersonRecord, 'unitCode' | 'category' | 'sex'>;
export const deidentifyPerson = (r: LocalPerson, pseudonymize: Pseudonymize) => ({
  ...meta(r),
  id: pseudonymize('person', r.id),
  unitCode: r.unitCode,
  category: r.category,
  sex: r.sex,
});

export type LocalEvent = Meta & Pick<TrainingEventRecord, 'unitCode' | 'title' | 'startDate' | 'endDate'>;
export const shareEvent = (r: LocalEvent) => ({
  ...meta(r),
  unitCode: r.unitCode,
  title: r.title,
  startDate: r.startDate,
  endDate: r.endDate ?? null,
});

export type LocalAttendance = Meta & Pick<AttendanceRecord, 'eventId' | 'personId' | 'year'>;
export const shareAttendance = (r: LocalAttendance, pseudonymize: Pseudonymize) => ({
  ...meta(r),
  eventId: r.eventId,
  personId: pseudonymize('person', r.personId),
  year: r.year,
});

export type LocalSchool = Meta & Pick<SchoolRecord, 'name' | 'level' | 'unitCode'>;
export const shareSchool = (r: LocalSchool) => ({
  ...meta(r),
  name: r.name,
  level: r.level,
  unitCode: r.unitCode,
});

export type LocalActivity = Meta &
  Pick<SchoolActivityRecord, 'schoolId' | 'date' | 'kind' | 'schoolYear' | 'participants'>;
export const shareActivity = (r: LocalActivity) => ({
  ...meta(r),
  schoolId: r.schoolId,
  date: r.date,
  kind: r.kind,
  schoolYear: r.schoolYear,
  participants: r.participants ?? null,
});

export type LocalOutreach = Meta &
  Pick<
    OutreachRecord,
    'date' | 'unitCode' | 'channel' | 'reachFemale' | 'reachMale' | 'reachOther' | 'groups'
  >;
export const shareOutreach = (r: LocalOutreach) => ({
  ...meta(r),
  date: r.date,
  unitCode: r.unitCode,
  channel: r.channel,
  reachFemale: r.reachFemale,
  reachMale: r.reachMale,
  reachOther: r.reachOther,
  groups: [...r.groups],
});

export type LocalPopulation = Meta & Pick<TargetPopulationRecord, 'unitCode' | 'year' | 'category' | 'count'>;
export const sharePopulation = (r: LocalPopulation) => ({
  ...meta(r),
  unitCode: r.unitCode,
  year: r.year,
  category: r.category,
  count: r.count,
});
