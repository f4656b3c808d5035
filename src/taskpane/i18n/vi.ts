/**
 * The Vietnamese interface text: the reference catalogue. `en.ts` must have exactly these keys
 * (its type is `Catalogue`), so a key missing from either language fails the typecheck.
 */
export const vi = {
  app: {
    title: 'Báo cáo Đề án 04',
    subtitle: 'Công tác dân vận của các tổ chức cơ sở đảng',
    connecting: 'Đang kết nối với Excel…',
  },
  fileMode: {
    title: 'Chế độ tệp (ngoài Excel)',
    body: 'Các tệp Excel được đọc và tạo ngay trong trình duyệt này; không có dữ liệu nào được gửi đi. Để làm việc trực tiếp trên bảng tính, hãy mở phần bổ trợ trong Excel.',
  },
  language: {
    switchLabel: 'English',
    switchHint: 'Bật để hiển thị giao diện bằng tiếng Anh.',
  },
  tabs: {
    listLabel: 'Chức năng',
    template: 'Mẫu báo cáo',
    check: 'Kiểm tra',
    consolidate: 'Tổng hợp',
    settings: 'Cài đặt',
  },
};

export type Catalogue = typeof vi;
