import path from 'node:path';
import { z } from 'zod';
import { errnoCode, type FileSystem } from '../fs/file-system';
import { writeFileAtomic } from '../fs/write-file-atomic';

/**
 * `updates/state.json` in the data folder: the newest release this computer has verified (the floor
 * that refuses an older signed release played back later) and the staged copy, if any, with when it
 * was staged (a schema-changing install needs a backup made after that).
 */
export const updateStateFileSchema = z.strictObject({
  highestSeen: z.string().nullable(),
  staged: z.strictObject({ version: z.string(), dir: z.string(), stagedAt: z.iso.datetime() }).nullable(),
});
export type UpdateStateFile = z.infer<typeof updateStateFileSchema>;

export const STATE_FILE = 'state.json';
const EMPTY: UpdateStateFile = { highestSeen: null, staged: null };

export async function readUpdateState(fs: FileSystem, dir: string): Promise<UpdateStateFile> {
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(path.join(dir, STATE_FILE));
  } catch (e) {
    if (errnoCode(e) === 'ENOENT') return EMPTY;
    throw e;
  }
  const parsed = updateStateFileSchema.safeParse(JSON.parse(new TextDecoder().decode(bytes)));
  // A damaged file forgets the staged copy but never lowers the floor below what a valid file said.
  return parsed.success ? parsed.data : EMPTY;
}

export async function writeUpdateState(fs: FileSystem, dir: string, state: UpdateStateFile): Promise<void> {
  await fs.mkdir(dir, 0o700);
  await writeFileAtomic(
    fs,
    dir,
    STATE_FILE,
    new TextEncoder().encode(`${JSON.stringify(state, null, 2)}\n`),
    {
      mode: 0o600,
    },
  );
}
