import { z } from 'zod';
import { officeProfileSchema } from '../model/office';

export const transportSchema = z.enum(['electron', 'web']);
export type Transport = z.infer<typeof transportSchema>;

export const appInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  transport: transportSchema,
  dataDir: z.string(),
  platform: z.string(),
  electronBinaryPresent: z.boolean(),
});
export type AppInfo = z.infer<typeof appInfoSchema>;

/**
 * The office a data folder belongs to, recorded by main when first-run setup completes. A data folder
 * serves one office: a second setup over it is refused, and a browser profile without that office's
 * database is told where the office is rather than shown the first-run wizard.
 */
export const boundOfficeSchema = z.strictObject({
  /** Chosen by main when the office is recorded; never changes. */
  officeId: z.uuid(),
  unitCode: officeProfileSchema.shape.unitCode,
  name: officeProfileSchema.shape.name,
  role: officeProfileSchema.shape.role,
  provinceCode: officeProfileSchema.shape.provinceCode,
  boundAt: z.iso.datetime(),
});
export type BoundOffice = z.infer<typeof boundOfficeSchema>;

export const appContract = {
  info: { input: z.undefined(), output: appInfoSchema },
  /** The office this data folder belongs to, or null before first-run setup. */
  office: { input: z.undefined(), output: boundOfficeSchema.nullable() },
  /** At the end of first-run setup: records the office; refused if the data folder has one already. */
  bindOffice: { input: officeProfileSchema.strict(), output: boundOfficeSchema },
  openExternal: { input: z.object({ url: z.string().min(1).max(2048) }).strict(), output: z.null() },
};
