// Vietnamese messages for dates, the holiday calendar and deadline phrases.

const pad = (n: number) => String(n).padStart(2, '0');

export const WEEKDAYS_VN = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];

export const DATE_TEXT = {
  empty: 'Không có ngày.',
  notADate: (raw: string) => `Không đọc được ngày: "${raw}".`,
  impossible: (d: number, m: number, y: number) => `Ngày không tồn tại: ${pad(d)}/${pad(m)}/${y}`,
  partial: (raw: string) => `Ngày chưa ghi đủ (thiếu ngày hoặc tháng): "${raw}".`,
  noYear: (raw: string) => `Ngày "${raw}" không ghi năm và chưa biết năm áp dụng.`,
  outOfRange: (raw: string) => `Ngày nằm ngoài khoảng Excel hỗ trợ: "${raw}".`,
};

export const HOLIDAY_NAMES = {
  newYear: 'Tết Dương lịch',
  tet: 'Tết Nguyên đán',
  hungKings: 'Giỗ Tổ Hùng Vương',
  reunification: 'Ngày Chiến thắng (30/4)',
  labour: 'Ngày Quốc tế Lao động (1/5)',
  national: 'Quốc khánh',
  compensation: (what: string) => `Nghỉ bù ${what}`,
  swappedOff: (what: string) => `Nghỉ hoán đổi (${what})`,
  swappedWork: (what: string) => `Làm việc bù (hoán đổi ${what})`,
  weekend: (wd: number) => WEEKDAYS_VN[wd],
};

export const DEADLINE_TEXT = {
  empty: 'Chưa ghi cụm từ hạn nộp.',
  unreadable: (t: string) =>
    `Không hiểu cụm từ hạn nộp: "${t}". Ví dụ cách ghi: "trước ngày 15/12/2023", "chậm nhất ngày 15 tháng 3 năm sau", "trước ngày 20 tháng 12 hằng năm".`,
  impossible: (msg: string) => `${msg} (trong cụm từ hạn nộp).`,
  ruleNames: {
    before: 'Trước ngày (không kể ngày ghi)',
    by: 'Đến hết ngày (kể cả ngày ghi)',
    annual: 'Hằng năm',
    quarterly: 'Hằng quý',
    monthly: 'Hằng tháng',
    month: 'Cuối tháng',
    quarter: 'Cuối quý',
    year: 'Cuối năm',
    relative: 'Tính theo một sự kiện chưa có ngày',
    external: 'Theo văn bản/lịch của cơ quan khác',
  } as Record<string, string>,
  inclusiveWord: (inclusive: boolean) => (inclusive ? 'kể cả ngày ghi' : 'không kể ngày ghi'),
  dayOffNote: (wd: string, date: string, name: string | null) =>
    `Hạn cuối rơi vào ${wd} ${date} (ngày nghỉ${name ? ': ' + name : ''}). Theo mặc định vẫn tính đúng ngày này; nếu bật "dời hạn sang ngày làm việc kế tiếp" (Điều 148 Bộ luật Dân sự 2015) thì hạn được dời.`,
  shiftedNote: (fromWd: string, from: string, toWd: string, to: string) =>
    `Hạn cuối ${fromWd} ${from} là ngày nghỉ nên được dời sang ${toWd} ${to} (Điều 148 Bộ luật Dân sự 2015).`,
  workingDaysMismatch: (stated: number, counted: number, from: string, to: string) =>
    `Cảnh báo: văn bản ghi ${stated} ngày làm việc nhưng từ ${from} đến ${to} có ${counted} ngày làm việc theo lịch nghỉ.`,
  relativeNote: 'Hạn tính theo một sự kiện mà kế hoạch không ghi ngày; chưa xác định được hạn cho đến khi có ngày của sự kiện.',
  externalNote: 'Hạn do văn bản hoặc lịch của cơ quan khác quy định; không thể xác định ngày từ kế hoạch này.',
  noYearNote: 'Chưa biết năm áp dụng: hãy chỉ rõ năm (ví dụ --year 2024).',
  nextYearNote: (y: number) => `"Năm sau" được hiểu là năm ${y}.`,
  windowFromNote: (from: string) => `Nộp từ ngày ${from}; nộp sớm hơn không bị coi là trễ hạn.`,
};

export const DEADLINE_CLI = {
  phrase: 'Cụm từ',
  rule: 'Quy tắc',
  from: 'Nộp từ ngày',
  due: 'Hạn ghi',
  lastOnTime: 'Ngày cuối còn đúng hạn',
  notes: 'Ghi chú',
  noDates: 'Không có ngày hạn cụ thể.',
  missingPhrase: 'Thiếu cụm từ hạn nộp. Ví dụ: binhxet deadline "trước ngày 15/12/2023" --year 2023',
  tooMany: 'Chỉ nhận một cụm từ hạn nộp; hãy đặt cụm từ trong dấu ngoặc kép.',
  shiftOn: 'Đang bật: dời hạn rơi vào ngày nghỉ sang ngày làm việc kế tiếp.',
};
