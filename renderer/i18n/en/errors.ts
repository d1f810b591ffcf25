import type { Messages } from '../vi';

/** Refusals from main and the bundle reader, by code, in English. */
export const errors: Messages['errors'] = {
  host: {
    invalidInput: 'The data is not valid.',
    unauthorized: 'The session has expired; open the app again.',
    forbidden: 'You are not allowed to do this.',
    authorityRequired:
      'This needs the confirmation of a signed-in administrator (or a user who may exchange data).',
    notFound: 'Not found.',
    notAllowed: 'This action is not allowed.',
    unavailable: "The app's background part cannot be reached.",
    internal: 'Internal error in the app.',
  },
  who: { admin: 'an administrator', exchange: 'a user who may exchange data' },
  reason: {
    unknownCall: 'The app has no such function ({{channel}}).',
    invalidFields: 'The data sent is not valid (field {{field}}).',
    badRequest: 'The request is not in the expected form ({{expected}}).',
    tooLarge: 'The data sent is too large (at most {{limit}} bytes).',
    foreignOrigin: "The request does not come from the app's own page.",
    sessionMissing: 'The session code is missing or wrong; open the app again from its launch link.',
    badResponse: "The app's background part gave an invalid answer ({{channel}}).",
    noAnswer: "The app's background part cannot be reached.",
    internalError: 'Something went wrong inside the app; no data was changed.',
    stateFileCorrupt:
      'The state file {{file}} is damaged; the app does not overwrite it. Tell your technical officer.',
    absolutePathNeeded: 'Type the full path (for example E:\\ or /media/…).',
    folderUnreadable: 'This folder or drive cannot be opened.',
    folderNotFound: 'This folder or drive was not found.',
    driveGone: 'This USB drive is no longer there: plug it in again and choose it again.',
    readRemoved:
      'The bundle file was not found, or the drive was pulled out. Plug it in and choose the file again.',
    readNoPermission: 'You are not allowed to read this bundle file.',
    readIo: 'Read error on the drive (it may be damaged). Copy the file to this computer and open it again.',
    readFailed: 'The bundle file could not be read from the drive.',
    writeNoSpace: 'The drive is full. Delete some files or use another drive.',
    writeReadOnly:
      'The drive is read-only (its write-protect switch may be on), so the file cannot be written.',
    writeNoPermission: 'You are not allowed to write to this folder.',
    writeRemoved: 'The drive was pulled out or became unreachable while writing. Plug it in and write again.',
    writeIo: 'Read/write error on the drive (it may be damaged). Try again or use another drive.',
    writeVerifyFailed:
      'The file just written does not read back the same: the drive may be damaged. The file was removed; use another drive.',
    writeBadName: 'The file name is not valid.',
    keysExist: 'This office already has keys; they are not made again, so the old ones are not lost.',
    noKeys: 'This office has no keys yet: create them first.',
    wrongWrappingKey: "Wrong unlocking key: the office's private keys could not be opened.",
    keyStoreMissing: "The office's private keys are not in this computer's key store.",
    exchangeLocked: "The office's keys are locked: sign in to unlock them, then try again.",
    wrappingKeyLength: 'The wrapping key must be exactly 32 bytes long.',
    keyReplaced: 'This key has been replaced by a newer one, so it is not approved again.',
    fingerprintMismatch:
      'The code does not match the key in the enrollment bundle: not approved. Call the sending office again to compare.',
    keyNotFound: 'This key is not in the list of imported keys.',
    proofMissing:
      'This changes trust or sends data out, so it needs the confirmation of {{who}} who is signed in; the request had none and was refused.',
    authorityKeysMissing:
      "This computer does not have the administrator's confirmation keys yet: let an administrator sign in once, then try again.",
    proofWrongRole: 'This needs the confirmation of {{who}}; the one sent belongs to another role.',
    proofStale: "The confirmation has expired (or the computer's clock is wrong): try again.",
    proofInvalid:
      'The confirmation is not valid for this request: it needs the signature of {{who}} over exactly this content.',
    proofReused: 'This confirmation has already been used once and cannot be used again.',
    authorityLogCorrupt:
      'The trust change log ({{file}}) is damaged or was edited; the app writes nothing more to it. Tell your technical officer.',
    identifyingField:
      "The data bundle still holds a survivor's identifying data ({{field}}), so it was not made.",
    notDeidentified:
      'A data bundle may hold only data stripped of identity by the sharing rule ({{where}}). The bundle was not made.',
    configKeysAdded: 'The public keys in a configuration bundle are added by the app itself.',
    nothingReceived: 'No bundle has been received from office {{unit}} yet.',
    noApprovedKey:
      'There is no approved key for office {{unit}}: import and approve its enrollment or configuration bundle first.',
    sendToSelf: 'A bundle is not sent to your own office.',
    sentPruned:
      'Bundle no. {{sequence}} was confirmed by a receipt and removed from this computer, as the retention rule says.',
    sentFileLost: 'The kept copy of bundle no. {{sequence}} is missing or damaged; make a new bundle.',
    sentNotFound: 'There is no bundle no. {{sequence}} sent to office {{unit}}.',
    bundleNotOpened: 'This bundle was not opened in this session: open it again, then import.',
    replay: 'Bundle no. {{sequence}} was received before, so it is not imported again.',
    chainBroken:
      'The chain of bundles is broken: the bundle before no. {{sequence}} from the sender does not match.',
    mailNotSet: 'The mail server is not set up: enter the mail settings first.',
    mailNotFound: 'This message is not in the outbox.',
    plainPassword:
      'A password is not sent over an unencrypted connection: choose STARTTLS or TLS for the mail server.',
    auditBehind: 'The log already reaches entry {{held}}; it cannot go back to {{next}}.',
    auditHashDiffers: 'Entry {{seq}} of the log was recorded with another hash.',
    folderBound:
      'This data folder already belongs to {{name}} (unit {{unitCode}}), set up on {{date}}; a second office cannot be set up over it.',
    linkNotAllowed: 'This address is not on the list of addresses the app may open.',
  },
  rejection: {
    corrupt: 'The bundle file is damaged or incomplete (the copy may have been cut short).',
    unsafePath: 'The bundle file holds an unsafe path, so it was refused.',
    tooLarge: 'The bundle file is too large.',
    unknownSender: 'The bundle is signed with a key that has not been approved: the sender is unknown.',
    badSignature:
      'The digital signature is not valid: the bundle was changed or not signed by the sending office.',
    senderMismatch: 'The signing key does not belong to the sending office named in the bundle.',
    futureVersion: 'The bundle was made by a newer version of Bình An: update the app, then open it again.',
    wrongKind: 'This kind of bundle does not fit this action.',
    wrongRecipient: 'This bundle is not addressed to this office (not to this province).',
    replay: 'This bundle was received before (an old or repeated number), so it is not imported again.',
    chainBroken: "The chain of bundles is broken: the sender's previous bundle does not match.",
    payloadMismatch:
      'The data in the bundle does not match its signed manifest: the file is damaged or was edited.',
    cannotDecrypt: "The data cannot be decrypted: the bundle was not encrypted for this office's key.",
    invalidPayload: 'The data in the bundle is not in the right format.',
  },
  unknown: 'Unexpected error: {{message}}',
};
