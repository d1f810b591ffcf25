import { HostFailure, type HostReason } from '../../../shared/host/result';
import { errnoCode } from './file-system';

export type WriteProblem =
  | 'no-space'
  | 'read-only'
  | 'no-permission'
  | 'removed'
  | 'io'
  | 'verify-failed'
  | 'bad-name';

export const WRITE_MESSAGES: Record<WriteProblem, string> = {
  'no-space': 'Ổ đĩa đã đầy, không đủ chỗ để ghi tệp. Hãy xoá bớt tệp hoặc dùng ổ khác.',
  'read-only': 'Ổ đĩa chỉ cho phép đọc (có thể đang gạt khoá chống ghi), nên không ghi được tệp.',
  'no-permission': 'Không có quyền ghi vào thư mục này.',
  removed: 'Ổ đĩa đã bị rút ra hoặc không còn truy cập được trong khi ghi. Hãy cắm lại và ghi lại.',
  io: 'Lỗi đọc/ghi trên ổ đĩa (ổ có thể bị hỏng). Hãy thử lại hoặc dùng ổ khác.',
  'verify-failed': 'Tệp vừa ghi đọc lại không khớp: ổ đĩa có thể bị hỏng. Tệp đã được xoá; hãy dùng ổ khác.',
  'bad-name': 'Tên tệp không hợp lệ.',
};

/** A failed write, with nothing left under the final name; `message` is for the CLI's user. */
export class AtomicWriteError extends Error {
  override name = 'AtomicWriteError';
  constructor(
    readonly problem: WriteProblem,
    readonly errno: string | undefined,
    readonly path: string,
  ) {
    super(WRITE_MESSAGES[problem]);
  }
}

export function problemOf(e: unknown): WriteProblem {
  switch (errnoCode(e)) {
    case 'ENOSPC':
    case 'EDQUOT':
    case 'EFBIG':
      return 'no-space';
    case 'EROFS':
      return 'read-only';
    case 'EACCES':
    case 'EPERM':
      return 'no-permission';
    case 'ENOENT':
    case 'ENODEV':
    case 'ENXIO':
    case 'ESTALE':
    case 'ENOTDIR':
      return 'removed';
    default:
      return 'io';
  }
}

const WRITE_REASONS: Record<WriteProblem, HostReason> = {
  'no-space': 'writeNoSpace',
  'read-only': 'writeReadOnly',
  'no-permission': 'writeNoPermission',
  removed: 'writeRemoved',
  io: 'writeIo',
  'verify-failed': 'writeVerifyFailed',
  'bad-name': 'writeBadName',
};

/** A failed write as it crosses to the renderer: a reason it translates, never main's sentence. */
export const writeFailure = (e: AtomicWriteError): HostFailure =>
  new HostFailure('unavailable', WRITE_REASONS[e.problem]);
