// Vietnamese text of the pane step "Gộp danh sách đơn vị" (the intake in the task pane): the step's
// own labels, in the pane's first load. The preview's wording is in intakePreview.ts, loaded with
// the step's code when files are picked.

export const INTAKE_PANE = {
  intro:
    'Gộp danh sách đề nghị các đơn vị gửi về (tệp .xlsx, .csv hoặc Word .docx có bảng) thành trang "Tổng hợp", kèm trang "Đơn vị gửi" và "Cần kiểm tra". Các tệp được đọc ngay trên máy này, không gửi đi đâu.',
  needPlan: 'Hãy đọc kế hoạch ở bước "Kế hoạch" trước: cần biết các phong trào và tiêu chí để gộp.',
  pick: 'Chọn các tệp của đơn vị…',
  reading: 'Đang đọc các tệp…',
  mapped: 'Cột đã khớp',
  unmapped: 'Cột không gộp được',
  problems: 'Ghi chú',
  write: 'Ghi vào bảng tính',
  writing: 'Đang ghi…',
  clear: 'Bỏ chọn',
};
