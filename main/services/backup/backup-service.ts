import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { z } from 'zod';
import type { BackupListing } from '../../../shared/backup/backup-contract';
import {
  BACKUP_FILE_NAME,
  type BackupManifest,
  type BackupProblem,
  backupFileLineSchema,
} from '../../../shared/backup/backup-format';
import { ageRecipientOf } from '../../../shared/bundle/age';
import type { HostHandlers } from '../../../shared/host-api';
import { readJsonFile } from '../exchange/json-file';
import { errnoCode, type FileSystem } from '../fs/file-system';
import { AtomicWriteError, problemOf } from '../fs/write-errors';
import { removeStaleTempFiles } from '../fs/write-file-atomic';
import { OFFICE_FILE } from '../office-binding';
import { chunksOf, decryptStream } from './age-streams';
import { DEFAULT_KEEP, readBackupState, writeBackupState } from './backup-state';
import { BackupWriter } from './backup-writer';
import { type DataFile, isRestorablePath } from './data-files';
import { replaceDataFiles } from './restore-files';
import { BackupDamaged, checkEntryHashes, openBackupFile } from './verify-backup';
import { entryStream, NotAZip, readEntry } from './zip-reader';
import { ZipTooLarge } from './zip-writer';

export interface BackupServiceDeps {
  fs: FileSystem;
  dataDir: string;
  appVersion: string;
  now?: () => Date;
}

type Failed = { status: 'failed'; problem: BackupProblem };
const failed = (problem: BackupProblem): Failed => ({ status: 'failed', problem });

/** What went wrong, as the UI says it; the file system's errno decides for the write problems. */
function problemFrom(e: unknown, reading: boolean): BackupProblem {
  if (e instanceof ZipTooLarge) return 'too-large';
  if (e instanceof AtomicWriteError) return e.problem;
  if (e instanceof BackupDamaged) return reading ? 'damaged' : 'verify-failed';
  if (e instanceof NotAZip) return reading ? 'not-a-backup' : 'verify-failed';
  if (errnoCode(e) === undefined) throw e;
  return problemOf(e);
}

const sentIndexSchema = z.object({
  chains: z.record(z.string(), z.object({ lastSequence: z.int() })),
  bundles: z.array(z.object({ recipientUnit: z.string(), sequence: z.int(), createdAt: z.string() })),
});
const officeIdSchema = z.object({ officeId: z.uuid() });

interface RestoreSession {
  file: string;
  manifest: BackupManifest;
  files: DataFile[];
  reader: ReadableStreamDefaultReader<Uint8Array> | null;
  identity: string;
  opened: Awaited<ReturnType<typeof openBackupFile>>;
}

const PART_BYTES = 2 * 1024 * 1024;

/**
 * Main's half of backups and restores (issue 10 items 1, 2, 4): plain Node over the FileSystem
 * interface, so tests inject a full or pulled-out stick. One backup and one restore at a time.
 */
export function createBackupHandlers(deps: BackupServiceDeps): HostHandlers['backup'] {
  const { fs, dataDir } = deps;
  const now = deps.now ?? (() => new Date());
  const writers = new Map<string, BackupWriter>();
  const restores = new Map<string, RestoreSession>();
  const keepOf = new Map<string, number>();
  const newId = () => randomBytes(16).toString('hex');

  const mainPart = async () => {
    const office = await readJsonFile(fs, path.join(dataDir, OFFICE_FILE), officeIdSchema).catch(() => null);
    const sent = await readJsonFile(fs, path.join(dataDir, 'sent', 'index.json'), sentIndexSchema).catch(
      () => null,
    );
    const lastSent: BackupManifest['lastSent'] = {};
    for (const [unit, chain] of Object.entries(sent?.chains ?? {})) {
      const last = sent?.bundles.find((b) => b.recipientUnit === unit && b.sequence === chain.lastSequence);
      lastSent[unit] = { sequence: chain.lastSequence, createdAt: last?.createdAt ?? '' };
    }
    return { officeId: office?.officeId ?? null, lastSent };
  };

  /** Bundles this data folder's sent/ log holds beyond what the backup's log had: sent after the backup. */
  const sentAfter = async (manifest: BackupManifest) => {
    const sent = await readJsonFile(fs, path.join(dataDir, 'sent', 'index.json'), sentIndexSchema).catch(
      () => null,
    );
    return (sent?.bundles ?? [])
      .filter((b) => b.sequence > (manifest.lastSent[b.recipientUnit]?.sequence ?? 0))
      .map((b) => ({ recipientUnit: b.recipientUnit, sequence: b.sequence, createdAt: b.createdAt }));
  };

  const listFolder = async (folder: string): Promise<BackupListing[]> => {
    const names = (await fs.readdir(folder)).filter((n) => BACKUP_FILE_NAME.test(n));
    const out: BackupListing[] = [];
    for (const fileName of names) {
      const file = path.join(folder, fileName);
      try {
        const { manifest } = await openBackupFile(fs, file);
        out.push({ fileName, path: file, size: (await fs.stat(file)).size, manifest });
      } catch (e) {
        if (!(e instanceof NotAZip || e instanceof BackupDamaged)) throw e;
      }
    }
    return out.sort((a, b) => b.manifest.createdAt.localeCompare(a.manifest.createdAt));
  };

  const folderOk = async (folder: string): Promise<boolean> =>
    path.isAbsolute(folder) &&
    (await fs
      .stat(folder)
      .then((s) => s.isDirectory)
      .catch(() => false));

  const endWriter = async (id: string) => {
    const writer = writers.get(id);
    writers.delete(id);
    await writer?.discard();
  };

  return {
    state: () => readBackupState(fs, dataDir),

    async begin({ folder, unitCode, recipient, keyFile, keep }) {
      if (!(await folderOk(folder))) return failed('folder-missing');
      for (const id of [...writers.keys()]) await endWriter(id);
      try {
        // What a killed backup left behind goes first: hidden temp files, never a final name.
        await removeStaleTempFiles(fs, folder);
        const writer = await BackupWriter.start({
          fs,
          dataDir,
          folder,
          unitCode,
          recipient,
          keyFile: Buffer.from(keyFile, 'base64'),
          now: now(),
        });
        const id = newId();
        writers.set(id, writer);
        keepOf.set(id, keep);
        return { status: 'ok', id };
      } catch (e) {
        return failed(problemFrom(e, false));
      }
    },

    async append({ id, part }) {
      const writer = writers.get(id);
      if (writer === undefined) return failed('unknown-session');
      try {
        return { status: 'ok', bytes: await writer.append(Buffer.from(part, 'base64')) };
      } catch (e) {
        await endWriter(id);
        return failed(problemFrom(e, false));
      }
    },

    async finish({ id, manifest }) {
      const writer = writers.get(id);
      if (writer === undefined) return failed('unknown-session');
      writers.delete(id);
      try {
        const backup = await writer.finish(manifest, await mainPart(), deps.appVersion);
        const keep = keepOf.get(id) ?? DEFAULT_KEEP;
        keepOf.delete(id);
        // The backup is whole and checked; what follows is bookkeeping and must not undo it.
        await writeBackupState(fs, dataDir, {
          lastAt: backup.manifest.createdAt,
          lastFolder: writer.folder,
          keep,
        }).catch(() => undefined);
        await prune(fs, writer.folder, manifest.office.unitCode, keep).catch(() => undefined);
        return { status: 'ok', backup };
      } catch (e) {
        await writer.discard();
        return failed(problemFrom(e, false));
      }
    },

    async abort({ id }) {
      await endWriter(id);
      return null;
    },

    async list({ folder }) {
      if (!(await folderOk(folder))) return failed('folder-missing');
      try {
        return { status: 'ok', backups: await listFolder(folder) };
      } catch (e) {
        return failed(problemFrom(e, true));
      }
    },

    async inspect({ path: file }) {
      if (!path.isAbsolute(file)) return failed('folder-missing');
      try {
        const opened = await openBackupFile(fs, file);
        const keyFile = Buffer.from(await readEntry(fs, file, opened.entries.key)).toString('base64');
        const listing = {
          fileName: path.basename(file),
          path: file,
          size: (await fs.stat(file)).size,
          manifest: opened.manifest,
        };
        return { status: 'ok', listing, keyFile };
      } catch (e) {
        if (errnoCode(e) === 'ENOENT') return failed('folder-missing');
        return failed(problemFrom(e, true));
      }
    },

    async openRestore({ path: file, identity }) {
      for (const [id, r] of restores) {
        await r.reader?.cancel().catch(() => undefined);
        restores.delete(id);
      }
      try {
        const opened = await openBackupFile(fs, file);
        if ((await ageRecipientOf(identity)) !== opened.manifest.recipient) return failed('wrong-key');
        await checkEntryHashes(fs, file, opened);
        const files = await readFilesEntry(fs, file, opened, identity);
        const id = newId();
        restores.set(id, { file, manifest: opened.manifest, files, reader: null, identity, opened });
        return { status: 'ok', id, manifest: opened.manifest, sentAfter: await sentAfter(opened.manifest) };
      } catch (e) {
        return failed(problemFrom(e, true));
      }
    },

    async readRestore({ id }) {
      const session = restores.get(id);
      if (session === undefined) return failed('unknown-session');
      try {
        if (session.reader === null) {
          const plain = await decryptStream(
            entryStream(fs, session.file, session.opened.entries.db),
            session.identity,
          );
          session.reader = plain.getReader();
        }
        const parts: Uint8Array[] = [];
        let size = 0;
        while (size < PART_BYTES) {
          const { done, value } = await session.reader.read();
          if (done) break;
          parts.push(value);
          size += value.length;
        }
        if (parts.length === 0) return { status: 'ok', part: null };
        return { status: 'ok', part: Buffer.concat(parts).toString('base64') };
      } catch (e) {
        restores.delete(id);
        if (errnoCode(e) !== undefined) return failed(problemOf(e));
        return failed('damaged');
      }
    },

    async commitRestore({ id }) {
      const session = restores.get(id);
      if (session === undefined) return failed('unknown-session');
      try {
        const held = await readJsonFile(fs, path.join(dataDir, OFFICE_FILE), officeIdSchema).catch(
          () => null,
        );
        const theirs = session.manifest.office.officeId;
        if (held !== null && theirs !== null && held.officeId !== theirs) return failed('other-office');
        await fs.mkdir(dataDir, 0o700);
        // A sequence is never used twice: a sent/ log ahead of the backup's stays, with its bundles.
        const ahead = (await sentAfter(session.manifest)).length > 0;
        await replaceDataFiles(
          fs,
          dataDir,
          session.files,
          session.manifest.auditHead,
          (rel) => ahead && rel.startsWith('sent/'),
        );
        return { status: 'ok' };
      } catch (e) {
        return failed(problemFrom(e, false));
      }
    },

    async closeRestore({ id }) {
      const session = restores.get(id);
      restores.delete(id);
      await session?.reader?.cancel().catch(() => undefined);
      return null;
    },
  };
}

async function readFilesEntry(
  fs: FileSystem,
  file: string,
  opened: Awaited<ReturnType<typeof openBackupFile>>,
  identity: string,
): Promise<DataFile[]> {
  const parts: Uint8Array[] = [];
  try {
    for await (const c of chunksOf(
      await decryptStream(entryStream(fs, file, opened.entries.files), identity),
    )) {
      parts.push(c);
    }
  } catch (e) {
    if (errnoCode(e) !== undefined) throw e;
    throw new BackupDamaged('files.age does not decrypt');
  }
  let text: string;
  try {
    text = gunzipSync(Buffer.concat(parts)).toString('utf8');
  } catch {
    throw new BackupDamaged('files.age is not gzip');
  }
  const files: DataFile[] = [];
  for (const line of text.split('\n')) {
    if (line === '') continue;
    const parsed = backupFileLineSchema.safeParse(JSON.parse(line));
    if (!parsed.success || !isRestorablePath(parsed.data.path)) throw new BackupDamaged('files.age line');
    files.push({ path: parsed.data.path, bytes: Buffer.from(parsed.data.base64, 'base64') });
  }
  return files;
}

/** Keeps the newest `keep` backups of this office in the folder; older ones are deleted. */
async function prune(fs: FileSystem, folder: string, unitCode: string, keep: number): Promise<void> {
  const mine = (await fs.readdir(folder))
    .filter(
      (n) =>
        BACKUP_FILE_NAME.test(n) &&
        n.startsWith(`binhan-backup-${unitCode.replace(/[^0-9A-Za-z_-]/g, '_')}-`),
    )
    .sort();
  for (const name of mine.slice(0, Math.max(0, mine.length - keep))) await fs.unlink(path.join(folder, name));
}
