import type { RejectionCode } from '../../../shared/bundle/rejection';
import type { HostErrorCode, HostReason } from '../../../shared/host/result';

/**
 * Every refusal that crosses from main or the bundle reader, by code (shared/host/result.ts,
 * shared/bundle/rejection.ts); renderer/ui/store-error-text.ts is the one place that picks the sentence.
 */
export const errors = {
  host: {
    invalidInput: 'Dữ liệu không hợp lệ.',
    unauthorized: 'Phiên làm việc đã hết hạn; hãy mở lại ứng dụng.',
    forbidden: 'Bạn không có quyền thực hiện thao tác này.',
    authorityRequired:
      'Việc này cần xác nhận của quản trị viên (hoặc người có quyền trao đổi dữ liệu) đang đăng nhập.',
    notFound: 'Không tìm thấy.',
    notAllowed: 'Thao tác này không được phép.',
    unavailable: 'Không kết nối được với phần chạy nền của ứng dụng.',
    internal: 'Lỗi bên trong ứng dụng.',
  } satisfies Record<HostErrorCode, string>,
  who: { admin: 'một quản trị viên', exchange: 'người có quyền trao đổi dữ liệu' },
  reason: {
    unknownCall: 'Ứng dụng không có chức năng này ({{channel}}).',
    invalidFields: 'Dữ liệu gửi lên không hợp lệ (trường {{field}}).',
    badRequest: 'Yêu cầu không đúng định dạng ({{expected}}).',
    tooLarge: 'Dữ liệu gửi lên quá lớn (tối đa {{limit}} byte).',
    foreignOrigin: 'Yêu cầu không đến từ trang của chính ứng dụng.',
    sessionMissing: 'Thiếu hoặc sai mã phiên; hãy mở lại ứng dụng từ đường dẫn khởi động.',
    badResponse: 'Phản hồi không hợp lệ từ phần chạy nền ({{channel}}).',
    noAnswer: 'Không kết nối được với phần chạy nền của ứng dụng.',
    internalError: 'Đã xảy ra lỗi bên trong ứng dụng; dữ liệu không bị thay đổi.',
    stateFileCorrupt:
      'Tệp trạng thái {{file}} bị hỏng; ứng dụng không ghi đè lên nó. Hãy báo cho cán bộ kỹ thuật.',
    absolutePathNeeded: 'Hãy nhập đường dẫn đầy đủ (ví dụ E:\\ hoặc /media/…).',
    folderUnreadable: 'Không mở được thư mục hoặc ổ đĩa này.',
    folderNotFound: 'Không tìm thấy thư mục hoặc ổ đĩa này.',
    driveGone: 'Không thấy ổ USB này nữa: hãy cắm lại và chọn lại ổ.',
    readRemoved: 'Không tìm thấy tệp gói, hoặc ổ đĩa đã bị rút ra. Hãy cắm lại và chọn lại tệp.',
    readNoPermission: 'Không có quyền đọc tệp gói này.',
    readIo: 'Lỗi đọc trên ổ đĩa (ổ có thể bị hỏng). Hãy chép tệp sang máy rồi mở lại.',
    readFailed: 'Không đọc được tệp gói từ ổ đĩa.',
    writeNoSpace: 'Ổ đĩa đã đầy, không đủ chỗ để ghi tệp. Hãy xoá bớt tệp hoặc dùng ổ khác.',
    writeReadOnly: 'Ổ đĩa chỉ cho phép đọc (có thể đang gạt khoá chống ghi), nên không ghi được tệp.',
    writeNoPermission: 'Không có quyền ghi vào thư mục này.',
    writeRemoved: 'Ổ đĩa đã bị rút ra hoặc không còn truy cập được trong khi ghi. Hãy cắm lại và ghi lại.',
    writeIo: 'Lỗi đọc/ghi trên ổ đĩa (ổ có thể bị hỏng). Hãy thử lại hoặc dùng ổ khác.',
    writeVerifyFailed:
      'Tệp vừa ghi đọc lại không khớp: ổ đĩa có thể bị hỏng. Tệp đã được xoá; hãy dùng ổ khác.',
    writeBadName: 'Tên tệp không hợp lệ.',
    keysExist: 'Đơn vị này đã có khoá; không tạo lại để tránh mất khoá cũ.',
    noKeys: 'Đơn vị chưa có khoá: hãy tạo khoá trước.',
    wrongWrappingKey: 'Khoá mở không đúng: không mở được khoá riêng của đơn vị.',
    keyStoreMissing: 'Không tìm thấy khoá riêng của đơn vị trong kho khoá trên máy này.',
    exchangeLocked: 'Khoá của đơn vị đang đóng: hãy đăng nhập để mở khoá rồi thử lại.',
    wrappingKeyLength: 'Khoá bọc phải dài đúng 32 byte.',
    keyReplaced: 'Khoá này đã được thay bằng khoá mới hơn nên không phê duyệt lại.',
    fingerprintMismatch:
      'Mã xác minh không khớp với khoá trong gói đăng ký khoá: không phê duyệt. Hãy gọi lại cho đơn vị gửi để đối chiếu.',
    keyNotFound: 'Không tìm thấy khoá này trong danh sách khoá đã nhập.',
    proofMissing:
      'Việc này thay đổi độ tin cậy hoặc gửi dữ liệu đi nên cần xác nhận của {{who}} đang đăng nhập; yêu cầu không có xác nhận nên bị từ chối.',
    authorityKeysMissing:
      'Máy này chưa có khoá xác nhận của quản trị viên: hãy để một quản trị viên đăng nhập một lần rồi thử lại.',
    proofWrongRole: 'Việc này cần xác nhận của {{who}}; xác nhận gửi kèm là của vai trò khác.',
    proofStale: 'Xác nhận đã quá hạn (hoặc đồng hồ máy sai): hãy thử lại.',
    proofInvalid: 'Xác nhận không hợp lệ cho yêu cầu này: cần chữ ký của {{who}} cho đúng nội dung này.',
    proofReused: 'Xác nhận này đã được dùng một lần; không dùng lại được.',
    authorityLogCorrupt:
      'Nhật ký thay đổi độ tin cậy ({{file}}) bị hỏng hoặc bị sửa; ứng dụng không ghi tiếp. Hãy báo cho cán bộ kỹ thuật.',
    identifyingField: 'Gói dữ liệu còn chứa thông tin nhận dạng nạn nhân ({{field}}) nên không được tạo.',
    notDeidentified:
      'Gói dữ liệu chỉ được chứa dữ liệu đã bỏ thông tin nhận dạng theo quy tắc chia sẻ ({{where}}). Gói không được tạo.',
    configKeysAdded: 'Khoá công khai trong gói cấu hình do ứng dụng tự thêm.',
    nothingReceived: 'Chưa nhận gói nào từ đơn vị {{unit}}.',
    noApprovedKey:
      'Chưa có khoá đã phê duyệt của đơn vị {{unit}}: hãy nhập và phê duyệt gói đăng ký khoá hoặc gói cấu hình của đơn vị đó trước.',
    sendToSelf: 'Không gửi gói cho chính đơn vị mình.',
    sentPruned:
      'Gói số {{sequence}} đã được xác nhận bằng biên nhận và đã xoá khỏi máy theo quy định lưu giữ.',
    sentFileLost: 'Bản lưu của gói số {{sequence}} bị mất hoặc hỏng; hãy tạo gói mới.',
    sentNotFound: 'Không có gói số {{sequence}} gửi cho đơn vị {{unit}}.',
    bundleNotOpened: 'Gói này chưa được mở trong phiên này: hãy mở lại gói rồi nhập.',
    replay: 'Gói số {{sequence}} đã được nhận trước đây nên không nhập lại.',
    chainBroken: 'Chuỗi gói không liền mạch: gói trước gói số {{sequence}} của đơn vị gửi không khớp.',
    mailNotSet: 'Chưa cài đặt máy chủ thư: hãy nhập cài đặt thư trước.',
    mailNotFound: 'Không tìm thấy thư này trong hộp thư đi.',
    plainPassword: 'Không gửi mật khẩu qua kết nối không mã hoá: hãy chọn STARTTLS hoặc TLS cho máy chủ thư.',
    auditBehind: 'Nhật ký đã có đến dòng {{held}}; không lùi về dòng {{next}}.',
    auditHashDiffers: 'Dòng {{seq}} của nhật ký đã được ghi với mã băm khác.',
    folderBound:
      'Thư mục dữ liệu này đã thuộc về {{name}} (mã đơn vị {{unitCode}}), thiết lập ngày {{date}}; không thiết lập văn phòng thứ hai trên nó.',
    linkNotAllowed: 'Địa chỉ này không nằm trong danh sách được phép mở.',
  } satisfies Record<HostReason, string>,
  rejection: {
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
  } satisfies Record<RejectionCode, string>,
  /** When nothing better is known: the error's own text, for a technician. */
  unknown: 'Lỗi không mong đợi: {{message}}',
};
