import { afterEach, describe, expect, it } from 'vitest';
import { type BinhAnStore, openStore } from '../../../../renderer/db';
import { ADMIN_PASSPHRASE, dropDatabase, freshStore } from '../db/helpers';

const opened: { store: BinhAnStore; name: string }[] = [];

async function province(): Promise<BinhAnStore> {
  const name = `binhan-test-${crypto.randomUUID()}`;
  const store = await openStore({ name });
  await store.auth.setup({
    office: { unitCode: '48', name: 'Sở Đà Nẵng', role: 'province', provinceCode: '48' },
    admin: { username: 'tinh', displayName: 'Cán bộ tỉnh', passphrase: ADMIN_PASSPHRASE },
  });
  opened.push({ store, name });
  return store;
}

afterEach(async () => {
  for (const { store, name } of opened.splice(0)) await dropDatabase(store, name);
});

describe('config bundles: the unit tree and plans, versioned', () => {
  it('an office applies a newer config in one go, keeps it on the same version, and refuses an older one', async () => {
    const city = await province();
    // The province adds a unit (the official list names a new commune) and issues two configs.
    await city.units.create({
      code: 'T0001',
      name: 'Thử Nghiệm',
      level: 'commune',
      kind: 'commune',
      parentCode: '48',
      validFrom: '2026-01-01',
      validTo: null,
      source: 'Quyết định thử nghiệm',
    });
    const first = await city.config.issue();
    const second = await city.config.issue();
    expect(first.configVersion[0].version).toBe(1);
    expect(second.configVersion[0].version).toBe(2);

    const s = await freshStore();
    opened.push(s);
    const office = s.store;
    // JSON, as the bundle carries it.
    const wire = (c: unknown) => JSON.parse(JSON.stringify(c)) as unknown;
    expect(await office.config.apply(wire(second), '48')).toMatchObject({ state: 'applied', version: 2 });
    expect((await office.units.get('T0001'))?.source).toBe('Quyết định thử nghiệm');
    expect(await office.config.apply(wire(second), '48')).toMatchObject({ state: 'unchanged' });
    await expect(office.config.apply(wire(first), '48')).rejects.toMatchObject({ code: 'staleConfig' });
    // Another province's config is refused, and a tampered unit list is refused whole.
    await expect(office.config.apply(wire(second), '49')).rejects.toMatchObject({ code: 'conflict' });
    const bad = wire(await city.config.issue()) as { units: { code: string }[] };
    bad.units.push({ code: 'has space' });
    await expect(office.config.apply(bad, '48')).rejects.toMatchObject({ code: 'invalid' });
    expect(await office.config.appliedVersion()).toBe(2);
    expect((await office.aggregates.check()).differences).toEqual([]);
  });
});
