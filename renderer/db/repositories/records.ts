import {
  type ExchangeLogRecord,
  exchangeLogFieldsSchema,
  type PlanRecord,
  planFieldsSchema,
  type TargetPopulationRecord,
  targetPopulationFieldsSchema,
  type UnitRecord,
  unitFieldsSchema,
} from '../../../shared/model';
import type { StoreCore } from '../core';
import { StoreError } from '../errors';
import { PlainRecords } from './plain-records';

/** Units (keyed by code), plans, target populations and the exchange log. */
export function plainRepositories(core: StoreCore) {
  const { db } = core;
  const units = new PlainRecords<typeof unitFieldsSchema, UnitRecord>(
    core,
    'units',
    db.units,
    unitFieldsSchema,
    { read: 'programme.read', write: 'settings.manage' },
    {
      idOf: (f) => String(f.code),
      check: async (f, id) => {
        if (String(f.code) !== id)
          throw new StoreError('invalid', {
            issues: [{ path: 'code', message: 'store.validation.codeFixed' }],
          });
      },
      // The unit tree is cached for aggregate roll-ups; refresh it from this transaction's view.
      after: async () => core.units.replace(await db.units.toArray()),
    },
  );
  const populations = new PlainRecords<typeof targetPopulationFieldsSchema, TargetPopulationRecord>(
    core,
    'populations',
    db.populations,
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
  const plans = new PlainRecords<typeof planFieldsSchema, PlanRecord>(
    core,
    'plans',
    db.plans,
    planFieldsSchema,
    {
      read: 'dashboard.read',
      write: 'settings.manage',
    },
  );
  const exchangeLog = new PlainRecords<typeof exchangeLogFieldsSchema, ExchangeLogRecord>(
    core,
    'exchangeLog',
    db.exchangeLog,
    exchangeLogFieldsSchema,
    { read: 'exchange.run', write: 'exchange.run' },
  );
  return { units, populations, plans, exchangeLog };
}
