import type { Messages } from '../vi';

/** Updates (issue 11). */
export const updates: Messages['updates'] = {
  title: 'Software updates',
  intro:
    "Updates come from a USB stick, a folder or a shared folder on the office network (or the province's https server, if there is one). The app takes only releases signed by the publisher and newer than the one running; it never downloads or installs by itself.",
  running: 'Version running: {{version}}',
  find: {
    drive: 'Look on a USB stick',
    folder: 'Folder holding the update',
    look: 'Find updates',
    none: 'No update (latest.yml) in this folder or its subfolders.',
    use: 'Use this one',
    network: 'Check over the network',
    networkNone: 'The update server has nothing newer.',
  },
  release: {
    verified:
      "Version {{version}} — the publisher's signature is valid (key {{keyId}}), the installer matches ({{size}}).",
    from: 'From: {{from}}',
    network: 'the update server',
    schemaSame: 'The data structure does not change.',
    schemaChanges:
      'This version changes the data structure (schema {{from}} → {{to}}): the app backs up before installing.',
  },
  download: 'Prepare to install ({{size}})',
  downloading: 'Preparing… {{percent}}%',
  cannotInstall:
    'The web host cannot install software. Install with the desktop app, or copy this release to a USB stick for another office.',
  ready: {
    title: 'Update ready — install when the app closes / install now',
    body: 'Version {{version}} is ready. Install it when the app closes so that no work is interrupted; records are not affected.',
    onQuit: 'Install when the app closes',
    now: 'Install now',
    scheduled: 'Version {{version}} will be installed when you close the app.',
    confirmTitle: 'Install the update now?',
    confirmBody:
      'The app will close, install version {{version}} (no administrator rights needed) and open again. Save anything you are typing in other windows first.',
    backupFolder: 'Backup folder before installing',
    backupFirst: 'Back up to this folder first, then install.',
    backupKeyMissing:
      'Backups are not enabled: enable them in Admin → Backups before installing this version.',
    backingUp: 'Backing up before installing… {{percent}}%',
  },
  passOn: {
    title: 'Copy for another office',
    intro:
      'Copy the verified version {{version}} to a USB stick or a shared folder, so the next office can update.',
    folder: 'Copy to (USB stick or folder)',
    run: 'Copy',
    done: 'Copied and checked again: {{folder}}',
  },
  refusal: {
    noRelease: 'No update (latest.yml) here.',
    unsigned: 'This release is not signed (latest.yml.minisig): not used.',
    signatureUnreadable: 'The signature file is damaged or not a minisign signature.',
    unknownKey: "This release is signed with a key that is not the publisher's ({{detail}}): not used.",
    badSignature: 'The signature does not match: latest.yml was changed after signing. Not used.',
    commentMismatch: 'The signature is not for this release: not used.',
    manifestInvalid: 'latest.yml is not valid.',
    installerMissing: 'The installer {{detail}} is missing.',
    installerSize: 'The installer has another size than the signed one: damaged or changed.',
    installerHash: 'The installer differs from the signed one (sha512): damaged or changed. Not used.',
    downgrade: 'This version is older than the one running ({{detail}}).',
    notNewer: 'This is the version running.',
    replay:
      'This version is older than one this computer has already verified ({{detail}}): an old release is not used again.',
    notHttps: 'The update server must use https.',
    unreadable: 'Could not read it (stick pulled out, or no permission): {{detail}}',
    copyFailed: 'The copy failed or does not match (stick full or pulled out?): {{detail}}',
    installUnavailable: 'Software cannot be installed here.',
    backupNeeded:
      'A backup is needed before installing a version that changes the data structure ({{detail}}).',
    busy: 'Another update step is running; please wait.',
    nothingStaged: 'No verified update yet.',
    updaterFailed: 'The updater stopped: {{detail}}',
  },
};
