import { uuidv7 } from 'uuidv7';
import {
  outreachContribution,
  personContribution,
  schoolContribution,
} from '../../../shared/aggregates/contributions';
import {
  type AttendanceRecord,
  attendanceFieldsSchema,
  type OutreachRecord,
  outreachFieldsSchema,
  type PersonInput,
  type PersonRecord,
  personFieldsSchema,
  type SchoolActivityInput,
  type SchoolActivityRecord,
  type SchoolRecord,
  schoolActivityFieldsSchema,
  schoolFieldsSchema,
  schoolYearOf,
  type TrainingEventInput,
  type TrainingEventRecord,
  trainingEventFieldsSchema,
} from '../../../shared/model';
import { foldVietnamese } from '../../../shared/text/fold';
import type { StoreCore } from '../core';
import { parseOrThrow, StoreError } from '../errors';
import { moveYear, type WriteContext, yearMap } from '../write-context';
import type { BulkOptions } from './cases';
import { PlainRecords, stripMeta } from './plain-records';

const WRITE = { read: 'programme.read', write: 'programme.write' } as const;
const live = (r: { deletedAt: string | null } | undefined): boolean =>
  r !== undefined && r.deletedAt === null;

/**
 * Training, people, schools, school activities and outreach. Each write keeps the distinct-people
 * and schools-with-activity counters right in the same transaction: attendances move a person's
 * per-year counts, and the person's contribution is recomputed from them (see shared/aggregates).
 */
export class ProgrammeRepository {
  readonly people: PlainRecords<typeof personFieldsSchema, PersonRecord>;
  readonly events: PlainRecords<typeof trainingEventFieldsSchema, TrainingEventRecord>;
  readonly attendances: PlainRecords<typeof attendanceFieldsSchema, AttendanceRecord>;
  readonly schools: PlainRecords<typeof schoolFieldsSchema, SchoolRecord>;
  readonly activities: PlainRecords<typeof schoolActivityFieldsSchema, SchoolActivityRecord>;
  readonly outreach: PlainRecords<typeof outreachFieldsSchema, OutreachRecord>;

  constructor(private readonly core: StoreCore) {
    const { db } = core;
    const chain = core.units.chain;
    this.people = new PlainRecords(core, 'people', db.people, personFieldsSchema, WRITE, {
      derive: (f) => ({ nameFolded: foldVietnamese(String(f.fullName)) }),
      tables: () => [db.personYears],
      after: async (ctx, before, after) => {
        const years = yearMap((await ctx.years(db.personYears, after.id)).years);
        ctx.change(personContribution(before, years, chain), personContribution(after, years, chain));
      },
    });
    this.attendances = new PlainRecords(core, 'attendances', db.attendances, attendanceFieldsSchema, WRITE, {
      tables: () => [db.people, db.personYears, db.trainingEvents],
      after: (ctx, before, after) => this.#attendanceMoved(ctx, before, after),
    });
    this.events = new PlainRecords(
      core,
      'trainingEvents',
      db.trainingEvents,
      trainingEventFieldsSchema,
      WRITE,
      {
        tables: () => [db.attendances, db.people, db.personYears],
        after: async (ctx, before, after) => {
          if (before === undefined) return;
          const year = Number(after.startDate.slice(0, 4));
          const attendances = await db.attendances.where('eventId').equals(after.id).filter(live).toArray();
          for (const attendance of attendances) {
            if (!live(after))
              await this.attendances.replace(ctx, attendance, stripMeta(attendance), 'delete');
            else if (attendance.year !== year)
              await this.attendances.replace(ctx, attendance, { ...stripMeta(attendance), year }, 'update');
          }
        },
      },
    );
    this.schools = new PlainRecords(core, 'schools', db.schools, schoolFieldsSchema, WRITE, {
      tables: () => [db.schoolYears],
      after: async (ctx, before, after) => {
        const years = yearMap((await ctx.years(db.schoolYears, after.id)).years);
        ctx.change(schoolContribution(before, years, chain), schoolContribution(after, years, chain));
      },
    });
    this.activities = new PlainRecords(
      core,
      'schoolActivities',
      db.schoolActivities,
      schoolActivityFieldsSchema,
      WRITE,
      {
        derive: (f) => ({ schoolYear: schoolYearOf(String(f.date)) }),
        tables: () => [db.schools, db.schoolYears],
        check: async (f) => {
          if (!live(await db.schools.get(String(f.schoolId))))
            throw new StoreError('notFound', { detail: 'school' });
        },
        after: async (ctx, before, after) => {
          const moves: [string, number | null, number | null][] = [];
          if (live(before) && before !== undefined) moves.push([before.schoolId, before.schoolYear, null]);
          if (live(after)) moves.push([after.schoolId, null, after.schoolYear]);
          for (const [schoolId, from, to] of moves) {
            const row = await ctx.years(db.schoolYears, schoolId);
            const school = await db.schools.get(schoolId);
            const next = moveYear(row.years, from, to);
            ctx.change(
              schoolContribution(school, yearMap(row.years), chain),
              schoolContribution(school, yearMap(next), chain),
            );
            row.years = next;
          }
        },
      },
    );
    this.outreach = new PlainRecords(core, 'outreach', db.outreach, outreachFieldsSchema, WRITE, {
      after: async (ctx, before, after) =>
        ctx.change(outreachContribution(before, chain), outreachContribution(after, chain)),
    });
  }

  /** Registers a person's attendance at a training; a second live attendance at the same event is refused. */
  async attend(eventId: string, personId: string): Promise<AttendanceRecord> {
    this.core.authorise('programme.write');
    const fields = parseOrThrow(attendanceFieldsSchema, { eventId, personId });
    const { db } = this.core;
    return this.core.write([db.attendances, db.trainingEvents, db.people, db.personYears], async (ctx) => {
      const event = await db.trainingEvents.get(fields.eventId);
      if (!live(event) || event === undefined) throw new StoreError('notFound', { detail: 'event' });
      if (!live(await db.people.get(fields.personId))) throw new StoreError('notFound', { detail: 'person' });
      const existing = await db.attendances
        .where('[eventId+personId]')
        .equals([fields.eventId, fields.personId])
        .filter(live)
        .count();
      if (existing > 0) throw new StoreError('conflict', { detail: 'alreadyAttending' });
      return this.attendances.insert(ctx, { ...fields, year: Number(event.startDate.slice(0, 4)) });
    });
  }

  async addActivity(input: SchoolActivityInput): Promise<SchoolActivityRecord> {
    return this.activities.create(input);
  }

  /** People matching a name typed with or without diacritics (for attendance-list import). */
  async findPeople(name: string): Promise<PersonRecord[]> {
    this.core.authorise('programme.read');
    return this.core.db.people
      .where('nameFolded')
      .startsWith(foldVietnamese(name))
      .filter(live)
      .limit(50)
      .toArray();
  }

  /** Bulk register (demo data, benchmarks): one transaction per batch, one audit entry per batch. */
  async createPeople(inputs: readonly PersonInput[], options: BulkOptions = {}): Promise<string[]> {
    this.core.authorise('programme.write');
    const { db } = this.core;
    const ids: string[] = [];
    await this.#batches(
      inputs,
      options,
      async (ctx, batch) => {
        const records: PersonRecord[] = [];
        for (const input of batch) {
          const fields = parseOrThrow(personFieldsSchema, input);
          records.push({
            ...fields,
            nameFolded: foldVietnamese(fields.fullName),
            ...ctx.meta(uuidv7()),
          });
        }
        await db.people.bulkAdd(records);
        for (const r of records) ids.push(r.id);
        await ctx.audit({
          action: 'bulkCreate',
          kind: 'people',
          recordId: records[0]?.id ?? null,
          detail: String(records.length),
        });
      },
      [db.people],
    );
    return ids;
  }

  /** Bulk training events (imports, demo data, benchmarks): one audit entry per batch. */
  async createEvents(
    inputs: readonly TrainingEventInput[],
    options: BulkOptions = {},
  ): Promise<TrainingEventRecord[]> {
    this.core.authorise('programme.write');
    const { db } = this.core;
    const created: TrainingEventRecord[] = [];
    await this.#batches(
      inputs,
      options,
      async (ctx, batch) => {
        const records = batch.map((input) => ({
          ...parseOrThrow(trainingEventFieldsSchema, input),
          ...ctx.meta(uuidv7()),
        }));
        await db.trainingEvents.bulkAdd(records);
        created.push(...records);
        await ctx.audit({
          action: 'bulkCreate',
          kind: 'trainingEvents',
          recordId: records[0]?.id ?? null,
          detail: String(records.length),
        });
      },
      [db.trainingEvents],
    );
    return created;
  }

  /** Bulk attendances: people and their year counts are read once per batch, counters written once. */
  async createAttendances(
    inputs: readonly { eventId: string; personId: string; year: number }[],
    options: BulkOptions = {},
  ): Promise<number> {
    this.core.authorise('programme.write');
    const { db } = this.core;
    const chain = this.core.units.chain;
    await this.#batches(
      inputs,
      options,
      async (ctx, batch) => {
        const personIds = [...new Set(batch.map((a) => a.personId))];
        const people = await db.people.bulkGet(personIds);
        await ctx.prefetchYears(db.personYears, personIds);
        const beforeYears = new Map<string, Record<string, number>>();
        const records: AttendanceRecord[] = [];
        for (const input of batch) {
          const fields = parseOrThrow(attendanceFieldsSchema, input);
          const row = ctx.prefetched(db.personYears, fields.personId);
          if (!beforeYears.has(fields.personId)) beforeYears.set(fields.personId, row.years);
          row.years = moveYear(row.years, null, input.year);
          records.push({ ...fields, year: input.year, ...ctx.meta(uuidv7()) });
        }
        await db.attendances.bulkAdd(records);
        personIds.forEach((id, i) => {
          const person = people[i];
          if (person === undefined) throw new StoreError('notFound', { detail: 'person' });
          ctx.change(
            personContribution(person, yearMap(beforeYears.get(id) ?? {}), chain),
            personContribution(person, yearMap(this.#peek(ctx, id)), chain),
          );
        });
        await ctx.audit({
          action: 'bulkCreate',
          kind: 'attendances',
          recordId: records[0]?.id ?? null,
          detail: String(records.length),
        });
      },
      [db.attendances, db.people, db.personYears],
    );
    return inputs.length;
  }

  #peekCache = new WeakMap<WriteContext, Map<string, Record<string, number>>>();
  #peek(ctx: WriteContext, personId: string): Record<string, number> {
    return this.#peekCache.get(ctx)?.get(personId) ?? ctx.peekYears(this.core.db.personYears, personId);
  }

  async #attendanceMoved(
    ctx: WriteContext,
    before: AttendanceRecord | undefined,
    after: AttendanceRecord,
  ): Promise<void> {
    const { db } = this.core;
    const moves: [string, number | null, number | null][] = [];
    if (before !== undefined && live(before)) moves.push([before.personId, before.year, null]);
    if (live(after)) moves.push([after.personId, null, after.year]);
    for (const [personId, from, to] of moves) {
      const row = await ctx.years(db.personYears, personId);
      const person = await db.people.get(personId);
      const next = moveYear(row.years, from, to);
      ctx.change(
        personContribution(person, yearMap(row.years), this.core.units.chain),
        personContribution(person, yearMap(next), this.core.units.chain),
      );
      row.years = next;
    }
  }

  async #batches<T>(
    inputs: readonly T[],
    options: BulkOptions,
    write: (ctx: WriteContext, batch: readonly T[]) => Promise<void>,
    tables: Parameters<StoreCore['write']>[0],
  ): Promise<void> {
    const size = options.batchSize ?? 2000;
    for (let start = 0; start < inputs.length; start += size) {
      const batch = inputs.slice(start, start + size);
      await this.core.write(tables, (ctx) => write(ctx, batch), { demo: options.demo ?? false });
      options.onProgress?.(Math.min(start + size, inputs.length), inputs.length);
    }
  }
}
