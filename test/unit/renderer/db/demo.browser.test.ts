import { describe, expect, it } from 'vitest';
import type { DemoProgress } from '../../../../renderer/db';
import { dropDatabase, freshStore, rawDb } from './helpers';

describe('Admin → Load demo data', () => {
  it('fills an empty office with marked demo records, consistent counters and progress reports', async () => {
    const { store, name } = await freshStore();
    expect(await store.demo.canLoad()).toBe(true);
    const progress: DemoProgress[] = [];
    await store.demo.load({ cases: 300, people: 200, attendances: 400, schools: 20, outreach: 10 }, (p) =>
      progress.push(p),
    );
    const db = await rawDb(name);
    expect(await db.cases.count()).toBe(300);
    expect(await db.cases.filter((c) => c.demo !== true).count()).toBe(0);
    expect(await db.people.filter((c) => c.demo === true).count()).toBe(200);
    expect(await db.attendances.count()).toBeGreaterThan(300);
    expect(progress.at(-1)?.step).toBe('outreach');
    expect(progress.filter((p) => p.step === 'cases').at(-1)).toEqual({
      step: 'cases',
      done: 300,
      total: 300,
    });
    expect((await store.aggregates.check()).differences).toEqual([]);

    const inputs = await store.aggregates.planInputs('49', 2021, 2025);
    expect(inputs.cases.total).toBe(300);
    expect(inputs.cases.needsMet ?? 0).toBeLessThanOrEqual(inputs.cases.needHelp ?? 0);
    expect(inputs.everTrained.people ?? 0).toBeGreaterThan(50);
    expect(inputs.population.official ?? 0).toBeGreaterThan(0);
    expect(inputs.schools.schools).toBe(20);

    const someone = await db.cases.limit(1).first();
    expect((await store.cases.reveal(someone?.id ?? '')).fullName).toMatch(/\p{L}+ \p{L}+ \p{L}+/u);
    expect(await store.demo.canLoad()).toBe(false);
    await expect(store.demo.load()).rejects.toMatchObject({ code: 'conflict' });
    await dropDatabase(store, name);
  });
});
