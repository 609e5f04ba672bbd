// Vietnamese text of the paperwork: the Tờ trình, the Biên bản, the
// Quyết định with its lists, the certificates, and the messages of `binhxet vanban`.
// Wording follows the genre (administrative documents of Nghị định 30/2020/NĐ-CP, Phụ lục I).

import { INFO_SHEET_NAME } from './documentsPane';

export { COUNCIL_MARKS, INFO_FIELDS, INFO_PREFILL, INFO_SECTIONS, INFO_TEXT, INFO_WARN, type InfoKey } from './infoSheet';

/** The words every document prints. */
export const DOC = {
  nation: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  motto: 'Độc lập - Tự do - Hạnh phúc',
  numberLabel: 'Số: ',
  placeDate: (place: string, date: string) => `${place}, ${date}`,
  dateWords: (d: string, m: string, y: string) => `ngày ${d} tháng ${m} năm ${y}`,
  recipientsLabel: 'Nơi nhận:',
  archive: (drafter: string) => `- Lưu: VT, ${drafter}.`,
  kindGroup: { collective: 'TẬP THỂ', individual: 'CÁ NHÂN' },
  kindWord: { collective: 'tập thể', individual: 'cá nhân' },
  /** "07 tập thể và 11 cá nhân": counts under 10 with a leading zero, as documents write them. */
  counts: (c: number, i: number) =>
    [c ? `${String(c).padStart(2, '0')} tập thể` : '', i ? `${String(i).padStart(2, '0')} cá nhân` : ''].filter(Boolean).join(' và ') || '00 trường hợp',
  signHere: '(Ký, ghi rõ họ tên)',
  signSeal: '(Ký tên, đóng dấu)',
  appendix: (n: string) => `Phụ lục ${n}`,
  listHead: {
    stt: 'STT',
    name: { collective: 'Tên tập thể', individual: 'Họ và tên' },
    position: 'Chức vụ',
    unit: 'Đơn vị',
    vote: 'Tỷ lệ phiếu',
    form: 'Hình thức khen thưởng',
    result: 'Kết quả',
  },
  total: (label: string) => `Tổng cộng: ${label}`,
  noVote: '(chưa có)',
  /** The Luật in force since 01/01/2024 (domain.md, confirmed). */
  law: 'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;',
  /** Nghị định 98/2023 until 30/06/2025, Nghị định 152/2025 from 01/07/2025 (domain.md, confirmed: its Điều 59). */
  decree98: 'Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ;',
  decree152: 'Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ;',
};

export const TO_TRINH = {
  type: 'TỜ TRÌNH',
  subjectPrefix: 'Về việc đề nghị tặng ',
  subjectPlain: 'Về việc đề nghị khen thưởng',
  manyForms: 'các hình thức khen thưởng',
  recipient: 'Kính gửi: ',
  basisPlan: (number: string, date: string, issuer: string, title: string) => `Căn cứ Kế hoạch số ${number} ${date} của ${issuer} về việc ${title};`,
  basisMeeting: (date: string, number: string) => `Căn cứ kết quả họp Hội đồng Thi đua - Khen thưởng ${date} (Biên bản số ${number}),`,
  request: (unit: string, recipient: string, form: string, counts: string, achievement: string) =>
    `${unit} kính trình ${recipient} xem xét, quyết định tặng ${form} cho ${counts} ${achievement}, cụ thể:`,
  attached: '(Có danh sách kèm theo.)',
  closing: (recipient: string) => `Kính trình ${recipient} xem xét, quyết định./.`,
  defaultRecipients: '- Như trên;',
  listTitle: (kindCaps: string) => `DANH SÁCH ${kindCaps} ĐỀ NGHỊ TẶNG `,
  attachedTo: (number: string, date: string, unit: string) => `(Kèm theo Tờ trình số ${number} ${date} của ${unit})`,
};

export const BIEN_BAN = {
  type: 'BIÊN BẢN',
  /** The council's own masthead line, under the issuing body. */
  council: 'HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG',
  planByNumber: (n: string) => `Kế hoạch số ${n}`,
  planByTitle: (t: string) => (t ? `kế hoạch "${t}"` : 'kế hoạch'),
  manyForms: 'các hình thức khen thưởng dưới đây',
  subject: 'Họp Hội đồng Thi đua - Khen thưởng xét đề nghị khen thưởng',
  time: (time: string, date: string) => `Thời gian: ${time}, ${date}.`,
  venue: (v: string) => `Địa điểm: ${v}.`,
  chair: (name: string, title: string) => `Chủ trì: ${name}, ${title}.`,
  secretary: (name: string, title: string) => `Thư ký: ${name}, ${title}.`,
  present: (n: number, total: string) => `Thành viên Hội đồng có mặt: ${String(n).padStart(2, '0')}/${/^\d$/.test(total) ? '0' + total : total} thành viên, gồm:`,
  absent: 'Vắng mặt:',
  contentHead: 'NỘI DUNG',
  report: (plan: string, considered: number) =>
    `Thường trực Hội đồng báo cáo kết quả bình xét theo ${plan}; Hội đồng xem xét ${String(considered).padStart(2, '0')} trường hợp (trong chỉ tiêu, đồng hạng tại ngưỡng chỉ tiêu và các trường hợp Hội đồng nêu).`,
  decided: (voting: string, counts: string, form: string) =>
    `Hội đồng đã thảo luận, ${voting} và thống nhất đề nghị tặng ${form} cho ${counts}. Kết quả biểu quyết như sau (tỷ lệ phiếu như danh sách bình xét ghi):`,
  added: 'Hội đồng quyết định đề nghị thêm (ngoài đề xuất của Thường trực):',
  removed: 'Hội đồng quyết định không đề nghị:',
  pending: 'Còn đồng hạng tại ngưỡng chỉ tiêu, Hội đồng chưa ghi quyết định:',
  accepted: 'Đề nghị',
  rejected: 'Không đề nghị',
  end: (time: string) => `Cuộc họp kết thúc vào ${time} cùng ngày. Biên bản đã được đọc lại và thông qua trước Hội đồng./.`,
  secretarySign: 'THƯ KÝ',
  chairSign: 'CHỦ TRÌ',
};

export const QUYET_DINH = {
  type: 'QUYẾT ĐỊNH',
  subjectPrefix: 'Về việc tặng ',
  subjectPlain: 'Về việc khen thưởng',
  subjectTail: ' cho các tập thể, cá nhân',
  decide: 'QUYẾT ĐỊNH:',
  proposal: (unit: string, number: string, date: string) => `Xét đề nghị của ${unit} tại Tờ trình số ${number} ${date}.`,
  article: (n: number) => `Điều ${n}. `,
  award: (form: string, counts: string, achievement: string) => `Tặng ${form} cho ${counts} (có danh sách kèm theo), ${achievement}.`,
  awardMany: 'Tặng thưởng cho các tập thể, cá nhân có tên trong danh sách kèm theo, gồm:',
  awardLine: (form: string, counts: string) => `- ${form}: ${counts};`,
  effect: (executors: string) =>
    `Quyết định này có hiệu lực kể từ ngày ký. ${executors} và các tập thể, cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.`,
  defaultExecutors: 'Thủ trưởng các cơ quan, đơn vị có liên quan',
  defaultRecipients: (article: number) => `- Như Điều ${article};`,
  listTitle: (kindCaps: string) => `DANH SÁCH ${kindCaps} ĐƯỢC TẶNG `,
  attachedTo: (number: string, date: string, power: string) => `(Kèm theo Quyết định số ${number} ${date} của ${power})`,
};

export const CHUNG_NHAN = {
  give: 'TẶNG',
  decision: (number: string, date: string) => `Quyết định số ${number} ${date}`,
  /** Certificate fields a template may name, by their label (matched without case and marks). */
  fields: {
    name: ['Họ và tên', 'Tên', 'Họ tên', 'Tên tập thể'],
    position: ['Chức vụ'],
    unit: ['Đơn vị'],
    form: ['Hình thức', 'Hình thức khen thưởng'],
    achievement: ['Thành tích'],
    decisionNumber: ['Số quyết định'],
    decisionDate: ['Ngày quyết định'],
    placeDate: ['Địa danh ngày tháng', 'Địa danh, ngày tháng'],
    place: ['Địa danh'],
    power: ['Thẩm quyền', 'Cơ quan'],
    signerTitle: ['Chức vụ người ký'],
    signer: ['Người ký'],
    year: ['Năm'],
    movement: ['Phong trào'],
    stt: ['STT', 'Số thứ tự'],
  },
};

/** File names of the documents (ASCII: they travel by mail and USB sticks between systems). */
export const DOC_FILES = {
  toTrinh: 'to-trinh.docx',
  bienBan: 'bien-ban.docx',
  quyetDinh: 'quyet-dinh.docx',
  chungNhan: (slug: string) => (slug ? `chung-nhan-${slug}.docx` : 'chung-nhan.docx'),
};

/** Messages of the reader, the command and the pane step. */
const VANBAN_KIND_NAME = { 'to-trinh': 'Tờ trình', 'bien-ban': 'Biên bản họp Hội đồng', 'quyet-dinh': 'Quyết định và danh sách kèm theo', 'chung-nhan': 'Giấy khen, mỗi trang một người' };

export const VANBAN_TEXT = {
  noPlan:
    'Không có kế hoạch để lập văn bản: tệp không có trang "Kế hoạch" do Bình Xét ghi. Hãy chạy bình xét trước, hoặc chỉ định kế hoạch bằng --plan.',
  noResultColumn: (sheet: string) =>
    `Trang "${sheet}" chưa có cột "Bình Xét: Kết quả": Bình Xét lấy danh sách theo kết quả bình xét do bộ máy tính lại (chưa có quyết định nào của Hội đồng).`,
  unknownResult: (ref: string, text: string) => `Ô ${ref}: không hiểu kết quả "${text}" (coi như không đề nghị). Hãy ghi "Đề nghị khen thưởng", "Hội đồng đề nghị" hoặc "Hội đồng không đề nghị".`,
  emptyResult: (ref: string) => `Ô ${ref} trống: dòng này chưa được bình xét (chưa đưa vào văn bản). Hãy chạy lại bình xét.`,
  noKind: (row: number, name: string) => `Dòng ${row} ("${name}") được đề nghị nhưng không rõ tập thể hay cá nhân: chưa đưa vào văn bản.`,
  pendingTie: (row: number, name: string) => `Dòng ${row} ("${name}") còn "Đồng hạng tại ngưỡng": Hội đồng chưa quyết định, chưa đưa vào danh sách khen thưởng.`,
  noInfoSheet: `Tệp chưa có trang "${INFO_SHEET_NAME}": các thông tin chỉ thư ký biết (số, ngày, người ký…) để trống. Chạy lại bình xét (hoặc bước "Tạo văn bản" trong Excel) để có trang này.`,
  noneProposed: 'Không có trường hợp nào "Đề nghị khen thưởng": các văn bản chỉ có phần chung, danh sách trống.',
  badTemplate: (file: string, why: string) => `Không dùng được mẫu giấy khen "${file}": ${why}`,
  templateNotDocx: 'tệp không phải .docx (Word 2007 trở lên).',
  templateBroken: (msg: string) => `mẫu có chỗ đánh dấu trường sai (${msg}).`,
  unknownTemplateField: (name: string) => `Mẫu có trường "${name}" mà Bình Xét không biết: để nguyên dạng [${name}].`,
  // CLI
  usage: 'Cách dùng: binhxet vanban DANH_SÁCH.xlsx [--plan KẾ_HOẠCH] [--template MẪU_GIẤY_KHEN.docx] -o THƯ_MỤC [--json]',
  missingWorkbook: 'Thiếu tệp danh sách .xlsx. Cách dùng: binhxet vanban DANH_SÁCH.xlsx -o THƯ_MỤC',
  missingOutput: 'Thiếu thư mục ghi văn bản: thêm -o THƯ_MỤC.',
  notXlsx: (f: string) => `"${f}" không phải tệp .xlsx.`,
  tooManyArgs: (a: string[]) => `Thừa tham số: ${a.join(' ')}.`,
  cannotWrite: (dir: string) => `Không ghi được vào thư mục "${dir}".`,
  cannotReadTemplate: (f: string) => `Không đọc được mẫu "${f}".`,
  heading: (sheet: string, n: number, grouping: 'form' | 'kind') =>
    `Văn bản từ trang "${sheet}": ${n} trường hợp được đề nghị khen thưởng, danh sách chia theo ${grouping === 'form' ? 'hình thức khen thưởng (cột của danh sách) và đối tượng' : 'đối tượng (danh sách không có cột hình thức khen thưởng)'}.`,
  wrote: (file: string, what: string, rows: number) => `Đã ghi ${file} — ${what}, ${rows} trường hợp.`,
  /** What a document is, for the line saying it was written (a certificate file by its award form). */
  what: (kind: 'to-trinh' | 'bien-ban' | 'quyet-dinh' | 'chung-nhan', form?: string | null): string =>
    kind === 'chung-nhan' && form ? `${form}, mỗi trang một người` : VANBAN_KIND_NAME[kind],
  kindName: VANBAN_KIND_NAME,
  missing: (fields: string[]) =>
    fields.length
      ? `Còn thiếu ${fields.length} thông tin (văn bản ghi chỗ trống [..] để điền tay; điền vào trang "${INFO_SHEET_NAME}" rồi chạy lại): ${fields.join('; ')}.`
      : 'Đủ thông tin.',
  warnings: (n: number) => `${n} lưu ý:`,
  formsAbove: (forms: string[]) =>
    `Quyết định dự thảo có ${forms.length === 1 ? 'hình thức' : 'các hình thức'} ${forms.map((f) => `"${f}"`).join(', ')}: thường do cấp tỉnh, bộ hoặc cao hơn quyết định, không thuộc thẩm quyền của thủ trưởng đơn vị — trình cấp đó bằng Tờ trình; nếu đang soạn cho cấp đó, ghi thẩm quyền ban hành ở trang "${INFO_SHEET_NAME}".`,
};
