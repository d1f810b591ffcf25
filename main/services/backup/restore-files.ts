import { rm } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { AUDIT_HEAD_FILE } from '../audit-head';
import { readJsonFile, writeJsonFile } from '../exchange/json-file';
import { errnoCode, type FileSystem } from '../fs/file-system';
import { removeStaleTempFiles, TEMP_MARK, writeFileAtomic } from '../fs/write-file-atomic';
import { BACKED_UP_DIRS, type DataFile, OFFICE_FILE_NAME, readDataFiles } from './data-files';

/**
 * Main's files of a restore, all or nothing (issue 10 item 4). A restore replaces several folders
 * (keys, trust, authority, sent…) and office.json; written one file at a time, a restore killed half-way
 * would leave old keys beside new trust. So:
 *
 *   1. every file of the new state is written into a staging folder (fsynced, hidden name);
 *   2. restore-commit.json is written atomically: from this point the new state is decided;
 *   3. each folder is swapped in by two renames (the old one moved aside), office.json last;
 *   4. the commit file goes, then the staging and old folders.
 *
 * A process killed before 2 left only hidden folders (the old state stands; they are removed at the
 * next start); killed after 2, the next start finishes 3–4 before any call is served
 * (`finishInterruptedRestore`, awaited by every handler: main/handlers.ts). Either way no caller ever
 * sees a mix, and nothing half-written sits under a final name.
 */
const STAGE = `restore-stage${TEMP_MARK}dir`;
const OLD = `restore-old${TEMP_MARK}dir`;
export const RESTORE_COMMIT_FILE = 'restore-commit.json';
const commitSchema = z.strictObject({
  v: z.literal(1),
  /** The backed-up folders the new state has (the others go). */
  dirs: z.array(z.enum(BACKED_UP_DIRS)),
  office: z.boolean(),
  /** audit-head.json of the new state (the backup's newest audit entry); null: none. */
  auditHead: z.strictObject({ seq: z.int().min(1), hash: z.string().regex(/^[0-9a-f]{64}$/) }).nullable(),
});
export type AuditHead = z.infer<typeof commitSchema>['auditHead'];

const exists = (fs: FileSystem, p: string) =>
  fs.stat(p).then(
    () => true,
    (e) => {
      if (errnoCode(e) === 'ENOENT') return false;
      throw e;
    },
  );

/** Removes a staging or old folder: hidden names, never read, so this is tidying only. */
const removeTree = (p: string) => rm(p, { recursive: true, force: true });

/** Writes `files` as the data folder's new backed-up state (keeping what `preserve` names as it is). */
export async function replaceDataFiles(
  fs: FileSystem,
  dataDir: string,
  backupFiles: DataFile[],
  auditHead: AuditHead,
  preserve: (rel: string) => boolean = () => false,
): Promise<void> {
  await finishInterruptedRestore(fs, dataDir);
  const stage = path.join(dataDir, STAGE);
  await removeTree(stage);
  // Kept files (a sent/ log ahead of the backup) go into the new state as they are now.
  const kept = (await readDataFiles(fs, dataDir)).filter((f) => preserve(f.path));
  const files = [...backupFiles.filter((f) => !preserve(f.path)), ...kept];
  for (const file of files) {
    const full = path.join(stage, file.path);
    await fs.mkdir(path.dirname(full), 0o700);
    await writeFileAtomic(fs, path.dirname(full), path.basename(full), file.bytes, { mode: 0o600 });
  }
  await fs.mkdir(stage, 0o700);
  await fs.fsyncDir(stage);
  const top = new Set(files.map((f) => f.path.split('/')[0] ?? ''));
  await writeJsonFile(fs, path.join(dataDir, RESTORE_COMMIT_FILE), {
    v: 1,
    dirs: BACKED_UP_DIRS.filter((d) => top.has(d)),
    office: top.has(OFFICE_FILE_NAME),
    auditHead,
  } satisfies z.infer<typeof commitSchema>);
  await applyCommit(fs, dataDir);
}

/**
 * Finishes a restore whose commit file is there (a process killed in step 3 or 4), or clears what a
 * restore killed before its commit left. Run before main serves any call; safe to run again.
 */
export async function finishInterruptedRestore(fs: FileSystem, dataDir: string): Promise<void> {
  if (await exists(fs, path.join(dataDir, RESTORE_COMMIT_FILE))) {
    await applyCommit(fs, dataDir);
    return;
  }
  await removeTree(path.join(dataDir, STAGE));
  await removeTree(path.join(dataDir, OLD));
  // The commit file's or audit head's temp file, if a kill came while writing one. Only those: the web
  // host writes web-host.json into the same folder while this runs, and its temp file must stay.
  await removeStaleTempFiles(fs, dataDir, [RESTORE_COMMIT_FILE, AUDIT_HEAD_FILE, OFFICE_FILE_NAME]).catch(
    () => undefined,
  );
}

async function applyCommit(fs: FileSystem, dataDir: string): Promise<void> {
  const commit = await readJsonFile(fs, path.join(dataDir, RESTORE_COMMIT_FILE), commitSchema);
  if (commit === null) return;
  const stage = path.join(dataDir, STAGE);
  const old = path.join(dataDir, OLD);
  await fs.mkdir(old, 0o700);
  for (const dir of BACKED_UP_DIRS) {
    const live = path.join(dataDir, dir);
    const staged = path.join(stage, dir);
    const aside = path.join(old, dir);
    // Each step is checked against what is there, so a second run after a kill picks up where it stopped.
    if (commit.dirs.includes(dir) && !(await exists(fs, staged))) continue; // already swapped in
    if ((await exists(fs, live)) && !(await exists(fs, aside))) await fs.rename(live, aside);
    else if (await exists(fs, live)) await removeTree(live);
    if (commit.dirs.includes(dir)) await fs.rename(staged, live);
  }
  const stagedOffice = path.join(stage, OFFICE_FILE_NAME);
  if (commit.office && (await exists(fs, stagedOffice))) {
    await fs.rename(stagedOffice, path.join(dataDir, OFFICE_FILE_NAME));
  }
  // The audit head follows the restored log (it may be behind a head this folder held before).
  if (commit.auditHead === null) await fs.unlink(path.join(dataDir, AUDIT_HEAD_FILE)).catch(() => undefined);
  else await writeJsonFile(fs, path.join(dataDir, AUDIT_HEAD_FILE), commit.auditHead);
  await fs.fsyncDir(dataDir);
  await fs.unlink(path.join(dataDir, RESTORE_COMMIT_FILE));
  await fs.fsyncDir(dataDir);
  await removeTree(stage);
  await removeTree(old);
}
