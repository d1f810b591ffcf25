import path from 'node:path';
import { z } from 'zod';
import { keyFingerprint } from '../../../shared/bundle/fingerprint';
import {
  keyIdText,
  parsePublicKey,
  parseSecretKey,
  publicKeyLine,
  signMinisign,
} from '../../../shared/bundle/minisign';
import { formatReleaseComment } from '../../../shared/update/release-comment';
import { ReleaseRefused } from '../../../shared/update/release-refusal';
import { isReleaseVersion } from '../../../shared/update/version-order';
import { writeFileAtomic } from '../../services/fs/write-file-atomic';
import { copyRelease } from '../../services/updates/copy-release';
import { PUBLISHER_KEYS, type PublisherKey } from '../../services/updates/publisher-keys';
import { sha512OfFile, verifyReleaseFolder } from '../../services/updates/release-folder';
import { parseReleaseManifest } from '../../services/updates/release-manifest';
import { MANIFEST_NAME, SIGNATURE_NAME } from '../../services/updates/verify-release';
import { parseCommand, requiredPath } from '../args';
import { CliFailure, UsageError } from '../errors';
import { readSmallText } from '../files';
import type { CliIo } from '../io';

const oneFolder = z.tuple([requiredPath], { error: 'cần đúng một thư mục bản phát hành' });

/** `binhan release sign|verify|folder …` (README: "Phát hành bản cập nhật"). */
export async function release(args: string[], io: CliIo): Promise<void> {
  const [sub, ...rest] = args;
  if (sub === 'sign') return sign(rest, io);
  if (sub === 'verify') return verify(rest, io);
  if (sub === 'folder') return folder(rest, io);
  throw new UsageError(
    sub === undefined ? 'thiếu sign, verify hoặc folder' : `không có lệnh "release ${sub}"`,
  );
}

const signSchema = z.strictObject({
  key: requiredPath,
  schema: z.coerce.number().int().min(1).max(9999),
  positionals: oneFolder,
});

/**
 * `binhan release sign FOLDER --key publisher.key --schema N`: checks that latest.yml's installer is
 * in FOLDER with its size and sha512, then writes latest.yml.minisig (prehashed Ed25519, what
 * `minisign -V` verifies) with the trusted comment naming the file, version and schema.
 */
async function sign(args: string[], io: CliIo): Promise<void> {
  const parsed = parseCommand(args, { key: { type: 'string' }, schema: { type: 'string' } }, signSchema);
  const dir = parsed.positionals[0];
  let key: ReturnType<typeof parseSecretKey>;
  try {
    key = parseSecretKey(await readSmallText(io, parsed.key));
  } catch (e) {
    if (e instanceof CliFailure) throw e;
    throw new CliFailure(
      `Tệp khoá bí mật minisign không dùng được: ${parsed.key} (${e instanceof Error ? e.message : e})`,
    );
  }
  const manifestPath = path.join(dir, MANIFEST_NAME);
  const bytes = await io.fs.readFile(manifestPath).catch(() => {
    throw new ReleaseRefused('noRelease', dir);
  });
  const manifest = parseReleaseManifest(bytes);
  if (manifest === null || !isReleaseVersion(manifest.version))
    throw new ReleaseRefused('manifestInvalid', manifestPath);
  const installerPath = path.join(dir, manifest.installer.name);
  const size = await io.fs.stat(installerPath).then(
    (s) => s.size,
    () => {
      throw new ReleaseRefused('installerMissing', manifest.installer.name);
    },
  );
  if (size !== manifest.installer.size)
    throw new ReleaseRefused('installerSize', `${size} ≠ ${manifest.installer.size}`);
  if ((await sha512OfFile(io.fs, installerPath, size)) !== manifest.installer.sha512) {
    throw new ReleaseRefused('installerHash', manifest.installer.name);
  }
  const comment = formatReleaseComment({
    file: MANIFEST_NAME,
    version: manifest.version,
    schema: parsed.schema,
    signedAt: io.now().toISOString(),
  });
  const signature = signMinisign(bytes, key, comment, `Bình An ${manifest.version} — binhan release verify`);
  await writeFileAtomic(io.fs, dir, SIGNATURE_NAME, new TextEncoder().encode(signature));
  const known = PUBLISHER_KEYS.find((k) => keyIdText(k.key.keyId) === keyIdText(key.keyId));
  io.out(
    `Đã ký ${MANIFEST_NAME} của bản ${manifest.version} (lược đồ ${parsed.schema}) bằng khoá ${keyIdText(key.keyId)}` +
      `${known === undefined ? ' — KHÔNG phải khoá nhà phát hành có sẵn trong ứng dụng' : ` (khoá ${known.role})`}: ${path.join(dir, SIGNATURE_NAME)}\n`,
  );
}

const verifySchema = z.strictObject({ pub: requiredPath.optional(), positionals: oneFolder });

async function keysFrom(io: CliIo, pub: string | undefined): Promise<readonly PublisherKey[]> {
  if (pub === undefined) return PUBLISHER_KEYS;
  try {
    return [{ role: 'test', key: parsePublicKey(await readSmallText(io, pub)) }];
  } catch (e) {
    if (e instanceof CliFailure) throw e;
    throw new CliFailure(`Tệp khoá công khai minisign không hợp lệ: ${pub}`);
  }
}

/**
 * `binhan release verify FOLDER [--pub key.pub]`: what the app checks before it offers a release — the
 * signature by a publisher key built into the app (or the one given), the installer's size and sha512.
 */
async function verify(args: string[], io: CliIo): Promise<void> {
  const parsed = parseCommand(args, { pub: { type: 'string' } }, verifySchema);
  const keys = await keysFrom(io, parsed.pub);
  const files = await verifyReleaseFolder(io.fs, parsed.positionals[0], keys, null);
  const r = files.release;
  const signer = keys.find((k) => keyIdText(k.key.keyId) === r.signedBy.keyId);
  io.out(
    `Hợp lệ: bản ${r.version} (lược đồ dữ liệu ${r.schema}), ký bằng khoá ${r.signedBy.keyId}` +
      `${parsed.pub === undefined ? ` (${r.signedBy.role})` : ''}` +
      `${signer === undefined ? '' : `, dấu vân tay ${keyFingerprint(publicKeyLine(signer.key))}`}; ` +
      `${r.installer} ${r.size} byte, sha512 khớp. Tệp: ${files.names.join(', ')}\n`,
  );
}

const folderSchema = z.strictObject({
  out: requiredPath,
  pub: requiredPath.optional(),
  positionals: oneFolder,
});

/**
 * `binhan release folder BUILD_DIR --out DIR`: from electron-builder's output (after `release sign`),
 * a folder `DIR/BinhAn-<version>/` holding just the release's files — what goes on a stick or a share —
 * copied and verified again as read back.
 */
async function folder(args: string[], io: CliIo): Promise<void> {
  const parsed = parseCommand(args, { out: { type: 'string' }, pub: { type: 'string' } }, folderSchema);
  const keys = await keysFrom(io, parsed.pub);
  const source = await verifyReleaseFolder(io.fs, parsed.positionals[0], keys, null);
  const target = path.join(parsed.out, `BinhAn-${source.release.version}`);
  const present = await io.fs.readdir(target).catch(() => [] as string[]);
  if (present.length > 0) throw new CliFailure(`Thư mục ${target} đã có tệp: không ghi đè.`);
  const copy = await copyRelease(io.fs, source, target, keys);
  io.out(`Đã ghi bản ${copy.release.version} vào ${target} (${copy.names.join(', ')}), đã kiểm tra lại.\n`);
}
