import { JSON_SCHEMA, load } from 'js-yaml';
import { z } from 'zod';
import { isPlainFileName } from '../fs/write-file-atomic';

/**
 * What the app reads of electron-builder's `latest.yml` (electron-updater's UpdateInfo), after its
 * signature has verified: the version and the installer with its sha512 (base64) and size. Other keys
 * (releaseNotes, blockMapSize, …) pass through to electron-updater untouched.
 */
const sha512Base64 = z.string().regex(/^[A-Za-z0-9+/]{86}==$/);
const fileSchema = z.object({
  url: z.string().min(1).max(200),
  sha512: sha512Base64,
  size: z.int().min(1),
});
const manifestSchema = z.object({
  version: z.string().min(1).max(64),
  files: z.array(fileSchema).min(1).max(8),
  path: z.string().optional(),
  sha512: sha512Base64.optional(),
  releaseDate: z.string().max(64).optional(),
});

export interface ReleaseManifest {
  version: string;
  installer: { name: string; sha512: string; size: number };
  releaseDate: string | null;
}

/** The manifest, or null when latest.yml is not YAML or lacks what an update needs. */
export function parseReleaseManifest(bytes: Uint8Array): ReleaseManifest | null {
  let data: unknown;
  try {
    // JSON_SCHEMA: no dates, no custom tags; what electron-builder writes parses the same.
    data = load(new TextDecoder('utf-8', { fatal: true }).decode(bytes), { schema: JSON_SCHEMA });
  } catch {
    return null;
  }
  const parsed = manifestSchema.safeParse(data);
  if (!parsed.success) return null;
  // The installer is the first file (electron-builder lists it first; `path` names it too).
  const first = parsed.data.files[0];
  if (first === undefined) return null;
  // A plain name in the same folder: never a path elsewhere on the stick or on this computer.
  if (!isPlainFileName(first.url) || first.url.startsWith('.')) return null;
  return {
    version: parsed.data.version,
    installer: { name: first.url, sha512: first.sha512, size: first.size },
    releaseDate: parsed.data.releaseDate ?? null,
  };
}
