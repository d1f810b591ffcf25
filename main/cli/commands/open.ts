import { z } from 'zod';
import { canonicalJson } from '../../../shared/bundle/canonical-json';
import { writeFileAtomic } from '../../services/fs/write-file-atomic';
import { oneBundle, parseCommand, requiredPath } from '../args';
import { prepareOutDir } from '../files';
import type { CliIo } from '../io';
import { checkBundle } from './verify';

const options = {
  sender: { type: 'string' },
  identity: { type: 'string' },
  out: { type: 'string' },
} as const;
const schema = z.strictObject({
  sender: requiredPath,
  identity: requiredPath,
  out: requiredPath,
  positionals: oneBundle,
});

/**
 * `binhan open BUNDLE --sender signing.pub --identity age.key --out DIR`: verifies, decrypts, and writes
 * DIR/manifest.json plus one DIR/<type>.json per record type (0600: records stay private to this user).
 */
export async function open(args: string[], io: CliIo): Promise<void> {
  const parsed = parseCommand(args, options, schema);
  const read = await checkBundle(io, parsed.positionals[0], parsed.sender, { identityPath: parsed.identity });
  const records = read.records ?? {};
  // Record type names are checked by the payload schema (/^[a-z][A-Za-z0-9_-]*$/): safe as file names.
  const files = new Map<string, string>([['manifest.json', `${canonicalJson(read.manifest)}\n`]]);
  for (const [type, list] of Object.entries(records))
    files.set(`${type}.json`, `${JSON.stringify(list, null, 2)}\n`);
  await prepareOutDir(io, parsed.out, [...files.keys()]);
  for (const [name, text] of files) {
    await writeFileAtomic(io.fs, parsed.out, name, new TextEncoder().encode(text), { mode: 0o600 });
  }
  const counts = Object.entries(records).map(([type, list]) => `${type}: ${list.length}`);
  io.out(
    `Đã mở gói ${read.manifest.kind} số ${read.manifest.sequence} từ ${read.manifest.sender.unit} vào ${parsed.out} ` +
      `(${counts.join(', ') || 'không có bản ghi'}).\n`,
  );
}
