import { CaseIndex } from '../../renderer/features/cases/list/case-index';
import { filterRows, sortRows } from '../../renderer/features/cases/list/case-rows';
import { NameIndex } from '../../renderer/features/cases/list/name-index';
import { DEMO_DEFAULTS, demoCase } from '../../shared/demo/generate';
import { type CaseInput, todayIso } from '../../shared/model';
import { median, rawPutEach, rawReadAll, timeRuns } from './raw';
import { existingStore } from './store-steps';

/**
 * The case list's steps (issue 4), inside headless Chromium, over the run's seeded store: the
 * feature's own row and name indexes, against raw IndexedDB reads of the same database.
 */
const PAGE = 50;

let index: CaseIndex | null = null;
let names: NameIndex | null = null;

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

export const casesSteps = {
  /** Time until the in-memory row index holds every case, beside a raw getAll() of the cases. */
  async buildIndex(args: { name: string }): Promise<{ ms: number; rows: number; raw: number }> {
    const s = await existingStore(args.name);
    index = new CaseIndex(s, false);
    const t0 = performance.now();
    await index.refresh();
    const ms = performance.now() - t0;
    return { ms, rows: index.state.rows.length, raw: (await rawReadAll(args.name, ['cases'])).ms };
  },

  /** Time to decrypt every vault once and keep the folded names, beside a raw getAll() of the cases. */
  async buildNames(args: { name: string }): Promise<{ ms: number; names: number; raw: number }> {
    const s = await existingStore(args.name);
    names = new NameIndex(s);
    const t0 = performance.now();
    await names.build();
    const ms = performance.now() - t0;
    return { ms, names: names.size, raw: (await rawReadAll(args.name, ['cases'])).ms };
  },

  /** First page of a filtered list: one filter pass over the sorted rows, then the first PAGE. */
  async firstPage(args: {
    name: string;
    runs: number;
  }): Promise<{ ours: number; store: number; raw: number; matched: number }> {
    const s = await existingStore(args.name);
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

  /**
   * Saving an intake and three services, as a case worker does it: four transactions; beside four
   * raw put() transactions of a row of the same shape.
   */
  async saveWithServices(args: { name: string; runs: number }): Promise<{ ms: number; raw: number }> {
    const s = await existingStore(args.name);
    const p = { ...DEMO_DEFAULTS, seed: 4242, cases: 1 };
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
    const row = { ...demoCase(p, 0), id: 'c0' };
    const raw: number[] = [];
    for (let i = 0; i < args.runs; i += 1) raw.push(await rawPutEach('bench-raw-save', [row, row, row, row]));
    return { ms, raw: median(raw) };
  },
};
