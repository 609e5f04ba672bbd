// Vietnamese text of the blank scoring sheet ("Phiếu chấm điểm") built from a plan's rubric, and
// of the `binhxet phieu` command that writes it.

export const SCORING_SHEET_NAME = 'Phiếu chấm điểm';

export const SC = {
  title: 'PHIẾU CHẤM ĐIỂM THI ĐUA',
  instructions: (hasBonus: boolean, hasPenalty: boolean) =>
    'Hướng dẫn: mỗi đơn vị ghi tên, khối/cụm và điểm tự chấm của từng tiêu chí, không vượt điểm chuẩn ghi trong tiêu đề cột' +
    (hasBonus || hasPenalty ? '; điểm thưởng và điểm trừ ghi số dương, không vượt mức tối đa' : '') +
    '. Tổng điểm = tổng điểm các tiêu chí' +
    (hasBonus ? ' + điểm thưởng' : '') +
    (hasPenalty ? ' − điểm trừ' : '') +
    '.',
  legendTitle: 'Các tiêu chí chấm điểm:',
  legendLine: (n: number, text: string, max: number) => `Tiêu chí ${n}: ${text} (tối đa ${fmt(max)} điểm)`,
  totalLine: (total: number) => `Tổng số điểm chuẩn: ${fmt(total)} điểm.`,
  headers: {
    stt: 'STT',
    name: 'Tên cơ quan, đơn vị',
    group: 'Khối thi đua',
    criterion: (n: number, max: number) => `Tiêu chí ${n} (${fmt(max)} điểm)`,
    bonus: (max: number | null) => (max === null ? 'Điểm thưởng' : `Điểm thưởng (tối đa ${fmt(max)} điểm)`),
    penalty: (max: number | null) => (max === null ? 'Điểm trừ' : `Điểm trừ (tối đa ${fmt(max)} điểm)`),
    total: 'Tổng điểm',
    notes: 'Ghi chú',
  },
  criterionError: (n: number, max: number) => `Tiêu chí ${n}: nhập số từ 0 đến ${fmt(max)} điểm.`,
  bonusError: (max: number) => `Điểm thưởng: nhập số từ 0 đến ${fmt(max)} điểm.`,
  penaltyError: (max: number) => `Điểm trừ: nhập số từ 0 đến ${fmt(max)} điểm (ghi số dương).`,
  totalError: (max: number) => `Tổng điểm: nhập số từ 0 đến ${fmt(max)} điểm.`,
  validationTitle: 'Điểm không hợp lệ',
  noRubric:
    'Kế hoạch không có bảng chấm điểm (không thấy mục "Bảng chấm điểm"/"Thang điểm" với điểm chuẩn của từng tiêu chí), nên không lập được phiếu chấm điểm.',
  missingPlan: 'Thiếu tệp kế hoạch: binhxet phieu KẾ_HOẠCH(.txt|.md|.docx|.json) [-o PHIẾU.xlsx].',
  tooManyArgs: (extra: string[]) => `Thừa tham số: ${extra.map((x) => `"${x}"`).join(', ')}.`,
  notXlsxOutput: (file: string) => `Tệp ghi ra phải có đuôi .xlsx: "${file}".`,
  written: (file: string, items: number, rows: number) =>
    `Đã ghi phiếu chấm điểm (${items} tiêu chí, ${rows} dòng để điền) vào ${file}`,
  sheetCreated: (name: string) => `Đã tạo trang "${name}".`,
};

/** Points as Vietnamese write them: 2,5 not 2.5. */
function fmt(n: number): string {
  return String(n).replace('.', ',');
}
