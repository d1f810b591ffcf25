import { z } from 'zod';
import { keyFingerprint } from '../../../shared/bundle/fingerprint';
import { unitCodeSchema } from '../../../shared/bundle/manifest';
import { publicKeyLine } from '../../../shared/bundle/minisign';
import { type ReadBundle, readBundle } from '../../../shared/bundle/read-bundle';
import { RejectedError } from '../../../shared/bundle/rejection';
import { oneBundle, parseCommand, requiredPath } from '../args';
import { readBundleBytes, readIdentity, readSenderKey } from '../files';
import type { CliIo } from '../io';

const options = { sender: { type: 'string' }, recipient: { type: 'string' } } as const;
const schema = z.strictObject({
  sender: requiredPath,
  recipient: unitCodeSchema.optional(),
  positionals: oneBundle,
});

/** Verifies (and, given an identity, opens) a bundle; a refusal becomes a RejectedError. */
export async function checkBundle(
  io: CliIo,
  bundlePath: string,
  senderPath: string,
  extra: { recipient?: string; identityPath?: string },
): Promise<ReadBundle> {
  const publicKey = await readSenderKey(io, senderPath);
  const identity = extra.identityPath === undefined ? undefined : await readIdentity(io, extra.identityPath);
  const bytes = await readBundleBytes(io, bundlePath);
  const result = await readBundle(bytes, {
    approvedSenders: [{ publicKey }],
    ...(extra.recipient === undefined ? {} : { expectedRecipient: extra.recipient }),
    ...(identity === undefined ? {} : { identity }),
  });
  if (!result.ok) throw new RejectedError(result.rejection.code, result.rejection.detail);
  return result.value;
}

export function describeBundle(read: ReadBundle, senderKeyLine: string): string {
  const m = read.manifest;
  return (
    `Hợp lệ: gói ${m.kind} số ${m.sequence} từ ${m.sender.unit} gửi ${m.recipient.unit}, ` +
    `ký bằng khoá ${m.sender.keyId} (dấu vân tay ${keyFingerprint(senderKeyLine)}), ` +
    `payload.age sha256 ${m.payload.sha256} khớp.`
  );
}

/** `binhan verify BUNDLE --sender signing.pub [--recipient UNIT]`: signature and payload hash. */
export async function verify(args: string[], io: CliIo): Promise<void> {
  const parsed = parseCommand(args, options, schema);
  const read = await checkBundle(io, parsed.positionals[0], parsed.sender, {
    ...(parsed.recipient === undefined ? {} : { recipient: parsed.recipient }),
  });
  io.out(`${describeBundle(read, publicKeyLine(await readSenderKey(io, parsed.sender)))}\n`);
}
