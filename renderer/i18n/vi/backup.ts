/** Backups and restore (issue 10): Admin → Sao lưu, the dashboard reminder, restore at setup. */
export const backup = {
  panel: {
    title: 'Sao lưu dữ liệu',
    intro:
      'Bản sao lưu chứa toàn bộ dữ liệu của đơn vị (hồ sơ vẫn được mã hoá), người dùng, nhật ký và các tệp trao đổi. Chỉ mở được bằng khoá khôi phục của đơn vị. Hãy sao lưu ra ổ USB hoặc thư mục khác máy này.',
    folder: 'Thư mục sao lưu (đường dẫn đầy đủ, ví dụ ổ USB)',
    keep: 'Số bản sao lưu giữ lại trong thư mục',
    run: 'Sao lưu ngay',
    running: 'Đang sao lưu… {{percent}}%',
    done: 'Đã sao lưu và kiểm tra: {{file}} ({{size}}).',
    last: 'Lần sao lưu gần nhất: {{date}}, vào {{folder}}.',
    never: 'Đơn vị chưa sao lưu lần nào.',
    listTitle: 'Các bản sao lưu trong thư mục',
    listEmpty: 'Chưa có bản sao lưu nào trong thư mục này.',
    listDate: 'Thời điểm',
    listFile: 'Tệp',
    listSize: 'Dung lượng',
    listCases: 'Số hồ sơ',
    keyNeeded:
      'Lần đầu sao lưu: hãy nhập khoá khôi phục của đơn vị (bản in khi thiết lập). Ứng dụng kiểm tra khoá và tạo khoá sao lưu từ đó; các lần sau không cần nhập lại.',
    recoveryKey: 'Khoá khôi phục',
    enable: 'Bật sao lưu',
    enabled: 'Đã bật sao lưu. Bản sao lưu chỉ mở được bằng khoá khôi phục này.',
    conflict: 'Dữ liệu đã thay đổi trong khi sao lưu; hãy bấm sao lưu lại.',
  },
  reminder: {
    never: 'Đơn vị chưa có bản sao lưu nào. Nếu máy hỏng hoặc mất, toàn bộ hồ sơ sẽ mất.',
    old: 'Bản sao lưu gần nhất đã {{days}} ngày trước ({{date}}).',
    action: 'Sao lưu ngay',
  },
  restore: {
    offer: 'Khôi phục từ bản sao lưu',
    title: 'Khôi phục từ bản sao lưu',
    intro:
      'Dùng khi chuyển sang máy mới hoặc sau khi máy hỏng: chọn tệp sao lưu (đường dẫn đầy đủ), xem nội dung, nhập khoá khôi phục của đơn vị rồi khôi phục.',
    path: 'Tệp sao lưu (đường dẫn đầy đủ tới tệp .zip)',
    inspect: 'Xem bản sao lưu',
    office: 'Đơn vị: {{name}} (mã {{unitCode}})',
    createdAt: 'Sao lưu lúc: {{date}}',
    counts:
      'Hồ sơ: {{cases}} · người dùng: {{users}} · người được tập huấn: {{people}} · dòng nhật ký: {{audit}}',
    lastSent:
      'Gói gửi cuối cùng trong bản sao lưu: số {{sequence}} tới đơn vị {{unit}} ({{date}}). Nếu sau thời điểm sao lưu đơn vị còn gửi gói khác, hãy xin tỉnh biên nhận mới nhất và nhập nó (Trao đổi dữ liệu → Nhập gói) trước khi gửi tiếp: ứng dụng sẽ tiếp tục sau gói cuối cùng mà tỉnh đã xác nhận, không dùng lại số thứ tự cũ.',
    recoveryKey: 'Khoá khôi phục của đơn vị',
    confirmOver:
      'Máy này đã có dữ liệu của một đơn vị. Khôi phục sẽ thay thế toàn bộ dữ liệu đó; nhập khoá khôi phục của đơn vị đang có trên máy để xác nhận.',
    run: 'Khôi phục',
    running: 'Đang khôi phục… {{percent}}%',
    done: 'Đã khôi phục xong. Hãy đăng nhập bằng tên đăng nhập và mật khẩu cũ.',
    open: 'Mở ứng dụng',
    erasures:
      'Yêu cầu xoá dữ liệu được thực hiện sau {{date}} không có trong bản sao lưu này: các vụ việc đó đã quay lại. Hãy xem sổ theo dõi yêu cầu xoá của đơn vị và xoá lại từng vụ việc (mở vụ việc → Quyền đối với dữ liệu cá nhân).',
    cancel: 'Quay lại',
    sentAfter:
      'Sau thời điểm sao lưu, máy này đã gửi các gói: {{list}}. Sổ gói đã gửi của máy được giữ nguyên, nên gói tiếp theo mang số kế tiếp, không dùng lại số cũ.',
    wrongRecoveryKey: 'Khoá khôi phục này không mở được bản sao lưu.',
    refused: {
      schemaVersion:
        'Bản sao lưu được tạo bởi một phiên bản ứng dụng khác; hãy dùng đúng phiên bản đó để khôi phục.',
      needsRecoveryKey: 'Cần khoá khôi phục của đơn vị đang có trên máy để thay thế dữ liệu.',
      counts:
        'Số dòng đọc được không khớp với bản sao lưu: tệp có thể bị hỏng. Chưa có gì thay đổi; hãy dùng bản sao lưu khác.',
      damaged: 'Bản sao lưu bị hỏng. Dữ liệu trên máy chưa được dùng; hãy chọn bản sao lưu khác.',
    },
  },
  problem: {
    'no-space': 'Ổ đĩa đã đầy. Bản sao lưu cũ vẫn còn nguyên; hãy xoá bớt tệp hoặc dùng ổ khác.',
    'read-only': 'Ổ đĩa chỉ cho phép đọc (có thể đang gạt khoá chống ghi).',
    'no-permission': 'Không có quyền ghi vào thư mục này.',
    removed:
      'Ổ đĩa đã bị rút ra hoặc không còn truy cập được. Không mất dữ liệu gì; hãy cắm lại và sao lưu lại.',
    io: 'Lỗi đọc/ghi trên ổ đĩa (ổ có thể bị hỏng). Hãy thử lại hoặc dùng ổ khác.',
    'verify-failed':
      'Tệp vừa ghi đọc lại không khớp: ổ đĩa có thể bị hỏng. Tệp đã được xoá; hãy dùng ổ khác.',
    'bad-name': 'Tên tệp không hợp lệ.',
    'folder-missing': 'Không tìm thấy thư mục hoặc tệp này (cần đường dẫn đầy đủ).',
    'not-a-backup': 'Tệp này không phải bản sao lưu của Bình An.',
    damaged: 'Bản sao lưu bị hỏng (mã băm không khớp). Hãy dùng bản sao lưu khác.',
    'wrong-key': 'Khoá khôi phục này không mở được bản sao lưu.',
    'other-office': 'Thư mục dữ liệu của máy này thuộc về một đơn vị khác; không khôi phục đè lên nó.',
    'unknown-session': 'Phiên sao lưu đã kết thúc; hãy làm lại.',
    'too-large': 'Bản sao lưu vượt quá 4 GiB.',
    'key-mismatch':
      'Đây không phải khoá sao lưu của đơn vị: ứng dụng chỉ mã hoá bản sao lưu bằng khoá mà đơn vị đã dùng lần đầu, và chỉ khôi phục đè lên đơn vị này một bản sao lưu làm bằng khoá đó.',
  },
  damaged: {
    title: 'Kho dữ liệu trên máy này bị hỏng',
    body: 'Khi mở, Bình An kiểm tra kho dữ liệu và thấy nó không còn nguyên vẹn. Ứng dụng không mở tiếp trên dữ liệu hỏng, và không tạo đơn vị trống đè lên. Hãy khôi phục từ bản sao lưu mới nhất, hoặc báo cán bộ kỹ thuật. Đã phát hiện:',
    problem: {
      schemaVersion: 'phiên bản cấu trúc kho dữ liệu không khớp với ứng dụng;',
      auditBehind: 'nhật ký truy cập ngắn hơn bản ghi đầu chuỗi mà ứng dụng giữ (dòng cuối đã mất);',
      auditHashDiffers: 'dòng nhật ký cuối không khớp với mã băm ứng dụng đã lưu;',
      auditMissing: 'nhật ký truy cập trống, trong khi ứng dụng đã ghi nhận nhật ký;',
      vault: 'một số hồ sơ có phần thông tin mã hoá không còn nguyên vẹn;',
      aggregates: 'số liệu tổng hợp không khớp với hồ sơ;',
      keyring: 'thiếu khoá của đơn vị;',
      unreadable: 'không đọc được kho dữ liệu.',
      storeMissing:
        'kho dữ liệu trống, dù thư mục dữ liệu của máy và hồ sơ trình duyệt này đã chứa dữ liệu của đơn vị (trình duyệt đã bỏ các tệp bị hỏng, hoặc tệp đã bị xoá).',
    },
    newest: 'Bản sao lưu mới nhất: {{file}} (trong {{folder}}).',
    noBackup:
      'Không tìm thấy bản sao lưu trong thư mục sao lưu gần nhất; hãy nhập đường dẫn tới tệp sao lưu.',
    retry: 'Kiểm tra lại',
  },
};
