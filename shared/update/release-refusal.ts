/**
 * Why a release (a folder, a stick, the network feed) is not offered or not installed. Codes cross the
 * boundary; the renderer says each in Vietnamese and English (updates.refusal.<code>).
 */
export const RELEASE_REFUSALS = [
  /** No latest.yml in the folder. */
  'noRelease',
  /** latest.yml without latest.yml.minisig next to it. */
  'unsigned',
  /** The signature file is not a minisign signature. */
  'signatureUnreadable',
  /** Signed, but by neither of the publisher's keys. */
  'unknownKey',
  /** The signature does not verify: latest.yml (or its trusted comment) was changed after signing. */
  'badSignature',
  /** Signed, but the trusted comment is not a Bình An release's or names another file or version. */
  'commentMismatch',
  /** latest.yml does not say which installer, its sha512 and size. */
  'manifestInvalid',
  /** The installer latest.yml names is not in the folder. */
  'installerMissing',
  /** The installer's size differs from latest.yml's. */
  'installerSize',
  /** The installer's sha512 differs from latest.yml's: the installer was changed or damaged. */
  'installerHash',
  /** Older than the version running. */
  'downgrade',
  /** The version running (nothing to install). */
  'notNewer',
  /** Older than a release this computer has already verified: an old signed release played back. */
  'replay',
  /** The network feed is not https. */
  'notHttps',
  /** The release folder could not be read (a stick pulled out, no permission). */
  'unreadable',
  /** A copy (staging, or passing it on to a stick) failed or did not read back the same. */
  'copyFailed',
  /** This host cannot install (the web host; a development build). */
  'installUnavailable',
  /** The release changes the database's schema and no backup was made since it was found. */
  'backupNeeded',
  /** Another update step is running. */
  'busy',
  /** Nothing verified to install or pass on. */
  'nothingStaged',
  /** electron-updater stopped (its own message is logged). */
  'updaterFailed',
] as const;
export type ReleaseRefusal = (typeof RELEASE_REFUSALS)[number];

/** A refusal as a value, with what the sentence names (versions, a file). */
export class ReleaseRefused extends Error {
  override name = 'ReleaseRefused';
  constructor(
    readonly reason: ReleaseRefusal,
    readonly detail: string = '',
  ) {
    super(detail === '' ? reason : `${reason}: ${detail}`);
  }
}
