// Vietnamese text of the task pane's "Tạo văn bản" step (kept apart from documents.ts, whose
// document wording is loaded with the .docx code only when the step runs).

/** The sheet the secretary fills in with what only she knows (số, ngày, người ký…). */
export const INFO_SHEET_NAME = 'Thông tin văn bản';

export const DOCS_PANE = {
  tab: 'Văn bản',
  intro:
    'Lập tờ trình, biên bản họp Hội đồng, quyết định (kèm danh sách) và giấy khen (.docx) từ cột "Bình Xét: Kết quả" của danh sách và trang "Thông tin văn bản". Tệp được tạo ngay trên máy, không gửi đi đâu.',
  needList: 'Cần chọn trang danh sách (bước Danh sách) hoặc mở trang danh sách đã bình xét.',
  template: 'Mẫu giấy khen của đơn vị (.docx, không bắt buộc)',
  templatePick: 'Chọn tệp mẫu…',
  templateChosen: (name: string) => `Dùng mẫu: ${name}`,
  templateClear: 'Bỏ mẫu, dùng bố cục có sẵn',
  run: 'Tạo văn bản',
  running: 'Đang tạo văn bản…',
  done: (n: number, rows: number) => `Đã tạo ${n} tệp cho ${rows} trường hợp được đề nghị khen thưởng. Bấm để tải về:`,
  download: (label: string, file: string, rows: number) => `${label} — ${file} (${rows})`,
  kind: { 'to-trinh': 'Tờ trình', 'bien-ban': 'Biên bản họp Hội đồng', 'quyet-dinh': 'Quyết định và danh sách', 'chung-nhan': 'Giấy khen' },
  created: 'Đã thêm trang "Thông tin văn bản" vào bảng tính: điền số, ngày, người ký… rồi bấm "Tạo văn bản" lần nữa.',
  missingTitle: (n: number) => `Còn thiếu ${n} thông tin (văn bản ghi chỗ trống [..]):`,
  notesTitle: (n: number) => `${n} lưu ý:`,
  openInfo: 'Mở trang "Thông tin văn bản"',
};
