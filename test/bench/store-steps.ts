import { type BinhAnStore, openStore } from '../../renderer/db';
import { PBKDF2_ITERATIONS } from '../../shared/crypto/data-key';
import {
  DEMO_DEFAULTS,
  type DemoParams,
  demoAttendance,
  demoCase,
  demoCommunes,
  demoPerson,
  demoPopulations,
  demoServices,
  demoTrainingEvent,
  eventCount,
} from '../../shared/demo/generate';
import { trainingEventFieldsSchema, unitFieldsSchema } from '../../shared/model';
import { timeDashboard } from './dashboard-figures';
import { deleteDb, median, rawAddAll, rawReadAll } from './raw';

/**
 * The store's steps, inside headless Chromium: each is one call from the Node runner; data is
 * generated before the clock starts, so both sides of a ratio time only their writes or reads.
 */
export const BENCH_PASSPHRASE = 'mật khẩu đo hiệu năng 2025';
const PASSPHRASE = BENCH_PASSPHRASE;
/**
 * Records per store transaction when seeding (cases, people, events, attendances). A batch's counter
 * rows cost the same whatever its size (at most one per unit and month: ~4,400 rows for 5,000 cases),
 * so batches of 20,000 write them a quarter as often as batches of 5,000 (seeding 100,000 cases took
 * 17 minutes). Still the store's bulk path: createMany and createPeople/Attendances, one write each.
 */
export const SEED_BATCH = 20_000;
/** Inputs generated per createMany call (outside the clock): several batches, so encrypting the next overlaps writing one. */
const CHUNK = 5 * SEED_BATCH;
const log = (text: string) => console.log(`[bench] ${text}`);
const params = (n: { cases?: number; people?: number; attendances?: number }): DemoParams => ({
  ...DEMO_DEFAULTS,
  seed: 4242,
  cases: n.cases ?? 0,
  people: n.people ?? 0,
  attendances: n.attendances ?? 0,
});

const stores = new Map<string, BinhAnStore>();

/** A new office in database `name` (deleted first), signed in as the bench administrator. */
export async function freshStore(name: string): Promise<BinhAnStore> {
  stores.get(name)?.close();
  await deleteDb(name);
  const store = await openStore({ name });
  await store.auth.setup({
    office: { unitCode: '49', name: 'Sở LĐ-TB&XH Quảng Nam', role: 'province', provinceCode: '49' },
    admin: {
      username: 'bench',
      displayName: 'Bench',
      passphrase: PASSPHRASE,
      roles: ['administrator', 'case_worker', 'data_officer'],
    },
  });
  stores.set(name, store);
  return store;
}

/** The store of database `name` (opened once per page), signed in. */
export async function existingStore(name: string): Promise<BinhAnStore> {
  let store = stores.get(name);
  if (store === undefined) {
    store = await openStore({ name });
    stores.set(name, store);
  }
  if (store.auth.session === null || store.auth.session.locked) await store.auth.login('bench', PASSPHRASE);
  return store;
}

export const storeSteps = {
  /** True when a database from an earlier run holds `cases` cases (persistent profile reuse). */
  async seeded(args: { name: string; cases: number }): Promise<boolean> {
    const dbs = await indexedDB.databases();
    if (!dbs.some((d) => d.name === args.name)) return false;
    const store = await existingStore(args.name);
    // Each run's save benchmark adds a few cases on top of the seeded ones.
    return ((await store.aggregates.totals('case', '49')).total ?? 0) >= args.cases;
  },

  async rawCases(args: { cases: number }): Promise<{ ms: number }> {
    const p = params(args);
    const rows = Array.from({ length: args.cases }, (_, i) => ({ id: `c${i}`, ...demoCase(p, i) }));
    log(`raw add() of ${rows.length} cases`);
    return { ms: await rawAddAll('bench-raw', rows) };
  },

  async rawPeople(args: { people: number; attendances: number }): Promise<{ ms: number }> {
    const p = params(args);
    const rows: object[] = Array.from({ length: args.people }, (_, i) => ({
      id: `p${i}`,
      ...demoPerson(p, i),
    }));
    for (let i = 0; i < args.attendances; i += 1) {
      const a = demoAttendance(p, i);
      rows.push({ id: `a${i}`, eventId: `e${a.event}`, personId: `p${a.person}`, year: 2023 });
    }
    log(`raw add() of ${rows.length} people and attendances`);
    return { ms: await rawAddAll('bench-raw', rows) };
  },

  /** Cases through the repositories (validation, encryption, blind indexes, audit, counters). */
  async writeCases(args: { name: string; cases: number }): Promise<{ ms: number }> {
    const store = await freshStore(args.name);
    const p = params(args);
    await setUpUnits(store, p);
    let ms = 0;
    for (let start = 0; start < args.cases; start += CHUNK) {
      const inputs = [];
      for (let i = start; i < Math.min(args.cases, start + CHUNK); i += 1) {
        const input = demoCase(p, i);
        inputs.push({ ...input, services: demoServices(p, i, input) });
      }
      const t0 = performance.now();
      await store.cases.createMany(inputs, {
        batchSize: SEED_BATCH,
        onProgress: (done) => log(`${args.name}: ${start + done} cases`),
      });
      ms += performance.now() - t0;
    }
    return { ms };
  },

  async writePeople(args: {
    name: string;
    people: number;
    attendances: number;
  }): Promise<{ ms: number; rows: number }> {
    const store = await existingStore(args.name);
    const p = params(args);
    const people = Array.from({ length: args.people }, (_, i) => demoPerson(p, i));
    const events = Array.from({ length: eventCount(p) }, (_, i) =>
      trainingEventFieldsSchema.parse(demoTrainingEvent(p, i)),
    );
    const pairs = Array.from({ length: args.attendances }, (_, i) => demoAttendance(p, i));
    const t0 = performance.now();
    const personIds = await store.programme.createPeople(people, { batchSize: SEED_BATCH });
    log(`${args.name}: ${personIds.length} people`);
    const eventIds = (await store.programme.createEvents(events, { batchSize: SEED_BATCH })).map(
      (record) => ({
        id: record.id,
        year: Number(record.startDate.slice(0, 4)),
      }),
    );
    log(`${args.name}: ${eventIds.length} training events`);
    const seen = new Set<string>();
    const attendances: { eventId: string; personId: string; year: number }[] = [];
    for (const a of pairs) {
      const event = eventIds[a.event];
      const personId = personIds[a.person];
      if (event === undefined || personId === undefined || seen.has(`${a.event}|${a.person}`)) continue;
      seen.add(`${a.event}|${a.person}`);
      attendances.push({ eventId: event.id, personId, year: event.year });
    }
    await store.programme.createAttendances(attendances, {
      batchSize: SEED_BATCH,
      onProgress: (done, total) => {
        if (done % 100_000 === 0 || done === total) log(`${args.name}: ${done} attendances`);
      },
    });
    return { ms: performance.now() - t0, rows: personIds.length + eventIds.length + attendances.length };
  },

  /** The five indicators' inputs for the province and for one district, median of `runs`. */
  async indicatorQuery(args: {
    name: string;
    runs: number;
  }): Promise<{ province: number; district: number; sample: unknown }> {
    const store = await existingStore(args.name);
    const time = async (unit: string) => {
      const samples: number[] = [];
      for (let i = 0; i < args.runs; i += 1) {
        const t0 = performance.now();
        await store.aggregates.planInputs(unit, 2021, 2025);
        samples.push(performance.now() - t0);
      }
      samples.sort((a, b) => a - b);
      return samples[Math.floor(samples.length / 2)] ?? Number.NaN;
    };
    await time('49');
    return {
      province: await time('49'),
      district: await time('502'),
      sample: await store.aggregates.planInputs('49', 2021, 2025),
    };
  },

  /** The Overview dashboard (all figures, by-unit table included) for the province and one district. */
  async dashboard(args: { name: string; runs: number }) {
    const store = await existingStore(args.name);
    const province = await timeDashboard(store, '49', args.runs);
    const district = await timeDashboard(store, '502', args.runs);
    log(
      `${args.name}: dashboard reads ${province.readMs.toFixed(1)} ms (province), ${district.readMs.toFixed(1)} ms (district)`,
    );
    return { province: province.ms, district: district.ms };
  },

  /**
   * Sign-in (PBKDF2-SHA256 600,000 iterations + unwrap + HKDF + reading the user), median of `runs`,
   * beside WebCrypto's bare PBKDF2 of the same strength.
   */
  async unlock(args: { name: string; runs: number }): Promise<{ ms: number; raw: number }> {
    const store = await existingStore(args.name);
    const samples: number[] = [];
    const rawSamples: number[] = [];
    const material = await crypto.subtle.importKey(
      'raw',
      new TextEncoder().encode(PASSPHRASE),
      'PBKDF2',
      false,
      ['deriveBits'],
    );
    const salt = crypto.getRandomValues(new Uint8Array(16));
    for (let i = 0; i < args.runs; i += 1) {
      store.auth.lock();
      const t0 = performance.now();
      await store.auth.login('bench', PASSPHRASE);
      samples.push(performance.now() - t0);
      const t1 = performance.now();
      await crypto.subtle.deriveBits(
        { name: 'PBKDF2', hash: 'SHA-256', salt, iterations: PBKDF2_ITERATIONS },
        material,
        256,
      );
      rawSamples.push(performance.now() - t1);
    }
    return { ms: median(samples), raw: median(rawSamples) };
  },

  /** The Admin consistency check, beside a raw getAll() of every table it reads. */
  async consistency(args: { name: string }): Promise<{ differences: number; ms: number; raw: number }> {
    const store = await existingStore(args.name);
    const report = await store.aggregates.check();
    const raw = await rawReadAll(args.name, [
      'cases',
      'people',
      'attendances',
      'schools',
      'schoolActivities',
      'outreach',
      'aggregates',
    ]);
    return { differences: report.differences.length, ms: report.ms, raw: raw.ms };
  },
};

/** Demo communes and target populations, so counters roll up commune → district → province. */
async function setUpUnits(store: BinhAnStore, p: DemoParams): Promise<void> {
  for (const unit of demoCommunes(p)) await store.units.create(unitFieldsSchema.parse(unit));
  for (const population of demoPopulations({ ...p, people: 100_000 }))
    await store.populations.create(population);
}
