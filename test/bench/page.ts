import { type BinhAnStore, openStore } from '../../renderer/db';
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

/**
 * Runs inside headless Chromium. Each step is one call from the Node runner; data is generated
 * before the clock starts, so both sides of a ratio time only their writes or reads.
 */
const PASSPHRASE = 'mật khẩu đo hiệu năng 2025';
const CHUNK = 5000;
const log = (text: string) => console.log(`[bench] ${text}`);
const params = (n: { cases?: number; people?: number; attendances?: number }): DemoParams => ({
  ...DEMO_DEFAULTS,
  seed: 4242,
  cases: n.cases ?? 0,
  people: n.people ?? 0,
  attendances: n.attendances ?? 0,
});

function deleteDb(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
    request.onblocked = () => resolve();
  });
}

/** Raw IndexedDB: one object store, out-of-line nothing, no indexes — the floor any store must sit on. */
async function rawAddAll(name: string, rows: readonly object[]): Promise<number> {
  await deleteDb(name);
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(name, 1);
    request.onupgradeneeded = () => request.result.createObjectStore('rows', { keyPath: 'id' });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const started = performance.now();
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction('rows', 'readwrite');
    const store = tx.objectStore('rows');
    for (const row of rows) store.add(row);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  const ms = performance.now() - started;
  db.close();
  await deleteDb(name);
  return ms;
}

const stores = new Map<string, BinhAnStore>();

async function freshStore(name: string): Promise<BinhAnStore> {
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

async function existingStore(name: string): Promise<BinhAnStore> {
  let store = stores.get(name);
  if (store === undefined) {
    store = await openStore({ name });
    stores.set(name, store);
  }
  if (store.auth.session === null || store.auth.session.locked) await store.auth.login('bench', PASSPHRASE);
  return store;
}

export const bench = {
  /** True when a database from an earlier run holds `cases` cases (persistent profile reuse). */
  async seeded(args: { name: string; cases: number }): Promise<boolean> {
    const dbs = await indexedDB.databases();
    if (!dbs.some((d) => d.name === args.name)) return false;
    const store = await existingStore(args.name);
    return (await store.aggregates.totals('case', '49')).total === args.cases;
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
      await store.cases.createMany(inputs, { batchSize: 5000 });
      ms += performance.now() - t0;
      if ((start / CHUNK) % 4 === 0) log(`${args.name}: ${start + inputs.length} cases`);
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
    const personIds = await store.programme.createPeople(people, { batchSize: 5000 });
    log(`${args.name}: ${personIds.length} people`);
    const eventIds = (await store.programme.createEvents(events, { batchSize: 5000 })).map((record) => ({
      id: record.id,
      year: Number(record.startDate.slice(0, 4)),
    }));
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
      batchSize: 5000,
      onProgress: (done, total) => {
        if (done % 50_000 === 0 || done === total) log(`${args.name}: ${done} attendances`);
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
  async dashboard(args: { name: string; runs: number }): Promise<{ province: number; district: number }> {
    const store = await existingStore(args.name);
    return {
      province: await timeDashboard(store, '49', args.runs),
      district: await timeDashboard(store, '502', args.runs),
    };
  },

  /** Sign-in: PBKDF2-SHA256 600,000 iterations + unwrap + HKDF, median of `runs`. */
  async unlock(args: { name: string; runs: number }): Promise<{ ms: number }> {
    const store = await existingStore(args.name);
    const samples: number[] = [];
    for (let i = 0; i < args.runs; i += 1) {
      store.auth.lock();
      const t0 = performance.now();
      await store.auth.login('bench', PASSPHRASE);
      samples.push(performance.now() - t0);
    }
    samples.sort((a, b) => a - b);
    return { ms: samples[Math.floor(samples.length / 2)] ?? Number.NaN };
  },

  async consistency(args: { name: string }): Promise<{ differences: number; ms: number }> {
    const store = await existingStore(args.name);
    const report = await store.aggregates.check();
    return { differences: report.differences.length, ms: report.ms };
  },
};

/** Demo communes and target populations, so counters roll up commune → district → province. */
async function setUpUnits(store: BinhAnStore, p: DemoParams): Promise<void> {
  for (const unit of demoCommunes(p)) await store.units.create(unitFieldsSchema.parse(unit));
  for (const population of demoPopulations({ ...p, people: 100_000 }))
    await store.populations.create(population);
}

export type BenchApi = typeof bench;
declare global {
  interface Window {
    binhanBench: BenchApi;
  }
}
window.binhanBench = bench;
log('ready');
