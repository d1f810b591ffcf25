import type { Messages } from '../vi';

/** Backups and restore (issue 10). */
export const backup: Messages['backup'] = {
  panel: {
    title: 'Backups',
    intro:
      "A backup holds all of the office's data (case records stay encrypted), users, the audit log and the exchange files. Only the office's recovery key opens it. Back up to a USB stick or a folder outside this computer.",
    folder: 'Backup folder (full path, e.g. a USB stick)',
    keep: 'Backups to keep in the folder',
    run: 'Back up now',
    running: 'Backing up… {{percent}}%',
    done: 'Backed up and checked: {{file}} ({{size}}).',
    last: 'Last backup: {{date}}, to {{folder}}.',
    never: 'This office has never been backed up.',
    listTitle: 'Backups in the folder',
    listEmpty: 'No backups in this folder yet.',
    listDate: 'Time',
    listFile: 'File',
    listSize: 'Size',
    listCases: 'Cases',
    keyNeeded:
      "First backup: type the office's recovery key (the sheet printed at setup). The app checks it and makes the backup key from it; later backups need nothing.",
    recoveryKey: 'Recovery key',
    enable: 'Turn on backups',
    enabled: 'Backups are on. Only this recovery key opens them.',
    conflict: 'Data changed during the backup; press back up again.',
  },
  reminder: {
    never: 'This office has no backup. If this computer fails or is lost, every case is lost.',
    old: 'The last backup is {{days}} days old ({{date}}).',
    action: 'Back up now',
  },
  restore: {
    offer: 'Restore from a backup',
    title: 'Restore from a backup',
    intro:
      "For a new computer or after a failure: choose the backup file (full path), see what it holds, type the office's recovery key and restore.",
    path: 'Backup file (full path to the .zip file)',
    inspect: 'Look at the backup',
    office: 'Office: {{name}} (unit {{unitCode}})',
    createdAt: 'Backed up at: {{date}}',
    counts: 'Cases: {{cases}} · users: {{users}} · people trained: {{people}} · audit entries: {{audit}}',
    lastSent:
      'Last bundle in the backup: number {{sequence}} to unit {{unit}} ({{date}}). If the office sent others after this backup, ask the province for its newest receipt and import it (Exchange → Import) before sending again: the app then continues after the last bundle the province acknowledged and reuses no number.',
    recoveryKey: "The office's recovery key",
    confirmOver:
      "This computer already holds an office's data. Restoring replaces all of it; type the recovery key of the office now on this computer to confirm.",
    run: 'Restore',
    running: 'Restoring… {{percent}}%',
    done: 'Restored. Sign in with your old username and passphrase.',
    open: 'Open the app',
    erasures:
      "Erasures carried out after {{date}} are not in this backup: those cases are back. Check the office's register of erasure requests and erase each of them again (open the case → Personal data rights).",
    cancel: 'Back',
    sentAfter:
      'After this backup was made, this computer sent bundles {{list}}. Its log of sent bundles is kept, so the next bundle takes the next number and none is reused.',
    wrongRecoveryKey: 'This recovery key does not open the backup.',
    refused: {
      schemaVersion: 'The backup was made by another version of the app; restore it with that version.',
      needsRecoveryKey: 'The recovery key of the office now on this computer is needed to replace its data.',
      counts: 'The rows read do not match the backup: the file may be damaged. Use another backup.',
      damaged: 'The backup is damaged. Choose another backup.',
    },
  },
  problem: {
    'no-space': 'The drive is full. The older backups are untouched; free some space or use another drive.',
    'read-only': 'The drive is read-only (its write-protect switch may be on).',
    'no-permission': 'No permission to write to this folder.',
    removed:
      'The drive was removed or can no longer be reached. Nothing was lost; plug it in and back up again.',
    io: 'A read/write error on the drive (it may be failing). Try again or use another drive.',
    'verify-failed':
      'The file just written does not read back the same: the drive may be failing. It was deleted; use another drive.',
    'bad-name': 'The file name is not valid.',
    'folder-missing': 'That folder or file was not found (a full path is needed).',
    'not-a-backup': 'This file is not a Bình An backup.',
    damaged: 'The backup is damaged (its hashes do not match). Use another backup.',
    'wrong-key': 'This recovery key does not open the backup.',
    'other-office': "This computer's data folder belongs to another office; a restore does not overwrite it.",
    'unknown-session': 'The backup session has ended; start again.',
    'too-large': 'The backup is larger than 4 GiB.',
    'key-mismatch':
      "This is not the office's backup key: the app encrypts backups only to the key the office first backed up with, and restores over this office only a backup made with it.",
  },
  damaged: {
    title: 'The data store on this computer is damaged',
    body: 'At start Bình An checks its data store and found it is not whole. The app does not carry on over damaged data, nor set up an empty office over it. Restore the newest backup, or call your IT officer. Found:',
    problem: {
      schemaVersion: "the store's schema version does not match the app;",
      auditBehind: 'the audit log is shorter than the chain head the app keeps (its last entries are gone);',
      auditHashDiffers: "the audit log's last entry does not match the hash the app kept;",
      auditMissing: 'the audit log is empty, yet the app had recorded entries;',
      vault: "some cases' encrypted part is not whole;",
      aggregates: 'the counters do not match the cases;',
      keyring: "the office's keys are missing;",
      unreadable: 'the data store cannot be read.',
      storeMissing:
        "the data store is empty, although this computer's data folder and this browser profile held the office (the browser dropped damaged files, or they were deleted).",
    },
    newest: 'Newest backup: {{file}} (in {{folder}}).',
    noBackup: 'No backup found in the last backup folder; type the path of a backup file.',
    retry: 'Check again',
  },
};
