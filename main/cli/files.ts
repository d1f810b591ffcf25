import { parseAgeIdentity } from '../../shared/bundle/age';
import { DEFAULT_LIMITS } from '../../shared/bundle/limits';
import { type MinisignPublicKey, parsePublicKey } from '../../shared/bundle/minisign';
import { readBundleFile } from '../services/bundle/bundle-files';
import { errnoCode } from '../services/fs/file-system';
import { CliFailure } from './errors';
import type { CliIo } from './io';

const MAX_KEY_FILE = 64 * 1024;

export async function readSmallText(io: CliIo, path: string): Promise<string> {
  try {
    const info = await io.fs.stat(path);
    if (!info.isFile || info.size > MAX_KEY_FILE) throw new CliFailure(`Không phải tệp khoá: ${path}`);
    return new TextDecoder('utf-8', { fatal: true }).decode(await io.fs.readFile(path));
  } catch (e) {
    if (e instanceof CliFailure) throw e;
    throw new CliFailure(`Không đọc được tệp ${path} (${errnoCode(e) ?? 'không phải văn bản UTF-8'}).`);
  }
}

export async function readSenderKey(io: CliIo, path: string): Promise<MinisignPublicKey> {
  try {
    return parsePublicKey(await readSmallText(io, path));
  } catch (e) {
    if (e instanceof CliFailure) throw e;
    throw new CliFailure(`Tệp khoá công khai minisign không hợp lệ: ${path}`);
  }
}

export async function readIdentity(io: CliIo, path: string): Promise<string> {
  try {
    return parseAgeIdentity(await readSmallText(io, path));
  } catch (e) {
    if (e instanceof CliFailure) throw e;
    throw new CliFailure(`Tệp khoá bí mật age không hợp lệ (cần một dòng AGE-SECRET-KEY-1…): ${path}`);
  }
}

/** The bundle's bytes; RejectedError for an oversized file, CliFailure for one that cannot be read. */
export async function readBundleBytes(io: CliIo, path: string): Promise<Uint8Array> {
  try {
    return await readBundleFile(io.fs, path, DEFAULT_LIMITS.maxBundleBytes);
  } catch (e) {
    const code = errnoCode(e);
    if (code !== undefined) throw new CliFailure(`Không đọc được tệp gói ${path} (${code}).`);
    throw e;
  }
}

/** A folder to write into: created 0700 if missing; must hold none of `names`. */
export async function prepareOutDir(io: CliIo, dir: string, names: string[]): Promise<void> {
  try {
    await io.fs.mkdir(dir, 0o700);
  } catch (e) {
    throw new CliFailure(`Không tạo được thư mục ${dir} (${errnoCode(e) ?? 'lỗi'}).`);
  }
  const present = new Set(await io.fs.readdir(dir));
  const clash = names.filter((n) => present.has(n));
  if (clash.length > 0) throw new CliFailure(`Thư mục ${dir} đã có ${clash.join(', ')}: không ghi đè.`);
}
