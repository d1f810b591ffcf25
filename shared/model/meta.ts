import { z } from 'zod';
import { unitCode } from './fields';

/**
 * Metadata on every synced record. `changeSeq` comes from one local monotonic counter and is
 * indexed, so an export is "everything with changeSeq > last exported". Deletions are tombstones
 * (`deletedAt`) so they travel in exports too. `demo` marks generated records (Admin → demo data).
 */
export const recordMetaSchema = z.object({
  id: z.string().min(1),
  rev: z.number().int().min(1),
  updatedAt: z.string(),
  changeSeq: z.number().int().min(1),
  deletedAt: z.string().nullable(),
  origin: unitCode(),
  demo: z.boolean().optional(),
});

export type RecordMeta = z.infer<typeof recordMetaSchema>;
export const META_KEYS = ['id', 'rev', 'updatedAt', 'changeSeq', 'deletedAt', 'origin', 'demo'] as const;
export type WithoutMeta<T> = Omit<T, (typeof META_KEYS)[number]>;
