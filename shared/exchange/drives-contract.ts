import { z } from 'zod';
import { localPathSchema } from './common';

export const driveSchema = z.strictObject({
  path: z.string(),
  label: z.string(),
  freeBytes: z.number().min(0),
  totalBytes: z.number().min(0),
});

export const drivesContract = {
  list: { input: z.undefined(), output: z.strictObject({ drives: z.array(driveSchema) }) },
  /** The OS folder dialog where there is one (Electron); `supported: false` means "let the user type a path". */
  pickFolder: {
    input: z.strictObject({ purpose: z.enum(['save', 'open']) }),
    output: z.strictObject({ supported: z.boolean(), path: z.string().nullable() }),
  },
  /**
   * Main's own folder browser, for where there is no OS dialog (the web host): the subfolders of
   * `path` (or of the user's home folder when null), and its parent, so a folder is chosen by clicks.
   */
  browse: {
    input: z.strictObject({ path: localPathSchema.nullable() }),
    output: z.strictObject({
      path: z.string(),
      parent: z.string().nullable(),
      folders: z.array(z.strictObject({ name: z.string(), path: z.string() })),
      /** More subfolders than are listed (a folder with thousands of them). */
      truncated: z.boolean(),
    }),
  },
  /** Zip files in a folder or on a drive and its direct subfolders, to offer for import (names say nothing). */
  listBundles: {
    input: z.strictObject({ path: localPathSchema }),
    output: z.strictObject({
      files: z.array(z.strictObject({ name: z.string(), path: z.string(), size: z.int().min(0) })),
    }),
  },
};
