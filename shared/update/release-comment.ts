import { isReleaseVersion } from './version-order';

/**
 * The trusted comment of `latest.yml.minisig`: minisign signs it together with the signature, so it
 * binds the signature to this file, this version and the store's schema version, which latest.yml
 * (written by electron-builder) does not carry. `minisign -V` prints it:
 *
 *   trusted comment: binhan-release file=latest.yml version=1.2.0 schema=8 signed=2026-12-02T03:00:00.000Z
 */
export interface ReleaseComment {
  file: string;
  version: string;
  /** The database schema version of the release (renderer/db/migrations LATEST_VERSION). */
  schema: number;
  signedAt: string;
}

const PREFIX = 'binhan-release';

export function formatReleaseComment(c: ReleaseComment): string {
  return `${PREFIX} file=${c.file} version=${c.version} schema=${c.schema} signed=${c.signedAt}`;
}

/** Null when the comment is not one of ours (another file's signature, or a hand-made one). */
export function parseReleaseComment(text: string): ReleaseComment | null {
  const m =
    /^binhan-release file=([A-Za-z0-9._-]{1,64}) version=(\S{1,64}) schema=([1-9]\d{0,3}) signed=(\S{1,40})$/.exec(
      text,
    );
  if (m === null) return null;
  const [, file = '', version = '', schema = '', signedAt = ''] = m;
  if (!isReleaseVersion(version) || Number.isNaN(Date.parse(signedAt))) return null;
  return { file, version, schema: Number(schema), signedAt };
}
