/** Why a bundle was refused: a stable code for programs, a Vietnamese sentence for people. */
export type RejectionCode =
  | 'corrupt'
  | 'unsafe-path'
  | 'too-large'
  | 'unknown-sender'
  | 'bad-signature'
  | 'sender-mismatch'
  | 'future-version'
  | 'wrong-kind'
  | 'wrong-recipient'
  | 'replay'
  | 'chain-broken'
  | 'payload-mismatch'
  | 'cannot-decrypt'
  | 'invalid-payload';

export const REJECTION_MESSAGES: Record<RejectionCode, string> = {
  corrupt: 'Tệp gói bị hỏng hoặc không đầy đủ (có thể bị cắt ngang khi chép).',
  'unsafe-path': 'Tệp gói chứa đường dẫn không an toàn nên bị từ chối.',
  'too-large': 'Tệp gói quá lớn, vượt giới hạn cho phép.',
  'unknown-sender': 'Gói được ký bằng một khoá chưa được phê duyệt: không rõ người gửi.',
  'bad-signature': 'Chữ ký số không hợp lệ: gói đã bị thay đổi hoặc không do đơn vị gửi ký.',
  'sender-mismatch': 'Khoá ký không thuộc đơn vị gửi ghi trong gói.',
  'future-version': 'Gói được tạo bằng phiên bản Bình An mới hơn: hãy cập nhật phần mềm rồi mở lại.',
  'wrong-kind': 'Loại gói không phù hợp với thao tác này.',
  'wrong-recipient': 'Gói này không gửi cho đơn vị này (không phải cho tỉnh này).',
  replay: 'Gói này đã được nhận trước đây (số thứ tự cũ hoặc trùng) nên không nhập lại.',
  'chain-broken': 'Chuỗi gói không liền mạch: gói trước đó của đơn vị gửi không khớp.',
  'payload-mismatch': 'Dữ liệu trong gói không khớp với bản kê đã ký: tệp bị hỏng hoặc bị sửa.',
  'cannot-decrypt': 'Không giải mã được dữ liệu: gói không được mã hoá cho khoá của đơn vị này.',
  'invalid-payload': 'Dữ liệu trong gói không đúng định dạng.',
};

export interface BundleRejection {
  code: RejectionCode;
  message: string;
  /** Technical detail in English, for logs and province IT; never shown as the main message. */
  detail: string;
}

export class RejectedError extends Error {
  override name = 'RejectedError';
  constructor(
    readonly code: RejectionCode,
    readonly detail: string,
  ) {
    super(`${REJECTION_MESSAGES[code]} (${code}: ${detail})`);
  }

  toRejection(): BundleRejection {
    return { code: this.code, message: REJECTION_MESSAGES[this.code], detail: this.detail };
  }
}

export type BundleResult<T> = { ok: true; value: T } | { ok: false; rejection: BundleRejection };
