// Vietnamese messages of the TDKT.* worksheet functions (shown in the cell's error tooltip) and the
// header of the table TDKT.BINHXET spills.

export const FUNCTION_TEXT = {
  internal: 'Lỗi nội bộ của hàm TDKT; hãy báo cho người quản trị.',
  noDate: 'Chưa có ngày.',
  noReceived: 'Chưa có ngày nhận hồ sơ: cần kiểm tra.',
  receivedUnreadable: (msg: string) => `Ngày nhận hồ sơ: ${msg}`,
  noPhrase: 'Chưa ghi hạn nộp (cụm từ hoặc ngày).',
  badYear: (raw: string) => `Năm không hợp lệ: "${raw}" (cần một năm như 2025).`,
  noDeadlineDate: (text: string) =>
    `Hạn nộp "${text}" không cho biết một ngày cụ thể (tính theo sự kiện chưa có ngày hoặc theo văn bản khác).`,
  needYear: (text: string) => `Hạn nộp "${text}" không ghi năm: hãy nhập năm áp dụng.`,
  needStart: (text: string) =>
    `Hạn nộp "${text}" lặp lại theo quý/tháng: hãy nhập năm hoặc ngày bắt đầu tìm (on_or_after).`,
  markUnreadable: (raw: string, place: number) => `Ô thứ ${place} ghi "${raw}": không rõ đạt hay không đạt.`,
  markEmpty: 'Ô trống: chưa ghi đạt hay không đạt.',
  noMarks: 'Chưa chọn ô tiêu chí nào.',
  pointsCount: (marks: number, points: number) =>
    `Số ô điểm (${points}) khác số ô tiêu chí (${marks}).`,
  pointsUnreadable: (raw: string, place: number) => `Ô điểm thứ ${place} ghi "${raw}": không phải là số.`,
  numberUnreadable: (what: string, raw: string) => `${what} "${raw}" không phải là số.`,
  voteUnreadable: (msg: string) => `Tỷ lệ phiếu: ${msg}`,
  what: {
    minScore: 'Điểm tối thiểu',
    score: 'Điểm',
    total: 'Tổng điểm',
  },
  kindUnknown: (raw: string) => `Không rõ đối tượng "${raw}": ghi "tập thể" (TT) hoặc "cá nhân" (CN).`,
  noQuotaText: 'Chưa ghi câu về số lượng khen thưởng.',
  quotaNone: (text: string) => `Không thấy số lượng khen thưởng trong "${text}".`,
  quotaLater: (note: string) => `Chưa có chỉ tiêu: ${note}`,
  quotaPercent: (p: number) =>
    `Chỉ tiêu tính theo tỷ lệ ${p}% số đối tượng tham gia: cần biết số đối tượng tham gia.`,
  quotaNoneForKind: (kind: string) => `Câu chỉ tiêu không ghi số lượng cho ${kind}.`,
  rankLengths: 'Các vùng điểm, tỷ lệ phiếu, ngày nhận và nhóm phải cùng số ô.',
  rankNoScores: 'Vùng điểm không có ô nào.',
  bandsEmpty: 'Bảng xếp loại trống: mỗi dòng ghi tên loại | điểm tối thiểu | (không có tiêu chí 0 điểm).',
  bandRow: (row: number) => `Dòng ${row} của bảng xếp loại không có điểm tối thiểu là số.`,
  noGrade: 'Không đạt loại nào trong bảng xếp loại.',
  tableEmpty: 'Bảng trống.',
  noHeader: 'Không tìm thấy dòng tiêu đề (Họ và tên, Đơn vị, Ngày nộp, Tiêu chí…) trong bảng.',
  met: 'Đạt',
  unmet: 'Không đạt',
  /** Header of the columns TDKT.BINHXET spills, in order. */
  resultHeader: ['Điểm', 'Trễ hạn (ngày)', 'Đạt tiêu chuẩn', 'Hạng', 'Kết quả'],
  movementName: 'Phong trào thi đua',
};
