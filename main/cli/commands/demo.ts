import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { z } from 'zod';
import { writeBundle } from '../../../shared/bundle/write-bundle';
import { checkShared, pseudonymizer, selectForSharing } from '../../../shared/exchange/sharing/index';
import { writeFileAtomic } from '../../services/fs/write-file-atomic';
import { generateOfficeKeys, keyFiles, publicKeysOf } from '../../services/keys/office-keys';
import { parseCommand, requiredPath } from '../args';
import { prepareOutDir } from '../files';
import type { CliIo } from '../io';
import { asChanges, demoAggregates, demoChain, demoOffice } from './demo-records';

const OFFICE = '502';
const PROVINCE = '49';

const schema = z.strictObject({
  out: requiredPath,
  cases: z.coerce.number().int().min(1).max(100_000).default(200),
  positionals: z.tuple([]),
});

const utf8 = (text: string) => new TextEncoder().encode(text);

/**
 * `binhan demo --out DIR [--cases N]`: an office (keys + its full local records, identity included, as
 * shared/demo generates them), a province (keys), and one real data bundle from the one to the other
 * made by the app's own information-sharing rule (shared/exchange/sharing), so province IT can check
 * with unzip, minisign, sha256sum and age what leaves an office, and what does not.
 */
export async function demo(args: string[], io: CliIo): Promise<void> {
  const { out, cases } = parseCommand(args, { out: { type: 'string' }, cases: { type: 'string' } }, schema);
  const now = io.now();
  const officeKeys = await generateOfficeKeys();
  const provinceKeys = await generateOfficeKeys();
  const records = demoOffice(OFFICE, cases, now);
  const shared = selectForSharing(asChanges(records), demoAggregates(records), {
    // The office's pseudonym key stays with the office: like the app's, it is never written out.
    pseudonymize: pseudonymizer(new Uint8Array(randomBytes(32))),
    counters: { officeChain: demoChain(OFFICE), threshold: 5 },
  });
  // The same second lock as the app's bundles:createData: only rows of the sharing rule's schemas leave.
  const checked = checkShared(shared);
  if (!checked.ok)
    throw new Error(`demo bundle outside the sharing rule at ${checked.where}: ${checked.problem}`);
  const bundle = await writeBundle({
    manifestFields: {
      kind: 'data',
      sender: { unit: OFFICE },
      recipient: { unit: PROVINCE },
      sequence: 1,
      previousManifestSha256: null,
      createdAt: now.toISOString(),
    },
    records: checked.records,
    senderSigningKey: officeKeys.signing,
    recipient: provinceKeys.age.recipient,
  });

  const dirs = {
    office: path.join(out, 'office'),
    province: path.join(out, 'province'),
    bundle: path.join(out, 'bundle'),
  };
  const keyNames = Object.keys(keyFiles(officeKeys, now));
  await prepareOutDir(io, dirs.office, [...keyNames, 'records.json']);
  await prepareOutDir(io, dirs.province, keyNames);
  await prepareOutDir(io, dirs.bundle, [bundle.fileName]);
  for (const [dir, keys] of [
    [dirs.office, officeKeys],
    [dirs.province, provinceKeys],
  ] as const) {
    for (const [name, file] of Object.entries(keyFiles(keys, now))) {
      await writeFileAtomic(io.fs, dir, name, utf8(file.text), { mode: file.secret ? 0o600 : 0o644 });
    }
  }
  await writeFileAtomic(io.fs, dirs.office, 'records.json', utf8(`${JSON.stringify(records, null, 2)}\n`), {
    mode: 0o600,
  });
  await writeFileAtomic(io.fs, dirs.bundle, bundle.fileName, bundle.bytes);
  const pub = publicKeysOf(officeKeys);
  io.out(
    `Đơn vị ${OFFICE}: ${cases} vụ việc (có thông tin nhận dạng) trong ${path.join(dirs.office, 'records.json')}; khoá ký ${pub.signingKeyId}.\n` +
      `Gói dữ liệu gửi tỉnh ${PROVINCE}: ${path.join(dirs.bundle, bundle.fileName)} (${Object.entries(
        bundle.manifest.counts,
      )
        .map(([t, n]) => `${t} ${n}`)
        .join(', ')}).\n` +
      `Kiểm tra: minisign -V -p ${path.join(dirs.office, 'signing.pub')} -m manifest.json; age -d -i ${path.join(dirs.province, 'age.key')} payload.age | gunzip\n`,
  );
}
