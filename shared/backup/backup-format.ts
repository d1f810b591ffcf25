import { z } from 'zod';

/**
 * The office backup (issue 10): one zip file, entries stored (already compressed and encrypted), that
 * standard tools open:
 *
 *   manifest.json   plaintext: office, time, app and schema version, row counts, SHA-256 and size of each
 *                   .age entry — written last, so a zip without it is not a backup
 *   backup-key.age  the backup key (an age X25519 identity file), encrypted with age's passphrase
 *                   (scrypt) recipient; the passphrase is the office's recovery key exactly as printed
 *   files.age       main's files (gzip NDJSON, one line per file), age X25519 to the backup key
 *   db.age          every IndexedDB table (gzip NDJSON, one line per row), age X25519 to the backup key
 *
 * So IT opens one with `unzip`, `age -d` (typing the recovery key), `age -d -i` and `gunzip` (README,
 * "Sao lưu / Backups"). The backup key is made once, when an administrator first types the recovery key
 * into Admin → Sao lưu; its public half stays in the store, so later backups need no secret at all.
 */
export const BACKUP_FORMAT = 'binhan-backup';
export const BACKUP_FORMAT_VERSION = 1;
export const BACKUP_ENTRIES = {
  manifest: 'manifest.json',
  key: 'backup-key.age',
  files: 'files.age',
  db: 'db.age',
} as const;

/** `binhan-backup-<unit>-<yyyyMMdd-HHmmss>.zip` (UTC): sorts by time, says whose it is. */
export const BACKUP_FILE_NAME = /^binhan-backup-[0-9A-Za-z_-]{1,32}-\d{8}-\d{6}\.zip$/;

export function backupFileName(unitCode: string, at: Date): string {
  const iso = at.toISOString();
  const stamp = `${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}-${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}`;
  return `binhan-backup-${unitCode.replace(/[^0-9A-Za-z_-]/g, '_').slice(0, 32)}-${stamp}.zip`;
}

/**
 * age's scrypt work factor for backup-key.age. The passphrase is the recovery key, 256 random bits, so
 * stretching adds nothing; 2^15 (32 MiB) keeps the renderer's unlock short while staying a normal value.
 */
export const BACKUP_KEY_SCRYPT_LOG_N = 15;

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);
export const backupEntryInfoSchema = z.strictObject({ sha256: sha256Hex, size: z.int().min(0) });

export const backupManifestSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_FORMAT_VERSION),
  createdAt: z.iso.datetime(),
  appVersion: z.string().max(64),
  /** The IndexedDB schema version the rows were read at; a restore into another version is refused. */
  schemaVersion: z.int().min(1),
  office: z.strictObject({
    /** office.json's id when the data folder had one (it always has, after setup). */
    officeId: z.uuid().nullable(),
    unitCode: z.string().min(1).max(32),
    name: z.string().min(1).max(200),
  }),
  /** The backup key's public half (age X25519): which key opens files.age and db.age. */
  recipient: z.string().regex(/^age1[02-9ac-hj-np-z]{58}$/),
  /** Rows per table, as read. */
  counts: z.record(z.string().max(64), z.int().min(0)),
  /** Main's files, by path inside the data folder. */
  files: z.array(z.strictObject({ path: z.string().max(300), size: z.int().min(0) })).max(100_000),
  /** The newest audit entry in the backup: main's audit-head.json is set to it on restore. */
  auditHead: z.strictObject({ seq: z.int().min(1), hash: sha256Hex }).nullable(),
  /** Per recipient unit, the last exchange sequence in sent/ (what a restore continues from). */
  lastSent: z.record(z.string().max(32), z.strictObject({ sequence: z.int().min(0), createdAt: z.string() })),
  entries: z.strictObject({
    key: backupEntryInfoSchema,
    files: backupEntryInfoSchema,
    db: backupEntryInfoSchema,
  }),
});
export type BackupManifest = z.infer<typeof backupManifestSchema>;

/** What the renderer knows of the manifest when it finishes: main adds the files, entries and sent chains. */
export const backupRendererPartSchema = backupManifestSchema.pick({
  schemaVersion: true,
  office: true,
  counts: true,
  auditHead: true,
});
export type BackupRendererPart = z.infer<typeof backupRendererPartSchema>;

/** Why a backup or restore stopped; the renderer says it in words (backup.problem.*). Nothing is lost. */
export const BACKUP_PROBLEMS = [
  'no-space',
  'read-only',
  'no-permission',
  'removed',
  'io',
  'verify-failed',
  'bad-name',
  'folder-missing',
  'not-a-backup',
  'damaged',
  'wrong-key',
  'other-office',
  'unknown-session',
  'too-large',
  /** Not the office's backup key: main encrypts only to the key it pinned (backup-guard.ts). */
  'key-mismatch',
] as const;
export type BackupProblem = (typeof BACKUP_PROBLEMS)[number];
export const backupProblemSchema = z.enum(BACKUP_PROBLEMS);

/** One line of files.age: a file of main's data folder, its path relative to the folder, bytes in base64. */
export const backupFileLineSchema = z.strictObject({
  path: z.string().min(1).max(300),
  base64: z.base64(),
});
