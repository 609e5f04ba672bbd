// Vietnamese wording of the intake's preview in the task pane ("Gộp danh sách đơn vị"): what each
// picked file gave, before anything is written. Loaded with the step's code, not in the pane's
// first load (intakePane.ts holds the step's labels).
import { RECEIVED_FROM_LABEL } from './intake';

type UnitFrom = 'file-name' | 'title' | 'rows' | 'document' | 'unmatched';
type ReceivedFrom = keyof typeof RECEIVED_FROM_LABEL;

const UNIT_FROM: Record<UnitFrom, string> = {
  'file-name': 'theo tên tệp',
  title: 'theo tiêu đề văn bản',
  rows: 'theo cột đơn vị',
  document: 'theo tên cơ quan ở đầu văn bản',
  unmatched: 'không có trong danh sách đơn vị',
};

export const INTAKE_PREVIEW = {
  picked: (n: number) => `Đã chọn ${n} tệp.`,
  unitsFromSheet: (n: number) => `Danh sách đơn vị: trang "Đơn vị" của bảng tính này (${n} đơn vị).`,
  unitsFromPlan: (n: number) => (n ? `Danh sách đơn vị: theo phân bổ trong kế hoạch (${n}).` : 'Chưa có trang "Đơn vị" trong bảng tính: không biết đơn vị nào chưa gửi.'),
  thisWorkbook: 'bảng tính đang mở',
  summary: (files: number, rows: number, merged: number, copies: number, probable: number, review: number) =>
    `${files} tệp, ${rows} dòng: gộp ${merged}, trùng khớp ${copies}, có thể trùng ${probable} nhóm, cần kiểm tra ${review}.`,
  missing: (units: string[]) => `Chưa gửi: ${units.join(', ')}.`,
  over: (units: string[]) => `Vượt chỉ tiêu phân bổ: ${units.join(', ')}.`,
  sheetLine: (where: string, headerRow: number | null, rows: number) =>
    `${where.charAt(0).toLocaleUpperCase('vi')}${where.slice(1)}${headerRow ? `, dòng tiêu đề ${headerRow}` : ''}: ${rows} dòng đề nghị.`,
  outcomeLine: (merged: number, duplicates: number, review: number) => `Gộp ${merged}, trùng khớp ${duplicates}, cần kiểm tra ${review}.`,
  noList: 'Không gộp được tệp này.',
  unitLine: (unit: string, from: UnitFrom) => `Đơn vị gửi: ${unit} (${UNIT_FROM[from]}).`,
  receivedLine: (date: string | null, from: ReceivedFrom | null) =>
    date === null ? 'Ngày nhận: chưa có (điền trong trang "Tổng hợp").' : `Ngày nhận: ${date}${from ? ` (${RECEIVED_FROM_LABEL[from]})` : ''}.`,
  mappedItem: (header: string, field: string) => `${header} → ${field}`,
  unmappedItem: (header: string, column: string) => `${header} (cột ${column})`,
  written: (rows: number) => `Đã ghi trang "Tổng hợp" (${rows} dòng), "Đơn vị gửi" và "Cần kiểm tra". Ở bước "Danh sách", chọn trang "Tổng hợp" để bình xét.`,
  /** The merged list's own fields a unit's column may go to, beyond the scoring ones. */
  extraFields: { birthYear: 'Năm sinh', achievement: 'Tóm tắt thành tích' } as Record<string, string>,
};
