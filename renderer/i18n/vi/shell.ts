/** The frame, navigation and errors, in Vietnamese. Terms follow shared/GLOSSARY.md. */
export const shell = {
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
    },
    notFound: 'Không tìm thấy trang này.',
    loading: 'Đang mở trang…',
    backHome: 'Về trang Tổng quan',
  },
  /** The kit's forms: the sum-up of the fields to check, beside each field's own message. */
  form: {
    check: 'Hãy kiểm tra lại: {{fields}}.',
  },
  errors: {
    pageTitle: 'Trang này gặp lỗi',
    pageBody:
      'Dữ liệu đã lưu không bị ảnh hưởng. Bạn có thể thử lại; nếu lỗi lặp lại, hãy sao chép chi tiết và gửi cho cán bộ kỹ thuật.',
    retry: 'Thử lại',
    copy: 'Sao chép chi tiết lỗi',
    background: 'Một thao tác chạy nền bị lỗi: {{message}}',
    dismiss: 'Đóng',
  },
};
