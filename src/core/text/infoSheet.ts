// Vietnamese text of the "Thông tin văn bản" sheet and of the council's marks in the result column:
// the workbook layer needs these when bình xét runs (it creates the sheet, it keeps the marks), so
// they live apart from documents.ts, the wording of the .docx files, loaded only with the paperwork.
import { INFO_SHEET_NAME } from './documentsPane';

/** The council's words in the "Bình Xét: Kết quả" cell (compared after folding case and marks). */
export const COUNCIL_MARKS = {
  added: 'Hội đồng đề nghị',
  removed: 'Hội đồng không đề nghị',
  removedShort: 'Không đề nghị',
};

/** Sheet layout: title, sections, column headers, field labels (the labels are also the keys read back). */
export const INFO_TEXT = {
  title: 'THÔNG TIN VĂN BẢN (thư ký điền; Bình Xét không bao giờ ghi đè trang này)',
  note:
    'Điền cột "Giá trị". Ô để trống: văn bản ghi chỗ trống dạng [Tên thông tin] để điền tay. Ngày ghi dd/mm/yyyy. ' +
    'Nhiều dòng (thành viên, nơi nhận, căn cứ): mỗi dòng một mục (Alt+Enter trong ô).',
  councilNote:
    'Quyết định của Hội đồng: sửa ô "Bình Xét: Kết quả" của dòng đó trong danh sách thành "Hội đồng đề nghị" (thêm vào danh sách khen thưởng) ' +
    'hoặc "Hội đồng không đề nghị" (bỏ ra). Lần bình xét sau giữ nguyên hai cách ghi này.',
  head: ['Thông tin', 'Giá trị', 'Ví dụ, ghi chú'],
  section: {
    general: 'CHUNG',
    toTrinh: 'TỜ TRÌNH',
    bienBan: 'BIÊN BẢN HỌP HỘI ĐỒNG',
    quyetDinh: 'QUYẾT ĐỊNH VÀ GIẤY KHEN',
  },
};

/** Every field of the sheet: its label (key), the example shown beside it. Order = sheet order. */
export const INFO_FIELDS = {
  parent: { label: 'Cơ quan chủ quản', hint: 'Dòng trên tên cơ quan, nếu có. Ví dụ: UBND TỈNH SÔNG LAM' },
  issuer: { label: 'Cơ quan ban hành', hint: 'Mặc định: cơ quan ban hành kế hoạch. Ví dụ: SỞ Y TẾ' },
  place: { label: 'Địa danh', hint: 'Ví dụ: Sông Lam' },
  drafter: { label: 'Đơn vị soạn thảo (viết tắt)', hint: 'Ghi ở dòng "Lưu: VT, …". Ví dụ: VP' },
  planNumber: { label: 'Số, ký hiệu kế hoạch', hint: 'Mặc định: đọc từ kế hoạch nếu có. Ví dụ: 125/KH-SYT' },
  planDate: { label: 'Ngày kế hoạch', hint: 'Ví dụ: 15/03/2024' },
  form: { label: 'Hình thức khen thưởng', hint: 'Dùng khi danh sách không có cột hình thức. Ví dụ: Giấy khen của Giám đốc Sở Y tế' },
  achievement: { label: 'Thành tích', hint: 'Mặc định: "đã có thành tích xuất sắc trong" + tên kế hoạch' },
  // Tờ trình
  ttUnit: { label: 'Đơn vị trình', hint: 'Ví dụ: HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG' },
  ttNumber: { label: 'Số tờ trình', hint: 'Ví dụ: 12/TTr-HĐTĐKT' },
  ttDate: { label: 'Ngày tờ trình', hint: 'Ví dụ: 21/11/2024' },
  ttRecipient: { label: 'Kính gửi', hint: 'Mặc định: chức vụ người ký quyết định + cơ quan. Ví dụ: Giám đốc Sở Y tế' },
  ttAuthority: { label: 'Thẩm quyền ký tờ trình', hint: 'TM., KT., Q., TL. nếu có. Ví dụ: TM. HỘI ĐỒNG' },
  ttSignerTitle: { label: 'Chức vụ người ký tờ trình', hint: 'Ví dụ: CHỦ TỊCH' },
  ttSigner: { label: 'Người ký tờ trình', hint: 'Họ và tên' },
  ttRecipients: { label: 'Nơi nhận tờ trình', hint: 'Mỗi dòng một nơi; Bình Xét thêm dòng "Lưu: VT, …". Mặc định: Như trên' },
  // Biên bản
  bbNumber: { label: 'Số biên bản', hint: 'Ví dụ: 03/BB-HĐTĐKT' },
  bbDate: { label: 'Ngày họp', hint: 'Ví dụ: 20/11/2024' },
  bbTime: { label: 'Giờ họp', hint: 'Ví dụ: 14 giờ 00' },
  bbEnd: { label: 'Giờ kết thúc', hint: 'Ví dụ: 16 giờ 30' },
  bbVenue: { label: 'Địa điểm họp', hint: 'Ví dụ: Phòng họp tầng 2, Sở Y tế' },
  bbChair: { label: 'Chủ trì (họ và tên)', hint: 'Ví dụ: Trần Quang Khải' },
  bbChairTitle: { label: 'Chức vụ người chủ trì', hint: 'Ví dụ: Giám đốc Sở, Chủ tịch Hội đồng' },
  bbSecretary: { label: 'Thư ký (họ và tên)', hint: 'Ví dụ: Nguyễn Thị Thu' },
  bbSecretaryTitle: { label: 'Chức vụ thư ký', hint: 'Ví dụ: Chuyên viên Văn phòng Sở' },
  bbMembers: { label: 'Tổng số thành viên Hội đồng', hint: 'Ví dụ: 9' },
  bbPresent: { label: 'Thành viên có mặt', hint: 'Mỗi dòng một người: Họ và tên, chức vụ' },
  bbAbsent: { label: 'Thành viên vắng mặt', hint: 'Mỗi dòng một người (lý do), nếu có' },
  bbVoting: { label: 'Hình thức biểu quyết', hint: 'Mặc định: bỏ phiếu kín' },
  // Quyết định
  qdNumber: { label: 'Số quyết định', hint: 'Ví dụ: 05/QĐ-SYT' },
  qdDate: { label: 'Ngày quyết định', hint: 'Ví dụ: 05/12/2024' },
  qdPower: { label: 'Thẩm quyền ban hành', hint: 'Dòng trên căn cứ. Mặc định: chức vụ người ký + cơ quan. Ví dụ: GIÁM ĐỐC SỞ Y TẾ' },
  qdAuthority: { label: 'Thẩm quyền ký quyết định', hint: 'KT., TM., Q., TL. nếu có. Ví dụ: KT. GIÁM ĐỐC' },
  qdSignerTitle: { label: 'Chức vụ người ký quyết định', hint: 'Ví dụ: GIÁM ĐỐC' },
  qdSigner: { label: 'Người ký quyết định', hint: 'Họ và tên' },
  qdBases: { label: 'Căn cứ', hint: 'Mỗi dòng một căn cứ. Mặc định: Luật Thi đua, khen thưởng 2022, nghị định hướng dẫn, kế hoạch, tờ trình' },
  qdReward: { label: 'Tiền thưởng', hint: 'Nếu có, thành Điều 2. Ví dụ: Tiền thưởng kèm theo thực hiện theo quy định hiện hành.' },
  qdExecutors: { label: 'Đơn vị thi hành', hint: 'Mặc định: Thủ trưởng các cơ quan, đơn vị có liên quan' },
  qdRecipients: { label: 'Nơi nhận quyết định', hint: 'Mỗi dòng một nơi; Bình Xét thêm dòng "Lưu: VT, …". Mặc định: Như Điều 3' },
} as const;

export type InfoKey = keyof typeof INFO_FIELDS;

/** Which fields each section of the sheet holds. */
export const INFO_SECTIONS: { title: string; keys: InfoKey[] }[] = [
  { title: INFO_TEXT.section.general, keys: ['parent', 'issuer', 'place', 'drafter', 'planNumber', 'planDate', 'form', 'achievement'] },
  { title: INFO_TEXT.section.toTrinh, keys: ['ttUnit', 'ttNumber', 'ttDate', 'ttRecipient', 'ttAuthority', 'ttSignerTitle', 'ttSigner', 'ttRecipients'] },
  {
    title: INFO_TEXT.section.bienBan,
    keys: ['bbNumber', 'bbDate', 'bbTime', 'bbEnd', 'bbVenue', 'bbChair', 'bbChairTitle', 'bbSecretary', 'bbSecretaryTitle', 'bbMembers', 'bbPresent', 'bbAbsent', 'bbVoting'],
  },
  {
    title: INFO_TEXT.section.quyetDinh,
    keys: ['qdNumber', 'qdDate', 'qdPower', 'qdAuthority', 'qdSignerTitle', 'qdSigner', 'qdBases', 'qdReward', 'qdExecutors', 'qdRecipients'],
  },
];

/** Prefilled on creation: words of the genre, not facts about this office. */
export const INFO_PREFILL: Partial<Record<InfoKey, string>> = {
  ttUnit: 'HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG',
  ttAuthority: 'TM. HỘI ĐỒNG',
  ttSignerTitle: 'CHỦ TỊCH',
  bbVoting: 'bỏ phiếu kín',
};

export const INFO_WARN = {
  badDate: (label: string, raw: string) => `Trang "${INFO_SHEET_NAME}", "${label}": không đọc được ngày "${raw}" (ghi dd/mm/yyyy).`,
  badNumber: (label: string, raw: string) => `Trang "${INFO_SHEET_NAME}", "${label}": "${raw}" không phải một số.`,
};
