import {
  type ConfigContent,
  type ConfigVersion,
  configContentSchema,
} from '../../../shared/exchange/config-records';
import { type PlanFields, planFieldsSchema, type UnitFields, unitFieldsSchema } from '../../../shared/model';
import type { StoreCore } from '../core';
import { parseOrThrow, StoreError } from '../errors';
import type { PlainRecords } from './plain-records';
import type { UnitsRepository } from './records';

const ISSUED = 'config.issued';
const APPLIED = 'config.applied';
const LEVEL_ORDER = { province: 0, district: 1, commune: 2 } as const;

export type ConfigApplied = { state: 'applied' | 'unchanged'; version: number; units: number; plans: number };

/**
 * The province's config (unit tree, plans, targets) as it travels in a config bundle, and its
 * application at an office: newer versions only, all in one transaction (a tree half-applied would
 * count records under units that are not there yet).
 */
export class ConfigRepository {
  constructor(
    private readonly core: StoreCore,
    private readonly units: UnitsRepository,
    private readonly plans: PlainRecords<'plans', typeof planFieldsSchema>,
  ) {}

  /** The province's next config: its tree and plans, under a version one higher than the last issued. */
  async issue(): Promise<ConfigContent> {
    this.core.authorise('settings.manage');
    const { db } = this.core;
    const issuer = this.core.originUnit();
    return this.core.write(['units', 'plans'], async () => {
      const last = await db.kv.get(ISSUED);
      const version = (typeof last?.value === 'number' ? last.value : 0) + 1;
      await db.kv.put({ key: ISSUED, value: version });
      const units = (await db.units.toArray()).filter((u) => u.deletedAt === null);
      const plans = (await db.plans.toArray()).filter((p) => p.deletedAt === null);
      return configContentSchema.parse({
        configVersion: [{ version, issuedAt: new Date().toISOString(), issuer }],
        units: units.map((u) => parseOrThrow(unitFieldsSchema, u)),
        plans: plans.map((p) => parseOrThrow(planFieldsSchema, p)),
      });
    });
  }

  /** The version this office applied last (0: none). */
  async appliedVersion(): Promise<number> {
    const row = await this.core.db.kv.get(APPLIED);
    return typeof row?.value === 'number' ? row.value : 0;
  }

  /**
   * Applies a config from the office's province: refused when older than the one applied
   * (`staleConfig`) or from another province; the same version again changes nothing.
   */
  async apply(records: unknown, province: string): Promise<ConfigApplied> {
    this.core.authorise('settings.manage');
    const content = parseOrThrow(configContentSchema, records);
    const [meta] = content.configVersion;
    const { db } = this.core;
    return this.core.write(['units', 'plans'], async (ctx) => {
      const applied = await this.appliedVersion();
      if (meta.issuer !== province)
        throw new StoreError('conflict', { detail: `config from ${meta.issuer}, not ${province}` });
      if (meta.version < applied)
        throw new StoreError('staleConfig', { detail: `${meta.version} < ${applied}` });
      if (meta.version === applied) return { state: 'unchanged', version: applied, units: 0, plans: 0 };
      // Parents before children, so every unit's parent exists when it is written.
      const units = [...content.units].sort((a, b) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level]);
      for (const unit of units) await this.#writeUnit(ctx, unit);
      for (const plan of content.plans) await this.#writePlan(ctx, plan);
      await db.kv.put({ key: APPLIED, value: meta.version });
      await ctx.audit({
        action: 'import',
        kind: 'config',
        recordId: String(meta.version),
        detail: meta.issuer,
      });
      return { state: 'applied', version: meta.version, units: units.length, plans: content.plans.length };
    });
  }

  async #writeUnit(ctx: Parameters<UnitsRepository['insert']>[0], unit: UnitFields): Promise<void> {
    const before = await this.core.db.units.get(unit.code);
    if (before === undefined) await this.units.insert(ctx, unit);
    else await this.units.replace(ctx, before, { ...unit }, 'update');
  }

  async #writePlan(ctx: Parameters<UnitsRepository['insert']>[0], plan: PlanFields): Promise<void> {
    const before = await this.core.db.plans.where('code').equals(plan.code).first();
    if (before === undefined) await this.plans.insert(ctx, plan);
    else await this.plans.replace(ctx, before, { ...plan }, 'update');
  }
}

export type { ConfigVersion };
