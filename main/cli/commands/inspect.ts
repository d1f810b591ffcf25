import { z } from 'zod';
import { peekManifest } from '../../../shared/bundle/read-bundle';
import { RejectedError } from '../../../shared/bundle/rejection';
import { oneBundle, parseCommand } from '../args';
import { readBundleBytes } from '../files';
import type { CliIo } from '../io';

const schema = z.strictObject({ positionals: oneBundle });

/** `binhan inspect BUNDLE`: the manifest as stored, as JSON on stdout. Nothing is verified. */
export async function inspect(args: string[], io: CliIo): Promise<void> {
  const { positionals } = parseCommand(args, {}, schema);
  const result = peekManifest(await readBundleBytes(io, positionals[0]));
  if (!result.ok) throw new RejectedError(result.rejection.code, result.rejection.detail);
  io.out(`${JSON.stringify(result.value, null, 2)}\n`);
}
