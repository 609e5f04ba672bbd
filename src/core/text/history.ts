// Vietnamese text of the award history: the "Lịch sử khen thưởng" sheet's problems, the reasons
// of the multi-year conditions (naming the years found and missing), rule statuses and the
// statistics sheet.

const two = (n: number) => (n < 10 ? '0' + n : String(n));
const years = (ys: number[]) => ys.join(', ');

export const RULE_STATUS_LABEL = {
  confirmed: 'đã xác nhận',
  secondary: 'nguồn thứ cấp',
  'not-confirmed': 'chưa xác nhận',
} as const;

export const HISTORY_SHEET_NAME = 'Lịch sử khen thưởng';
/** The result band's column with each nominee's history in short ("2023: CSTĐCS; 2024: CSTĐCS"). */
export const HISTORY_BAND_HEADER = 'Bình Xét: Lịch sử khen thưởng';
export const HISTORY_STATS_SHEET = 'BX Thống kê khen thưởng';

/** The header written when a history sheet is created for this year's results. */
export const HISTORY_HEADER = ['STT', 'Họ và tên / Tên tập thể', 'Đơn vị', 'Đối tượng', 'Năm', 'Hình thức khen thưởng', 'Số quyết định'];
export const KIND_TEXT = { collective: 'Tập thể', individual: 'Cá nhân' } as const;

export const HISTORY_TEXT = {
  noHeader: (sheet: string) =>
    `Không tìm thấy dòng tiêu đề của lịch sử khen thưởng trong trang "${sheet}" (cần các cột "Họ và tên"/"Tên tập thể", "Năm" và "Hình thức"/"Danh hiệu" trong 30 dòng đầu).`,
  noName: (ref: string) => `Ô ${ref}: dòng lịch sử không có họ tên/tên tập thể.`,
  noYear: (ref: string) => `Ô ${ref}: chưa ghi năm khen thưởng.`,
  badYear: (ref: string, raw: string) => `Ô ${ref}: "${raw}" không phải là một năm (cần như 2024).`,
  schoolYear: (ref: string, raw: string, year: number) => `Ô ${ref}: "${raw}" là năm học; tính là năm ${year} (năm kết thúc).`,
  noForm: (ref: string) => `Ô ${ref}: chưa ghi hình thức/danh hiệu khen thưởng.`,
  badKind: (ref: string, raw: string) => `Ô ${ref}: không rõ đối tượng "${raw}" (ghi "Tập thể" hoặc "Cá nhân").`,
  badNumber: (ref: string, raw: string) => `Ô ${ref}: "${raw}" không phải là số.`,
  badBirthYear: (ref: string, raw: string) => `Ô ${ref}: năm sinh "${raw}" không hợp lệ.`,
  formError: (ref: string, err: string) => `Ô ${ref} có lỗi công thức (${err}).`,
  /** A year given to a function or a run that is no year. */
  needYear: 'Chưa có năm xét (ví dụ 2025).',
};

/** Where a run's history comes from, and the append step. */
export const HISTORY_SOURCE_TEXT = {
  place: (file: string, sheet: string) => `${file} › ${sheet}`,
  notHistory: (file: string) =>
    `Tệp "${file}" không phải lịch sử khen thưởng: cần một trang có các cột "Họ và tên"/"Tên tập thể", "Năm" và "Hình thức khen thưởng", hoặc kết quả bình xét năm trước (danh sách có cột "Bình Xét: Kết quả" và trang "Kế hoạch").`,
  noYear: (file: string) => `Tệp kết quả "${file}" không ghi năm của kế hoạch (trang "Kế hoạch", dòng "Năm"): không biết kết quả thuộc năm nào.`,
  awardedWithoutForm: (file: string, n: number) =>
    `Tệp "${file}": ${n} người/tập thể được đề nghị khen thưởng nhưng không ghi hình thức khen thưởng, nên không đưa vào lịch sử.`,
  /** No year under review: the history is shown, its conditions not checked. */
  noYearChecked: 'Chưa có năm xét (--year hoặc năm của kế hoạch): chưa kiểm tra điều kiện khen thưởng theo lịch sử, chỉ hiện các năm đã được khen.',
  appendNeedsYear: 'Chưa có năm xét (--year hoặc năm của kế hoạch): không ghi được kết quả vào lịch sử khen thưởng.',
  ownNoHeader: (sheet: string) =>
    `Trang "${sheet}" đã có nhưng không tìm thấy dòng tiêu đề (cần các cột "Họ và tên"/"Tên tập thể", "Năm", "Hình thức khen thưởng"): chưa ghi kết quả vào trang này.`,
  historyIsNotList: (sheet: string) => `Trang "${sheet}" là lịch sử khen thưởng, không phải danh sách đề nghị: chọn trang danh sách.`,
  appendedNoForm: (n: number) => `${n} dòng được đề nghị khen thưởng nhưng không ghi hình thức: chưa ghi vào lịch sử khen thưởng.`,
  appended: (n: number, sheet: string, already: number, noForm = 0) =>
    (n === 0
      ? `Không có dòng mới để ghi vào trang "${sheet}"${already ? ` (${already} dòng đã có sẵn)` : ''}.`
      : `Đã ghi ${n} dòng kết quả năm nay vào trang "${sheet}"${already ? ` (${already} dòng đã có sẵn, không ghi lại)` : ''}.`) +
    (noForm ? ` ${noForm} dòng được đề nghị nhưng không ghi hình thức khen thưởng nên chưa ghi.` : ''),
};

/** The command line's words about the history (binhxet score --history, --ghi-lich-su, --rule, --unit-alias). */
export const HISTORY_CLI_TEXT = {
  read: (n: number, sources: string[]) => `Lịch sử khen thưởng: ${n} dòng (${sources.join('; ')}).`,
  appendNeedsOutput: 'Với --json, --ghi-lich-su cần -o TỆP.xlsx để ghi kết quả vào lịch sử khen thưởng.',
  badRule: (part: string) => `Quy tắc không hợp lệ: "${part}". Ví dụ: --rule chien-si-thi-dua-cap-tinh.d22=on`,
  unknownRule: (id: string) => `Không có quy tắc "${id}" trong danh mục hình thức khen thưởng.`,
  badAlias: (part: string) => `Tên đơn vị cũ/mới không hợp lệ: "${part}". Ví dụ: --unit-alias "Trung tâm Y tế huyện A=Trung tâm Y tế khu vực A"`,
};

/** The reasons of the conditions. `f` is a form's short name ("CSTĐCS"), years are numbers. */
export const CONDITION_TEXT = {
  formsName: (names: string[]) => names.join(' hoặc '),
  runOk: (f: string, ys: number[], count: number) => `Có ${f} năm ${years(ys)} (${two(count)} năm liên tục)`,
  runMissing: (f: string, found: number[], missing: number[]) =>
    found.length === 0 ? `Không có ${f} năm ${years(missing)}` : `Có ${f} năm ${years(found)}; thiếu năm ${years(missing)}`,
  initiativesOk: (n: number) => `; ${n} sáng kiến trong các năm đó`,
  initiativesShort: (n: number, need: number) =>
    `; chỉ có ${n} sáng kiến trong các năm đó (cần ${two(need)}; hoặc ${two(need)} đề tài khoa học: cần kiểm tra)`,
  initiativesUnknown: '; lịch sử không ghi sáng kiến: cần kiểm tra số sáng kiến',
  timesOk: (f: string, ys: number[]) => `Có ${f} các năm ${years(ys)} (Hội đồng xác nhận các lần là liên tục)`,
  timesShort: (f: string, ys: number[], count: number, year: number) =>
    ys.length === 0
      ? `Không có ${f} nào (cần ${two(count)} lần, lần gần nhất năm ${year - 1} hoặc ${year})`
      : `Chỉ có ${f} năm ${years(ys)} (cần ${two(count)} lần, lần gần nhất năm ${year - 1} hoặc ${year})`,
  sameYearOk: (f: string, year: number) => `Có ${f} năm ${year}`,
  sameYearMissing: (f: string, year: number) => `Chưa thấy ${f} năm ${year} trong lịch sử: cần kiểm tra`,
  alreadyAwarded: (name: string, year: number, decision: string | null) =>
    `Đã được tặng ${name} năm ${year}${decision ? ` (Quyết định số ${decision})` : ''}`,
  notYetAwarded: (name: string, year: number) => `Chưa được tặng ${name} năm ${year}`,
  other: (text: string) => `${text}: Hội đồng xem xét`,
  or: '; hoặc ',
  voteMissing: (min: number) => `Chưa có tỷ lệ phiếu (cần từ ${pct(min)} trở lên)`,
  voteLow: (v: number, min: number, basis: 'members' | 'present') => `Tỷ lệ phiếu ${pct(v)} dưới ${pct(min)} (${BASIS[basis]})`,
  voteOk: (v: number, min: number, basis: 'members' | 'present') => `Tỷ lệ phiếu ${pct(v)} từ ${pct(min)} trở lên (${BASIS[basis]})`,
  /** One rule's line: its source and status, then what was found. */
  rule: (document: string, article: string, status: string, detail: string) => `${detail} — theo ${document}, ${article} (${status}).`,
  unknownForm: (text: string) => `Không nhận ra hình thức "${text}": không kiểm tra điều kiện khen thưởng.`,
  noForm: 'Chưa ghi hình thức khen thưởng đề nghị: không kiểm tra điều kiện.',
  wrongKind: (name: string, kind: 'collective' | 'individual') =>
    `${name} không dành cho ${kind === 'collective' ? 'tập thể' : 'cá nhân'}: cần kiểm tra.`,
  kindUnknown: (name: string) => `Chưa rõ cá nhân hay tập thể: chưa kiểm tra điều kiện của ${name}.`,
  noHistory: 'Không có dòng nào trong lịch sử khen thưởng',
  sameNameElsewhere: (units: string[]) =>
    `Có lịch sử của người/tập thể cùng tên ở đơn vị khác (${units.slice(0, 3).join('; ')}${units.length > 3 ? '…' : ''}): nếu đơn vị đã đổi tên hoặc sáp nhập, hãy khai báo tên cũ → tên mới.`,
};

const BASIS = { members: 'tính trên tổng số thành viên Hội đồng', present: 'tính trên số thành viên có mặt' } as const;

function pct(v: number): string {
  return `${(Math.round(v * 1000) / 10).toString().replace('.', ',')}%`;
}

export const STATS_TEXT = {
  title: 'THỐNG KÊ KHEN THƯỞNG QUA CÁC NĂM',
  byForm: 'Theo hình thức và đối tượng',
  byUnit: 'Theo đơn vị',
  form: 'Hình thức khen thưởng',
  kind: 'Đối tượng',
  unit: 'Đơn vị',
  total: 'Tổng',
  unknownKind: 'Chưa rõ',
};
