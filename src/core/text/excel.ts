// Vietnamese text of the Excel adapter (src/excel): errors a user can act on inside a workbook.

export const XL = {
  /** The chosen sheet vanished between choosing it and running (renamed or deleted by the user). */
  sheetGone: (name: string) =>
    `Không tìm thấy trang tính "${name}" (có thể vừa bị đổi tên hoặc xóa). Hãy chọn lại trang rồi chạy lại.`,
  /** Excel refused a request because the data is too large to send in one go. */
  tooLarge:
    'Bảng tính quá lớn để Excel gửi trong một lần. Hãy thu gọn vùng dữ liệu (xóa các dòng, cột trống ở cuối) rồi chạy lại.',
  /** The host lacks a needed API version (old Excel). */
  oldExcel: (apiSet: string) =>
    `Phiên bản Excel này chưa hỗ trợ ${apiSet}. Hãy dùng Excel 2019 trở lên hoặc Excel trên web.`,
  /** A cell reference to jump to is not valid. */
  badCell: (a1: string) => `Ô "${a1}" không hợp lệ.`,
};
