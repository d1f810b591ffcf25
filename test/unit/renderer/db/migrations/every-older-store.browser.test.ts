import { describe, expect, it } from 'vitest';
import { openStore } from '../../../../../renderer/db';
import { LATEST_VERSION, SCHEMA_STEPS } from '../../../../../renderer/db/migrations';
import {
  ADMIN_PASSPHRASE,
  copyRows,
  dropDatabase,
  freshStore,
  rawDb,
  sampleCase,
  writeAtVersion,
} from '../helpers';

/**
 * Every older store opens (issue 11 item 6): before an update installs, the new app must read a
 * database written by any version an office may still run. One office with records of every kind
 * (demo cases with services and follow-ups, people, trainings, attendances, schools and their
 * activities, outreach, populations, a draft, a data-rights request, the audit chain, counters) is
 * written as each earlier schema version stored it, then opened by the current app, which reads it
 * all. The per-step files beside this one test each step's own change (GitHub Desktop's model).
 */
const tablesAt = (version: number): string[] =>
  Object.entries(SCHEMA_STEPS[version - 1]?.stores ?? {})
    .filter(([, spec]) => spec !== null)
    .map(([name]) => name);

/** Rows as version `v` stored them: fields and counters added by later steps taken away. */
function shapeFor(v: number) {
  return (table: string, rows: readonly unknown[]): readonly unknown[] => {
    if (table === 'cases' && v < 2) return (rows as { month?: string }[]).map(({ month: _m, ...r }) => r);
    if (table !== 'aggregates') return rows;
    const stored = (rows as { counts: Record<string, number>; changeSeq?: number }[])
      // Before v8 a counter row carried no changeSeq and an emptied one was deleted, not kept as a tombstone.
      .filter((r) => v >= 8 || Object.keys(r.counts).length > 0)
      .map(({ changeSeq, ...r }) => (v >= 8 ? { ...r, changeSeq } : r));
    return stored.map((r) => ({
      ...r,
      counts: Object.fromEntries(
        Object.entries(r.counts).filter(
          ([name]) =>
            (v >= 4 || (!name.includes('_c') && name !== 'notConsented')) &&
            (v >= 6 || !/^(svcDays|svcNone|fuNext)/.test(name)),
        ),
      ),
    }));
  };
}

describe('every older store opens in the current app', () => {
  it(`reads an office written at each schema version v1…v${LATEST_VERSION - 1}, every kind of record`, async () => {
    const { store, name } = await freshStore();
    await store.demo.load({ cases: 40, people: 30, attendances: 60, schools: 5, outreach: 5 });
    const own = await store.cases.create(sampleCase({ reportDate: '2024-05-02' }));
    await store.cases.addService(own.id, {
      need: 'health',
      date: '2024-05-03',
      provider: 'Trạm Y tế',
      outcome: 'provided',
    });
    await store.drafts.save({ kind: 'case', content: { note: 'đang nhập dở' } });
    const restricted = await store.cases.create(sampleCase({ reportDate: '2024-05-20' }));
    await store.rights.restrict(
      restricted.id,
      { requestedOn: '2024-06-01' },
      { username: 'admin', passphrase: ADMIN_PASSPHRASE },
    );
    const all = await copyRows(name, tablesAt(LATEST_VERSION));
    const expectedIdentity = await store.cases.reveal(own.id);
    const planBefore = await store.aggregates.planInputs('49', 2021, 2025);
    store.close();
    for (const t of [
      'cases',
      'people',
      'trainingEvents',
      'attendances',
      'schools',
      'schoolActivities',
      'outreach',
      'populations',
      'plans',
      'units',
      'users',
      'audit',
      'drafts',
      'rightsRequests',
    ]) {
      expect(all[t]?.length ?? 0, `the office has ${t}`).toBeGreaterThan(0);
    }

    for (let v = 1; v < LATEST_VERSION; v++) {
      const tables = tablesAt(v);
      await writeAtVersion(name, v, Object.fromEntries(tables.map((t) => [t, all[t] ?? []])), shapeFor(v));
      const reopened = await openStore({ name });
      await reopened.auth.login('admin', ADMIN_PASSPHRASE);
      const where = `written at v${v}`;
      // The start-up check: schema version, audit head, a sample of vaults, counters against records.
      expect(await reopened.backup.integrity(), where).toEqual({ ok: true });
      expect((await reopened.cases.list()).length, where).toBe(all.cases?.length);
      expect(await reopened.cases.reveal(own.id), where).toEqual(expectedIdentity);
      expect(await reopened.audit.verify(), where).toMatchObject({ ok: true });
      expect((await reopened.aggregates.check()).differences, where).toEqual([]);
      expect(await reopened.aggregates.planInputs('49', 2021, 2025), where).toEqual(planBefore);
      if (tables.includes('drafts')) expect((await reopened.drafts.list()).length, where).toBe(1);
      if (tables.includes('rightsRequests')) {
        expect(
          (await reopened.rights.list(restricted.id)).map((r) => r.right),
          where,
        ).toEqual(['restrict']);
      }
      const raw = await rawDb(name);
      expect(raw.verno, where).toBe(LATEST_VERSION);
      // Signing in and revealing add audit entries (and kv, user rows change); every other row is as written.
      for (const t of tables.filter((t) => !['aggregates', 'audit', 'kv', 'users'].includes(t))) {
        expect(await raw.table(t).count(), `${where}: ${t}`).toBe(all[t]?.length ?? 0);
      }
      expect(await raw.audit.count(), where).toBeGreaterThan(all.audit?.length ?? 0);
      raw.close();
      reopened.close();
    }
    await dropDatabase(await openStore({ name }), name);
  }, 240_000);
});
