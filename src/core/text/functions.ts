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
  noName: 'Chưa có họ tên/tên tập thể.',
  noForm: 'Chưa ghi hình thức khen thưởng.',
  noYear: 'Chưa có năm xét (ví dụ 2025).',
  historyNoHeader:
    'Không tìm thấy dòng tiêu đề của bảng lịch sử khen thưởng (cần các cột "Họ và tên"/"Tên tập thể", "Năm" và "Hình thức"/"Danh hiệu").',
  /** TDKT.CONDITION's answer: the result, then its reasons. */
  conditionResult: (result: 'ok' | 'failed' | 'unknown', reasons: string[]) => {
    const head = result === 'ok' ? 'Đạt' : result === 'failed' ? 'Không đạt' : 'Cần kiểm tra';
    return reasons.length ? `${head}: ${reasons.join(' ')}` : head;
  },
};

/**
 * Vietnamese help of each TDKT.* function as Excel shows it in formula autocomplete and the argument
 * tooltip, keyed by function id and parameter name. The JSDoc of src/functions/functions.ts is the
 * en-US default (functions.json); the build writes functions.vi-VN.json from that generated file by
 * swapping in these texts (scripts/functionsLocale.js), so ids, names, types and parameter order
 * come from one source and only the wording is kept here.
 */
export interface FunctionHelp {
  description: string;
  /** Parameter name (as in the JSDoc) → help text. */
  parameters: Readonly<Record<string, string>>;
}

export const FUNCTION_HELP_VI: Readonly<Record<string, FunctionHelp>> = {
  PARSEDATE: {
    description:
      'Đọc một ngày viết theo mọi cách các văn phòng vẫn ghi (15/6/2023, 15-6-2023, ngày 15 tháng 10 năm 2029, 2023-06-15, số ngày của Excel) và trả về ngày đó dưới dạng số ngày của Excel (định dạng ô thành ngày để xem).',
    parameters: {
      text: 'Ngày cần đọc, ví dụ "15/6/2023" hoặc "ngày 15 tháng 10 năm 2029".',
      year: 'Năm dùng khi ngày không ghi năm, ví dụ 2025 (để trống nếu ngày đã ghi năm).',
    },
  },
  DEADLINE: {
    description:
      'Ngày cuối cùng còn đúng hạn của một cụm từ hạn nộp trong Kế hoạch ("trước ngày 15/12/2023" → 14/12/2023; "chậm nhất ngày 15/3 năm sau"; "hằng quý trước ngày 20 tháng cuối quý"). Hạn lặp lại: lần đầu tiên kể từ ngày on_or_after.',
    parameters: {
      phrase: 'Cụm từ hạn nộp, chép nguyên văn từ Kế hoạch.',
      year: 'Năm áp dụng khi cụm từ không ghi năm (ví dụ 2029).',
      on_or_after: 'Với hạn hằng năm/quý/tháng: lấy lần hạn đầu tiên từ ngày này trở đi.',
    },
  },
  ISLATE: {
    description: 'Hồ sơ có trễ hạn không: TRUE khi ngày nhận sau ngày cuối cùng đúng hạn của hạn nộp.',
    parameters: {
      received: 'Ngày nhận hồ sơ (ô ngày hoặc chữ như "16/10/2029").',
      phrase_or_date:
        'Hạn nộp: cụm từ trong Kế hoạch ("trước ngày 15 tháng 10 hằng năm") hoặc ngày cuối cùng được nộp.',
      shift_days_off:
        'TRUE: hạn rơi vào ngày nghỉ thì dời sang ngày làm việc kế tiếp (Điều 148 Bộ luật Dân sự). Mặc định FALSE.',
      year: 'Năm áp dụng khi hạn nộp không ghi năm; để trống thì lấy năm của ngày nhận.',
    },
  },
  DAYSLATE: {
    description: 'Số ngày trễ hạn (theo ngày lịch) của hồ sơ; 0 nếu đúng hạn.',
    parameters: {
      received: 'Ngày nhận hồ sơ (ô ngày hoặc chữ như "16/10/2029").',
      phrase_or_date: 'Hạn nộp: cụm từ trong Kế hoạch hoặc ngày cuối cùng được nộp.',
      shift_days_off:
        'TRUE: hạn rơi vào ngày nghỉ thì dời sang ngày làm việc kế tiếp (Điều 148 Bộ luật Dân sự). Mặc định FALSE.',
      year: 'Năm áp dụng khi hạn nộp không ghi năm; để trống thì lấy năm của ngày nhận.',
    },
  },
  MET: {
    description:
      'Một ô tiêu chí ghi đạt hay không: TRUE với x, v, ✓, Đạt, Có, 1…; FALSE với ô trống, Không, Chưa đạt, 0, -…; lỗi #VALUE! khi không rõ ("?", "xem lại").',
    parameters: {
      mark: 'Ô tiêu chí cần đọc.',
    },
  },
  SCORE: {
    description: 'Điểm của một hồ sơ: số tiêu chí đạt, hoặc tổng điểm của các tiêu chí đạt khi có vùng điểm.',
    parameters: {
      marks: 'Các ô tiêu chí của hồ sơ (một dòng).',
      points: 'Điểm của từng tiêu chí, cùng số ô với marks (để trống: mỗi tiêu chí đạt được 1).',
    },
  },
  ELIGIBLE: {
    description:
      'Hồ sơ có đủ tiêu chuẩn không: mặc định phải đạt mọi tiêu chí; hoặc đạt số tiêu chí tối thiểu; và tỷ lệ phiếu không thấp hơn mức tối thiểu nếu có.',
    parameters: {
      marks: 'Các ô tiêu chí của hồ sơ (một dòng).',
      min_score: 'Số tiêu chí phải đạt tối thiểu (để trống: phải đạt tất cả).',
      vote: 'Tỷ lệ phiếu của hồ sơ, ví dụ 92,5% hoặc 0,925.',
      min_vote: 'Tỷ lệ phiếu tối thiểu, ví dụ 80% (để trống: không xét phiếu).',
    },
  },
  QUOTA: {
    description:
      'Chỉ tiêu khen thưởng đọc từ câu trong Kế hoạch ("05 tập thể và 10 cá nhân", "không quá 05 cá nhân", "02 trường hợp (tập thể hoặc cá nhân)") cho một đối tượng.',
    parameters: {
      text: 'Câu về số lượng khen thưởng trong Kế hoạch.',
      kind: 'Đối tượng: "tập thể" (TT) hoặc "cá nhân" (CN).',
    },
  },
  RANK: {
    description:
      'Thứ hạng của một hồ sơ trong nhóm: điểm cao hơn xếp trước, bằng điểm thì tỷ lệ phiếu cao hơn, rồi nộp sớm hơn; bằng nhau mọi tiêu chí thì cùng hạng.',
    parameters: {
      score: 'Điểm của hồ sơ cần xếp hạng.',
      scores: 'Điểm của mọi hồ sơ (một cột).',
      vote: 'Tỷ lệ phiếu của hồ sơ.',
      votes: 'Tỷ lệ phiếu của mọi hồ sơ, cùng số ô với scores.',
      received: 'Ngày nhận hồ sơ.',
      receiveds: 'Ngày nhận của mọi hồ sơ, cùng số ô với scores.',
      group: 'Nhóm (khối, cụm, đối tượng) của hồ sơ: chỉ xếp hạng trong nhóm này.',
      groups: 'Nhóm của mọi hồ sơ, cùng số ô với scores.',
    },
  },
  GRADE: {
    description:
      'Xếp loại theo tổng điểm và bảng xếp loại của Kế hoạch (ví dụ Hoàn thành xuất sắc ≥ 95 và không có tiêu chí 0 điểm; Hoàn thành tốt ≥ 85; Hoàn thành ≥ 75).',
    parameters: {
      total: 'Tổng điểm của hồ sơ.',
      bands: 'Bảng xếp loại, mỗi dòng: tên loại | điểm tối thiểu | TRUE nếu không được có tiêu chí 0 điểm.',
      zero_criterion: 'TRUE nếu hồ sơ có tiêu chí bị 0 điểm.',
    },
  },
  BINHXET: {
    description:
      'Bình xét cả một bảng danh sách đề nghị (gồm dòng tiêu đề): trả về, cho từng dòng của bảng, các cột Điểm, Trễ hạn (ngày), Đạt tiêu chuẩn, Hạng, Kết quả — đặt công thức ở ô ngay bên phải dòng đầu của bảng.',
    parameters: {
      table: 'Cả bảng danh sách, từ dòng tiêu đề (hoặc từ các dòng tên bảng phía trên) đến dòng cuối.',
      quota: 'Câu về số lượng khen thưởng, ví dụ "05 tập thể và 10 cá nhân" (để trống: chưa có chỉ tiêu).',
      deadline: 'Cụm từ hạn nộp, ví dụ "chậm nhất đến trước ngày 15 tháng 10 hàng năm".',
      year: 'Năm áp dụng khi hạn nộp không ghi năm.',
    },
  },
  YEARSINROW: {
    description:
      'Số năm liên tục, tính lùi từ năm đã cho, một cá nhân hay tập thể được tặng một hình thức (ví dụ 3 khi có Chiến sĩ thi đua cơ sở các năm 2023, 2024, 2025); 0 nếu năm đó không có.',
    parameters: {
      name: 'Họ và tên cá nhân, hoặc tên tập thể.',
      unit: 'Đơn vị, ghi như trong bảng lịch sử (để trống nếu không có).',
      form: 'Hình thức, ví dụ "Chiến sĩ thi đua cơ sở", "CSTĐCS", "Hoàn thành xuất sắc nhiệm vụ".',
      year: 'Năm cuối cùng được tính, ví dụ 2025.',
      history: 'Bảng lịch sử khen thưởng kèm dòng tiêu đề (các cột họ tên, đơn vị, năm, hình thức, số quyết định).',
    },
  },
  CONDITION: {
    description:
      'Lịch sử khen thưởng của người được đề nghị có đáp ứng điều kiện của hình thức đề nghị không (các điều kiện bật sẵn: chỉ điều kiện có văn bản đã xác nhận), trả về "Đạt", "Không đạt" hoặc "Cần kiểm tra" kèm các năm có, năm thiếu và nguồn văn bản của từng điều kiện.',
    parameters: {
      form: 'Hình thức đề nghị, ví dụ "Bằng khen của Chủ tịch UBND tỉnh".',
      name: 'Họ và tên cá nhân, hoặc tên tập thể.',
      unit: 'Đơn vị, ghi như trong bảng lịch sử (để trống nếu không có).',
      year: 'Năm đang xét, ví dụ 2025.',
      history: 'Bảng lịch sử khen thưởng kèm dòng tiêu đề (các cột họ tên, đơn vị, năm, hình thức, số quyết định).',
      kind: '"tập thể" (TT) hoặc "cá nhân" (CN); để trống: theo hình thức.',
      all_rules: 'TRUE: kiểm tra cả các điều kiện có văn bản chưa xác nhận (vẫn ghi nguồn của từng điều kiện). Mặc định FALSE.',
    },
  },
};
