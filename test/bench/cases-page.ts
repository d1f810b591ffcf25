import { type BinhAnStore, openStore } from '../../renderer/db';
import { CaseIndex } from '../../renderer/features/cases/list/case-index';
import { filterRows, sortRows } from '../../renderer/features/cases/list/case-rows';
import { NameIndex } from '../../renderer/features/cases/list/name-index';
import {
  DEMO_DEFAULTS,
  type DemoParams,
  demoCase,
  demoCommunes,
  demoServices,
} from '../../shared/demo/generate';
import { type CaseInput, todayIso, unitFieldsSchema } from '../../shared/model';

/**
 * The case list's benchmarks, inside headless Chromium (driven by cases-run.ts): the feature's own
 * row and name indexes over a store of N demo cases, against a raw IndexedDB index range read of a
 * first page of rows from the same database.
 */
const PASSPHRASE = 'mật khẩu đo hiệu năng 2025';
const PAGE = 50;
const CHUNK = 5000;
const log = (text: string) => console.log(`[bench] ${text}`);
const params = (cases: number): DemoParams => ({ ...DEMO_DEFAULTS, seed: 4242, cases, toDate: '2026-06-30' });
const median = (samples: number[]) => {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};
async function timeRuns(runs: number, step: (i: number) => unknown): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const t0 = performance.now();
    await step(i);
    samples.push(performance.now() - t0);
  }
  return median(samples);
}

let store: BinhAnStore | null = null;
let index: CaseIndex | null = null;
let names: NameIndex | null = null;

async function open(name: string): Promise<BinhAnStore> {
  if (store === null) store = await openStore({ name });
  if (store.auth.session === null || store.auth.session.locked) await store.auth.login('bench', PASSPHRASE);
  return store;
}

/** Raw IndexedDB: the newest PAGE rows of one unit through the [incidentUnit+month] index. */
function rawFirstPage(dbName: string, unit: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(dbName);
    request.onsuccess = () => {
      const db = request.result;
      const t0 = performance.now();
      const range = IDBKeyRange.bound([unit, '0000-00'], [unit, '9999-99']);
      const cursor = db
        .transaction('cases')
        .objectStore('cases')
        .index('[incidentUnit+month]')
        .openCursor(range, 'prev');
      const rows: unknown[] = [];
      cursor.onsuccess = () => {
        const c = cursor.result;
        if (c !== null && rows.length < PAGE) {
          rows.push(c.value);
          c.continue();
          return;
        }
        const ms = performance.now() - t0;
        db.close();
        resolve(ms);
      };
      cursor.onerror = () => reject(cursor.error);
    };
    request.onerror = () => reject(request.error);
  });
}

export const casesBench = {
  async seeded(args: { name: string; cases: number }): Promise<boolean> {
    if (!(await indexedDB.databases()).some((d) => d.name === args.name)) return false;
    const s = await open(args.name);
    // Earlier runs' save benchmark adds a few cases on top of the seeded ones.
    return ((await s.aggregates.totals('case', '49')).total ?? 0) >= args.cases;
  },

  async seed(args: { name: string; cases: number }): Promise<{ ms: number }> {
    await new Promise<void>((resolve) => {
      const r = indexedDB.deleteDatabase(args.name);
      r.onsuccess = () => resolve();
      r.onerror = () => resolve();
    });
    store = await openStore({ name: args.name });
    await store.auth.setup({
      office: { unitCode: '49', name: 'Sở LĐ-TB&XH Quảng Nam', role: 'province', provinceCode: '49' },
      admin: {
        username: 'bench',
        displayName: 'Bench',
        passphrase: PASSPHRASE,
        roles: ['administrator', 'case_worker'],
      },
    });
    const p = params(args.cases);
    for (const unit of demoCommunes(p)) await store.units.create(unitFieldsSchema.parse(unit));
    const t0 = performance.now();
    for (let start = 0; start < args.cases; start += CHUNK) {
      const inputs = [];
      for (let i = start; i < Math.min(args.cases, start + CHUNK); i += 1) {
        const input = demoCase(p, i);
        inputs.push({ ...input, services: demoServices(p, i, input) });
      }
      await store.cases.createMany(inputs, { batchSize: CHUNK });
      if ((start / CHUNK) % 4 === 0) log(`${start + inputs.length} cases`);
    }
    return { ms: performance.now() - t0 };
  },

  /** Time until the in-memory row index holds every case (it fills unit by unit through the store). */
  async buildIndex(args: { name: string }): Promise<{ ms: number; rows: number }> {
    const s = await open(args.name);
    index = new CaseIndex(s, false);
    const t0 = performance.now();
    await index.refresh();
    return { ms: performance.now() - t0, rows: index.state.rows.length };
  },

  /** Time to decrypt every vault once and keep the folded names (background, after unlock). */
  async buildNames(args: { name: string }): Promise<{ ms: number; names: number }> {
    const s = await open(args.name);
    names = new NameIndex(s);
    const t0 = performance.now();
    await names.build();
    return { ms: performance.now() - t0, names: names.size };
  },

  /** First page of a filtered list: one filter pass over the sorted rows, then the first PAGE. */
  async firstPage(args: {
    name: string;
    runs: number;
  }): Promise<{ ours: number; store: number; raw: number; matched: number }> {
    const s = await open(args.name);
    if (index === null) throw new Error('buildIndex first');
    const today = todayIso();
    // The list sorts when the rows or the sort change, then filters per change of filter.
    const sorted = sortRows(index.state.rows, { key: 'reportDate', dir: 'desc' });
    const units = new Set(['502', ...Array.from({ length: 6 }, (_, i) => `502-0${i + 1}`)]);
    let matched = 0;
    const ours = await timeRuns(args.runs, () => {
      const out = filterRows(sorted, { status: 'open', units, unmet: true }, today);
      matched = out.length;
      return out.slice(0, PAGE);
    });
    const direct = await timeRuns(args.runs, () =>
      s.cases.list({ unit: '502-01', status: 'open', limit: PAGE }),
    );
    const raw = await timeRuns(args.runs, () => rawFirstPage(args.name, '502-01'));
    return { ours, store: direct, raw, matched };
  },

  /** One keystroke of a name search: fold, scan the names, one filter pass over the sorted rows, first page. */
  async searchKeystroke(args: { name: string; runs: number }): Promise<{ ms: number; matched: number }> {
    if (index === null || names === null) throw new Error('build the indexes first');
    const today = todayIso();
    const sorted = sortRows(index.state.rows, { key: 'reportDate', dir: 'desc' });
    const queries = [
      'nguy',
      'nguyen',
      'nguyen t',
      'nguyen th',
      'nguyen thi',
      'nguyen thi h',
      'nguyen thi ho',
    ];
    let matched = 0;
    const ms = await timeRuns(args.runs, (i) => {
      const q = queries[i % queries.length] ?? 'nguyen';
      const hits = names?.search(q);
      const out = filterRows(sorted, { code: q, nameMatches: hits }, today);
      matched = out.length;
      return out.slice(0, PAGE);
    });
    return { ms, matched };
  },

  /** Saving an intake and three services, as a case worker does it: four transactions. */
  async saveWithServices(args: { name: string; runs: number }): Promise<{ ms: number }> {
    const s = await open(args.name);
    const p = params(1);
    const ms = await timeRuns(args.runs, async (i) => {
      const input: CaseInput = {
        ...demoCase(p, i),
        reportDate: '2026-06-01',
        incidentDate: '2026-05-30',
        needs: ['health', 'psychosocial', 'legal_aid'],
      };
      const created = await s.cases.create(input);
      let view = created;
      for (const need of ['health', 'psychosocial', 'legal_aid'] as const) {
        view = await s.cases.addService(
          view.id,
          { need, date: '2026-06-02', provider: 'Trung tâm Y tế', outcome: 'provided' },
          view.rev,
        );
      }
    });
    return { ms };
  },
};

export type CasesBenchApi = typeof casesBench;
declare global {
  interface Window {
    casesBench: CasesBenchApi;
  }
}
window.casesBench = casesBench;
log('ready');
