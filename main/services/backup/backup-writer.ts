import { createHash, randomBytes } from 'node:crypto';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { Encrypter, generateX25519Identity, identityToRecipient } from 'age-encryption';
import type { BackupListing } from '../../../shared/backup/backup-contract';
import {
  BACKUP_ENTRIES,
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  type BackupManifest,
  type BackupRendererPart,
  backupFileName,
} from '../../../shared/backup/backup-format';
import type { FileSystem, OpenFile } from '../fs/file-system';
import { TEMP_MARK } from '../fs/write-file-atomic';
import { type EncryptingPipe, encryptingPipe } from './age-streams';
import { readDataFiles } from './data-files';
import { verifyBackupFile } from './verify-backup';
import { ZipWriter } from './zip-writer';

type Hash = ReturnType<typeof createHash>;

/** What main adds to the manifest from its own folder. */
export interface MainPart {
  officeId: string | null;
  lastSent: BackupManifest['lastSent'];
}

/**
 * One backup being written: a hidden temp file in the target folder (`.<name>.binhan-tmp-<hex>`, which
 * the next backup's sweep removes if this one is killed) that becomes the final name only after fsync;
 * then it is read back, hashed and decrypted. The db.age and files.age entries are encrypted to the
 * backup key and to a one-off key that lives only in this object: that is what lets main decrypt the
 * file it just wrote without ever holding a secret that opens any other backup.
 */
export class BackupWriter {
  #zip: ZipWriter;
  #pipe: EncryptingPipe | null = null;
  #dbCipher: Hash = createHash('sha256');
  #dbPlain: Hash = createHash('sha256');
  #dbSize = 0;
  #entries: Partial<BackupManifest['entries']> = {};
  #files: BackupManifest['files'] = [];
  #filesPlainSha = '';
  #closed = false;

  private constructor(
    private readonly fs: FileSystem,
    private readonly file: OpenFile,
    readonly folder: string,
    readonly finalName: string,
    private readonly oneOff: string,
    private readonly recipients: string[],
    readonly createdAt: Date,
  ) {
    this.#zip = new ZipWriter(fs, file, createdAt);
  }

  static async start(input: {
    fs: FileSystem;
    dataDir: string;
    folder: string;
    unitCode: string;
    recipient: string;
    keyFile: Uint8Array;
    now: Date;
  }): Promise<BackupWriter> {
    const finalName = backupFileName(input.unitCode, input.now);
    const temp = path.join(input.folder, `.${finalName}${TEMP_MARK}${randomBytes(8).toString('hex')}`);
    const oneOff = await generateX25519Identity();
    const recipients = [input.recipient, await identityToRecipient(oneOff)];
    const file = await input.fs.create(temp, 0o600);
    const writer = new BackupWriter(input.fs, file, input.folder, finalName, oneOff, recipients, input.now);
    try {
      await writer.#begin(input.keyFile, input.dataDir);
    } catch (e) {
      await writer.discard();
      throw e;
    }
    return writer;
  }

  get tempPath(): string {
    return this.file.path;
  }

  async #begin(keyFile: Uint8Array, dataDir: string): Promise<void> {
    await this.#zip.entry(BACKUP_ENTRIES.key, keyFile);
    this.#entries.key = { sha256: sha256(keyFile), size: keyFile.length };

    const files = await readDataFiles(this.fs, dataDir);
    this.#files = files.map((f) => ({ path: f.path, size: f.bytes.length }));
    const lines = files.map(
      (f) => `${JSON.stringify({ path: f.path, base64: Buffer.from(f.bytes).toString('base64') })}\n`,
    );
    const plain = gzipSync(Buffer.from(lines.join(''), 'utf8'));
    this.#filesPlainSha = sha256(plain);
    const encrypted = await encryptTo(plain, this.recipients);
    await this.#zip.entry(BACKUP_ENTRIES.files, encrypted);
    this.#entries.files = { sha256: sha256(encrypted), size: encrypted.length };

    await this.#zip.begin(BACKUP_ENTRIES.db);
    this.#pipe = await encryptingPipe(this.recipients, async (cipher) => {
      this.#dbCipher.update(cipher);
      this.#dbSize += cipher.length;
      await this.#zip.write(cipher);
    });
  }

  /** One part of db.age's plaintext (gzip bytes from the renderer). */
  async append(part: Uint8Array): Promise<number> {
    if (this.#pipe === null || this.#closed) throw new Error('backup not open');
    this.#dbPlain.update(part);
    await this.#pipe.push(part);
    return this.#zip.bytesWritten;
  }

  /** Ends db.age, writes the manifest, makes the file durable, renames it and checks what is on disk. */
  async finish(rendererPart: BackupRendererPart, main: MainPart, appVersion: string): Promise<BackupListing> {
    if (this.#pipe === null || this.#closed) throw new Error('backup not open');
    await this.#pipe.end();
    await this.#zip.end();
    const entries = {
      key: must(this.#entries.key),
      files: must(this.#entries.files),
      db: { sha256: this.#dbCipher.digest('hex'), size: this.#dbSize },
    };
    const manifest: BackupManifest = {
      format: BACKUP_FORMAT,
      version: BACKUP_FORMAT_VERSION,
      createdAt: this.createdAt.toISOString(),
      appVersion,
      schemaVersion: rendererPart.schemaVersion,
      office: { ...rendererPart.office, officeId: main.officeId ?? rendererPart.office.officeId },
      recipient: must(this.recipients[0]),
      counts: rendererPart.counts,
      files: this.#files,
      auditHead: rendererPart.auditHead,
      lastSent: main.lastSent,
      entries,
    };
    const manifestBytes = new TextEncoder().encode(`${JSON.stringify(manifest, null, 1)}\n`);
    await this.#zip.entry(BACKUP_ENTRIES.manifest, manifestBytes);
    await this.#zip.finish();
    await this.fs.fsync(this.file);
    this.#closed = true;
    await this.fs.close(this.file);
    const finalPath = path.join(this.folder, this.finalName);
    await this.fs.rename(this.file.path, finalPath);
    try {
      await this.fs.fsyncDir(this.folder);
      const size = await verifyBackupFile(this.fs, finalPath, this.oneOff, {
        manifest,
        dbPlainSha256: this.#dbPlain.digest('hex'),
        filesPlainSha256: this.#filesPlainSha,
      });
      return { fileName: this.finalName, path: finalPath, size, manifest };
    } catch (e) {
      // A file that does not read back as written must not pass for a backup.
      await this.fs.unlink(finalPath).catch(() => undefined);
      throw e;
    }
  }

  /** Stops and removes the temp file; nothing was ever under the final name. */
  async discard(): Promise<void> {
    this.#pipe?.abort(new Error('backup aborted'));
    if (!this.#closed) {
      this.#closed = true;
      await this.fs.close(this.file).catch(() => undefined);
    }
    await this.fs.unlink(this.file.path).catch(() => undefined);
  }
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

function must<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('backup entry missing');
  return value;
}

async function encryptTo(plain: Uint8Array, recipients: string[]): Promise<Uint8Array> {
  const e = new Encrypter();
  for (const r of recipients) e.addRecipient(r);
  return e.encrypt(plain);
}
