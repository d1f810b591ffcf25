import { z } from 'zod';
import { writeFileAtomic } from '../../services/fs/write-file-atomic';
import { generateOfficeKeys, keyFiles, publicKeysOf } from '../../services/keys/office-keys';
import { parseCommand, requiredPath } from '../args';
import { prepareOutDir } from '../files';
import type { CliIo } from '../io';

const schema = z.strictObject({ out: requiredPath, positionals: z.tuple([]) });

/** `binhan keygen --out DIR`: signing.pub/.key (minisign), age.pub/.key (age); secret files 0600. */
export async function keygen(args: string[], io: CliIo): Promise<void> {
  const { out } = parseCommand(args, { out: { type: 'string' } }, schema);
  const keys = await generateOfficeKeys();
  const files = keyFiles(keys, io.now());
  await prepareOutDir(io, out, Object.keys(files));
  for (const [name, file] of Object.entries(files)) {
    await writeFileAtomic(io.fs, out, name, new TextEncoder().encode(file.text), {
      mode: file.secret ? 0o600 : 0o644,
    });
  }
  const pub = publicKeysOf(keys);
  io.out(
    `Khoá ký (minisign) ${pub.signingKeyId} — dấu vân tay: ${pub.signingFingerprint}\n` +
      `Khoá nhận (age) ${pub.ageRecipient} — dấu vân tay: ${pub.ageFingerprint}\n` +
      `Đã ghi signing.pub, signing.key, age.pub, age.key vào ${out} (tệp .key chỉ người dùng này đọc được).\n`,
  );
}
