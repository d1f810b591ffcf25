import { uuidv7 } from 'uuidv7';
import {
  type AttendanceRecord,
  attendanceFieldsSchema,
  outreachFieldsSchema,
  type PersonInput,
  type PersonRecord,
  personFieldsSchema,
  type SchoolActivityInput,
  type SchoolActivityRecord,
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
import type { WriteContext } from '../write-context';
import type { BulkOptions } from './cases';
import { PlainRecords } from './plain-records';

const WRITE = { read: 'programme.read', write: 'programme.write' } as const;
const live = (r: { deletedAt: string | null } | undefined): boolean =>
  r !== undefined && r.deletedAt === null;

/**
 * Training, people, schools, school activities and outreach. The distinct-people and
 * schools-with-activity counters follow from each write (renderer/db/contributors.ts); this
 * repository holds the rules: one live attendance per person and event, a training's attendances
 * follow its year and its deletion, an activity needs a live school and follows its deletion.
 */
export class ProgrammeRepository {
  readonly people: PlainRecords<'people', typeof personFieldsSchema>;
  readonly events: PlainRecords<'trainingEvents', typeof trainingEventFieldsSchema>;
  readonly attendances: PlainRecords<'attendances', typeof attendanceFieldsSchema>;
  readonly schools: PlainRecords<'schools', typeof schoolFieldsSchema>;
  readonly activities: PlainRecords<'schoolActivities', typeof schoolActivityFieldsSchema>;
  readonly outreach: PlainRecords<'outreach', typeof outreachFieldsSchema>;

  constructor(private readonly core: StoreCore) {
    const { db } = core;
    this.people = new PlainRecords(core, 'people', personFieldsSchema, WRITE, {
      derive: (f) => ({ nameFolded: foldVietnamese(String(f.fullName)) }),
    });
    this.attendances = new PlainRecords(core, 'attendances', attendanceFieldsSchema, WRITE, {
      tables: ['trainingEvents'],
    });
    this.events = new PlainRecords(core, 'trainingEvents', trainingEventFieldsSchema, WRITE, {
      tables: ['attendances'],
      // A training's attendances follow its deletion and its year, in the same transaction.
      after: async (ctx, before, after) => {
        if (before === undefined) return;
        const year = Number(after.startDate.slice(0, 4));
        const attendances = await db.attendances.where('eventId').equals(after.id).filter(live).toArray();
        const changes = attendances.flatMap((attendance) => {
          if (!live(after)) return [{ before: attendance, next: { ...attendance, deletedAt: ctx.now } }];
          if (attendance.year !== year) return [{ before: attendance, next: { ...attendance, year } }];
          return [];
        });
        await ctx.putMany('attendances', changes, { action: live(after) ? 'update' : 'delete' });
      },
    });
    this.schools = new PlainRecords(core, 'schools', schoolFieldsSchema, WRITE, {
      tables: ['schoolActivities'],
      // A deleted school takes its activities with it, in the same transaction (I3 counts follow).
      after: async (ctx, before, after) => {
        if (before === undefined || live(after)) return;
        const activities = await db.schoolActivities
          .where('schoolId')
          .equals(after.id)
          .filter(live)
          .toArray();
        await ctx.putMany(
          'schoolActivities',
          activities.map((activity) => ({ before: activity, next: { ...activity, deletedAt: ctx.now } })),
          { action: 'delete' },
        );
      },
    });
    this.activities = new PlainRecords(core, 'schoolActivities', schoolActivityFieldsSchema, WRITE, {
      derive: (f) => ({ schoolYear: schoolYearOf(String(f.date)) }),
      check: async (f) => {
        if (!live(await db.schools.get(String(f.schoolId))))
          throw new StoreError('notFound', { detail: 'school' });
      },
    });
    this.outreach = new PlainRecords(core, 'outreach', outreachFieldsSchema, WRITE);
  }

  /** Registers a person's attendance at a training; a second live attendance at the same event is refused. */
  async attend(eventId: string, personId: string): Promise<AttendanceRecord> {
    this.core.authorise('programme.write');
    const fields = parseOrThrow(attendanceFieldsSchema, { eventId, personId });
    const { db } = this.core;
    return this.core.write(['attendances', 'trainingEvents'], async (ctx) => {
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
    const ids: string[] = [];
    await this.#batches('people', inputs, options, async (ctx, batch) => {
      const written = await ctx.putMany(
        'people',
        batch.map((input) => {
          const fields = parseOrThrow(personFieldsSchema, input);
          return {
            before: undefined,
            next: { ...fields, nameFolded: foldVietnamese(fields.fullName), id: uuidv7() },
          };
        }),
      );
      for (const r of written) ids.push(r.id);
    });
    return ids;
  }

  /** Bulk training events (imports, demo data, benchmarks): one audit entry per batch. */
  async createEvents(
    inputs: readonly TrainingEventInput[],
    options: BulkOptions = {},
  ): Promise<TrainingEventRecord[]> {
    this.core.authorise('programme.write');
    const created: TrainingEventRecord[] = [];
    await this.#batches('trainingEvents', inputs, options, async (ctx, batch) => {
      created.push(
        ...(await ctx.putMany(
          'trainingEvents',
          batch.map((input) => ({
            before: undefined,
            next: { ...parseOrThrow(trainingEventFieldsSchema, input), id: uuidv7() },
          })),
        )),
      );
    });
    return created;
  }

  /** Bulk attendances: people and their year counts are read once per batch, counters written once. */
  async createAttendances(
    inputs: readonly { eventId: string; personId: string; year: number }[],
    options: BulkOptions = {},
  ): Promise<number> {
    this.core.authorise('programme.write');
    await this.#batches('attendances', inputs, options, async (ctx, batch) => {
      // Read once into the write's cache: the attendances contributor reads the same people from it.
      const personIds = [...new Set(batch.map((a) => a.personId))];
      await ctx.loadRecords('people', personIds);
      if (personIds.some((id) => !live(ctx.record('people', id))))
        throw new StoreError('notFound', { detail: 'person' });
      await ctx.putMany(
        'attendances',
        batch.map((input) => ({
          before: undefined,
          next: { ...parseOrThrow(attendanceFieldsSchema, input), year: input.year, id: uuidv7() },
        })),
      );
    });
    return inputs.length;
  }

  async #batches<T>(
    table: 'people' | 'trainingEvents' | 'attendances',
    inputs: readonly T[],
    options: BulkOptions,
    write: (ctx: WriteContext, batch: readonly T[]) => Promise<void>,
  ): Promise<void> {
    const size = options.batchSize ?? 2000;
    for (let start = 0; start < inputs.length; start += size) {
      const batch = inputs.slice(start, start + size);
      await this.core.write([table], (ctx) => write(ctx, batch), { demo: options.demo ?? false });
      options.onProgress?.(Math.min(start + size, inputs.length), inputs.length);
    }
  }
}
