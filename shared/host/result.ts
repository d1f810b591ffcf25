/**
 * Results cross the process boundary as values, never as thrown errors (Signal's wrapResult), and
 * refusals as codes, never as sentences: the renderer translates `reason` (or, without one, `code`)
 * in one place (renderer/ui/store-error-text.ts). Every code is camelCase, like the store's.
 */
export const HOST_ERROR_CODES = [
  'invalidInput',
  'unauthorized',
  'forbidden',
  /** A trust change without a valid proof of a signed-in administrator (or exchange.run user): authority.ts. */
  'authorityRequired',
  'notFound',
  'notAllowed',
  'unavailable',
  'internal',
] as const;
export type HostErrorCode = (typeof HOST_ERROR_CODES)[number];

/**
 * Why, more exactly than the code: each reason has a sentence in every language the renderer speaks
 * (`errors.reason.<reason>`), filled from `details`.
 */
export const HOST_REASONS = [
  // The door and the transports
  'unknownCall',
  'invalidFields',
  'badRequest',
  'tooLarge',
  'foreignOrigin',
  'sessionMissing',
  'badResponse',
  'noAnswer',
  'internalError',
  // Files main keeps or writes
  'stateFileCorrupt',
  'absolutePathNeeded',
  'folderUnreadable',
  'folderNotFound',
  'driveGone',
  'readRemoved',
  'readNoPermission',
  'readIo',
  'readFailed',
  'writeNoSpace',
  'writeReadOnly',
  'writeNoPermission',
  'writeRemoved',
  'writeIo',
  'writeVerifyFailed',
  'writeBadName',
  // Keys and trust
  'keysExist',
  'noKeys',
  'wrongWrappingKey',
  'keyStoreMissing',
  'exchangeLocked',
  'wrappingKeyLength',
  'keyReplaced',
  'fingerprintMismatch',
  'keyNotFound',
  'proofMissing',
  'authorityKeysMissing',
  'proofWrongRole',
  'proofStale',
  'proofInvalid',
  'proofReused',
  'authorityLogCorrupt',
  // Bundles
  'identifyingField',
  'notDeidentified',
  'configKeysAdded',
  'nothingReceived',
  'noApprovedKey',
  'sendToSelf',
  'sentPruned',
  'sentFileLost',
  'sentNotFound',
  'bundleNotOpened',
  'replay',
  'chainBroken',
  // Mail
  'mailNotSet',
  'mailNotFound',
  'plainPassword',
  // Audit head, office binding, links
  'auditBehind',
  'auditHashDiffers',
  'folderBound',
  'linkNotAllowed',
] as const;
export type HostReason = (typeof HOST_REASONS)[number];

/** Values a sentence is filled with: unit codes, sequence numbers, a field's path. Never a survivor's data. */
export type HostErrorDetails = Readonly<Record<string, string | number>>;

export interface HostError {
  code: HostErrorCode;
  reason?: HostReason | undefined;
  details?: HostErrorDetails | undefined;
  /** Technical, in English, for logs and developers; the UI never shows it as the message. */
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: HostError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });

const technical = (code: HostErrorCode, reason: HostReason | undefined, details: HostErrorDetails) =>
  [code, reason, Object.keys(details).length > 0 ? JSON.stringify(details) : undefined]
    .filter((part) => part !== undefined)
    .join(': ');

export function hostError(
  code: HostErrorCode,
  reason?: HostReason,
  details: HostErrorDetails = {},
): HostError {
  return {
    code,
    ...(reason === undefined ? {} : { reason }),
    ...(Object.keys(details).length === 0 ? {} : { details }),
    message: technical(code, reason, details),
  };
}

export const fail = (
  code: HostErrorCode,
  reason?: HostReason,
  details?: HostErrorDetails,
): Result<never> => ({
  ok: false,
  error: hostError(code, reason, details),
});

/** Thrown inside main's services to end a call with a stable code; the dispatcher turns it into a value. */
export class HostFailure extends Error {
  readonly details: HostErrorDetails;
  constructor(
    readonly code: HostErrorCode,
    readonly reason: HostReason,
    details: HostErrorDetails = {},
  ) {
    super(technical(code, reason, details));
    this.name = 'HostFailure';
    this.details = details;
  }

  toHostError(): HostError {
    return hostError(this.code, this.reason, this.details);
  }
}
