import { z } from 'zod';
import { planFieldsSchema } from '../model/plan';
import { unitFieldsSchema } from '../model/unit';

/**
 * What a province's config bundle carries besides its keys: the unit tree, the plans with their
 * targets, and a version. Versions only go up: an office applies a config newer than the one it
 * holds and refuses an older one, so a stick with last year's config cannot roll an office back.
 */
export const CONFIG_RECORDS = { version: 'configVersion', units: 'units', plans: 'plans' } as const;

export const configVersionSchema = z.strictObject({
  version: z.int().min(1).max(Number.MAX_SAFE_INTEGER),
  issuedAt: z.iso.datetime(),
  /** The unit of the province that issued it: an office applies only its own province's config. */
  issuer: z.string().min(1).max(32),
});
export type ConfigVersion = z.infer<typeof configVersionSchema>;

export const configContentSchema = z.object({
  [CONFIG_RECORDS.version]: z.tuple([configVersionSchema]),
  [CONFIG_RECORDS.units]: z.array(unitFieldsSchema).max(20_000),
  [CONFIG_RECORDS.plans]: z.array(planFieldsSchema).max(100),
});
export type ConfigContent = z.infer<typeof configContentSchema>;

/** A config bundle made before configs carried a tree (keys only): nothing to apply. */
export const hasConfigContent = (records: Record<string, unknown>): boolean =>
  CONFIG_RECORDS.version in records;
