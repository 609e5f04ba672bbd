// Vietnamese text of the workbook layer: the result band, the owned sheets, warnings about
// cells and the errors a user can fix in their nominations workbook.

/**
 * Every header cell of the result band starts with this marker, so a later run recognises the
 * band as its own (and regenerates it) instead of treating it as the user's data.
 */
export const BAND_MARKER = 'Bình Xét: ';

export const BAND_HEADERS = {
  score: 'Bình Xét: Điểm',
  eligible: 'Bình Xét: Đạt tiêu chuẩn',
  daysLate: 'Bình Xét: Trễ hạn (ngày)',
  rank: 'Bình Xét: Hạng',
  status: 'Bình Xét: Kết quả',
  reasons: 'Bình Xét: Lý do',
  grade: 'Bình Xét: Xếp loại',
};

export const OWNED_SHEETS = {
  summary: 'BX Tổng hợp',
  late: 'BX Trễ hạn',
  proposal: 'BX Đề nghị',
};

export const WB = {
  yes: 'Có',
  no: 'Không',
  noHeader: (sheet: string) =>
    `Không tìm thấy dòng tiêu đề trong trang "${sheet}" (cần ít nhất cột "Họ và tên"/"Tên tập thể" và một cột khác như "Đơn vị", "Ngày nộp", "Tiêu chí 1" trong 30 dòng đầu).`,
  noReceivedColumn:
    'Danh sách không có cột ngày nộp/ngày nhận hồ sơ, nên chưa xét trễ hạn. Thêm cột "Ngày nhận hồ sơ" để Bình Xét kiểm tra hạn nộp.',
  noRows: (sheet: string, headerRow: number) =>
    `Có tiêu đề nhưng không có dòng nào trong trang "${sheet}" (tiêu đề ở dòng ${headerRow}, bên dưới không có người/tập thể được đề nghị).`,
  bandConflict: (sheet: string, cells: string[]) =>
    `Các ô ${cells.slice(0, 10).join(', ')}${cells.length > 10 ? ` (và ${cells.length - 10} ô khác)` : ''} trong trang "${sheet}" không trống và không do Bình Xét tạo: Bình Xét cần ghi kết quả vào đó. Hãy xóa hoặc chuyển các ô này rồi chạy lại.`,
  noSheet: (name: string, names: string[]) =>
    `Không có trang tính "${name}". Các trang có trong tệp: ${names.map((n) => `"${n}"`).join(', ')}.`,
  noSheetWithHeader: (names: string[]) =>
    `Không trang tính nào có dòng tiêu đề danh sách đề nghị (đã xem: ${names.map((n) => `"${n}"`).join(', ')}). Hãy chọn trang bằng --sheet.`,
  emptyWorkbook: 'Tệp Excel không có trang tính nào.',
  foreignOwnedSheet: (name: string) =>
    `Tệp đã có trang "${name}" không do Bình Xét tạo; Bình Xét cần trang này để ghi kết quả. Hãy đổi tên trang đó rồi chạy lại.`,
  ownedSheetPicked: (name: string) =>
    `Trang "${name}" do Bình Xét tạo ra, không phải danh sách đề nghị. Hãy chọn trang danh sách bằng --sheet.`,
  // cell warnings
  formulaError: (ref: string, err: string) => `Ô ${ref} có lỗi công thức ${err}.`,
  formulaNoValue: (ref: string) => `Ô ${ref} có công thức chưa được tính (không có giá trị). Hãy mở tệp bằng Excel, tính lại và lưu.`,
  tooLong: (ref: string, n: number) => `Ô ${ref} quá dài (${n.toLocaleString('vi-VN')} ký tự); chỉ đọc phần đầu.`,
  badDate: (ref: string, raw: string) => `Ô ${ref}: không đọc được ngày nộp "${raw}".`,
  badKind: (ref: string, raw: string) => `Ô ${ref}: không rõ tập thể hay cá nhân ("${raw}").`,
  blankKind: (ref: string, header: string) => `Ô ${ref} (cột "${header}") để trống: chưa rõ tập thể hay cá nhân, ghi "Tập thể" hoặc "Cá nhân".`,
  badMark: (ref: string, raw: string) => `Ô ${ref}: không đọc được đánh giá tiêu chí "${raw}" (coi như chưa đạt).`,
  badNumber: (ref: string, raw: string) => `Ô ${ref}: không đọc được số "${raw}".`,
  badVote: (ref: string, raw: string) => `Ô ${ref}: không đọc được tỷ lệ phiếu "${raw}".`,
  noName: (ref: string) => `Ô ${ref}: thiếu họ tên / tên tập thể.`,
  noKind: 'Không rõ tập thể hay cá nhân (không có cột "Đối tượng" hay dòng nhóm "I. TẬP THỂ"/"II. CÁ NHÂN").',
  // summary sheets
  summaryTitle: 'TỔNG HỢP KẾT QUẢ BÌNH XÉT THI ĐUA, KHEN THƯỞNG',
  lateTitle: 'DANH SÁCH HỒ SƠ NỘP TRỄ HẠN',
  proposalTitle: 'DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG',
  proposalSubtitle: '(Trình Hội đồng Thi đua – Khen thưởng xem xét)',
  dateLine: (dmy: string) => `Ngày lập: ${dmy}`,
  sheetLine: (sheet: string) => `Nguồn: trang "${sheet}"`,
  byMovementTitle: 'I. THEO PHONG TRÀO VÀ ĐỐI TƯỢNG',
  byUnitTitle: 'II. THEO ĐƠN VỊ',
  byGroupTitle: 'III. THEO KHỐI, CỤM, NHÓM',
  gradesTitle: 'IV. XẾP LOẠI',
  totalsTitle: 'Tổng cộng',
  byMovementHeaders: ['Phong trào', 'Tên phong trào', 'Đối tượng', 'Số đề nghị', 'Đủ tiêu chuẩn', 'Trễ hạn', 'Không đủ tiêu chuẩn', 'Cần kiểm tra', 'Đồng hạng', 'Đề nghị khen thưởng', 'Chỉ tiêu', 'Còn lại', 'Ghi chú'],
  byUnitHeaders: ['Đơn vị', 'Số đề nghị', 'Đề nghị khen thưởng', 'Trễ hạn', 'Không đủ tiêu chuẩn', 'Cần kiểm tra'],
  byGroupHeaders: ['Khối, cụm, nhóm', 'Số đề nghị', 'Đề nghị khen thưởng', 'Chỉ tiêu'],
  gradeHeaders: ['Xếp loại', 'Số lượng'],
  lateHeaders: ['STT', 'Họ và tên / Tên tập thể', 'Đơn vị', 'Phong trào', 'Dòng', 'Ngày nộp', 'Hạn cuối', 'Số ngày trễ'],
  proposalHeaders: ['STT', 'Họ và tên / Tên tập thể', 'Chức vụ', 'Đơn vị', 'Phong trào', 'Tỷ lệ phiếu'],
  kindGroup: { collective: 'TẬP THỂ', individual: 'CÁ NHÂN' },
  noneLate: 'Không có hồ sơ nộp trễ hạn.',
  noneProposed: 'Chưa có trường hợp nào được đề nghị.',
  unknownQuota: 'chưa có chỉ tiêu',
  tieSection: 'ĐỒNG HẠNG TẠI NGƯỠNG CHỈ TIÊU (Hội đồng quyết định)',
};

/** Messages of the command line's .xlsx reading and writing. */
export const XLSX_TEXT = {
  cannotRead: (file: string) => `Không đọc được tệp "${file}" (không có tệp hoặc không có quyền đọc).`,
  cannotWrite: (file: string) => `Không ghi được tệp "${file}" (thư mục không tồn tại, không có quyền ghi, hoặc tệp đang mở trong Excel).`,
  sameAsInput: (file: string) =>
    `Tệp kết quả "${file}" trùng với tệp đầu vào. Bình Xét không ghi đè tệp gốc trừ khi bạn chỉ rõ bằng -o; hãy chọn tên khác hoặc ghi -o "${file}".`,
};

/** Messages of `binhxet score` and `binhxet demo`. */
export const SCORE_TEXT = {
  missingWorkbook: 'Thiếu tệp danh sách đề nghị .xlsx. Cách dùng: binhxet score DANH_SÁCH.xlsx --plan KẾ_HOẠCH',
  missingPlan: 'Thiếu --plan: hãy chỉ tệp kế hoạch (.txt, .md, .docx hoặc .json).',
  tooManyArgs: (extra: string[]) => `Thừa tham số: ${extra.map((x) => `"${x}"`).join(', ')}.`,
  badPlanJson: (file: string) => `Tệp kế hoạch "${file}" không phải JSON kế hoạch hợp lệ (cần các khóa title, movements…).`,
  cannotReadPlan: (file: string) => `Không đọc được tệp kế hoạch "${file}".`,
  badParticipants: (v: string) => `Số đối tượng tham gia không hợp lệ: "${v}". Ví dụ: --participants TT=120,CN=3400`,
  heading: (sheet: string, headerRow: number, n: number) => `Bình xét trang "${sheet}" (tiêu đề ở dòng ${headerRow}): ${n} trường hợp.`,
  tableHeaders: ['Phong trào', 'Đối tượng', 'Đề nghị / Chỉ tiêu', 'Trễ hạn', 'Không đủ TC', 'Cần kiểm tra', 'Đồng hạng'],
  unknown: '?',
  totals: (n: number, selected: number, tie: number, over: number, late: number, ineligible: number, review: number) =>
    `Tổng: ${n} trường hợp — đề nghị khen thưởng ${selected}, đồng hạng tại ngưỡng ${tie}, vượt chỉ tiêu ${over}, trễ hạn ${late}, không đủ tiêu chuẩn ${ineligible}, cần kiểm tra ${review}.`,
  warnings: (n: number) => `${n} cảnh báo (xem cột "Bình Xét: Lý do" hoặc dùng --json).`,
  written: (file: string) => `Đã ghi kết quả: ${file}`,
  demoMissing: (file: string) => `Không tìm thấy dữ liệu mẫu "${file}" trong gói Bình Xét.`,
  demoOneSample: 'Chọn một trong hai: --gop (gộp danh sách mẫu của các đơn vị) hoặc --lich-su (danh sách mẫu có hình thức và lịch sử khen thưởng).',
};
