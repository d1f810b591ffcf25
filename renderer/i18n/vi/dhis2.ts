/** Báo cáo → DHIS2: the province's export of a period's figures to the national DHIS2. */
export const dhis2 = {
  nav: 'DHIS2',
  title: 'Xuất số liệu sang DHIS2',
  intro:
    'Xuất chỉ tiêu và số vụ việc theo giới tính, nhóm tuổi, hình thức bạo lực của các đơn vị trong kỳ, dạng DHIS2 dataValueSets (.json) hoặc ADX (.xml), để nhập vào DHIS2 bằng ứng dụng Import/Export. Số nhỏ hơn {{threshold}} về người bị bạo lực, và các ô có thể tính ngược ra chúng, không được xuất.',
  period: {
    label: 'Kỳ báo cáo',
    year: 'Năm',
    firstHalf: '6 tháng đầu năm',
    secondHalf: '6 tháng cuối năm',
    whole: 'Cả năm',
  },
  units: {
    label: 'Đơn vị xuất',
    all: 'Chọn tất cả',
    none: 'Bỏ chọn',
    own: '{{unit}} (ghi nhận tại cấp tỉnh/thành phố)',
    orgUnit: 'Mã DHIS2: {{code}}',
    unmapped: 'Chưa có mã DHIS2',
  },
  preview: {
    title: 'Xem trước',
    summary:
      '{{values}} giá trị của {{units}} đơn vị sẽ được xuất; {{suppressed}} số liệu được ẩn để bảo vệ người bị bạo lực.',
    unmapped: 'Không xuất (chưa có mã đơn vị DHIS2): {{units}}',
    unmappedIndicators: 'Chỉ tiêu chưa có mã phần tử dữ liệu, không xuất: {{codes}}',
    ownOmitted:
      'Không xuất dòng ghi nhận tại cấp tỉnh/thành phố: các đơn vị bên dưới cộng lại nhiều hơn số của cấp tỉnh.',
    nothing: 'Không còn giá trị nào để xuất với các đơn vị đã chọn.',
    col: { unit: 'Đơn vị', orgUnit: 'Mã DHIS2', values: 'Giá trị xuất', suppressed: 'Ẩn' },
  },
  actions: {
    json: 'Lưu dataValueSets (.json)',
    adx: 'Lưu ADX (.xml)',
    saved: 'Đã lưu tệp {{file}}.',
  },
  mapping: {
    title: 'Bảng ánh xạ mã DHIS2',
    intro:
      'Mã phần tử dữ liệu, nhóm phân tách (category), phương án và tổ hợp phương án (category option combo) và mã đơn vị trong DHIS2 của tỉnh. Mã đơn vị mặc định là mã đơn vị hành chính đi kèm ứng dụng; để trống là đơn vị không có trong DHIS2.',
    open: 'Sửa bảng ánh xạ',
    save: 'Lưu bảng ánh xạ',
    reset: 'Khôi phục mặc định',
    close: 'Đóng',
    saved: 'Đã lưu bảng ánh xạ.',
    edited: 'Đang dùng bảng ánh xạ của tỉnh.',
    defaults: 'Đang dùng bảng ánh xạ mặc định.',
    readOnly: 'Chỉ quản trị viên sửa được bảng ánh xạ.',
    dataSet: 'Tập dữ liệu (data set)',
    numerator: '{{code}} – tử số',
    denominator: '{{code}} – mẫu số',
    casesTotal: 'Tổng số vụ việc',
    dataElement: 'Phần tử dữ liệu',
    category: 'Nhóm phân tách (category)',
    option: 'Phương án',
    optionCombo: 'Tổ hợp (COC)',
    dimension: { sex: 'Giới tính', age: 'Nhóm tuổi', type: 'Hình thức bạo lực' },
    none: 'Không phân tách',
    orgUnits: 'Mã đơn vị DHIS2',
    invalid: 'Mã không hợp lệ: chữ, số, dấu _ . - (tối đa 50 ký tự); nhóm phân tách bắt đầu bằng chữ.',
  },
};
