import { createHash } from 'node:crypto';
import { z } from 'zod';
import {
  BACKUP_ENTRIES,
  type BackupManifest,
  backupManifestSchema,
} from '../../../shared/backup/backup-format';
import { errnoCode, type FileSystem } from '../fs/file-system';
import { chunksOf, decryptStream } from './age-streams';
import { entryStream, NotAZip, readEntry, readZipDirectory, type ZipEntryRange } from './zip-reader';

/** A backup file that is not what it says: a stick that lies, a cut copy, an edited byte. */
export class BackupDamaged extends Error {
  override name = 'BackupDamaged';
}

export interface OpenedBackup {
  manifest: BackupManifest;
  entries: Record<keyof typeof BACKUP_ENTRIES, ZipEntryRange>;
}

/** Reads a backup's directory and manifest (a few KiB of the file); throws NotAZip or BackupDamaged. */
export async function openBackupFile(fs: FileSystem, file: string): Promise<OpenedBackup> {
  const dir = await readZipDirectory(fs, file);
  const find = (name: string) => {
    const found = dir.filter((e) => e.name === name);
    if (found.length !== 1 || found[0] === undefined) throw new NotAZip(`entry ${name}`);
    return found[0];
  };
  if (dir.length !== 4) throw new NotAZip('not the four entries of a backup');
  const entries = {
    manifest: find(BACKUP_ENTRIES.manifest),
    key: find(BACKUP_ENTRIES.key),
    files: find(BACKUP_ENTRIES.files),
    db: find(BACKUP_ENTRIES.db),
  };
  if (entries.manifest.size > 16 * 1024 * 1024) throw new BackupDamaged('manifest too large');
  let raw: unknown;
  try {
    raw = JSON.parse(
      new TextDecoder('utf-8', { fatal: true }).decode(await readEntry(fs, file, entries.manifest)),
    );
  } catch {
    throw new BackupDamaged('manifest is not JSON');
  }
  const parsed = backupManifestSchema.safeParse(raw);
  if (!parsed.success) throw new NotAZip(`manifest: ${z.prettifyError(parsed.error).slice(0, 200)}`);
  const manifest = parsed.data;
  for (const name of ['key', 'files', 'db'] as const) {
    if (entries[name].size !== manifest.entries[name].size) throw new BackupDamaged(`${name} size`);
  }
  return { manifest, entries };
}

export async function sha256OfStream(stream: ReadableStream<Uint8Array>): Promise<string> {
  const h = createHash('sha256');
  for await (const chunk of chunksOf(stream)) h.update(chunk);
  return h.digest('hex');
}

/** Every .age entry hashes to what the manifest says. */
export async function checkEntryHashes(fs: FileSystem, file: string, opened: OpenedBackup): Promise<void> {
  for (const name of ['key', 'files', 'db'] as const) {
    const got = await sha256OfStream(entryStream(fs, file, opened.entries[name]));
    if (got !== opened.manifest.entries[name].sha256) throw new BackupDamaged(`${name} hash`);
  }
}

/**
 * The read-back after the rename: directory, manifest equal to the one written, every entry's hash,
 * then files.age and db.age decrypted (with the one-off key) to the plaintext hashes taken while writing.
 * Returns the file's size.
 */
export async function verifyBackupFile(
  fs: FileSystem,
  file: string,
  oneOffIdentity: string,
  expected: { manifest: BackupManifest; dbPlainSha256: string; filesPlainSha256: string },
): Promise<number> {
  const opened = await openBackupFile(fs, file).catch((e: unknown) => {
    if (e instanceof NotAZip) throw new BackupDamaged(e.message);
    throw e;
  });
  if (JSON.stringify(opened.manifest) !== JSON.stringify(expected.manifest))
    throw new BackupDamaged('manifest');
  await checkEntryHashes(fs, file, opened);
  const plain = async (name: 'files' | 'db') => {
    try {
      return await sha256OfStream(
        await decryptStream(entryStream(fs, file, opened.entries[name]), oneOffIdentity),
      );
    } catch (e) {
      if (errnoCode(e) !== undefined) throw e;
      throw new BackupDamaged(`${name} does not decrypt`);
    }
  };
  if ((await plain('files')) !== expected.filesPlainSha256) throw new BackupDamaged('files plaintext');
  if ((await plain('db')) !== expected.dbPlainSha256) throw new BackupDamaged('db plaintext');
  return (await fs.stat(file)).size;
}
