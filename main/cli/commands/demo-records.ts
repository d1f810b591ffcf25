import { uuidv7 } from 'uuidv7';
import type { AggregateRow } from '../../../shared/aggregates/buckets';
import { rebuildAggregates } from '../../../shared/aggregates/rebuild';
import { QUANG_NAM_UNITS } from '../../../shared/data/quang-nam-units';
import {
  DEMO_DEFAULTS,
  type DemoParams,
  demoAttendance,
  demoCase,
  demoCommunes,
  demoPerson,
  demoServices,
  demoTrainingEvent,
  eventCount,
} from '../../../shared/demo/generate';
import type { LocalChanges } from '../../../shared/exchange/sharing/index';
import { ageGroupOf, dvCategoriesOf } from '../../../shared/model/case-enums';
import {
  type AttendanceRecord,
  type CaseRecord,
  caseInputSchema,
  type PersonRecord,
  personFieldsSchema,
  type SurvivorIdentity,
  type TrainingEventRecord,
  trainingEventFieldsSchema,
} from '../../../shared/model/index';
import { foldVietnamese } from '../../../shared/text/fold';

/** A case as the office holds it, with the identity the vault would seal shown in the clear (demo only). */
export type DemoCase = Omit<CaseRecord, 'vault' | 'dupNamePhone' | 'dupNameYearCommune'> & {
  identity: SurvivorIdentity;
};

export type DemoOffice = {
  cases: DemoCase[];
  people: PersonRecord[];
  trainingEvents: TrainingEventRecord[];
  attendances: AttendanceRecord[];
};

/** The office's local records from shared/demo, as the store would hold them (meta, derived fields). */
export function demoOffice(office: string, count: number, now: Date): DemoOffice {
  const params: DemoParams = {
    ...DEMO_DEFAULTS,
    cases: count,
    people: Math.max(10, Math.ceil(count / 2)),
    attendances: Math.max(20, count),
  };
  let seq = 0;
  const meta = () => ({
    id: uuidv7(),
    rev: 1,
    updatedAt: now.toISOString(),
    changeSeq: ++seq,
    deletedAt: null,
    origin: office,
    demo: true,
  });
  const cases = Array.from({ length: params.cases }, (_, i): DemoCase => {
    const generated = demoCase(params, i);
    const input = caseInputSchema.parse(generated);
    const { identity, ...fields } = input;
    return {
      ...fields,
      ...meta(),
      caseCode: `${office}-${String(i + 1).padStart(5, '0')}`,
      month: fields.reportDate.slice(0, 7),
      ageGroup: ageGroupOf(fields.survivor.age),
      dvCategories: dvCategoriesOf(fields.gbvType, fields.context),
      services: demoServices(params, i, generated).map((s) => ({ ...s, id: uuidv7() })),
      followUps: [],
      identity,
    };
  });
  const people = Array.from({ length: params.people }, (_, i): PersonRecord => {
    const fields = personFieldsSchema.parse(demoPerson(params, i));
    return { ...fields, ...meta(), nameFolded: foldVietnamese(fields.fullName) };
  });
  const trainingEvents = Array.from(
    { length: eventCount(params) },
    (_, i): TrainingEventRecord => ({
      ...trainingEventFieldsSchema.parse(demoTrainingEvent(params, i)),
      ...meta(),
    }),
  );
  const seen = new Set<string>();
  const attendances: AttendanceRecord[] = [];
  for (let i = 0; i < params.attendances; i++) {
    const a = demoAttendance(params, i);
    const event = trainingEvents[a.event];
    const person = people[a.person];
    if (event === undefined || person === undefined || seen.has(`${event.id}|${person.id}`)) continue;
    seen.add(`${event.id}|${person.id}`);
    attendances.push({
      ...meta(),
      eventId: event.id,
      personId: person.id,
      year: Number(event.startDate.slice(0, 4)),
    });
  }
  return { cases, people, trainingEvents, attendances };
}

const parents = new Map<string, string | null>(
  [...QUANG_NAM_UNITS, ...demoCommunes(DEMO_DEFAULTS)].map((u) => [u.code, u.parentCode ?? null]),
);

/** A demo unit followed by its ancestors, as the store's unit tree gives them. */
export function demoChain(code: string): string[] {
  const out: string[] = [];
  for (let at: string | null | undefined = code; at != null && out.length < 8; at = parents.get(at))
    out.push(at);
  return out;
}

/** The office's counters, as its store maintains them (the counters never read the vault). */
export function demoAggregates(records: DemoOffice): AggregateRow[] {
  const chain = demoChain;
  const noVault = { v: 1 as const, iv: new Uint8Array(12), ct: new Uint8Array(0) };
  const rows = rebuildAggregates(
    {
      cases: records.cases.map(({ identity: _identity, ...c }) => ({ ...c, vault: noVault })),
      people: records.people,
      attendances: records.attendances,
      schools: [],
      activities: [],
      outreach: [],
    },
    chain,
  );
  return [...rows.values()].sort((a, b) => a.key.localeCompare(b.key));
}

/** What the app's export reads: the same records (cases only as counters), as changes since nothing was sent. */
export const asChanges = ({ cases: _cases, ...rest }: DemoOffice): LocalChanges => rest;
