// Vietnamese messages of the plan reader, the "Kế hoạch" sheet and `binhxet plan`.

export const PLAN_TEXT = {
  emptyFile: (name: string) =>
    `Tệp "${name}" trống. Hãy chọn tệp kế hoạch thi đua (.txt, .md, .docx hoặc .json) có nội dung.`,
  binary: (name: string) =>
    `Tệp "${name}" không phải văn bản đọc được (có thể là tệp nhị phân hoặc sai định dạng). Hãy chọn tệp kế hoạch dạng .txt, .md (UTF-8), .docx hoặc .json.`,
  badDocx: (name: string) =>
    `Tệp "${name}" không phải tệp Word .docx hợp lệ (không mở được). Hãy lưu lại kế hoạch bằng Word dưới dạng .docx, hoặc chép nội dung sang tệp .txt.`,
  badJson: (name: string, msg: string) =>
    `Tệp "${name}" không phải JSON kế hoạch hợp lệ: ${msg}. Cần các khóa title, issuer, year, period, movements, deadlines, allocations, rubric, grades.`,
  unsupported: (name: string) =>
    `Không đọc được loại tệp "${name}". Hãy dùng tệp kế hoạch .txt, .md, .docx hoặc .json.`,
  notAPlan:
    'Văn bản không giống một văn bản thi đua, khen thưởng: đã tìm tiêu đề (Kế hoạch, Quyết định, Quy định, Hướng dẫn, Công văn, Thông báo), phong trào thi đua, tiêu chuẩn, số lượng khen thưởng, phân bổ chỉ tiêu, hình thức khen thưởng, thời hạn nộp hồ sơ, bảng chấm điểm và xếp loại nhưng không thấy nội dung nào. Hãy kiểm tra lại tệp đã chọn.',
  attachmentMissing:
    'Quyết định ban hành kèm theo một văn bản (Kế hoạch, Quy định…) nhưng bản này không có văn bản kèm theo; các tiêu chuẩn, số lượng, thời hạn nằm trong văn bản đó. Hãy dán cả phần kèm theo.',
  criteriaPerForm: (forms: string[]) =>
    `Tiêu chuẩn được quy định riêng cho từng hình thức khen thưởng (${forms.join('; ')}); chưa gán cho phong trào. Hãy chọn tiêu chuẩn của hình thức đề nghị trong trang Kế hoạch.`,
  quotaOutside: (s: string) => `Câu về số lượng khen thưởng nằm ngoài các phong trào, chưa gán cho phong trào nào: "${s}".`,
  // warnings
  twoQuotas: (first: string) => `Phong trào có hơn một câu về số lượng khen thưởng; đã dùng câu đầu: "${first}".`,
  unreadableDeadline: (phrase: string, msg: string) => `Không tính được hạn nộp từ cụm "${phrase}": ${msg}`,
  criteriaGroups: (groups: string[]) =>
    `Tiêu chí được chia theo ${groups.length} nhóm đối tượng (${groups.join('; ')}); các nhóm không phải cá nhân được gộp vào tiêu chí tập thể.`,
  noTitle: 'Không thấy tiêu đề kế hoạch; đã để trống.',
  noYear: 'Không xác định được năm của kế hoạch; hãy chọn năm (--year).',
  quotaUnread: (s: string) => `Không đọc được số lượng khen thưởng từ câu: "${s}".`,
  defaultMovementName: 'Phong trào thi đua',
  // the "Kế hoạch" sheet
  sheet: {
    title: 'KẾ HOẠCH THI ĐUA (Bình Xét đọc từ văn bản; có thể sửa trực tiếp)',
    section: {
      general: 'THÔNG TIN CHUNG',
      movements: 'PHONG TRÀO THI ĐUA',
      criteria: 'TIÊU CHUẨN',
      deadlines: 'THỜI HẠN',
      allocations: 'PHÂN BỔ CHỈ TIÊU',
      rubric: 'BẢNG CHẤM ĐIỂM',
      grades: 'XẾP LOẠI',
      warnings: 'CẢNH BÁO KHI ĐỌC KẾ HOẠCH',
    },
    key: {
      title: 'Tên kế hoạch',
      issuer: 'Cơ quan ban hành',
      number: 'Số, ký hiệu',
      date: 'Ngày ban hành',
      kind: 'Loại văn bản',
      year: 'Năm',
      from: 'Từ ngày',
      to: 'Đến ngày',
    },
    head: {
      movements: ['Mã', 'Tên phong trào', 'Tập thể', 'Cá nhân', 'Tập thể hoặc cá nhân', '% tập thể', '% cá nhân', 'Ghi chú số lượng', 'Xếp loại được khen', 'Điểm tối thiểu', 'Tỷ lệ phiếu tối thiểu', 'Có số lượng'],
      criteria: ['Phong trào', 'Đối tượng', 'STT', 'Tiêu chuẩn'],
      deadlines: ['Phong trào', 'Cụm từ', 'Quy tắc', 'Tính cả ngày hạn', 'Từ ngày', 'Ngày hạn', 'Ngày cuối đúng hạn', 'Ghi chú'],
      allocations: ['Đơn vị/nhóm', 'Từng đơn vị', 'Tập thể', 'Cá nhân', 'Tập thể hoặc cá nhân', 'Câu trong kế hoạch', 'Hình thức khen thưởng'],
      rubric: ['Mã', 'Tiêu chí chấm điểm', 'Điểm tối đa'],
      grades: ['Xếp loại', 'Điểm tối thiểu', 'Không có tiêu chí 0 điểm'],
      warnings: ['Dòng', 'Nội dung'],
    },
    kindCollective: 'Tập thể',
    kindIndividual: 'Cá nhân',
    kindHousehold: 'Hộ gia đình',
    /** Vietnamese names of the kinds of document (JSON `kind`). */
    docKind: { 'ke-hoach': 'Kế hoạch', 'quyet-dinh': 'Quyết định', 'quy-dinh': 'Quy định', 'huong-dan': 'Hướng dẫn', 'cong-van': 'Công văn', 'thong-bao': 'Thông báo' } as Record<string, string>,
    bonus: 'Điểm thưởng tối đa',
    penalty: 'Điểm trừ tối đa',
    total: 'Tổng điểm',
    plan: '(Toàn kế hoạch)',
    yes: 'Có',
    no: 'Không',
    badNumber: (cell: string, raw: string) => `Ô ${cell}: "${raw}" không phải số; đã bỏ qua.`,
    badDate: (cell: string, raw: string) => `Ô ${cell}: "${raw}" không phải ngày; đã bỏ qua.`,
    unknownMovement: (cell: string, id: string) => `Ô ${cell}: không có phong trào mã "${id}"; đã gắn vào phong trào đầu tiên.`,
    noSheet: 'Không thấy phần "PHONG TRÀO THI ĐUA" trong trang Kế hoạch.',
  },
  // `binhxet plan` summary
  summary: {
    title: (t: string) => `Kế hoạch: ${t || '(không có tên)'}`,
    issuer: (s: string) => `Cơ quan ban hành: ${s || '(không rõ)'}`,
    year: (y: number | null) => `Năm: ${y ?? '(không rõ)'}`,
    period: (from: string, to: string) => `Thời gian thực hiện: ${from} → ${to}`,
    unknownDate: '(không rõ)',
    movements: (n: number) => `Phong trào thi đua (${n}):`,
    quota: (s: string) => `số lượng: ${s}`,
    noQuota: 'chưa có chỉ tiêu',
    criteria: (c: number, i: number) => `tiêu chuẩn: ${c} tập thể, ${i} cá nhân`,
    deadlines: 'Thời hạn:',
    noDeadline: 'Không có thời hạn ghi ngày cụ thể.',
    deadlineNoDate: 'không xác định được ngày',
    lastOnTime: 'ngày cuối đúng hạn',
    allocations: 'Phân bổ chỉ tiêu:',
    rubric: (n: number, total: number | null) => `Bảng chấm điểm: ${n} tiêu chí${total !== null ? `, tổng ${total} điểm` : ''}`,
    grades: 'Xếp loại:',
    warnings: 'Cảnh báo:',
    line: (n: number | null) => (n === null ? '' : `dòng ${n}: `),
  },
};
