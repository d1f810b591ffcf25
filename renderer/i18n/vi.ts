/** Vietnamese, the default language. Terms follow shared/GLOSSARY.md. */
export const vi = {
  app: {
    name: 'Bình An',
    tagline: 'Phòng, chống bạo lực trên cơ sở giới',
    offline: 'Làm việc không cần mạng',
    offlineHint: 'Mọi dữ liệu được lưu trên máy này; ứng dụng không chờ kết nối Internet.',
    language: 'Ngôn ngữ',
  },
  nav: {
    label: 'Các khu vực của ứng dụng',
    overview: 'Tổng quan',
    cases: 'Vụ việc',
    programme: 'Chương trình',
    exchange: 'Trao đổi dữ liệu',
    admin: 'Quản trị',
  },
  pages: {
    overview: {
      title: 'Tổng quan',
      intro: 'Theo dõi việc thực hiện kế hoạch phòng, chống bạo lực trên cơ sở giới của đơn vị.',
      aboutTitle: 'Thông tin ứng dụng',
      version: 'Phiên bản',
      transport: 'Cách chạy',
      transportElectron: 'Ứng dụng máy tính (Electron)',
      transportWeb: 'Máy chủ web cục bộ (127.0.0.1)',
      dataDir: 'Thư mục dữ liệu',
      platform: 'Hệ điều hành',
      electron: 'Bản chạy Electron',
      electronPresent: 'Đã cài',
      electronMissing: 'Chưa cài — đang dùng máy chủ web cục bộ',
      today: 'Hôm nay',
      loading: 'Đang tải…',
    },
    cases: { title: 'Vụ việc', intro: 'Tiếp nhận, hỗ trợ và theo dõi các vụ việc bạo lực trên cơ sở giới.' },
    programme: {
      title: 'Chương trình',
      intro: 'Tập huấn, cơ sở giáo dục, truyền thông và các chỉ tiêu của kế hoạch.',
    },
    exchange: {
      title: 'Trao đổi dữ liệu',
      intro: 'Gửi và nhận gói dữ liệu đã ký, đã mã hoá qua USB hoặc thư điện tử.',
    },
    admin: { title: 'Quản trị', intro: 'Người dùng, nhật ký truy cập và tình trạng kho dữ liệu.' },
    notReady: 'Khu vực này chưa có trong phiên bản hiện tại.',
    notFound: 'Không tìm thấy trang này.',
    backHome: 'Về trang Tổng quan',
  },
  errors: {
    pageTitle: 'Trang này gặp lỗi',
    pageBody:
      'Dữ liệu đã lưu không bị ảnh hưởng. Bạn có thể thử lại; nếu lỗi lặp lại, hãy sao chép chi tiết và gửi cho cán bộ kỹ thuật.',
    retry: 'Thử lại',
    copy: 'Sao chép chi tiết lỗi',
    copied: 'Đã sao chép',
    background: 'Một thao tác chạy nền bị lỗi: {{message}}',
    dismiss: 'Đóng',
    host: {
      invalid_input: 'Dữ liệu không hợp lệ.',
      unauthorized: 'Phiên làm việc đã hết hạn; hãy mở lại ứng dụng.',
      forbidden: 'Bạn không có quyền thực hiện thao tác này.',
      not_found: 'Không tìm thấy.',
      not_allowed: 'Thao tác này không được phép.',
      unavailable: 'Không kết nối được với phần chạy nền của ứng dụng.',
      internal: 'Lỗi bên trong ứng dụng.',
    },
  },
};

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
/** The shape every language must fill, key for key. */
export type Messages = Widen<typeof vi>;
