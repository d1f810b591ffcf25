import { z } from 'zod';
import { localPathSchema } from '../exchange/common';
import { RELEASE_REFUSALS } from './release-refusal';

/**
 * Host calls of updates (issue 11). Main finds a release folder (a USB stick from the drive listing,
 * a chosen folder, a LAN share), verifies its signature and installer, copies it into the data folder
 * and verifies the copy; only then can electron-updater fetch it, from a loopback feed main serves for
 * that download alone. The officer decides every step: nothing downloads or installs by itself.
 */
export const releaseRefusalSchema = z.enum(RELEASE_REFUSALS);

export const verifiedReleaseSchema = z.strictObject({
  version: z.string(),
  /** The database schema version the release's app uses. */
  schema: z.int().min(1),
  installer: z.string(),
  size: z.int().min(0),
  releaseDate: z.string().nullable(),
  /** Which embedded publisher key signed it: its minisign key id (`daily` or `rotation`). */
  signedBy: z.strictObject({ keyId: z.string(), role: z.enum(['daily', 'rotation', 'test']) }),
  /** Where it was found (a folder) or `network`. */
  from: z.string(),
});
export type VerifiedRelease = z.infer<typeof verifiedReleaseSchema>;

const refused = z.strictObject({
  status: z.literal('refused'),
  reason: releaseRefusalSchema,
  detail: z.string(),
});
const outcome = <T extends z.ZodRawShape>(shape: T) =>
  z.discriminatedUnion('status', [z.strictObject({ status: z.literal('ok'), ...shape }), refused]);

export const updatePhaseSchema = z.enum(['idle', 'verified', 'downloading', 'ready']);

export const updateStatusSchema = z.strictObject({
  running: z.string(),
  /** Electron's packaged app can install; the web host and development builds can only verify and pass on. */
  canInstall: z.boolean(),
  /** The https feed named at build time, if any; it is read only when the officer asks. */
  networkFeed: z.string().nullable(),
  phase: updatePhaseSchema,
  release: verifiedReleaseSchema.nullable(),
  /** 0–100 while downloading. */
  percent: z.number().min(0).max(100).nullable(),
  /** The officer chose "cài khi đóng ứng dụng". */
  installOnQuit: z.boolean(),
  /** Why the last step stopped, until the next one. */
  lastRefusal: refused.nullable(),
});
export type UpdateStatus = z.infer<typeof updateStatusSchema>;

export const foundReleaseSchema = z.strictObject({
  folder: z.string(),
  result: outcome({ release: verifiedReleaseSchema }),
});
export type FoundRelease = z.infer<typeof foundReleaseSchema>;

export const updatesContract = {
  status: { input: z.undefined(), output: updateStatusSchema },
  /** Release folders at `path` (the folder itself and its subfolders), each verified. */
  scan: {
    input: z.strictObject({ path: localPathSchema }),
    output: z.strictObject({ found: z.array(foundReleaseSchema) }),
  },
  /** Verifies the folder, copies it into the data folder, verifies the copy: the release to install or pass on. */
  stage: {
    input: z.strictObject({ folder: localPathSchema }),
    output: outcome({ release: verifiedReleaseSchema }),
  },
  /** Asks the https feed (only now, never by itself); a newer signed release becomes the one to download. */
  checkNetwork: { input: z.undefined(), output: outcome({ release: verifiedReleaseSchema.nullable() }) },
  /** electron-updater downloads the chosen release (from the loopback feed for a staged one). */
  download: { input: z.undefined(), output: outcome({}) },
  /**
   * Installs the downloaded release when the app closes, or now. `schema` is the running store's
   * version: a release with another schema installs only after a backup made since it was found.
   */
  install: {
    input: z.strictObject({ when: z.enum(['quit', 'now']), schema: z.int().min(1) }),
    output: outcome({}),
  },
  /** Copies the verified release into `<to>/BinhAn-<version>/` for the next office and verifies the copy. */
  passOn: { input: z.strictObject({ to: localPathSchema }), output: outcome({ folder: z.string() }) },
};
