import type { AggregateRow, BucketKind, Counts } from '../../../../shared/aggregates/buckets';
import { bucketKey } from '../../../../shared/aggregates/buckets';
import { QUANG_NAM_PLAN_2021_2025 } from '../../../../shared/data/quang-nam-plan';
import { QUANG_NAM_UNITS } from '../../../../shared/data/quang-nam-units';
import type { UnitLink } from '../../../../shared/indicators/units';
import { planFieldsSchema } from '../../../../shared/model/plan';

export const plan = planFieldsSchema.parse(QUANG_NAM_PLAN_2021_2025);

export const units: UnitLink[] = QUANG_NAM_UNITS.map((u) => ({
  code: u.code,
  parentCode: u.parentCode,
  successorCodes: u.successorCodes ?? [],
}));

export const row = (kind: BucketKind, unit: string, period: string, counts: Counts): AggregateRow => ({
  key: bucketKey(kind, unit, period),
  kind,
  unit,
  period,
  counts,
});

/**
 * Tam Kỳ (502), hand-counted. Cases reported in 2024: 12 in total, of which 2 not GBV.
 *   March: 6 cases — 5 GBV (4 sought help; 3 needed help, 2 of them had every need met), 1 not GBV.
 *   August: 6 cases — 5 GBV (1 sought help; 4 needed help, 4 met), 1 not GBV.
 * → 2024: I4 = 5/10 = 50 %, I5 = 6/7 ≈ 85.7 %; first half: I4 = 4/5 = 80 %, I5 = 2/3 ≈ 66.7 %.
 * Training (people counted once, in the year first trained): officials 30 in 2021, 20 in 2023, 10 in
 * 2024; gender-equality staff 8 (2022), collaborators 4 (2024), volunteers 3 (2024); 2 teachers.
 * → by 2024: officials 60 of 100 = 60 %; I2 = 15 of 20 (10 staff + 6 collaborators + 4 volunteers) = 75 %.
 * Schools: 10 in the register; 2023–2024 school year: 7 active → I3 for 2024 = 70 %.
 */
export const TAM_KY = '502';
export const tamKyRows: AggregateRow[] = [
  row('case', TAM_KY, '2024-03', {
    total: 6,
    gbv: 5,
    soughtHelp: 4,
    needHelp: 3,
    needsMet: 2,
    'sex:female': 5,
    'sex:male': 1,
    'age:18-25': 2,
    'age:26-40': 4,
    'type:physical_assault': 3,
    'type:psychological_abuse': 2,
    'type:not_gbv': 1,
  }),
  row('case', TAM_KY, '2024-08', {
    total: 6,
    gbv: 5,
    soughtHelp: 1,
    needHelp: 4,
    needsMet: 4,
    'sex:female': 6,
    'age:12-17': 1,
    'age:26-40': 5,
    'type:rape': 1,
    'type:physical_assault': 4,
    'type:not_gbv': 1,
  }),
  // A 2023 case must not leak into 2024.
  row('case', TAM_KY, '2023-12', { total: 1, gbv: 1, soughtHelp: 1, needHelp: 1, needsMet: 1 }),
  row('trainedFirst', TAM_KY, '2021', { people: 30, 'cat:official': 30 }),
  row('trainedFirst', TAM_KY, '2022', { people: 8, 'cat:gender_equality_staff': 8 }),
  row('trainedFirst', TAM_KY, '2023', { people: 22, 'cat:official': 20, 'cat:teacher': 2 }),
  row('trainedFirst', TAM_KY, '2024', {
    people: 17,
    'cat:official': 10,
    'cat:collaborator': 4,
    'cat:volunteer': 3,
  }),
  // Trained after the report year: not in 2024's figures.
  row('trainedFirst', TAM_KY, '2025', { people: 5, 'cat:official': 5 }),
  row('schools', TAM_KY, '-', { schools: 10 }),
  row('schoolActive', TAM_KY, '2023', { schools: 7, activities: 12 }),
  row('schoolActive', TAM_KY, '2024', { schools: 9, activities: 15 }),
  row('outreach', TAM_KY, '2024-05', { events: 3, reachFemale: 120, reachMale: 80 }),
];

export const tamKyPopulations = [
  { unitCode: TAM_KY, year: 2024, category: 'official', count: 100 },
  { unitCode: TAM_KY, year: 2024, category: 'gender_equality_staff', count: 10 },
  { unitCode: TAM_KY, year: 2024, category: 'collaborator', count: 6 },
  { unitCode: TAM_KY, year: 2024, category: 'volunteer', count: 4 },
];
