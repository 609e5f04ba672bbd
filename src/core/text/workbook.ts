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
  noRows: (sheet: string, headerRow: number) =>
    `Có tiêu đề nhưng không có dòng nào trong trang "${sheet}" (tiêu đề ở dòng ${headerRow}, bên dưới không có người/tập thể được đề nghị).`,
  bandConflict: (sheet: string, cells: string[]) =>
    `Các ô ${cells.slice(0, 10).join(', ')}${cells.length > 10 ? ` (và ${cells.length - 10} ô khác)` : ''} trong trang "${sheet}" không trống và không do Bình Xét tạo: Bình Xét cần ghi kết quả vào đó. Hãy xóa hoặc chuyển các ô này rồi chạy lại.`,
  noSheet: (name: string, names: string[]) =>
    `Không có trang tính "${name}". Các trang có trong tệp: ${names.map((n) => `"${n}"`).join(', ')}.`,
  noSheetWithHeader: (names: string[]) =>
    `Không trang tính nào có dòng tiêu đề danh sách đề nghị (đã xem: ${names.map((n) => `"${n}"`).join(', ')}). Hãy chọn trang bằng --sheet.`,
  emptyWorkbook: 'Tệp Excel không có trang tính nào.',
  ownedSheetPicked: (name: string) =>
    `Trang "${name}" do Bình Xét tạo ra, không phải danh sách đề nghị. Hãy chọn trang danh sách bằng --sheet.`,
  // cell warnings
  formulaError: (ref: string, err: string) => `Ô ${ref} có lỗi công thức ${err}.`,
  tooLong: (ref: string, n: number) => `Ô ${ref} quá dài (${n.toLocaleString('vi-VN')} ký tự); chỉ đọc phần đầu.`,
  badDate: (ref: string, raw: string) => `Ô ${ref}: không đọc được ngày nộp "${raw}".`,
  badKind: (ref: string, raw: string) => `Ô ${ref}: không rõ tập thể hay cá nhân ("${raw}").`,
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
