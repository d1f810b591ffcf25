/** Why a bundle was refused: a stable camelCase code with a technical detail; sentences belong to the reader. */
export const REJECTION_CODES = [
  'corrupt',
  'unsafePath',
  'tooLarge',
  'unknownSender',
  'badSignature',
  'senderMismatch',
  'futureVersion',
  'wrongKind',
  'wrongRecipient',
  'replay',
  'chainBroken',
  'payloadMismatch',
  'cannotDecrypt',
  'invalidPayload',
] as const;
export type RejectionCode = (typeof REJECTION_CODES)[number];

/** The CLI's sentences (it speaks Vietnamese, like province IT); the app translates the code itself. */
export const REJECTION_MESSAGES: Record<RejectionCode, string> = {
  corrupt: 'Tệp gói bị hỏng hoặc không đầy đủ (có thể bị cắt ngang khi chép).',
  unsafePath: 'Tệp gói chứa đường dẫn không an toàn nên bị từ chối.',
  tooLarge: 'Tệp gói quá lớn, vượt giới hạn cho phép.',
  unknownSender: 'Gói được ký bằng một khoá chưa được phê duyệt: không rõ người gửi.',
  badSignature: 'Chữ ký số không hợp lệ: gói đã bị thay đổi hoặc không do đơn vị gửi ký.',
  senderMismatch: 'Khoá ký không thuộc đơn vị gửi ghi trong gói.',
  futureVersion: 'Gói được tạo bằng phiên bản Bình An mới hơn: hãy cập nhật phần mềm rồi mở lại.',
  wrongKind: 'Loại gói không phù hợp với thao tác này.',
  wrongRecipient: 'Gói này không gửi cho đơn vị này (không phải cho tỉnh này).',
  replay: 'Gói này đã được nhận trước đây (số thứ tự cũ hoặc trùng) nên không nhập lại.',
  chainBroken: 'Chuỗi gói không liền mạch: gói trước đó của đơn vị gửi không khớp.',
  payloadMismatch: 'Dữ liệu trong gói không khớp với bản kê đã ký: tệp bị hỏng hoặc bị sửa.',
  cannotDecrypt: 'Không giải mã được dữ liệu: gói không được mã hoá cho khoá của đơn vị này.',
  invalidPayload: 'Dữ liệu trong gói không đúng định dạng.',
};

export interface BundleRejection {
  code: RejectionCode;
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
    return { code: this.code, detail: this.detail };
  }
}

export type BundleResult<T> = { ok: true; value: T } | { ok: false; rejection: BundleRejection };
