import { z } from 'zod';

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

export const appContract = {
  info: { input: z.undefined(), output: appInfoSchema },
  openExternal: { input: z.object({ url: z.string().min(1).max(2048) }).strict(), output: z.null() },
};
