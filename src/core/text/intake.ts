// Vietnamese text of the intake (`binhxet gop`, "Gộp danh sách đơn vị"): the consolidated sheet,
// the units sheet, the review list, and every message about a unit's file.

import { INTAKE_SHEETS } from './intakeSheets';

export { INTAKE_SHEETS, UNITS_SHEET } from './intakeSheets';

/** Headers of the merged list: each one a variant header.ts maps to its field (tested). */
export const INTAKE_COLUMNS = {
  stt: 'STT',
  name: 'Tên tập thể/cá nhân',
  position: 'Chức vụ',
  birthYear: 'Năm sinh',
  unit: 'Đơn vị',
  kind: 'Đối tượng',
  movement: 'Phong trào',
  group: 'Khối',
  form: 'Hình thức khen thưởng',
  received: 'Ngày nhận hồ sơ',
  criterion: (n: number) => `Tiêu chí ${n}`,
  points: (n: number, max: number | null) => (max === null ? `Tiêu chí ${n} (điểm)` : `Tiêu chí ${n} (${String(max).replace('.', ',')} điểm)`),
  bonus: 'Điểm thưởng',
  penalty: 'Điểm trừ',
  score: 'Tổng điểm',
  vote: 'Tỷ lệ phiếu (%)',
  achievement: 'Tóm tắt thành tích',
  notes: 'Ghi chú',
};

/** Provenance headers: names no header variant maps to, so `score` leaves them to the user (tested). */
export const PROVENANCE_COLUMNS = {
  file: 'Tệp nguồn',
  sheet: 'Trang nguồn',
  row: 'Dòng nguồn',
  sender: 'Đơn vị gửi',
  receivedFrom: 'Nguồn ngày nhận',
  note: 'Đối chiếu gộp',
  key: 'Mã dòng',
};

export const RECEIVED_FROM_LABEL = {
  column: 'cột ngày trong tệp',
  document: 'ngày ghi trên văn bản',
  file: 'ngày sửa tệp (cần xác nhận)',
};

const dmyList = (xs: string[]) => xs.join(', ');

/** Where a list is in its file: a sheet (trang "DS"), or in a Word document a table ("bảng 2"). */
export const sheetLabel = (file: string, sheet: string) => (/\.docx$/i.test(file) ? sheet.toLocaleLowerCase('vi') : `trang "${sheet}"`);

export const INTAKE = {
  mergedTitle: 'DANH SÁCH TỔNG HỢP ĐỀ NGHỊ KHEN THƯỞNG',
  mergedSubtitle: (files: number, units: number, rows: number) => `Gộp từ ${files} tệp của ${units} đơn vị: ${rows} trường hợp.`,
  unitsTitle: 'TÌNH HÌNH GỬI DANH SÁCH CỦA CÁC ĐƠN VỊ',
  unitsHeaders: ['STT', 'Đơn vị', 'Khối', 'Tệp đã nhận', 'Ngày nhận', 'Số dòng', 'Tập thể', 'Cá nhân', 'Chỉ tiêu', 'Vượt chỉ tiêu', 'Tình trạng'],
  unitsSection: 'I. Các đơn vị',
  filesSection: 'II. Ghi chú theo tệp (cột không gộp được, ô không đọc được, tệp lỗi)',
  filesHeaders: { stt: 'STT', file: 'Tệp', sheet: 'Trang', message: 'Ghi chú', place: 'Ô / dòng' },
  placeCell: (column: string | null, row: number | null) => (row === null ? null : column ? `${column}${row}` : `dòng ${row}`),
  noFileNotes: 'Không có ghi chú.',
  sent: 'Đã gửi',
  notSent: 'Chưa gửi',
  notExpected: 'Không có trong danh sách đơn vị',
  allocationText: (c: number | null, i: number | null, e: number | null) =>
    [c !== null ? `${c} TT` : null, i !== null ? `${i} CN` : null, e !== null ? `${e} TT hoặc CN` : null].filter(Boolean).join(', '),
  reviewTitle: 'CÁC DÒNG CẦN KIỂM TRA TRƯỚC KHI GỘP',
  reviewIntro: 'Các dòng dưới đây chưa được đưa vào trang "Tổng hợp". Sửa tệp của đơn vị rồi gộp lại, hoặc chép dòng đã sửa vào "Tổng hợp".',
  reviewSection: 'I. Dòng chưa gộp được',
  reviewHeadersBefore: ['STT', 'Lý do'],
  noReview: 'Không có dòng nào cần kiểm tra.',
  exactSection: 'II. Dòng trùng khớp (không thêm lại vào danh sách)',
  exactHeaders: ['STT', 'Trùng khớp với (tệp, trang, dòng)', 'Tệp', 'Trang', 'Dòng', 'Tên tập thể/cá nhân'],
  probableSection: 'III. Có thể trùng (đã gộp cả hai, cần đối chiếu)',
  probableHeaders: ['STT', 'Các nơi xuất hiện (tệp, trang, dòng)', 'Tên tập thể/cá nhân', 'Đơn vị', 'Năm sinh'],
  noneFound: 'Không có.',
  place: (file: string, sheet: string, row: number) => `${file}, ${sheetLabel(file, sheet)}, dòng ${row}`,
  /** The name of a Word document's k-th table, as its sheet. */
  wordTable: (k: number) => `Bảng ${k}`,
  exactNote: (places: string[]) => `Trùng khớp với: ${dmyList(places)} (không thêm lại).`,
  probableNote: (places: string[]) => `Có thể trùng với: ${dmyList(places)}.`,

  // Why a row is not merged (the review list, `review[].reason`).
  kindUnknown:
    'Không xác định được tập thể hay cá nhân: ô đối tượng trống, không có dòng nhóm ("I. TẬP THỂ") phía trên và tiêu đề cột tên không cho biết.',

  // Problems of a file (`files[].problems`).
  unmappedColumn: (header: string, column: string) =>
    `Cột "${header}" (cột ${column}) không khớp cột nào của danh sách tổng hợp nên không được gộp.`,
  hiddenSheet: (sheet: string) => `Trang "${sheet}" đang ẩn nên không được gộp (hiện trang đó trong Excel nếu cần gộp).`,
  ownSheet: (sheet: string) => `Trang "${sheet}" là trang Bình Xét tạo ra nên không được gộp lại.`,
  noList: (sheets: string[]) =>
    `Không tìm thấy danh sách đề nghị trong tệp (đã xem ${sheets.length ? sheets.map((s) => `"${s}"`).join(', ') : 'không có trang nào'}): cần một dòng tiêu đề có cột "Họ và tên"/"Tên tập thể" và một cột khác như "Đơn vị", "Chức vụ".`,
  noRows: (sheet: string, headerRow: number) => `Trang "${sheet}" có dòng tiêu đề (dòng ${headerRow}) nhưng không có dòng đề nghị nào.`,
  emptyFile: 'Tệp trống, không có dữ liệu.',
  severalDates: (used: string, others: string[]) => `Văn bản ghi nhiều ngày; đã lấy ngày ${used} (các ngày khác: ${dmyList(others)}).`,
  unitConflict: (used: string, other: string) => `Tên tệp cho biết đơn vị "${used}" nhưng nội dung ghi "${other}"; đã lấy "${used}".`,
  unitAmbiguous: 'Không xác định được đơn vị gửi: tên tệp khớp nhiều đơn vị trong danh sách; đã lấy tên tệp làm đơn vị gửi.',
  unitUnknown: (name: string) => `Không tìm thấy đơn vị gửi trong danh sách đơn vị; đã lấy tên tệp "${name}" (sửa cột "Đơn vị gửi" nếu cần).`,
  csvEncoding: (enc: string) => `Tệp không phải UTF-8; đã đọc theo bảng mã ${enc}. Kiểm tra dấu tiếng Việt trong danh sách tổng hợp.`,
  noWordList: (tables: string[]) =>
    tables.length
      ? `Không tìm thấy bảng danh sách đề nghị trong văn bản Word (đã xem ${tables.length} bảng): cần một bảng có dòng tiêu đề với cột "Họ và tên"/"Tên tập thể" và một cột khác như "Đơn vị", "Chức vụ".`
      : 'Văn bản Word không có bảng nào: danh sách đề nghị cần được lập thành bảng (Insert → Table) để gộp được.',
  badDocx: (name: string) => `Tệp "${name}" không phải tệp Word .docx hợp lệ (không mở được). Hãy mở bằng Word và lưu lại dạng "Word Document (*.docx)".`,
  docOld: 'Tệp Word 97–2003 (.doc) chưa đọc được. Hãy mở bằng Word và lưu lại dạng "Word Document (*.docx)".',
  unitNotListed: (name: string) => `Đơn vị ban hành văn bản "${name}" không có trong danh sách đơn vị; đã lấy tên này làm đơn vị gửi (sửa cột "Đơn vị gửi" nếu cần).`,
  xlsOld: 'Tệp Excel 97–2003 (.xls) chưa đọc được. Hãy mở bằng Excel và lưu lại dạng "Excel Workbook (*.xlsx)".',
  unsupported: (ext: string) => `Định dạng "${ext || '(không có đuôi)'}" không được hỗ trợ: Bình Xét gộp tệp .xlsx, .csv và .docx.`,
  cannotRead: 'Không đọc được tệp (không có tệp hoặc không có quyền đọc).',
  readFailed: (msg: string) => `Lỗi nội bộ khi đọc tệp này (không phải do dữ liệu của bạn, xin báo nhóm phát triển): ${msg}`,

  // The units list (--units).
  unitsListEmpty: (file: string) => `Không tìm thấy tên đơn vị nào trong "${file}" (cần cột "Đơn vị" hoặc "Tên đơn vị", hoặc mỗi dòng một đơn vị).`,
  unitsListBadNumber: (file: string, row: number, column: string, text: string) =>
    `"${file}", dòng ${row}, cột ${column}: chỉ tiêu "${text}" không phải số; bỏ qua chỉ tiêu này.`,
};

/** Messages of `binhxet gop`. */
export const GOP_TEXT = {
  missingFiles: 'Thiếu tệp hoặc thư mục danh sách của các đơn vị. Cách dùng: binhxet gop TỆP|THƯ_MỤC… --plan KẾ_HOẠCH [-o TỔNG_HỢP.xlsx]',
  missingPlan: 'Thiếu --plan: hãy chỉ tệp kế hoạch (.txt, .md, .docx hoặc .json).',
  notXlsxOutput: (file: string) => `Tệp kết quả "${file}" phải có đuôi .xlsx.`,
  noInput: (path: string) => `Không tìm thấy tệp hoặc thư mục "${path}".`,
  emptyFolder: (path: string) => `Thư mục "${path}" không có tệp .xlsx, .csv, .docx nào.`,
  outputIsInput: (file: string) => `Tệp kết quả "${file}" cũng là một tệp đầu vào: hãy chọn tên khác cho -o.`,
  cannotReadUnits: (file: string) => `Không đọc được tệp danh sách đơn vị "${file}".`,
  progress: (i: number, n: number, file: string, detail: string) => `[${i}/${n}] ${file}: ${detail}`,
  progressSheet: (file: string, sheet: string, rows: number, unit: string) => `${sheetLabel(file, sheet)}, ${rows} dòng, đơn vị ${unit}`,
  progressNone: (message: string) => `không gộp được — ${message}`,
  summary: (files: number, rows: number, merged: number, exact: number, probable: number, review: number) =>
    `Đã đọc ${files} tệp, ${rows} dòng: gộp ${merged}, trùng khớp (không thêm lại) ${exact}, có thể trùng ${probable} nhóm, cần kiểm tra ${review}.`,
  unitsLine: (expected: number, sent: number, missing: string[]) =>
    `Đơn vị: ${sent}/${expected} đã gửi` + (missing.length ? `; chưa gửi: ${missing.join(', ')}.` : '.'),
  unitsSentOnly: (sent: number) => `${sent} đơn vị đã gửi (không có danh sách đơn vị để biết đơn vị nào chưa gửi; dùng --units).`,
  overLine: (units: string[]) => `Vượt chỉ tiêu phân bổ: ${units.join(', ')}.`,
  problemsLine: (n: number) => `${n} ghi chú về tệp (cột không gộp được, ô không đọc được…): xem trang "${INTAKE_SHEETS.units}" hoặc dùng --json.`,
  written: (file: string) => `Đã ghi danh sách tổng hợp: ${file} (chấm bằng: binhxet score "${file}" --plan …)`,
};
