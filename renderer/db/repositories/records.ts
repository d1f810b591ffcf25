import {
  exchangeLogFieldsSchema,
  planFieldsSchema,
  targetPopulationFieldsSchema,
  type UnitFields,
  unitFieldsSchema,
} from '../../../shared/model';
import type { StoreCore } from '../core';
import { parseOrThrow, StoreError } from '../errors';
import { PlainRecords } from './plain-records';

export type UnitWrite = { fields: UnitFields; action: 'create' | 'update' };

/**
 * Units, keyed by their code. A unit given a new parent re-rolls its counters (the units
 * contributor); a parent that is the unit itself or one of its descendants is refused.
 */
export class UnitsRepository extends PlainRecords<'units', typeof unitFieldsSchema> {
  constructor(core: StoreCore) {
    super(
      core,
      'units',
      unitFieldsSchema,
      { read: 'programme.read', write: 'settings.manage' },
      {
        idOf: (f) => String(f.code),
        check: async (f, id) => {
          if (String(f.code) !== id)
            throw new StoreError('invalid', {
              issues: [{ path: 'code', message: 'store.validation.codeFixed' }],
            });
          const parent = f.parentCode;
          if (typeof parent === 'string' && core.units.chain(parent).includes(id))
            throw new StoreError('invalid', {
              issues: [{ path: 'parentCode', message: 'store.validation.parentCycle' }],
            });
        },
      },
    );
  }

  /** A whole unit list in ONE transaction (an import), so a failure half-way leaves the tree as it was. */
  async writeMany(writes: readonly UnitWrite[]): Promise<void> {
    this.core.authorise('settings.manage');
    await this.core.write(['units'], async (ctx) => {
      for (const { fields } of writes) {
        const parsed = parseOrThrow(unitFieldsSchema, fields);
        const before = await this.table.get(parsed.code);
        if (before === undefined) await this.insert(ctx, parsed);
        else {
          await this.hooks.check?.(parsed, parsed.code);
          // An official list re-imported without citations keeps the shipped unit's source and kept code.
          await this.replace(
            ctx,
            before,
            {
              ...parsed,
              source: fields.source === undefined ? (before.source ?? null) : parsed.source,
              formerParentCode:
                fields.formerParentCode === undefined
                  ? (before.formerParentCode ?? null)
                  : parsed.formerParentCode,
            },
            'update',
          );
        }
      }
    });
  }
}

/** Units (keyed by code), plans, target populations and the exchange log. */
export function plainRepositories(core: StoreCore) {
  const { db } = core;
  const units = new UnitsRepository(core);
  const populations = new PlainRecords(
    core,
    'populations',
    targetPopulationFieldsSchema,
    { read: 'programme.read', write: 'programme.write' },
    {
      check: async (f, id) => {
        const same = await db.populations
          .where('[unitCode+year+category]')
          .equals([String(f.unitCode), Number(f.year), String(f.category)])
          .filter((r) => r.deletedAt === null && r.id !== id)
          .count();
        if (same > 0) throw new StoreError('conflict', { detail: 'populationExists' });
      },
    },
  );
  const plans = new PlainRecords(core, 'plans', planFieldsSchema, {
    read: 'dashboard.read',
    write: 'settings.manage',
  });
  const exchangeLog = new PlainRecords(core, 'exchangeLog', exchangeLogFieldsSchema, {
    read: 'exchange.run',
    write: 'exchange.run',
  });
  return { units, populations, plans, exchangeLog };
}
