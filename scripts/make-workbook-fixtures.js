#!/usr/bin/env node
// Generates nomination lists shaped the way provincial offices really make them
// (test/fixtures/workbooks/*.xlsx), the small plan they are read against (ke-hoach.txt), and the
// facts each list must yield (expected.json) for test/workbook/realistic.test.ts.
//
// The expected facts are not the program's output: they are recorded while the sheet is built —
// the row the header is written on, the field each column was given, the rows a nominee is
// written on and the kind the author meant, what every mark and date spelling means (the
// tables MARK/DATE below restate /work/shared/domain.md), and which cells are unreadable.
//
// Usage: node scripts/make-workbook-fixtures.js
'use strict';
const path = require('path');
const fs = require('fs');
const ExcelJS = require('exceljs');

const OUT = path.join(__dirname, '..', 'test/fixtures/workbooks');

// ---------------------------------------------------------------- the plan the lists belong to
const CRIT_TT = [
  'Hoàn thành xuất sắc nhiệm vụ được giao trong năm 2024.',
  'Có phong trào thi đua thiết thực, hiệu quả, có mô hình mới được nhân rộng.',
  'Nội bộ đoàn kết, chấp hành tốt chủ trương, chính sách của Đảng, pháp luật của Nhà nước.',
  'Có ít nhất 01 sáng kiến hoặc giải pháp được Hội đồng khoa học công nhận.',
  'Không có cá nhân bị kỷ luật từ hình thức khiển trách trở lên.',
];
const CRIT_CN = [
  'Hoàn thành tốt nhiệm vụ được giao, có thành tích tiêu biểu trong phong trào thi đua.',
  'Có phẩm chất đạo đức tốt, gương mẫu chấp hành quy tắc ứng xử của ngành Y tế.',
];
const PLAN_TEXT = `SỞ Y TẾ TỈNH SÔNG LAM
Số: 88/KH-SYT

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Sông Lam, ngày 01 tháng 3 năm 2024

KẾ HOẠCH
Phát động phong trào thi đua ngành Y tế tỉnh Sông Lam năm 2024

I. MỤC ĐÍCH, YÊU CẦU
- Đẩy mạnh phong trào thi đua yêu nước trong toàn ngành.

II. NỘI DUNG THI ĐUA
1. Thi đua đẩy mạnh chuyển đổi số trong khám bệnh, chữa bệnh
- Số lượng khen thưởng: 02 tập thể và 04 cá nhân.
2. Thi đua thực hiện “Thầy thuốc như mẹ hiền”
- Số lượng khen thưởng: 02 tập thể và 05 cá nhân.

III. CÔNG TÁC KHEN THƯỞNG
1. Hình thức khen thưởng: Giấy khen của Giám đốc Sở Y tế.
2. Tiêu chuẩn khen thưởng
2.1. Đối với tập thể:
${CRIT_TT.map((c) => `- ${c}`).join('\n')}
2.2. Đối với cá nhân:
${CRIT_CN.map((c) => `- ${c}`).join('\n')}

IV. TỔ CHỨC THỰC HIỆN
1. Hồ sơ đề nghị khen thưởng gửi về Sở Y tế trước ngày 20/10/2024.

Nơi nhận:                                          GIÁM ĐỐC
- Lưu: VT, VP.
`;

// ---------------------------------------------------------------- what each spelling means (domain.md)
// Upper/lower case of a listed spelling means the same ("ĐẠT", "đạt").
// Spaces around a mark are invisible in the cell ("x ", " X").
const MET = ['x', 'X', 'v', '✓', '✔', 'Đạt', 'ĐẠT', 'đạt', 'Có', 'Đ', 1, true, 'Hoàn thành', 'x ', ' X'];
const UNMET = [null, '', 'Không', 'Không đạt', 'Chưa đạt', 'K', 0, false, '-', '✗'];
const UNREADABLE = ['?', 'xem lại'];
function markMeaning(raw) {
  if (MET.some((m) => m === raw)) return 'met';
  if (UNMET.some((m) => m === raw)) return 'unmet';
  if (UNREADABLE.includes(raw)) return 'unreadable';
  throw new Error(`no meaning recorded for mark ${JSON.stringify(raw)}`);
}

const EPOCH = Date.UTC(1899, 11, 30);
/** A received date in one of the forms offices type; `iso` is what it means. */
function date(form, d, m, y = 2024) {
  const iso = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  const dd = String(d).padStart(2, '0');
  const mm = String(m).padStart(2, '0');
  const utc = Date.UTC(y, m - 1, d);
  const value = {
    date: new Date(utc),
    // Received with the time of day (a date-time cell, or a serial with a fraction).
    datetime: new Date(utc + (14 * 60 + 30) * 60000),
    serialTime: Math.round((utc - EPOCH) / 86400000) + 0.6,
    serial: Math.round((utc - EPOCH) / 86400000),
    slash: `${dd}/${mm}/${y}`,
    slashShort: `${d}/${m}/${y}`,
    dash: `${dd}-${mm}-${y}`,
    dot: `${dd}.${mm}.${y}`,
    words: `ngày ${dd} tháng ${mm} năm ${y}`,
    iso,
  }[form];
  if (value === undefined) throw new Error(form);
  return { date: true, value, iso, numFmt: form === 'date' || form === 'datetime' ? 'dd/mm/yyyy hh:mm' : undefined };
}
/** A received-date cell nobody can read (31/02 does not exist). */
const BAD_DATE = { date: true, value: '31/02/2024', iso: null, bad: true };

/** A vote share in one of its spellings; `frac` is what it means. */
function vote(value, frac, numFmt) {
  return { vote: true, value, frac, numFmt };
}

const nfd = (s) => s.normalize('NFD');

// ---------------------------------------------------------------- the sheet builder
// A column: { key, h (top header), sub (second header row), field, index, hidden, width, group }.
// Consecutive columns sharing `group` get their top header merged across them (two-row headers);
// single columns of a two-row header are merged vertically.
class Sheet {
  constructor(wb, name, cols, opts = {}) {
    this.ws = wb.addWorksheet(name);
    this.name = name;
    this.cols = cols;
    this.r = 0;
    this.opts = opts;
    this.nominees = [];
    this.unreadableMarks = [];
    this.badDates = [];
    cols.forEach((c, i) => {
      const col = this.ws.getColumn(i + 1);
      col.width = c.width ?? (c.field === 'name' ? 28 : c.field === 'criterion' ? 7 : 14);
      if (c.hidden) col.hidden = true;
    });
    this.width = cols.length;
  }
  colNo(key) {
    const i = this.cols.findIndex((c) => c.key === key);
    if (i < 0) throw new Error(`${this.name}: no column ${key}`);
    return i + 1;
  }
  letter(n) {
    let s = '';
    while (n > 0) {
      const m = (n - 1) % 26;
      s = String.fromCharCode(65 + m) + s;
      n = Math.floor((n - 1) / 26);
    }
    return s;
  }
  /** A line of text merged across columns [from, to] (1-based), on a new row. */
  line(text, from = 1, to = this.width, opts = {}) {
    this.r++;
    this.put(this.r, from, text, opts);
    if (to > from) this.ws.mergeCells(this.r, from, this.r, to);
    return this.r;
  }
  /** Two texts side by side on one row (the official block: agency left, national motto right). */
  sideBySide(left, right, split) {
    this.r++;
    if (left) {
      this.put(this.r, 1, left, { bold: true });
      if (split - 1 > 1) this.ws.mergeCells(this.r, 1, this.r, split - 1);
    }
    if (right) {
      this.put(this.r, split, right, { bold: true });
      if (this.width > split) this.ws.mergeCells(this.r, split, this.r, this.width);
    }
    return this.r;
  }
  blank() {
    this.r++;
    return this.r;
  }
  put(r, c, v, opts = {}) {
    const cell = this.ws.getCell(r, c);
    cell.value = v;
    if (opts.bold) cell.font = { bold: true, name: 'Times New Roman' };
    if (opts.numFmt) cell.numFmt = opts.numFmt;
    cell.alignment = { wrapText: true, vertical: 'middle' };
    return cell;
  }
  /** The header (one or two rows), optionally with a numbering row "(1) (2) …" under it. */
  header({ numbering = null, nfdText = false, repeat = false } = {}) {
    const two = this.cols.some((c) => c.sub !== undefined);
    const top = ++this.r;
    const t = (s) => (nfdText && typeof s === 'string' ? nfd(s) : s);
    if (two) this.r++;
    let i = 0;
    while (i < this.cols.length) {
      const c = this.cols[i];
      if (c.group) {
        let j = i;
        while (j + 1 < this.cols.length && this.cols[j + 1].group === c.group) j++;
        this.put(top, i + 1, t(c.group), { bold: true });
        if (j > i) this.ws.mergeCells(top, i + 1, top, j + 1);
        for (let k = i; k <= j; k++) this.put(top + 1, k + 1, t(this.cols[k].sub), { bold: true });
        i = j + 1;
        continue;
      }
      if (c.h) {
        this.put(top, i + 1, t(c.h), { bold: true });
        if (two) this.ws.mergeCells(top, i + 1, top + 1, i + 1);
      }
      i++;
    }
    let rows = two ? 2 : 1;
    if (numbering) {
      this.r++;
      rows++;
      // 'letters': the descriptive columns lettered, the figures numbered ("A B C 1 2 3").
      let fig = 0;
      let letter = 0;
      this.cols.forEach((c, k) => {
        if (!(c.h || c.group)) return;
        const label = numbering === 'paren' ? `(${k + 1})` : numbering === 'letters' ? (c.field === 'criterion' ? ++fig : String.fromCharCode(65 + letter++)) : k + 1;
        this.put(this.r, k + 1, label);
      });
    }
    // A header printed again after a page break is not the header.
    if (!repeat) {
      this.headerRow = top;
      this.headerRows = rows;
      this.columns = {};
      this.cols.forEach((c, i) => {
        this.columns[this.letter(i + 1)] = c.field ? (c.index ? `${c.field}${c.index}` : c.field) : null;
      });
    }
    return top;
  }
  /** A group row ("I. TẬP THỂ"): texts keyed by column, or one text merged across the row. */
  group(cells) {
    this.r++;
    if (typeof cells === 'string') {
      this.put(this.r, 1, cells, { bold: true });
      this.ws.mergeCells(this.r, 1, this.r, this.width);
    } else for (const [k, v] of Object.entries(cells)) this.put(this.r, this.colNo(k), v, { bold: true });
    return this.r;
  }
  /** Any non-nominee row (footer, notes line, total): texts keyed by column. */
  other(cells) {
    this.r++;
    for (const [k, v] of Object.entries(cells)) this.put(this.r, this.colNo(k), v, { bold: /[A-ZĐ]{4}/.test(String(v)) });
    return this.r;
  }
  /**
   * A nominee: cells keyed by column; `kind` is what the author meant (from the kind column, the
   * group row above, or the list's name header). Marks, dates and votes are given raw and their
   * meaning is recorded.
   */
  nominee(kind, cells, { nfdName = false } = {}) {
    const r = ++this.r;
    const exp = { row: r, name: null, kind, marks: [], received: undefined, vote: undefined };
    for (const c of this.cols) {
      if (!(c.key in cells)) continue;
      let v = cells[c.key];
      const n = this.colNo(c.key);
      const ref = `${this.letter(n)}${r}`;
      if (c.field === 'criterion') {
        exp.marks.push([ref, markMeaning(v)]);
        if (markMeaning(v) === 'unreadable') this.unreadableMarks.push(ref);
      }
      if (v && typeof v === 'object' && v.date) {
        exp.received = v.iso;
        if (v.bad) this.badDates.push(ref);
        this.put(r, n, v.value, { numFmt: v.numFmt });
        continue;
      }
      if (v && typeof v === 'object' && v.vote) {
        exp.vote = v.frac;
        this.put(r, n, v.value, { numFmt: v.numFmt });
        continue;
      }
      if (c.field === 'name') {
        exp.name = v;
        if (nfdName) v = nfd(v);
      }
      if (c.field === 'unit') exp.unit = v;
      if (c.field === 'movement') exp.movement = String(v);
      if (c.field === 'group') exp.group = v;
      if (v !== null && v !== undefined) this.put(r, n, v);
    }
    // A criterion column left blank means not met.
    for (const c of this.cols) {
      if (c.field === 'criterion' && !(c.key in cells)) exp.marks.push([`${this.letter(this.colNo(c.key))}${r}`, 'unmet']);
    }
    exp.marks.sort((a, b) => this.colOfRef(a[0]) - this.colOfRef(b[0]));
    this.nominees.push(exp);
    return r;
  }
  colOfRef(ref) {
    const l = /^[A-Z]+/.exec(ref)[0];
    let n = 0;
    for (const ch of l) n = n * 26 + ch.charCodeAt(0) - 64;
    return n;
  }
  expected(file, extra = {}) {
    // Without a movement column or a title naming one, a row has no movement.
    for (const n of this.nominees) if (n.movement === undefined) n.movement = null;
    const columns = this.columns;
    return {
      file,
      sheet: this.name,
      headerRow: this.headerRow,
      headerRows: this.headerRows,
      columns,
      nominees: this.nominees,
      unreadableMarks: this.unreadableMarks,
      badDates: this.badDates,
      ...extra,
    };
  }
}

// Column helpers.
const STT = (h = 'STT') => ({ key: 'stt', h, field: 'stt', width: 6 });
const NAME = (h) => ({ key: 'name', h, field: 'name' });
const POS = (h = 'Chức vụ') => ({ key: 'pos', h, field: 'position' });
const UNIT = (h = 'Đơn vị công tác') => ({ key: 'unit', h, field: 'unit', width: 26 });
const KIND = (h) => ({ key: 'kind', h, field: 'kind', width: 10 });
const REC = (h = 'Ngày nộp') => ({ key: 'rec', h, field: 'received' });
const VOTE = (h) => ({ key: 'vote', h, field: 'vote' });
const NOTES = (h = 'Ghi chú') => ({ key: 'notes', h, field: 'notes', width: 20 });
const GAP = (k) => ({ key: `gap${k}`, h: '', field: null, width: 2 });
const TC = (n, h) => ({ key: `c${n}`, h: h ?? `TC${n}`, field: 'criterion', index: n });
const SUBTC = (n, group, sub) => ({ key: `c${n}`, group, sub: sub ?? String(n), field: 'criterion', index: n });

/** The official block: agency and national motto side by side, merged, then the title lines. */
function officialBlock(s, { agency = 'SỞ Y TẾ TỈNH SÔNG LAM', unit = 'BỆNH VIỆN ĐA KHOA TỈNH', split = 4, title, sub, totrinh } = {}) {
  s.sideBySide(agency, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', split);
  s.sideBySide(unit, 'Độc lập - Tự do - Hạnh phúc', split);
  s.blank();
  s.line(title ?? 'DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG NĂM 2024', 1, s.width, { bold: true });
  if (sub) s.line(sub);
  if (totrinh) s.line(totrinh);
  s.blank();
}

function footer(s, left, right, { place = true } = {}) {
  s.blank();
  if (place) s.other({ [right]: 'Sông Lam, ngày 20 tháng 10 năm 2024' });
  s.other({ [left]: 'Người lập biểu', [right]: 'THỦ TRƯỞNG ĐƠN VỊ' });
  s.other({ [left]: '(Ký, ghi rõ họ tên)', [right]: '(Ký, ghi rõ họ tên, đóng dấu)' });
  s.blank();
  s.blank();
  s.other({ [left]: 'Nguyễn Thị Lập', [right]: 'Trần Văn Trưởng' });
}

// ---------------------------------------------------------------- the lists
const fixtures = [];
function fixture(file, build) {
  fixtures.push({ file, build });
}

// 01: one-row header of individuals, official block, real date cells, vote numbers, notes.
fixture('01-ca-nhan-mot-dong.xlsx', (wb) => {
  const s = new Sheet(wb, 'Danh sách', [STT(), NAME('Họ và tên'), POS(), UNIT(), REC('Ngày nộp'), TC(1), TC(2), VOTE('Tỷ lệ phiếu'), NOTES()]);
  officialBlock(s, { totrinh: '(Kèm theo Tờ trình số 45/TTr-BV ngày 10/10/2024 của Bệnh viện Đa khoa tỉnh)' });
  s.header();
  s.nominee('individual', { stt: 1, name: 'Nguyễn Văn An', pos: 'Bác sĩ', unit: 'Khoa Nội', rec: date('date', 15, 10), c1: 'x', c2: 'X', vote: vote(92.5, 0.925) });
  s.nominee('individual', { stt: 2, name: 'Trần Thị Bình', pos: 'Điều dưỡng trưởng', unit: 'Khoa Ngoại', rec: date('date', 16, 10), c1: 'v', c2: null, vote: vote(88, 0.88), notes: 'Đã bổ sung hồ sơ' });
  s.nominee('individual', { stt: 3, name: 'Lê Văn Cường', pos: 'Giám đốc', unit: 'Bệnh viện Đa khoa tỉnh', rec: date('date', 14, 10), c1: 'x', c2: 'x', vote: vote(100, 1) });
  footer(s, 'name', 'vote');
  return s.expected('01-ca-nhan-mot-dong.xlsx', { defaultKind: 'individual' });
});

// 02: two-row header ("Tiêu chí" merged over 1..5), numbering row, group rows I./II., text dates.
fixture('02-tieu-chi-hai-dong.xlsx', (wb) => {
  const s = new Sheet(wb, 'DS đề nghị', [
    STT(),
    NAME('Tập thể/Cá nhân được đề nghị'),
    UNIT('Đơn vị'),
    REC('Ngày nộp'),
    ...[1, 2, 3, 4, 5].map((n) => SUBTC(n, 'Tiêu chí')),
    VOTE('Tỷ lệ phiếu bầu (%)'),
  ]);
  officialBlock(s, { title: 'DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG PHONG TRÀO THI ĐUA NĂM 2024', sub: '(Kèm theo Tờ trình số 12/TTr-TTYT ngày 12/10/2024)' });
  s.header({ numbering: 'paren' });
  s.group('I. TẬP THỂ');
  s.nominee('collective', { stt: 1, name: 'Khoa Hồi sức tích cực', unit: 'Bệnh viện Đa khoa tỉnh', rec: date('slash', 15, 10), c1: 'x', c2: 'x', c3: 'x', c4: 'x', c5: 'x', vote: vote('92,5%', 0.925) });
  s.nominee('collective', { stt: 2, name: 'Khoa Dược', unit: 'Bệnh viện Đa khoa tỉnh', rec: date('slashShort', 3, 10), c1: 'x', c2: 'Không', c3: 'x', c4: '-', c5: 'x', vote: vote('80%', 0.8) });
  s.group('II. CÁ NHÂN');
  s.nominee('individual', { stt: 1, name: 'Phạm Thị Dung', unit: 'Khoa Dược', rec: date('slash', 18, 10), c1: 'x', c2: 'x', vote: vote('95,0%', 0.95) });
  s.nominee('individual', { stt: 2, name: 'Hoàng Văn Em', unit: 'Khoa Hồi sức tích cực', rec: date('slash', 19, 10), c1: 'x', c2: 'K', vote: vote('75%', 0.75) });
  footer(s, 'name', 'c5');
  return s.expected('02-tieu-chi-hai-dong.xlsx', { defaultKind: null });
});

// 03: "Tiêu chuẩn" merged over TC1..TC5, kind column, serial dates, fraction votes with a % format.
fixture('03-tieu-chuan-doi-tuong.xlsx', (wb) => {
  const s = new Sheet(wb, 'Sheet1', [
    STT('Số TT'),
    NAME('Tên đơn vị/tập thể'),
    KIND('Đối tượng'),
    UNIT('Đơn vị đề nghị'),
    REC('Ngày nhận hồ sơ'),
    ...[1, 2, 3, 4, 5].map((n) => SUBTC(n, 'Tiêu chuẩn', `TC${n}`)),
    VOTE('Số phiếu đồng ý (%)'),
  ]);
  officialBlock(s, { agency: 'UBND TỈNH SÔNG LAM', unit: 'SỞ Y TẾ', split: 5, totrinh: '(Kèm theo Tờ trình số 101/TTr-SYT ngày 25/10/2024)' });
  s.header();
  const pct = '0.0%';
  s.nominee('collective', { stt: 1, name: 'Trung tâm Y tế huyện Đồng Xuân', kind: 'TT', unit: 'Trung tâm Y tế huyện Đồng Xuân', rec: date('serial', 15, 10), c1: '✓', c2: '✔', c3: 'Đạt', c4: 'Có', c5: 'Đ', vote: vote(0.925, 0.925, pct) });
  s.nominee('collective', { stt: 2, name: 'Khoa Sản', kind: 'Tập thể', unit: 'Bệnh viện Sản - Nhi', rec: date('serial', 21, 10), c1: '✓', c2: '✓', c3: '✗', c4: '✓', c5: '✓', vote: vote(0.8, 0.8, pct) });
  s.nominee('individual', { stt: 3, name: 'Võ Thị Giang', kind: 'CN', unit: 'Bệnh viện Sản - Nhi', rec: date('serial', 16, 10), c1: 'Đạt', c2: 'Đạt', vote: vote(0.9, 0.9, pct) });
  s.nominee('individual', { stt: 4, name: 'Đặng Văn Hải', kind: 'Cá nhân', unit: 'Trung tâm Y tế huyện Đồng Xuân', rec: date('serial', 17, 10), c1: 'Đạt', c2: 'Không đạt', vote: vote(0.6667, 0.6667, pct) });
  footer(s, 'unit', 'c4');
  return s.expected('03-tieu-chuan-doi-tuong.xlsx', { defaultKind: 'collective' });
});

// 04: criterion columns headed by the criterion's own text (collectives), "Ngày đến" with - and . dates.
fixture('04-tieu-chi-bang-loi.xlsx', (wb) => {
  const s = new Sheet(wb, 'Tập thể', [
    STT('TT'),
    NAME('Tên tập thể'),
    UNIT('Cơ quan/đơn vị'),
    REC('Ngày đến'),
    ...CRIT_TT.map((t, i) => ({ ...TC(i + 1, t), width: 22 })),
    VOTE('Tỷ lệ phiếu'),
  ]);
  officialBlock(s, { title: 'DANH SÁCH TẬP THỂ ĐỀ NGHỊ TẶNG GIẤY KHEN' });
  s.header();
  s.nominee('collective', { stt: 1, name: 'Phòng Kế hoạch - Nghiệp vụ', unit: 'Trung tâm Kiểm soát bệnh tật', rec: date('dash', 15, 10), c1: 1, c2: true, c3: 'Hoàn thành', c4: 1, c5: 1, vote: vote('92,5', 0.925) });
  s.nominee('collective', { stt: 2, name: 'Khoa Dinh dưỡng', unit: 'Bệnh viện Đa khoa tỉnh', rec: date('dot', 15, 10), c1: 1, c2: 0, c3: false, c4: 'Chưa đạt', c5: 1, vote: vote('85', 0.85) });
  s.nominee('collective', { stt: 3, name: 'Trạm Y tế xã Hòa Bình', unit: 'Trung tâm Y tế huyện Đồng Xuân', rec: date('dot', 2, 10), c1: 1, c2: 1, c3: 1, c4: 1, c5: 1, vote: vote('100', 1) });
  footer(s, 'name', 'c4');
  return s.expected('04-tieu-chi-bang-loi.xlsx', { defaultKind: 'collective' });
});

// 05: "Tiêu chuẩn khen thưởng" merged over the individual criteria's texts; dates in words and ISO.
fixture('05-tieu-chuan-bang-loi-hai-dong.xlsx', (wb) => {
  const s = new Sheet(wb, 'Cá nhân', [
    STT(),
    NAME('Họ và tên'),
    POS('Chức vụ - Đơn vị công tác'),
    REC('Ngày gửi'),
    ...CRIT_CN.map((t, i) => ({ ...SUBTC(i + 1, 'Tiêu chuẩn khen thưởng', t), width: 30 })),
    VOTE('Tỷ lệ phiếu'),
  ]);
  officialBlock(s, { split: 3, title: 'DANH SÁCH CÁ NHÂN ĐỀ NGHỊ KHEN THƯỞNG' });
  s.header({ numbering: 'plain' });
  s.nominee('individual', { stt: 1, name: 'Bùi Thị Hoa', pos: 'Kế toán trưởng - Phòng Tài chính kế toán', rec: date('words', 15, 10), c1: 'x', c2: 'x', vote: vote(92.5, 0.925) });
  s.nominee('individual', { stt: 2, name: 'Ngô Văn Khánh', pos: 'Trưởng khoa - Khoa Cấp cứu', rec: date('iso', 17, 10), c1: 'x', c2: 'x', vote: vote(90, 0.9) });
  s.nominee('individual', { stt: 3, name: 'Dương Thị Lan', pos: 'Hộ sinh - Khoa Sản', rec: date('words', 1, 11), c1: 'x', c2: null, vote: vote(70, 0.7) });
  footer(s, 'name', 'c2');
  return s.expected('05-tieu-chuan-bang-loi-hai-dong.xlsx', { defaultKind: 'individual' });
});

// 06: decomposed Unicode (NFD) in headers and names; unreadable marks and an impossible date.
fixture('06-nfd-khong-doc-duoc.xlsx', (wb) => {
  const s = new Sheet(wb, nfd('Danh sách'), [STT(), NAME('Họ tên'), UNIT('Đơn vị'), REC('Ngày nộp'), TC(1, 'TC 1'), TC(2, 'TC 2'), VOTE('Tỷ lệ phiếu')]);
  s.line(nfd('DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG'), 1, 7, { bold: true });
  s.blank();
  s.header({ nfdText: true });
  s.nominee('individual', { stt: 1, name: 'Nguyễn Thị Ánh Tuyết', unit: 'Khoa Nhi', rec: date('slash', 10, 10), c1: 'x', c2: '?', vote: vote('90', 0.9) }, { nfdName: true });
  s.nominee('individual', { stt: 2, name: 'Đỗ Quốc Việt', unit: 'Khoa Mắt', rec: BAD_DATE, c1: 'xem lại', c2: 'x', vote: vote('85', 0.85) }, { nfdName: true });
  s.nominee('individual', { stt: 3, name: 'Lưu Thị Hường', unit: 'Khoa Nhi', rec: date('slash', 11, 10), c1: 'x', c2: 'x', vote: vote('95', 0.95) }, { nfdName: true });
  return s.expected('06-nfd-khong-doc-duoc.xlsx', { defaultKind: 'individual' });
});

// 07: hidden columns, empty spacer columns between fields, a notes column, "Khối thi đua", groups A./B.
fixture('07-cot-an-cot-trong.xlsx', (wb) => {
  const s = new Sheet(wb, 'DS', [
    STT(),
    { key: 'code', h: 'Mã ĐV', field: null, hidden: true },
    NAME('Tên tập thể, cá nhân'),
    GAP(1),
    UNIT('Đơn vị'),
    { key: 'group', h: 'Khối thi đua', field: 'group' },
    GAP(2),
    REC('Ngày nộp'),
    TC(1, 'Tiêu chí 1'),
    TC(2, 'Tiêu chí 2'),
    TC(3, 'Tiêu chí 3'),
    { key: 'born', h: 'Năm sinh', field: null, hidden: true },
    NOTES(),
  ]);
  officialBlock(s, { split: 6 });
  s.header();
  s.group({ stt: 'A', name: 'TẬP THỂ' });
  s.nominee('collective', { stt: 1, code: 'BV01', name: 'Khoa Chẩn đoán hình ảnh', unit: 'Bệnh viện Đa khoa tỉnh', group: 'Khối bệnh viện', rec: date('slash', 14, 10), c1: 'x', c2: 'x', c3: 'x', notes: 'Tập thể lao động xuất sắc 2023' });
  s.nominee('collective', { stt: 2, code: 'TT02', name: 'Khoa Xét nghiệm', unit: 'Trung tâm Kiểm soát bệnh tật', group: 'Khối dự phòng', rec: date('slash', 15, 10), c1: 'x', c2: '', c3: 'x' });
  s.group({ stt: 'B', name: 'CÁ NHÂN' });
  s.nominee('individual', { stt: 1, code: 'BV01', name: 'Tạ Văn Minh', unit: 'Bệnh viện Đa khoa tỉnh', group: 'Khối bệnh viện', rec: date('slash', 16, 10), c1: 'x', c2: 'x', born: 1980, notes: 'Chiến sĩ thi đua cơ sở' });
  s.nominee('individual', { stt: 2, code: 'TT02', name: 'Chu Thị Ngọc', unit: 'Trung tâm Kiểm soát bệnh tật', group: 'Khối dự phòng', rec: date('slash', 17, 10), c1: 'x', c2: 'x', born: 1990 });
  footer(s, 'name', 'c3');
  return s.expected('07-cot-an-cot-trong.xlsx', { defaultKind: null });
});

// 08: a long block above the table: the nominees start at row 15.
fixture('08-bat-dau-dong-15.xlsx', (wb) => {
  const s = new Sheet(wb, 'Mẫu 01', [STT(), NAME('Họ và tên'), POS('Chức danh'), UNIT('Đơn vị công tác'), REC('Ngày nhận'), TC(1, 'Tiêu chí 1'), TC(2, 'Tiêu chí 2'), VOTE('Tỷ lệ phiếu (%)')]);
  s.line('Mẫu số 01', 7, 8);
  s.sideBySide('SỞ Y TẾ TỈNH SÔNG LAM', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 4);
  s.sideBySide('TRUNG TÂM Y TẾ HUYỆN ĐỒNG XUÂN', 'Độc lập - Tự do - Hạnh phúc', 4);
  s.sideBySide('Số: 15/DS-TTYT', 'Đồng Xuân, ngày 12 tháng 10 năm 2024', 4);
  s.blank();
  s.line('DANH SÁCH', 1, 8, { bold: true });
  s.line('ĐỀ NGHỊ KHEN THƯỞNG PHONG TRÀO THI ĐUA "THẦY THUỐC NHƯ MẸ HIỀN" NĂM 2024');
  s.line('(Kèm theo Tờ trình số 15/TTr-TTYT ngày 12 tháng 10 năm 2024 của Trung tâm Y tế huyện Đồng Xuân)');
  s.blank();
  s.line('Đơn vị: Trung tâm Y tế huyện Đồng Xuân');
  s.line('Tổng số cán bộ, viên chức: 215 người; số đề nghị: 03 cá nhân');
  s.blank();
  s.header({ numbering: 'plain' });
  s.nominee('individual', { stt: 1, name: 'Lý Thị Oanh', pos: 'Y sĩ', unit: 'Trạm Y tế xã Xuân Lãnh', rec: date('slash', 12, 10), c1: 'Đạt', c2: 'Đạt', vote: vote(96.5, 0.965) });
  s.nominee('individual', { stt: 2, name: 'Mai Văn Phúc', pos: 'Bác sĩ', unit: 'Khoa Khám bệnh', rec: date('slash', 12, 10), c1: 'Đạt', c2: 'Đạt', vote: vote(91, 0.91) });
  s.nominee('individual', { stt: 3, name: 'Kiều Thị Quyên', pos: 'Dược sĩ', unit: 'Khoa Dược', rec: date('slash', 12, 10), c1: 'Đạt', c2: 'Không đạt', vote: vote(55, 0.55) });
  footer(s, 'name', 'c2');
  const exp = s.expected('08-bat-dau-dong-15.xlsx', { defaultKind: 'individual', firstNomineeRow: 15 });
  // The title names movement 2 of ke-hoach.txt ("Thầy thuốc như mẹ hiền"): every row belongs to it.
  for (const n of exp.nominees) n.movement = '2';
  return exp;
});

// 09: movement and group columns, group rows numbered in the STT column with arabic numbers.
fixture('09-noi-dung-thi-dua-khoi.xlsx', (wb) => {
  const s = new Sheet(wb, 'Tổng hợp', [
    STT(),
    NAME('Tên cơ quan, đơn vị'),
    UNIT('Đơn vị'),
    { key: 'mv', h: 'Nội dung thi đua', field: 'movement', width: 26 },
    { key: 'group', h: 'Khối thi đua', field: 'group' },
    REC('Ngày đến'),
    TC(1),
    TC(2),
    TC(3),
    TC(4),
    TC(5),
    NOTES(),
  ]);
  officialBlock(s, { split: 5, title: 'BẢNG TỔNG HỢP DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG THEO NỘI DUNG THI ĐUA' });
  s.header({ numbering: 'paren' });
  s.group({ stt: 1, name: 'TẬP THỂ' });
  s.nominee('collective', { stt: 1, name: 'Khoa Khám bệnh', unit: 'Bệnh viện Đa khoa tỉnh', mv: '1', group: 'Khối bệnh viện', rec: date('date', 10, 10), c1: 'x', c2: 'x', c3: 'x', c4: 'x', c5: 'x' });
  s.nominee('collective', { stt: 2, name: 'Phòng Công nghệ thông tin', unit: 'Bệnh viện Đa khoa tỉnh', mv: 'Chuyển đổi số', group: 'Khối bệnh viện', rec: date('date', 11, 10), c1: 'x', c2: 'x', c3: 'x', c4: 'x', c5: 'x', notes: 'Mô hình bệnh án điện tử' });
  s.group({ stt: 2, name: 'CÁ NHÂN' });
  s.nominee('individual', { stt: 1, name: 'Trịnh Văn Sơn', unit: 'Trung tâm Y tế huyện Đồng Xuân', mv: '2', group: 'Khối y tế cơ sở', rec: date('date', 12, 10), c1: 'x', c2: 'x' });
  s.nominee('individual', { stt: 2, name: 'Phan Thị Thu', unit: 'Trung tâm Y tế huyện Đồng Xuân', mv: 'Thầy thuốc như mẹ hiền', group: 'Khối y tế cơ sở', rec: date('date', 13, 10), c1: 'x', c2: 'x' });
  footer(s, 'name', 'c5');
  return s.expected('09-noi-dung-thi-dua-khoi.xlsx', { defaultKind: 'collective' });
});

// 10: the footer written in the name column, a "Ghi chú:" line after the table, groups "I- / II-".
fixture('10-chan-trang-cot-ten.xlsx', (wb) => {
  const s = new Sheet(wb, 'DS', [STT('TT'), NAME('Họ và tên cá nhân/ Tên tập thể'), UNIT('Đơn vị'), REC('Ngày nộp'), TC(1, 'Tiêu chí 1'), TC(2, 'Tiêu chí 2'), TC(3, 'Tiêu chí 3'), VOTE('Tỷ lệ phiếu')]);
  officialBlock(s, { split: 4 });
  s.header();
  s.group({ stt: 'I-', name: 'Tập thể' });
  s.nominee('collective', { stt: 1, name: 'Khoa Y học cổ truyền', unit: 'Bệnh viện Y học cổ truyền', rec: date('slash', 8, 10), c1: 'x', c2: 'x', c3: 'x', vote: vote('90,0', 0.9) });
  s.group('II- Cá nhân');
  s.nominee('individual', { stt: 1, name: 'Vũ Thị Uyên', unit: 'Bệnh viện Y học cổ truyền', rec: date('slash', 9, 10), c1: 'x', c2: 'x', vote: vote('88,5', 0.885) });
  s.nominee('individual', { stt: 2, name: 'Hà Văn Vinh', unit: 'Bệnh viện Phổi', rec: date('slash', 9, 10), c1: 'x', c2: 'x', vote: vote('91', 0.91) });
  s.blank();
  s.other({ name: 'Ghi chú: Danh sách gồm 01 tập thể và 02 cá nhân.' });
  s.blank();
  s.other({ name: '…, ngày … tháng … năm …' });
  s.other({ name: 'THỦ TRƯỞNG ĐƠN VỊ' });
  s.other({ name: '(Ký, ghi rõ họ tên, đóng dấu)' });
  s.blank();
  s.other({ name: 'Trần Văn Trưởng' });
  return s.expected('10-chan-trang-cot-ten.xlsx', { defaultKind: null });
});

// 11: every vote and date spelling in one list, a kind column "Loại" with mixed spellings.
fixture('11-phieu-va-ngay-moi-kieu.xlsx', (wb) => {
  const s = new Sheet(wb, 'Danh sach', [STT(), NAME('Họ và tên'), KIND('Loại'), UNIT('Đơn vị'), REC('Ngày nộp hồ sơ'), TC(1), TC(2), VOTE('Tỷ lệ phiếu bầu (%)')]);
  s.line('DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG', 1, 8, { bold: true });
  s.header();
  const rows = [
    ['date', vote('92,5', 0.925)],
    ['serial', vote('92,5%', 0.925)],
    ['slash', vote(0.925, 0.925, '0.0%')],
    ['dash', vote(92.5, 0.925)],
    ['dot', vote('92.5', 0.925)],
    ['words', vote('92,5 %', 0.925)],
    ['iso', vote(' 92,5% ', 0.925)],
  ];
  const names = ['Cao Thị Xuân', 'Lâm Văn Yên', 'Âu Thị Ánh', 'Đinh Văn Bảo', 'Giáp Thị Cúc', 'Mạc Văn Dũng', 'Quách Thị Én'];
  const kinds = ['CN', 'Cá nhân', 'cá nhân', 'CN', 'CÁ NHÂN', 'Cá nhân', 'CN'];
  rows.forEach(([form, v], i) => {
    s.nominee('individual', { stt: i + 1, name: names[i], kind: kinds[i], unit: 'Bệnh viện Phổi', rec: date(form, 15, 10), c1: 'x', c2: 'x', vote: v });
  });
  return s.expected('11-phieu-va-ngay-moi-kieu.xlsx', { defaultKind: 'individual' });
});

// 12: a cover sheet first; the list on the second sheet with "Tiêu chí N" headers and a total row.
fixture('12-trang-bia-tong-cong.xlsx', (wb) => {
  const cover = wb.addWorksheet('Tờ trình');
  cover.getCell('A1').value = 'SỞ Y TẾ TỈNH SÔNG LAM';
  cover.getCell('A3').value = 'TỜ TRÌNH';
  cover.getCell('A4').value = 'Về việc đề nghị khen thưởng phong trào thi đua năm 2024';
  cover.getCell('A6').value = 'Kính gửi: Hội đồng Thi đua - Khen thưởng Sở Y tế';
  const s = new Sheet(wb, 'Danh sách kèm theo', [STT('TT'), NAME('Họ và tên'), POS('Chức danh'), UNIT('Cơ quan/đơn vị'), REC('Ngày nhận'), TC(1, 'Tiêu chí 1'), TC(2, 'Tiêu chí 2'), VOTE('Tỷ lệ phiếu')]);
  officialBlock(s, { split: 4 });
  s.header();
  s.nominee('individual', { stt: '1', name: 'Lục Văn Giao', pos: 'Kỹ thuật viên', unit: 'Bệnh viện Phổi', rec: date('slash', 14, 10), c1: 'Có', c2: 'Có', vote: vote('93', 0.93) });
  s.nominee('individual', { stt: '2', name: 'Ông Thị Hạnh', pos: 'Điều dưỡng', unit: 'Bệnh viện Phổi', rec: date('slash', 14, 10), c1: 'Có', c2: 'Không', vote: vote('71', 0.71) });
  s.other({ name: 'Tổng cộng: 02 cá nhân' });
  footer(s, 'name', 'c2');
  return s.expected('12-trang-bia-tong-cong.xlsx', { defaultKind: 'individual' });
});

// 13: no STT column; collectives named under "Tên cơ quan, đơn vị"; a repeated header after a page break.
fixture('13-khong-stt-lap-tieu-de.xlsx', (wb) => {
  const s = new Sheet(wb, 'Trang 1', [NAME('Tên cơ quan, đơn vị'), { key: 'addr', h: 'Địa chỉ', field: null }, REC('Ngày nộp'), TC(1, 'Tiêu chí 1'), TC(2, 'Tiêu chí 2'), TC(3, 'Tiêu chí 3'), TC(4, 'Tiêu chí 4'), TC(5, 'Tiêu chí 5')]);
  s.line('DANH SÁCH TẬP THỂ ĐỀ NGHỊ KHEN THƯỞNG', 1, 8, { bold: true });
  s.blank();
  s.header();
  s.nominee('collective', { name: 'Trạm Y tế xã Xuân Lâm', addr: 'xã Xuân Lâm', rec: date('slash', 1, 10), c1: 'x', c2: 'x', c3: 'x', c4: 'x', c5: 'x' });
  s.nominee('collective', { name: 'Trạm Y tế xã Xuân Sơn', addr: 'xã Xuân Sơn', rec: date('slash', 2, 10), c1: 'x', c2: 'x', c3: 'x', c4: 'x', c5: '' });
  // The header printed again at the top of page 2.
  s.r++;
  s.cols.forEach((c, i) => s.put(s.r, i + 1, c.h));
  s.nominee('collective', { name: 'Trạm Y tế xã Xuân Hải', addr: 'xã Xuân Hải', rec: date('slash', 3, 10), c1: 'x', c2: 'x', c3: 'x', c4: 'x', c5: 'x' });
  return s.expected('13-khong-stt-lap-tieu-de.xlsx', { defaultKind: 'collective' });
});

// 14: a grouping row above the header ("Thông tin cá nhân" over Họ và tên | Chức vụ | Đơn vị,
// "Tiêu chí" over 1 | 2), line breaks inside header cells.
fixture('14-nhom-tieu-de-tren.xlsx', (wb) => {
  const info = 'Thông tin cá nhân';
  const s = new Sheet(wb, 'CSTĐ cơ sở', [
    STT(),
    { key: 'name', group: info, sub: 'Họ và tên', field: 'name' },
    { key: 'pos', group: info, sub: 'Chức vụ', field: 'position' },
    { key: 'unit', group: info, sub: 'Đơn vị', field: 'unit' },
    REC('Ngày nộp\nhồ sơ'),
    SUBTC(1, 'Tiêu chí'),
    SUBTC(2, 'Tiêu chí'),
    VOTE('Tỷ lệ\nphiếu bầu\n(%)'),
  ]);
  officialBlock(s, { split: 4, title: 'DANH SÁCH ĐỀ NGHỊ CÔNG NHẬN DANH HIỆU CHIẾN SĨ THI ĐUA CƠ SỞ NĂM 2024' });
  s.header();
  s.nominee('individual', { stt: 1, name: 'Lương Văn Tài', pos: 'Phó Giám đốc', unit: 'Trung tâm Y tế huyện Đồng Xuân', rec: date('slash', 11, 10), c1: 'x', c2: 'x', vote: vote('100%', 1) });
  s.nominee('individual', { stt: 2, name: 'Tôn Nữ Thanh', pos: 'Trưởng phòng', unit: 'Phòng Tổ chức cán bộ', rec: date('slash', 12, 10), c1: 'x', c2: '?', vote: vote('87,5%', 0.875) });
  footer(s, 'name', 'c2');
  return s.expected('14-nhom-tieu-de-tren.xlsx', { defaultKind: 'individual' });
});

// 15: group rows saying the kind late in the heading, a two-row header with numbering repeated
// after a page break, marks in capitals and lower case.
fixture('15-lap-tieu-de-hai-dong.xlsx', (wb) => {
  const s = new Sheet(wb, 'DS', [STT(), NAME('Tên tập thể, cá nhân'), UNIT('Đơn vị'), REC('Ngày nộp'), ...[1, 2, 3, 4, 5].map((n) => SUBTC(n, 'Tiêu chí')), VOTE('Tỷ lệ phiếu')]);
  officialBlock(s, { split: 4 });
  s.header({ numbering: 'plain' });
  s.group('I. ĐỀ NGHỊ TẶNG GIẤY KHEN CHO TẬP THỂ');
  s.nominee('collective', { stt: 1, name: 'Khoa Truyền nhiễm', unit: 'Bệnh viện Đa khoa tỉnh', rec: date('slash', 9, 10), c1: 'ĐẠT', c2: 'ĐẠT', c3: 'ĐẠT', c4: 'ĐẠT', c5: 'ĐẠT', vote: vote('90%', 0.9) });
  s.nominee('collective', { stt: 2, name: 'Khoa Nhi', unit: 'Bệnh viện Sản - Nhi', rec: date('slash', 10, 10), c1: 'đạt', c2: 'đạt', c3: 'Không', c4: 'đạt', c5: 'đạt', vote: vote('85%', 0.85) });
  s.header({ numbering: 'plain', repeat: true });
  s.group('II. ĐỀ NGHỊ TẶNG GIẤY KHEN CHO CÁ NHÂN');
  s.nominee('individual', { stt: 1, name: 'Hồ Thị Vân', unit: 'Khoa Nhi', rec: date('slash', 10, 10), c1: 'đạt', c2: 'đạt', vote: vote('95%', 0.95) });
  footer(s, 'name', 'c5');
  return s.expected('15-lap-tieu-de-hai-dong.xlsx', { defaultKind: null });
});

// 16: groups of units as rows ("1. Khối các bệnh viện") with kinds under them ("a) Tập thể").
fixture('16-khoi-va-doi-tuong-theo-dong.xlsx', (wb) => {
  const s = new Sheet(wb, 'Theo khối', [STT(), NAME('Tập thể/Cá nhân được đề nghị'), UNIT('Đơn vị'), REC('Ngày nộp'), TC(1, 'Tiêu chí 1'), TC(2, 'Tiêu chí 2'), TC(3, 'Tiêu chí 3'), TC(4, 'Tiêu chí 4'), TC(5, 'Tiêu chí 5')]);
  officialBlock(s, { split: 4 });
  s.header();
  const B = 'Khối các bệnh viện';
  const C = 'Khối y tế cơ sở';
  s.group({ stt: `1. ${B}` });
  s.group({ stt: 'a)', name: 'Tập thể' });
  s.nominee('collective', { stt: 1, name: 'Khoa Ung bướu', unit: 'Bệnh viện Đa khoa tỉnh', rec: date('slash', 5, 10), c1: 'x', c2: 'x', c3: 'x', c4: 'x', c5: 'x' });
  s.group({ stt: 'b)', name: 'Cá nhân' });
  s.nominee('individual', { stt: 1, name: 'Lê Thị Xuyến', unit: 'Bệnh viện Đa khoa tỉnh', rec: date('slash', 6, 10), c1: 'x', c2: 'x' });
  s.group({ stt: `2. ${C}` });
  s.group({ stt: 'a)', name: 'Tập thể' });
  s.nominee('collective', { stt: 1, name: 'Trạm Y tế thị trấn La Hai', unit: 'Trung tâm Y tế huyện Đồng Xuân', rec: date('slash', 7, 10), c1: 'x', c2: 'x', c3: 'x', c4: 'x', c5: 'x' });
  footer(s, 'name', 'c4');
  const exp = s.expected('16-khoi-va-doi-tuong-theo-dong.xlsx', { defaultKind: null });
  // The group each nominee belongs to comes from the heading row above it.
  exp.nominees.forEach((n, i) => (n.group = i < 2 ? B : C));
  return exp;
});

// 17: serial numbers typed as text ("01."), a missing received date and vote (blank, not
// unreadable), a row with only a serial number (an unfilled template row).
fixture('17-stt-chu-o-trong.xlsx', (wb) => {
  const s = new Sheet(wb, 'Sheet1', [STT('STT'), NAME('Họ và tên'), UNIT('Đơn vị công tác'), REC('Ngày nộp'), TC(1, 'TC1'), TC(2, 'TC2'), VOTE('Tỷ lệ phiếu')]);
  s.line('DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG', 1, 7, { bold: true });
  s.blank();
  s.header();
  s.nominee('individual', { stt: '01.', name: 'Thái Văn Ba', unit: 'Bệnh viện Phổi', rec: date('slash', 15, 10), c1: 'x', c2: 'x', vote: vote('90', 0.9) });
  const r = s.nominee('individual', { stt: '02.', name: 'Khổng Thị Bốn', unit: 'Bệnh viện Phổi', c1: 'x', c2: 'x' });
  const last = s.nominees[s.nominees.length - 1];
  last.received = null;
  last.vote = null;
  void r;
  s.other({ stt: '03.' });
  s.other({ stt: '04.' });
  return s.expected('17-stt-chu-o-trong.xlsx', { defaultKind: 'individual' });
});

// 18: less common header wordings, a non-breaking space inside a header, date-time cells.
fixture('18-tieu-de-it-gap.xlsx', (wb) => {
  const s = new Sheet(wb, 'DS', [
    STT('Số thứ tự'),
    NAME('Họ và\u00a0tên người được đề nghị'),
    KIND('Đối tượng\n(TT/CN)'),
    POS('Chức vụ, đơn vị công tác'),
    REC('Ngày, tháng nộp hồ sơ'),
    TC(1, 'TC 1'),
    TC(2, 'TC 2'),
    VOTE('Tỷ lệ % phiếu bầu'),
    { key: 'form', h: 'Hình thức khen thưởng', field: 'form' },
  ]);
  officialBlock(s, { split: 4 });
  s.header();
  s.nominee('individual', { stt: 1, name: 'Tống Văn Cảnh', kind: 'CN', pos: 'Bác sĩ, Khoa Nội', rec: date('datetime', 15, 10), c1: 'x ', c2: ' X', vote: vote('91,5', 0.915), form: 'Giấy khen' });
  s.nominee('collective', { stt: 2, name: 'Khoa Gây mê hồi sức', kind: 'TT', pos: 'Bệnh viện Đa khoa tỉnh', rec: date('serialTime', 16, 10), c1: 'x', c2: 'x', vote: vote('80,0', 0.8), form: 'Giấy khen' });
  footer(s, 'name', 'c2');
  return s.expected('18-tieu-de-it-gap.xlsx', { defaultKind: 'individual' });
});

// 19: "Cá nhân được đề nghị" as the name header, a movement-name column, criterion headers that
// quote the plan's text cut short with "…".
fixture('19-tieu-chi-cat-ngan.xlsx', (wb) => {
  const cut = (t) => t.slice(0, 34).trimEnd() + '…';
  const s = new Sheet(wb, 'Cá nhân', [
    STT(),
    NAME('Cá nhân được đề nghị'),
    UNIT('Đơn vị'),
    { key: 'mv', h: 'Tên phong trào', field: 'movement', width: 26 },
    REC('Ngày nhận'),
    ...CRIT_CN.map((t, i) => ({ ...TC(i + 1, cut(t)), width: 26 })),
    VOTE('Kết quả bỏ phiếu (%)'),
  ]);
  officialBlock(s, { split: 4 });
  s.header();
  s.nominee('individual', { stt: 1, name: 'Yên Thị Diệp', unit: 'Bệnh viện Phổi', mv: 'Thầy thuốc như mẹ hiền', rec: date('slash', 10, 10), c1: 'x', c2: 'x', vote: vote(95, 0.95) });
  s.nominee('individual', { stt: 2, name: 'Nghiêm Văn Đạo', unit: 'Bệnh viện Phổi', mv: 'Chuyển đổi số', rec: date('slash', 11, 10), c1: 'x', c2: 'Không', vote: vote(60, 0.6) });
  footer(s, 'name', 'c2');
  return s.expected('19-tieu-chi-cat-ngan.xlsx', { defaultKind: 'individual' });
});

// 20: two tables on one sheet, each with its own title and header: collectives, then individuals
// with other columns (the second header re-maps the columns and says the kind).
fixture('20-hai-bang-mot-trang.xlsx', (wb) => {
  const TT = [STT(), NAME('Tên tập thể'), UNIT('Đơn vị'), REC('Ngày nộp'), TC(1), TC(2), TC(3), TC(4), TC(5)];
  const CN = [STT(), NAME('Họ và tên'), POS('Chức vụ'), UNIT('Đơn vị'), REC('Ngày nộp'), TC(1), TC(2)];
  const s = new Sheet(wb, 'Đề nghị', TT);
  officialBlock(s, { split: 4, title: 'DANH SÁCH TẬP THỂ ĐỀ NGHỊ TẶNG GIẤY KHEN' });
  s.header();
  s.nominee('collective', { stt: 1, name: 'Khoa Phục hồi chức năng', unit: 'Bệnh viện Y học cổ truyền', rec: date('slash', 10, 10), c1: 'x', c2: 'x', c3: 'x', c4: 'x', c5: 'x' });
  s.nominee('collective', { stt: 2, name: 'Khoa Châm cứu', unit: 'Bệnh viện Y học cổ truyền', rec: date('slash', 10, 10), c1: 'x', c2: 'x', c3: 'x', c4: 'x', c5: '-' });
  s.blank();
  s.line('DANH SÁCH CÁ NHÂN ĐỀ NGHỊ TẶNG GIẤY KHEN', 1, 9, { bold: true });
  s.blank();
  s.cols = CN;
  s.header({ repeat: true });
  s.nominee('individual', { stt: 1, name: 'Triệu Văn Hùng', pos: 'Bác sĩ', unit: 'Khoa Châm cứu', rec: date('slash', 11, 10), c1: 'x', c2: 'x' });
  s.nominee('individual', { stt: 2, name: 'Lã Thị Kim', pos: 'Điều dưỡng', unit: 'Khoa Phục hồi chức năng', rec: date('slash', 11, 10), c1: 'x', c2: 'Không' });
  s.width = 9;
  footer(s, 'name', 'c2');
  return s.expected('20-hai-bang-mot-trang.xlsx', { defaultKind: 'collective' });
});

// 21: a numbering row in letters and figures ("A B C D 1 2 3 4 5"), a formula column counting the
// criteria met, and a total row of formulas under the table.
fixture('21-cong-thuc-dong-tong.xlsx', (wb) => {
  const s = new Sheet(wb, 'DS', [STT(), NAME('Tên tập thể'), UNIT('Đơn vị'), REC('Ngày nộp'), TC(1), TC(2), TC(3), TC(4), TC(5), { key: 'count', h: 'Số tiêu chí đạt', field: null }]);
  officialBlock(s, { split: 4 });
  s.header({ numbering: 'letters' });
  const first = s.r + 1;
  const rows = [
    ['Khoa Cấp cứu', ['x', 'x', 'x', 'x', 'x']],
    ['Khoa Hồi sức', ['x', 'x', null, 'x', 'x']],
    ['Khoa Nội tiết', ['x', 'x', 'x', 'x', 'x']],
  ];
  rows.forEach(([name, marks], i) => {
    const r = s.nominee('collective', { stt: i + 1, name, unit: 'Bệnh viện Đa khoa tỉnh', rec: date('slash', 10 + i, 10), c1: marks[0], c2: marks[1], c3: marks[2], c4: marks[3], c5: marks[4] });
    s.ws.getCell(r, 10).value = { formula: `COUNTIF(E${r}:I${r},"x")`, result: marks.filter((m) => m === 'x').length };
  });
  const last = s.r;
  const tr = s.other({ name: 'Tổng cộng' });
  ['E', 'F', 'G', 'H', 'I', 'J'].forEach((l, i) => {
    const col = 5 + i;
    const result = i < 5 ? rows.filter(([, m]) => m[i] === 'x').length : 14;
    s.ws.getCell(tr, col).value = i < 5 ? { formula: `COUNTIF(${l}${first}:${l}${last},"x")`, result } : { formula: `SUM(J${first}:J${last})`, result };
  });
  footer(s, 'name', 'c4');
  return s.expected('21-cong-thuc-dong-tong.xlsx', { defaultKind: 'collective' });
});

// 22: headings numbered in the STT column like nominees: "1 | Phong trào …" sets the movement,
// "1 | Khối …" the group; the kind comes from a kind column.
fixture('22-tieu-muc-danh-so.xlsx', (wb) => {
  const s = new Sheet(wb, 'DS', [STT(), NAME('Tập thể/Cá nhân được đề nghị'), KIND('TT/CN'), UNIT('Đơn vị'), REC('Ngày nộp'), TC(1, 'Tiêu chí 1'), TC(2, 'Tiêu chí 2')]);
  officialBlock(s, { split: 4 });
  s.header();
  s.group({ stt: 1, name: 'Phong trào thi đua "Thầy thuốc như mẹ hiền"' });
  s.group({ stt: 1, name: 'Khối các bệnh viện' });
  s.nominee('individual', { stt: 1, name: 'Quan Văn Lực', kind: 'CN', unit: 'Bệnh viện Đa khoa tỉnh', rec: date('slash', 10, 10), c1: 'x', c2: 'x' });
  s.group({ stt: 2, name: 'Khối y tế cơ sở' });
  s.nominee('individual', { stt: 1, name: 'Mẫn Thị Mai', kind: 'CN', unit: 'Trung tâm Y tế huyện Đồng Xuân', rec: date('slash', 10, 10), c1: 'x', c2: 'x' });
  footer(s, 'name', 'c2');
  const exp = s.expected('22-tieu-muc-danh-so.xlsx', { defaultKind: null });
  // Movement 2 of ke-hoach.txt; the group named by the heading above each row.
  exp.nominees[0].movement = '2';
  exp.nominees[1].movement = '2';
  exp.nominees[0].group = 'Khối các bệnh viện';
  exp.nominees[1].group = 'Khối y tế cơ sở';
  return exp;
});

async function main() {
  fs.mkdirSync(OUT, { recursive: true });
  const expected = [];
  for (const f of fixtures) {
    const wb = new ExcelJS.Workbook();
    wb.creator = 'Bình Xét fixtures';
    wb.created = new Date(Date.UTC(2024, 9, 20));
    wb.modified = wb.created;
    const exp = f.build(wb);
    await wb.xlsx.writeFile(path.join(OUT, f.file));
    expected.push(exp);
  }
  fs.writeFileSync(path.join(OUT, 'expected.json'), JSON.stringify(expected, null, 1) + '\n');
  fs.writeFileSync(path.join(OUT, 'ke-hoach.txt'), PLAN_TEXT);
  console.log(`${fixtures.length} workbooks written to ${path.relative(process.cwd(), OUT)}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
