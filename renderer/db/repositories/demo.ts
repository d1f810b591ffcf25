import { uuidv7 } from 'uuidv7';
import {
  DEMO_DEFAULTS,
  type DemoParams,
  demoActivities,
  demoAttendance,
  demoCase,
  demoCommunes,
  demoOutreach,
  demoPerson,
  demoPopulations,
  demoSchool,
  demoServices,
  demoTrainingEvent,
  eventCount,
} from '../../../shared/demo/generate';
import {
  outreachFieldsSchema,
  schoolActivityFieldsSchema,
  schoolFieldsSchema,
  targetPopulationFieldsSchema,
  unitFieldsSchema,
} from '../../../shared/model';
import type { StoreCore } from '../core';
import { parseOrThrow, StoreError } from '../errors';
import { type SealingKeys, sealingKeys, sealingKeysFrom, wipe } from '../identity-keys';
import type { Session } from '../session';
import type { AuthRepository, IdentityUnlock } from './auth';
import type { CasesRepository } from './cases';
import type { ProgrammeRepository } from './programme';

export type DemoProgress = {
  step: 'units' | 'cases' | 'people' | 'training' | 'schools' | 'outreach';
  done: number;
  total: number;
};

/**
 * Admin → Load demo data: fills an EMPTY office with generated, clearly marked (`demo: true`)
 * records through the same repository code paths as real data, in batched transactions.
 */
export class DemoRepository {
  constructor(
    private readonly core: StoreCore,
    private readonly cases: CasesRepository,
    private readonly programme: ProgrammeRepository,
    private readonly auth: AuthRepository,
  ) {}

  /** True when the office has no cases and no people yet (the only time demo data may be loaded). */
  async canLoad(): Promise<boolean> {
    const { db } = this.core;
    return (await db.cases.count()) === 0 && (await db.people.count()) === 0;
  }

  /**
   * The demo's survivors have (invented) identities, sealed like real ones: an administrator who
   * does not hold the identity key unlocks it for the load with `unlock` (a case worker's passphrase
   * or the recovery key). Checked before anything is written.
   */
  async load(
    partial: Partial<DemoParams> = {},
    onProgress: (p: DemoProgress) => void = () => undefined,
    unlock?: IdentityUnlock,
  ): Promise<void> {
    const session = this.core.authorise('store.maintain');
    if (!(await this.canLoad())) throw new StoreError('conflict', { detail: 'notEmpty' });
    const keys = await this.#sealingKeys(session, unlock);
    const params: DemoParams = { ...DEMO_DEFAULTS, ...partial };
    const { db } = this.core;
    const demo = { demo: true };

    const communes = demoCommunes(params).map((u) => parseOrThrow(unitFieldsSchema, u));
    await this.core.write(
      ['units', 'populations'],
      async (ctx) => {
        const held = await db.units.bulkGet(communes.map((unit) => unit.code));
        const added = communes.filter((_, i) => held[i] === undefined);
        await ctx.putMany(
          'units',
          added.map((unit) => ({ before: undefined, next: { ...unit, id: unit.code } })),
          { action: 'demoLoad' },
        );
        await ctx.putMany(
          'populations',
          demoPopulations(params).map((p) => ({
            before: undefined,
            next: { ...parseOrThrow(targetPopulationFieldsSchema, p), id: uuidv7() },
          })),
          { action: 'demoLoad' },
        );
      },
      demo,
    );
    onProgress({ step: 'units', done: communes.length, total: communes.length });

    const CHUNK = 5000;
    for (let start = 0; start < params.cases; start += CHUNK) {
      const inputs = [];
      for (let i = start; i < Math.min(params.cases, start + CHUNK); i += 1) {
        const input = demoCase(params, i);
        inputs.push({ ...input, services: demoServices(params, i, input) });
      }
      await this.cases.bulkInsert(keys, inputs, {
        ...demo,
        onProgress: (done) => onProgress({ step: 'cases', done: start + done, total: params.cases }),
      });
    }

    const people: string[] = [];
    for (let start = 0; start < params.people; start += CHUNK) {
      const inputs = [];
      for (let i = start; i < Math.min(params.people, start + CHUNK); i += 1)
        inputs.push(demoPerson(params, i));
      people.push(
        ...(await this.programme.createPeople(inputs, {
          ...demo,
          onProgress: (done) => onProgress({ step: 'people', done: start + done, total: params.people }),
        })),
      );
    }

    const eventInputs = Array.from({ length: eventCount(params) }, (_, i) => demoTrainingEvent(params, i));
    const events = (await this.programme.createEvents(eventInputs, demo)).map((record) => ({
      id: record.id,
      year: Number(record.startDate.slice(0, 4)),
    }));
    const attendances: { eventId: string; personId: string; year: number }[] = [];
    const seen = new Set<string>();
    for (let i = 0; i < params.attendances && people.length > 0; i += 1) {
      const a = demoAttendance(params, i);
      const event = events[a.event];
      const personId = people[a.person];
      if (event === undefined || personId === undefined || seen.has(`${event.id}|${personId}`)) continue;
      seen.add(`${event.id}|${personId}`);
      attendances.push({ eventId: event.id, personId, year: event.year });
    }
    await this.programme.createAttendances(attendances, {
      ...demo,
      batchSize: 5000,
      onProgress: (done, total) => onProgress({ step: 'training', done, total }),
    });

    await this.core.write(
      ['schools', 'schoolActivities'],
      async (ctx) => {
        for (let i = 0; i < params.schools; i += 1) {
          const school = await this.programme.schools.insert(
            ctx,
            parseOrThrow(schoolFieldsSchema, demoSchool(params, i)),
          );
          for (const activity of demoActivities(params, i)) {
            const fields = parseOrThrow(schoolActivityFieldsSchema, { ...activity, schoolId: school.id });
            await this.programme.activities.insert(ctx, fields);
          }
        }
      },
      demo,
    );
    onProgress({ step: 'schools', done: params.schools, total: params.schools });

    await this.core.write(
      ['outreach'],
      async (ctx) => {
        for (let i = 0; i < params.outreach; i += 1) {
          await this.programme.outreach.insert(
            ctx,
            parseOrThrow(outreachFieldsSchema, demoOutreach(params, i)),
          );
        }
      },
      demo,
    );
    onProgress({ step: 'outreach', done: params.outreach, total: params.outreach });
  }

  async #sealingKeys(session: Session, unlock: IdentityUnlock | undefined): Promise<SealingKeys> {
    if (session.can('case.identify')) return sealingKeys(this.core.db, session);
    if (unlock === undefined)
      throw new StoreError('invalid', {
        issues: [{ path: 'unlock', message: 'store.validation.identityUnlockNeeded' }],
      });
    const gens = await this.auth.identityGenerations(unlock);
    try {
      return await sealingKeysFrom(this.core.db, gens);
    } finally {
      wipe(gens);
    }
  }
}
