import { equalBytes } from '../../../shared/bundle/bytes';
import {
  keyIdText,
  MinisignFormatError,
  parseSignature,
  verifyMinisign,
} from '../../../shared/bundle/minisign';
import { parseReleaseComment } from '../../../shared/update/release-comment';
import { ReleaseRefused } from '../../../shared/update/release-refusal';
import type { VerifiedRelease } from '../../../shared/update/update-contract';
import { compareVersions, isReleaseVersion } from '../../../shared/update/version-order';
import type { PublisherKey } from './publisher-keys';
import { parseReleaseManifest, type ReleaseManifest } from './release-manifest';

export const MANIFEST_NAME = 'latest.yml';
export const SIGNATURE_NAME = 'latest.yml.minisig';

export interface SignedManifest {
  manifest: ReleaseManifest;
  schema: number;
  signedBy: VerifiedRelease['signedBy'];
}

export interface VersionFloor {
  /** The app's own version. */
  running: string;
  /** The newest release this computer has verified before (seen-releases.ts), if any. */
  highestSeen: string | null;
}

/**
 * Checks latest.yml against its minisign signature, before anything of it is parsed, and then the
 * version against the floor. Throws ReleaseRefused with the first reason found:
 * unknownKey → badSignature → commentMismatch → manifestInvalid → downgrade / notNewer → replay.
 */
export function verifySignedManifest(
  manifestBytes: Uint8Array,
  signatureText: string,
  keys: readonly PublisherKey[],
  floor: VersionFloor,
): SignedManifest {
  let sig: ReturnType<typeof parseSignature>;
  try {
    sig = parseSignature(signatureText);
  } catch (e) {
    if (e instanceof MinisignFormatError) throw new ReleaseRefused('signatureUnreadable', e.message);
    throw e;
  }
  const signer = keys.find((k) => equalBytes(k.key.keyId, sig.keyId));
  if (signer === undefined) throw new ReleaseRefused('unknownKey', keyIdText(sig.keyId));
  if (!verifyMinisign(manifestBytes, sig, signer.key))
    throw new ReleaseRefused('badSignature', MANIFEST_NAME);
  const comment = parseReleaseComment(sig.trustedComment);
  if (comment === null || comment.file !== MANIFEST_NAME) {
    throw new ReleaseRefused('commentMismatch', sig.trustedComment.slice(0, 120));
  }
  const manifest = parseReleaseManifest(manifestBytes);
  if (manifest === null || !isReleaseVersion(manifest.version)) throw new ReleaseRefused('manifestInvalid');
  // The version signed in the comment and the one electron-updater will read must be the same release.
  if (manifest.version !== comment.version) {
    throw new ReleaseRefused('commentMismatch', `${comment.version} ≠ ${manifest.version}`);
  }
  checkVersion(manifest.version, floor);
  return {
    manifest,
    schema: comment.schema,
    signedBy: { keyId: keyIdText(signer.key.keyId), role: signer.role },
  };
}

/** Newer than the app running, and not older than a release already verified here. */
export function checkVersion(version: string, floor: VersionFloor): void {
  const vsRunning = compareVersions(version, floor.running);
  if (vsRunning < 0) throw new ReleaseRefused('downgrade', `${version} < ${floor.running}`);
  if (vsRunning === 0) throw new ReleaseRefused('notNewer', version);
  if (floor.highestSeen !== null && compareVersions(version, floor.highestSeen) < 0) {
    throw new ReleaseRefused('replay', `${version} < ${floor.highestSeen}`);
  }
}
