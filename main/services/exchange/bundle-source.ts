import path from 'node:path';
import { RejectedError } from '../../../shared/bundle/rejection.ts';
import type { BundleSource } from '../../../shared/exchange/common.ts';
import { HostFailure } from '../../../shared/host/result.ts';
import { readBundleFile } from '../bundle/bundle-files.ts';
import { errnoCode, type FileSystem } from '../fs/file-system.ts';
import { problemOf } from '../fs/write-errors.ts';

const READ_MESSAGES: Record<ReturnType<typeof problemOf>, string> = {
  'no-space': 'Không đọc được tệp gói từ ổ đĩa.',
  'read-only': 'Không đọc được tệp gói từ ổ đĩa.',
  'no-permission': 'Không có quyền đọc tệp gói này.',
  removed: 'Không tìm thấy tệp gói, hoặc ổ đĩa đã bị rút ra. Hãy cắm lại và chọn lại tệp.',
  io: 'Lỗi đọc trên ổ đĩa (ổ có thể bị hỏng). Hãy chép tệp sang máy rồi mở lại.',
  'verify-failed': 'Không đọc được tệp gói từ ổ đĩa.',
  'bad-name': 'Tên tệp không hợp lệ.',
};

/** An absolute path, or a clear refusal: relative paths would resolve against wherever main happens to run. */
export function requireAbsolute(p: string): string {
  if (!path.isAbsolute(p)) {
    throw new HostFailure('invalid_input', 'Hãy nhập đường dẫn đầy đủ (ví dụ E:\\ hoặc /media/…).');
  }
  return path.resolve(p);
}

/**
 * The bytes of a bundle to open. Size is checked before anything is loaded (stat for a path, length
 * for an upload) and reported as a bundle rejection; errors of the drive itself become HostFailures.
 */
export async function readSource(
  fs: FileSystem,
  source: BundleSource,
  maxBytes: number,
): Promise<Uint8Array> {
  if (source.from === 'upload') {
    const bytes = new Uint8Array(Buffer.from(source.base64, 'base64'));
    if (bytes.length > maxBytes)
      throw new RejectedError('too-large', `${bytes.length} bytes, limit ${maxBytes}`);
    return bytes;
  }
  try {
    return await readBundleFile(fs, requireAbsolute(source.path), maxBytes);
  } catch (e) {
    if (e instanceof RejectedError || e instanceof HostFailure) throw e;
    const code = errnoCode(e);
    if (code === 'EISDIR') throw new RejectedError('corrupt', 'a folder, not a file');
    throw new HostFailure(code === 'ENOENT' ? 'not_found' : 'unavailable', READ_MESSAGES[problemOf(e)]);
  }
}
