/** First-run setup, sign-in, lock and passphrases, in Vietnamese. Terms follow shared/GLOSSARY.md. */
export const auth = {
  storeUnavailable: {
    title: 'Không mở được kho dữ liệu trên máy này',
    body: 'Bình An lưu mọi dữ liệu trong kho dữ liệu của trình duyệt (IndexedDB) trên máy này, nhưng kho này không mở được. Dữ liệu đã lưu trước đó không bị xoá.',
    what: 'Bạn có thể làm như sau:',
    step1: 'Đóng mọi cửa sổ Bình An khác đang mở trên máy rồi mở lại ứng dụng.',
    step2: 'Kiểm tra ổ đĩa còn chỗ trống và khởi động lại máy.',
    step3:
      'Nếu vẫn không được, hãy chép chi tiết lỗi dưới đây và gửi cho cán bộ kỹ thuật. Đừng xoá thư mục dữ liệu.',
    retry: 'Thử mở lại',
    detail: 'Chi tiết lỗi',
    restore: 'Bỏ kho hỏng và khôi phục từ bản sao lưu',
    restoreConfirm:
      'Kho dữ liệu không mở được trên trình duyệt này sẽ bị bỏ, rồi ứng dụng mở màn hình khôi phục với bản sao lưu mới nhất. Chỉ làm khi đơn vị có bản sao lưu (hoặc sau khi cán bộ kỹ thuật đã chép hồ sơ trình duyệt ra nơi khác). Tiếp tục?',
  },
  loading: 'Đang mở kho dữ liệu…',
  officeElsewhere: {
    title: 'Thư mục dữ liệu này thuộc về {{name}}',
    body: 'Thư mục dữ liệu của Bình An trên máy này đã được thiết lập cho văn phòng {{name}} (mã đơn vị {{unitCode}}) ngày {{date}}. Trình duyệt này chưa có dữ liệu của văn phòng đó, nên Bình An không thiết lập văn phòng thứ hai ở đây.',
    what: 'Hãy khôi phục hoặc đăng nhập:',
    signIn:
      'Đăng nhập: mở Bình An trong đúng trình duyệt và hồ sơ trình duyệt đã dùng khi thiết lập văn phòng, rồi đăng nhập như mọi khi. Dữ liệu của văn phòng nằm trong hồ sơ trình duyệt đó.',
    restore:
      'Khôi phục: nếu dữ liệu của trình duyệt đã bị xoá hoặc máy đã được thay, chọn "Khôi phục từ bản sao lưu" bên dưới, chọn tệp sao lưu của văn phòng và nhập mã khôi phục. Không xoá thư mục dữ liệu.',
    folder: 'Thư mục dữ liệu: {{dataDir}}',
    retry: 'Kiểm tra lại',
  },
  setup: {
    title: 'Thiết lập Bình An lần đầu',
    intro: 'Ba bước ngắn: đơn vị của bạn, tài khoản quản trị viên đầu tiên, và mã khôi phục.',
    steps: { office: 'Đơn vị', admin: 'Quản trị viên', recovery: 'Mã khôi phục' },
    office: {
      roleLabel: 'Đơn vị của bạn phụ trách',
      tiers: {
        commune: 'Xã, phường, đặc khu',
        province: 'Thành phố, tỉnh (cơ quan cấp tỉnh)',
        legacy: 'Đơn vị cũ: huyện, quận, thị xã hoặc tỉnh trước 01/7/2025',
      },
      tierHints: {
        commune:
          'Đơn vị hành chính cấp xã từ 01/7/2025: nhập vụ việc và số liệu, gửi gói dữ liệu lên thành phố hoặc tỉnh.',
        province: 'Nhận gói dữ liệu của các xã, phường và tổng hợp toàn thành phố hoặc toàn tỉnh.',
        legacy:
          'Cấp huyện và tỉnh Quảng Nam không còn từ 01/7/2025: chỉ chọn khi đơn vị còn báo cáo số liệu các kỳ 2021–2025 theo đơn vị cũ.',
      },
      unit: 'Đơn vị hành chính',
      unitHints: {
        commune: 'Danh sách 94 đơn vị cấp xã của thành phố Đà Nẵng theo Nghị quyết 1659/NQ-UBTVQH15.',
        province: 'Thành phố hoặc tỉnh mà cơ quan của bạn phụ trách.',
        legacy: 'Tỉnh và các huyện, quận, thị xã, thành phố thuộc tỉnh như ngày 30/06/2025.',
      },
      name: 'Tên đơn vị',
      nameHint: 'Tên đầy đủ, như trên công văn. Ví dụ: {{example}}',
      communeExample: 'Ủy ban nhân dân {{unit}}',
      districtExample: 'Phòng Lao động – Thương binh và Xã hội {{unit}}',
      provinceExample: 'Sở Lao động – Thương binh và Xã hội {{unit}}',
    },
    admin: {
      intro: 'Quản trị viên tạo tài khoản cho cán bộ khác, xem nhật ký truy cập và giữ mã khôi phục.',
      displayName: 'Họ và tên',
      username: 'Tên đăng nhập',
      usernameHint: '3–32 ký tự: chữ không dấu, số, dấu chấm, gạch dưới hoặc gạch ngang. Ví dụ: nguyen.hoa',
      alsoCaseWorker: 'Tôi cũng trực tiếp quản lý vụ việc (xem được thông tin nhận dạng người bị bạo lực)',
      alsoCaseWorkerHint:
        'Chọn nếu đơn vị chỉ có một cán bộ. Quản trị viên không tự động xem được thông tin nhận dạng.',
    },
    recovery: {
      intro: 'Đây là mã khôi phục của đơn vị. Mã chỉ hiện MỘT LẦN, ngay bây giờ.',
      why: 'Khi quên mật khẩu (kể cả mật khẩu của quản trị viên cuối cùng), chỉ mã này mở lại được dữ liệu. Không ai, kể cả cán bộ kỹ thuật, lấy lại được dữ liệu nếu mất cả mật khẩu lẫn mã này.',
      print: 'In mã khôi phục',
      confirm: 'Tôi đã in hoặc chép lại mã khôi phục và cất ở nơi an toàn',
      finish: 'Bắt đầu sử dụng',
      keyLabel: 'Mã khôi phục',
    },
    sheet: {
      title: 'Mã khôi phục Bình An',
      office: 'Đơn vị',
      date: 'Ngày tạo',
      instructions1:
        'Cất tờ giấy này ở nơi an toàn có khoá (ví dụ: tủ hồ sơ mật của đơn vị). Không chụp ảnh, không lưu trên máy tính hay điện thoại.',
      instructions2:
        'Khi quên mật khẩu: trên màn hình đăng nhập, chọn "Quên mật khẩu?", nhập mã này, tên đăng nhập và mật khẩu mới.',
      instructions3:
        'Ai có mã này và máy tính của đơn vị đều có thể mở dữ liệu: chỉ người được giao trách nhiệm mới được giữ mã.',
    },
    back: 'Quay lại',
    next: 'Tiếp tục',
    create: 'Tạo đơn vị',
    alreadyBound:
      'Thư mục dữ liệu này đã thuộc về {{name}} (mã đơn vị {{unitCode}}); không thiết lập văn phòng thứ hai trên nó.',
    bindFailed:
      'Văn phòng đã được tạo, nhưng chưa ghi được vào thư mục dữ liệu ({{message}}). Hãy chép mã khôi phục rồi báo cho cán bộ kỹ thuật.',
    creating: 'Đang tạo khoá mã hoá…',
  },
  passphrase: {
    label: 'Mật khẩu',
    repeat: 'Nhập lại mật khẩu',
    minimum: 'Ít nhất {{min}} ký tự. Nên dùng một câu dễ nhớ, ví dụ: "mùa lúa chín ở Duy Xuyên".',
    mismatch: 'Hai mật khẩu chưa giống nhau.',
    show: 'Hiện mật khẩu',
    hide: 'Ẩn mật khẩu',
    strength: {
      label: 'Độ mạnh: {{level}}',
      tooShort: 'quá ngắn',
      weak: 'yếu',
      fair: 'khá',
      strong: 'mạnh',
    },
  },
  login: {
    title: 'Đăng nhập',
    intro: 'Dữ liệu của {{office}} được mã hoá trên máy này. Nhập mật khẩu để mở.',
    username: 'Tên đăng nhập',
    passphrase: 'Mật khẩu',
    submit: 'Đăng nhập',
    checking: 'Đang kiểm tra…',
    forgot: 'Quên mật khẩu?',
    wrong: 'Tên đăng nhập hoặc mật khẩu không đúng. Dữ liệu không bị ảnh hưởng.',
    retryIn: 'Đã nhập sai nhiều lần. Thử lại sau {{seconds}} giây.',
    neverWiped: 'Nhập sai không bao giờ làm mất dữ liệu; chỉ phải chờ lâu hơn giữa các lần thử.',
  },
  unlock: {
    title: 'Phiên làm việc đã khoá',
    intro:
      'Để bảo vệ thông tin của người bị bạo lực, Bình An đã khoá. Nhập mật khẩu của {{name}} để tiếp tục đúng trang đang làm.',
    submit: 'Mở khoá',
    otherUser: 'Đăng nhập bằng tài khoản khác',
  },
  reset: {
    title: 'Đặt lại mật khẩu bằng mã khôi phục',
    intro:
      'Nhập mã khôi phục của đơn vị (13 nhóm, mỗi nhóm 4 ký tự; không phân biệt chữ hoa, chữ thường, có thể bỏ dấu gạch).',
    recoveryKey: 'Mã khôi phục',
    username: 'Tên đăng nhập cần đặt lại',
    newPassphrase: 'Mật khẩu mới',
    submit: 'Đặt lại mật khẩu',
    done: 'Đã đặt lại mật khẩu cho {{username}}. Hãy đăng nhập bằng mật khẩu mới.',
    doneAdmin: 'Đã đặt lại mật khẩu cho {{username}}. Hãy báo mật khẩu mới trực tiếp cho người dùng.',
    unknownUser: 'Không có tài khoản với tên đăng nhập này.',
  },
  change: {
    title: 'Đổi mật khẩu',
    current: 'Mật khẩu hiện tại',
    next: 'Mật khẩu mới',
    submit: 'Đổi mật khẩu',
    done: 'Đã đổi mật khẩu.',
    wrongCurrent: 'Mật khẩu hiện tại không đúng.',
  },
  menu: {
    account: 'Tài khoản: {{name}}',
    lock: 'Khoá ngay',
    lockHint: 'Khoá màn hình (dữ liệu vẫn giữ nguyên; mở lại bằng mật khẩu)',
    changePassphrase: 'Đổi mật khẩu',
    logout: 'Đăng xuất',
  },
  forbidden: {
    title: 'Bạn không có quyền xem trang này',
    body: 'Vai trò của tài khoản ({{roles}}) không bao gồm khu vực này. Nếu cần, hãy nhờ quản trị viên của đơn vị cấp thêm vai trò.',
  },
  demoBanner: 'Đây là DỮ LIỆU MẪU để làm quen và tập huấn, không phải số liệu thật của đơn vị.',
  cancel: 'Huỷ',
  close: 'Đóng',
};
