// Input generators for the parser fuzzing (test/fuzz/parsers.test.ts and `npm run fuzz`).
// Random strings alone rarely reach the interesting branches of a Vietnamese phrase parser, so most
// generators assemble realistic text: Vietnamese words, date-like strings in every form the offices
// write, and deadline/quota/plan phrases built from the templates seen in real plans — then damage
// them (cut, duplicate, decompose Unicode, inject control characters).
import fc from 'fast-check';

export const VN_WORDS = [
  'ngày', 'tháng', 'năm', 'trước', 'chậm', 'nhất', 'đến', 'hết', 'hạn', 'chót', 'không', 'quá', 'vào', 'trong',
  'hằng', 'hàng', 'quý', 'cuối', 'sau', 'từ', 'làm', 'việc', 'tập', 'thể', 'cá', 'nhân', 'và', 'hoặc', 'trường',
  'hợp', 'mỗi', 'đơn', 'vị', 'tối', 'đa', 'xét', 'khen', 'thưởng', 'phong', 'trào', 'thi', 'đua', 'tiêu', 'chuẩn',
  'chí', 'kế', 'hoạch', 'số', 'lượng', 'phân', 'bổ', 'tỷ', 'lệ', 'Đạt', 'Có', 'Không', 'Chưa', 'đạt', 'Hoàn',
  'thành', 'xuất', 'sắc', 'tốt', 'điểm', 'Họ', 'tên', 'Tên', 'Chức', 'vụ', 'Ngày', 'nộp', 'Ghi', 'chú', 'STT',
  'TT', 'CN', 'Sở', 'Y', 'tế', 'Khoa', 'Phòng', 'Bệnh', 'viện', 'xã', 'phường', 'ban', 'khối', 'cụm', 'I.', 'II.',
  'III', 'IV', 'x', 'X', '✓', '✔', '✗', '-', '?', '%', '(', ')', '/', ':', ';', ',', '.', '\n', '*', '**',
];

const DIGITS = fc.integer({ min: 0, max: 9999 }).map(String);

/** Text made of Vietnamese words, numbers and punctuation. */
export const vnText = (maxWords = 20) =>
  fc
    .array(fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...VN_WORDS) }, { weight: 2, arbitrary: DIGITS }), { maxLength: maxWords })
    .map((ws) => ws.join(' '));

/** Any string: ASCII, full Unicode graphemes, raw code points (lone surrogates included). */
export const anyString = fc.oneof(
  fc.string({ maxLength: 60 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
);

/** Damages a string the way copy-paste from PDF/Word does. */
export const damaged = (base: fc.Arbitrary<string>) =>
  fc
    .tuple(base, fc.constantFrom('none', 'nfd', 'cut', 'ctrl', 'nbsp', 'upper', 'double', 'zw'), fc.nat(80))
    .map(([s, how, k]) => {
      switch (how) {
        case 'nfd':
          return s.normalize('NFD');
        case 'cut':
          return s.slice(0, k % (s.length + 1));
        case 'ctrl':
          return s.slice(0, k % (s.length + 1)) + '\u0001\u0007\t' + s.slice(k % (s.length + 1));
        case 'nbsp':
          return s.replace(/ /g, '\u00A0');
        case 'upper':
          return s.toUpperCase();
        case 'double':
          return s + ' ' + s;
        case 'zw':
          return s.replace(/ /g, ' \u200B');
        default:
          return s;
      }
    });

const day = fc.integer({ min: 0, max: 35 });
const month = fc.integer({ min: 0, max: 14 });
const year = fc.oneof(fc.integer({ min: 1890, max: 2100 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99999 }));
const p2 = (n: number, pad: boolean) => (pad && n < 10 ? '0' + n : String(n));

/** Date-like strings in the forms offices write (valid, impossible and malformed). */
export const dateLike = fc
  .tuple(day, month, year, fc.constantFrom('/', '-', '.', ' / ', '/'), fc.boolean(), fc.nat(9))
  .map(([d, m, y, sep, pad, form]) => {
    switch (form) {
      case 0:
        return `${p2(d, pad)}${sep}${p2(m, pad)}${sep}${y}`;
      case 1:
        return `ngày ${p2(d, pad)} tháng ${p2(m, pad)} năm ${y}`;
      case 2:
        return `ngày ${d} tháng ${m}`;
      case 3:
        return `${y}-${p2(m, true)}-${p2(d, true)}`;
      case 4:
        return `${d}/${m}`;
      case 5:
        return `ngày    tháng ${m} năm ${y}`;
      case 6:
        return `${p2(d, pad)}/${p2(m, pad)}/${y} 08:30`;
      case 7:
        return String(40000 + ((d * 373 + m * 31 + y) % 20000));
      case 8:
        return `Hà Nội, ngày ${d} tháng ${m} năm ${y}`;
      default:
        return `${y}/${m}/${d}`;
    }
  });

/** Cell values a host can hand over: strings, numbers, booleans, Dates, errors, null. */
const cellValueParts = [
  { weight: 3, arbitrary: damaged(dateLike) },
  { weight: 2, arbitrary: anyString },
  { weight: 2, arbitrary: fc.double({ noDefaultInfinity: false }) },
  { weight: 1, arbitrary: fc.integer({ min: -100000, max: 3000000 }) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.date({ min: new Date(-8.64e15), max: new Date(8.64e15) }) },
  { weight: 1, arbitrary: fc.constantFrom({ error: '#N/A' }, { error: '#DIV/0!' }, { error: '#REF!' }) },
  { weight: 1, arbitrary: fc.constantFrom(null, undefined) },
] as { weight: number; arbitrary: fc.Arbitrary<unknown> }[];
/** Cell values, without an Invalid Date. */
export const cellValueValid = fc.oneof(...cellValueParts);
/** Cell values, including an Invalid Date (what exceljs makes of a date-formatted cell holding 1e12). */
export const cellValue = fc.oneof(...cellValueParts, { weight: 1, arbitrary: fc.constant(new Date(NaN)) });

/**
 * Objects a host adapter may hand over when it passes an exceljs value through unconverted: rich
 * text, a formula with its result, a hyperlink, arrays. (Not arbitrary objects: a host cannot make
 * an object whose toString throws.)
 */
export const hostObject = fc.oneof(
  fc.record({ richText: fc.array(fc.record({ text: G_text() }, { noNullPrototype: true }), { maxLength: 3 }) }, { noNullPrototype: true }),
  fc.record({ formula: fc.constant('A1+1'), result: fc.oneof(fc.integer(), G_text(), fc.constant(undefined)) }, { noNullPrototype: true }),
  fc.record({ text: G_text(), hyperlink: fc.constant('http://x') }, { noNullPrototype: true }),
  fc.array(fc.oneof(fc.integer(), G_text()), { maxLength: 3 }),
);
function G_text() {
  return fc.string({ maxLength: 12 });
}

// ---- deadline phrases, templates from shared/domain.md and the real plans

const DEADLINE_TEMPLATES = [
  'trước ngày {D}', 'Trước {D}', 'chậm nhất trước ngày {W}', 'chậm nhất đến trước ngày {dd} tháng {mm}',
  'đến ngày {D}', 'chậm nhất ngày {D}', 'chậm nhất vào ngày {D}', 'hạn chót {D}', 'trước hoặc trong ngày {D}',
  'không quá ngày {D}', 'đến hết ngày {D}', 'trước ngày {dd}/{mm} hằng năm', 'trước ngày {dd} tháng {mm} hàng năm',
  'trước ngày {dd} tháng cuối Quý', 'hằng quý trước ngày {dd} tháng cuối quý', 'hằng tháng trước ngày {dd}',
  'Tháng {mm}/{yyyy}', 'trong tháng {mm}/{yyyy}', 'cuối tháng {mm} năm {yyyy}', 'Quý {Q}/{yyyy}', 'cuối Quý {Q}',
  'cuối năm {yyyy}', 'trong năm {yyyy}', 'chậm nhất ngày {dd}/{mm} năm sau', 'trước ngày {dd}/{mm} năm sau',
  'từ ngày {dd} đến ngày {dd2} tháng {mm}',
  'trong {n} ngày làm việc (từ ngày {dd} tháng {mm} năm {yyyy} đến ngày {dd2} tháng {mm} năm {yyyy})',
  'trước {n} ngày', 'trước ngày trao thưởng ít nhất {n} ngày', 'Theo Kế hoạch của cơ quan có thẩm quyền',
  'Theo lịch của Khối trưởng', '{D}', 'ngày {dd} tháng {mm}', 'gửi hồ sơ trước ngày {dd} tháng {mm} hàng năm',
  'Hồ sơ gửi về Văn phòng Sở **trước ngày {D}**', 'chậm nhất ngày {D}; khen thưởng trước ngày {D}',
];

export const deadlinePhrase = fc
  .tuple(
    fc.constantFrom(...DEADLINE_TEMPLATES),
    fc.integer({ min: 0, max: 33 }),
    fc.integer({ min: 0, max: 33 }),
    fc.integer({ min: 0, max: 13 }),
    fc.oneof(fc.integer({ min: 1990, max: 2060 }), fc.integer({ min: 0, max: 9999 })),
    fc.constantFrom('I', 'II', 'III', 'IV', '1', '4', 'V', '0'),
    fc.integer({ min: 0, max: 400 }),
    fc.boolean(),
  )
  .map(([t, d, d2, m, y, q, n, pad]) =>
    t
      .replace(/\{D\}/g, `${p2(d, pad)}/${p2(m, pad)}/${y}`)
      .replace(/\{W\}/g, `${d} tháng ${m} năm ${y}`)
      .replace(/\{dd\}/g, p2(d, pad))
      .replace(/\{dd2\}/g, p2(d2, pad))
      .replace(/\{mm\}/g, p2(m, pad))
      .replace(/\{yyyy\}/g, String(y))
      .replace(/\{Q\}/g, q)
      .replace(/\{n\}/g, p2(n, true)),
  );

/** Deadline phrases that read as a plain date D with a rule word, for the last-on-time property. */
export const anyDeadlineText = fc.oneof(
  { weight: 5, arbitrary: damaged(deadlinePhrase) },
  { weight: 2, arbitrary: vnText(15) },
  { weight: 1, arbitrary: anyString },
);

// ---- quota and allocation sentences

const QUOTA_TEMPLATES = [
  'Số lượng khen thưởng: {a} tập thể và {b} cá nhân.', 'không quá {a} cá nhân', '{b} cá nhân',
  '{a} trường hợp (tập thể hoặc cá nhân)', 'tỷ lệ không quá {p}% tập thể, {p2}% cá nhân đối tượng trực tiếp tham gia phong trào',
  'theo số lượng phân bổ', 'Cơ quan Trung ương: xét tối đa {a} tập thể và {b} cá nhân; xã, phường: tối đa {c} tập thể và {d} cá nhân',
  '{a} cá nhân/{b} ban', 'mỗi xã, phường chọn {a} trường hợp', 'mỗi đơn vị đề nghị không quá {a} tập thể, {b} cá nhân',
  '{a} tập thể và {b} cá nhân cho mỗi chương trình', 'Huân chương các hạng đối với {a} tập thể và {b} cá nhân',
  '-{a} tập thể và -{b} cá nhân', '{a}.{b} tập thể', '{p},{p2}% cá nhân', 'khoảng {a}–{b} tập thể',
];

export const quotaSentence = fc
  .tuple(
    fc.constantFrom(...QUOTA_TEMPLATES),
    fc.array(fc.oneof(fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99999 })), { minLength: 4, maxLength: 4 }),
    fc.integer({ min: 0, max: 200 }),
    fc.integer({ min: 0, max: 200 }),
    fc.boolean(),
  )
  .map(([t, [a, b, c, dd], p, q, pad]) =>
    t
      .replace(/\{a\}/g, p2(a, pad))
      .replace(/\{b\}/g, p2(b, pad))
      .replace(/\{c\}/g, p2(c, pad))
      .replace(/\{d\}/g, p2(dd, pad))
      .replace(/\{p\}/g, String(p))
      .replace(/\{p2\}/g, String(q)),
  );

export const anyQuotaText = fc.oneof(
  { weight: 5, arbitrary: damaged(quotaSentence) },
  { weight: 2, arbitrary: vnText(20) },
  { weight: 1, arbitrary: anyString },
);

// ---- marks and vote shares

export const markLike = fc.oneof(
  fc.constantFrom('x', 'X', 'v', '✓', '✔', 'Đạt', 'Có', 'Đ', '1', 'TRUE', 'Hoàn thành', 'Không', 'Không đạt', 'Chưa đạt', 'K', '0', 'FALSE', '-', '✗', '?', 'xem lại', ' x ', 'đạt', 'ĐẠT'),
  damaged(fc.constantFrom('Đạt', 'Không đạt', 'Hoàn thành', 'Chưa đạt')),
  cellValue,
);

export const voteLike = fc.oneof(
  fc
    .tuple(fc.double({ min: -10, max: 1000, noNaN: true }), fc.constantFrom('', '%', ' %', '‰'), fc.boolean())
    .map(([n, suf, comma]) => (comma ? String(n).replace('.', ',') : String(n)) + suf),
  fc.constantFrom('92,5', '92,5%', '0.925', '92.5', '100%', '1.000,5', '1,000.5', '50/60', 'không', ''),
  cellValue,
);

// ---- header grids

const HEADER_WORDS = [
  'STT', 'TT', 'Số TT', 'Họ và tên', 'Họ tên', 'Tên tập thể', 'Tên đơn vị/tập thể', 'Tên cơ quan, đơn vị',
  'Tập thể/Cá nhân được đề nghị', 'Chức vụ', 'Chức danh', 'Đơn vị', 'Đơn vị công tác', 'Đối tượng', 'Loại', 'TT/CN',
  'Phong trào', 'Nội dung thi đua', 'Ngày nộp', 'Ngày nhận hồ sơ', 'Ngày đến', 'Tiêu chí 1', 'TC1', 'TC 2',
  'Tiêu chuẩn 3', 'Tỷ lệ phiếu', 'Tỷ lệ phiếu bầu (%)', 'Điểm', 'Tổng điểm', 'Khối thi đua', 'Cụm', 'Ghi chú',
  'Tiêu chí', '(1)', '(2)', 'Điểm thưởng', 'Điểm trừ', 'Bình Xét: Kết quả', 'Tiêu chí 1 (10 điểm)',
  'Hình thức khen thưởng đề nghị', 'Danh hiệu', 'Bằng khen', 'Giấy khen',
];

const headerCell = (cell: fc.Arbitrary<unknown>) =>
  fc.oneof(
    { weight: 4, arbitrary: damaged(fc.constantFrom(...HEADER_WORDS)) },
    { weight: 3, arbitrary: cell },
    { weight: 1, arbitrary: vnText(4) },
  );

/** Grids of up to 40 rows × 14 columns, ragged, mixing header words, data and junk. */
export const grid = fc.array(fc.array(headerCell(cellValue), { maxLength: 14 }), { maxLength: 40 });
/** The same without Invalid Dates (so one known failure does not hide the others). */
export const gridValid = fc.array(fc.array(headerCell(cellValueValid), { maxLength: 14 }), { maxLength: 40 });

// ---- plan text

const PLAN_LINES = [
  'KẾ HOẠCH', 'Phát động phong trào thi đua {w} năm {y}', 'I. MỤC ĐÍCH - YÊU CẦU', 'II. NỘI DUNG',
  '1. Đối tượng thi đua:', '2. Nội dung thi đua:', '3. Thời gian tổ chức thực hiện phong trào thi đua: Từ ngày ban hành Kế hoạch đến ngày {D}.',
  'III. CÔNG TÁC KHEN THƯỞNG', '2. Tiêu chuẩn khen thưởng', '2.1. Đối với tập thể:', '2.2. Đối với cá nhân:',
  '- {w}', '- Hoàn thành tốt nhiệm vụ được giao.', '3. Số lượng khen thưởng: {q}', '{i}. Phong trào thi đua "{w}"',
  'Hồ sơ gửi về Văn phòng Sở {dl}.', 'Bảng chấm điểm', '{i}. {w} ({n} điểm)', 'Điểm thưởng: tối đa {n} điểm',
  'Hoàn thành xuất sắc: từ {n} điểm trở lên', 'IV. TỔ CHỨC THỰC HIỆN', '{w}', '', '| {w} | {n} |', '**{w}**',
  'Cơ quan Trung ương: xét tối đa {n} tập thể và {n} cá nhân', 'SỞ Y TẾ', 'Số: {n}/KH-SYT', '{w}, ngày {n} tháng {n} năm {y}',
];

export const planText = fc
  .array(
    fc.tuple(fc.constantFrom(...PLAN_LINES), vnText(8), quotaSentence, deadlinePhrase, fc.integer({ min: 0, max: 120 }), fc.integer({ min: 1990, max: 2040 }), fc.integer({ min: 1, max: 15 })),
    { maxLength: 40 },
  )
  .map((lines) =>
    lines
      .map(([t, w, q, dl, n, y, i]) =>
        t
          .replace(/\{w\}/g, w)
          .replace(/\{q\}/g, q)
          .replace(/\{dl\}/g, dl)
          .replace(/\{n\}/g, String(n))
          .replace(/\{y\}/g, String(y))
          .replace(/\{i\}/g, String(i))
          .replace(/\{D\}/g, `31/12/${y}`),
      )
      .join('\n'),
  );

export const anyPlanText = fc.oneof({ weight: 4, arbitrary: damaged(planText) }, { weight: 1, arbitrary: vnText(80) }, { weight: 1, arbitrary: anyString });

// The asked year is a 4-digit --year or a plan's year (9999 is left out: "năm sau" would leave the calendar).
export const askedYear = fc.oneof(fc.constant(null), fc.integer({ min: 1990, max: 2060 }), fc.integer({ min: 1000, max: 9998 }));
