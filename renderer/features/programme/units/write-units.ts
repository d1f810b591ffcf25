import type { UnitFields } from '../../../../shared/model';
import type { BinhAnStore } from '../../../db';

export type UnitWrite = { fields: UnitFields; action: 'create' | 'update' };

/**
 * Writes a whole unit list in ONE transaction, so a failure half-way leaves the tree as it was.
 * The store offers units only one create/update per transaction, so this opens the write itself
 * and uses the repository's insert/replace — the same path its bulk loaders take — which keeps
 * validation, metadata, audit and the cached unit tree as a single create would.
 */
export async function writeUnits(store: BinhAnStore, writes: readonly UnitWrite[]): Promise<void> {
  store.core.authorise('settings.manage');
  await store.core.write([store.core.db.units], async (ctx) => {
    for (const { fields, action } of writes) {
      if (action === 'create') {
        await store.units.insert(ctx, fields);
        continue;
      }
      const before = await store.units.get(fields.code);
      if (before === undefined) await store.units.insert(ctx, fields);
      else await store.units.replace(ctx, before, { ...fields }, 'update');
    }
  });
}
