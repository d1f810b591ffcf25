import type { ReleaseRefusal } from '../../shared/update/release-refusal';

/** The CLI's one-line reasons (Vietnamese, as its other messages); the app's are in renderer/i18n. */
export const RELEASE_REFUSAL_TEXT: Record<ReleaseRefusal, string> = {
  noRelease: 'không có latest.yml trong thư mục',
  unsigned: 'thiếu chữ ký latest.yml.minisig',
  signatureUnreadable: 'tệp chữ ký không phải chữ ký minisign',
  unknownKey: 'chữ ký không phải của khoá nhà phát hành',
  badSignature: 'chữ ký không khớp: latest.yml đã bị sửa sau khi ký',
  commentMismatch: 'chữ ký không dành cho tệp hoặc phiên bản này',
  manifestInvalid: 'latest.yml không hợp lệ',
  installerMissing: 'thiếu tệp cài đặt',
  installerSize: 'kích thước tệp cài đặt khác latest.yml',
  installerHash: 'sha512 của tệp cài đặt khác latest.yml: tệp đã bị sửa hoặc hỏng',
  downgrade: 'phiên bản cũ hơn bản đang chạy',
  notNewer: 'đúng phiên bản đang chạy',
  replay: 'cũ hơn một bản đã kiểm tra trên máy này',
  notHttps: 'máy chủ cập nhật phải là https',
  unreadable: 'không đọc được thư mục bản phát hành',
  copyFailed: 'chép không thành công hoặc bản chép đọc lại không khớp',
  installUnavailable: 'không cài được ở đây',
  backupNeeded: 'cần sao lưu trước khi cài',
  busy: 'đang có bước cập nhật khác',
  nothingStaged: 'chưa có bản cập nhật đã kiểm tra',
  updaterFailed: 'trình cập nhật dừng',
};
