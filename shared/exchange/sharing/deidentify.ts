import type { OutreachRecord } from '../../model/outreach';
import type { TargetPopulationRecord } from '../../model/population';
import type { SchoolActivityRecord, SchoolRecord } from '../../model/school';
import type { AttendanceRecord, PersonRecord, TrainingEventRecord } from '../../model/training';
import type { Pseudonymize } from './pseudonym';

type Meta = { id: string; rev: number; deletedAt: string | null };

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
