#!/usr/bin/env node
// Generates the bundled sample nominations workbook (assets/samples/danh-sach-de-nghi-mau.xlsx)
// for assets/samples/ke-hoach-mau.txt, and the golden expectations test/cli/golden/sample.json.
//
// The expectations are not the program's output: each row below carries the outcome worked out by
// hand from the plan's rules (deadline "trước ngày 15/11/2024" → last on-time day 14/11/2024;
// quotas per movement; all criteria of the nominee's kind required; rank by criteria met, then vote
// share, then received date). The layout (title rows, two-row header, group rows, footer) fixes the
// worksheet row numbers, which the golden file records.
//
// A second sheet, "Hàm TDKT", shows every TDKT.* worksheet function on a small table drawn from the
// same plan, each with a Vietnamese note; its formulas carry results computed by calling the
// functions themselves (compiled from src/functions), so Excel without the add-in shows them too.
//
// Usage: node scripts/make-sample.js   (deterministic: same bytes-level content every run)
'use strict';
const path = require('path');
const fs = require('fs');
const ExcelJS = require('exceljs');

const ROOT = path.join(__dirname, '..');
const OUT_XLSX = path.join(ROOT, 'assets/samples/danh-sach-de-nghi-mau.xlsx');
const OUT_GOLDEN = path.join(ROOT, 'test/cli/golden/sample.json');

const { UNITS, MV, FONT, CENTER, cellWriter, writeTitle, writeFooter, sampleWorkbook } = require('./sampleSheet');

const { BV, CDC, YHCT, PHOI, DX, TP } = UNITS;

// Received-date forms seen in real lists.
const D = (dd) => ({ date: new Date(Date.UTC(2024, 10, dd)) }); // a real date cell, November 2024
const T = (s) => ({ text: s }); // text
const S = (n) => ({ serial: n }); // a bare serial number (45608 = 12/11/2024)
const NONE = { none: true };

const LAST_ON_TIME = '2024-11-14';

// [movement, name, position, unit, received, marks, vote, expected]
// expected: status; rank (when it is certain); daysLate; eligible; duplicate.
const TT = [
  [1, 'Khoa Khám bệnh', null, BV, D(8), 'x x x x x', 95, { status: 'selected', rank: 1, eligible: true }],
  [1, 'Phòng Công nghệ thông tin', null, CDC, T('10/11/2024'), '✓ ✓ ✓ ✓ ✓', '92,5', { status: 'selected', rank: 2, eligible: true }],
  [1, 'Khoa Dược', null, YHCT, S(45608), 'Đạt Đạt Đạt Đạt Đạt', 0.88, { status: 'over_quota', rank: 3, eligible: true }],
  [1, 'Trạm Y tế xã Tân Phú', null, DX, T('18/11/2024'), 'x x x x x', 90, { status: 'late', daysLate: 4, eligible: true }],
  [1, 'Khoa Xét nghiệm', null, PHOI, D(11), 'x x x Không x', 91, { status: 'ineligible', eligible: false, criteriaMet: 4 }],
  [1, 'Khoa Chẩn đoán hình ảnh', null, TP, D(9), 'x x x x x', 85, { status: 'over_quota', eligible: true }],
  [1, 'Khoa Phục hồi chức năng', null, DX, D(10), 'x x x x x', 84, { status: 'over_quota', eligible: true }],
  [2, 'Khoa Nhi', null, BV, D(5), 'x x x x x', 97, { status: 'selected', rank: 1, eligible: true }],
  [2, 'Khoa Sản', null, DX, T('06/11/2024'), 'x x x x x', '93%', { status: 'selected', rank: 2, eligible: true }],
  [2, 'Khoa Hồi sức tích cực', null, PHOI, D(6), 'x x x x x', 91, { status: 'over_quota', rank: 3, eligible: true }],
  [2, 'Khoa Nội tổng hợp', null, YHCT, T('20/11/2024'), 'x x x x x', 96, { status: 'late', daysLate: 6, eligible: true }],
  [2, 'Trạm Y tế phường An Hòa', null, TP, T('2024-11-07'), 'x x x x -', 89, { status: 'ineligible', eligible: false, criteriaMet: 4 }],
  [3, 'Khoa Kiểm soát nhiễm khuẩn', null, BV, D(4), 'x x x x x', 94, { status: 'selected', rank: 1, eligible: true }],
  [3, 'Trung tâm Y tế huyện Đồng Xuân', null, DX, T('ngày 8 tháng 11 năm 2024'), 'x x x x x', 92, { status: 'selected', rank: 2, eligible: true }],
  [3, 'Khoa Chống nhiễm khuẩn', null, PHOI, D(9), 'X X X X X', 90, { status: 'selected', rank: 3, eligible: true }],
  [3, 'Phòng Hành chính quản trị', null, YHCT, D(13), '1 1 1 1 1', 87, { status: 'over_quota', rank: 4, eligible: true }],
  [3, 'Trạm Y tế xã Hòa Bình', null, DX, T('15/11/2024'), 'x x x x x', 93, { status: 'late', daysLate: 1, eligible: true }],
  // The vote cell holds a formula whose cached result is #DIV/0!: read as a problem, row under review.
  [3, 'Khoa Dinh dưỡng', null, BV, D(12), 'x x x x x', { formula: '1/0', result: { error: '#DIV/0!' } }, { status: 'review', eligible: true }],
  // A movement the plan does not have.
  ['Phong trào tiết kiệm', 'Phòng Tài chính kế toán', null, CDC, D(7), 'x x x x x', 90, { status: 'review', movement: null }],
];

const CN = [
  [1, 'Nguyễn Thị Lan Anh', 'Điều dưỡng trưởng', BV, D(7), 'x x', 96, { status: 'selected', rank: 1, eligible: true }],
  [1, 'Trần Văn Bình', 'Kỹ sư công nghệ thông tin', CDC, D(8), 'x x', 94, { status: 'selected', rank: 2, eligible: true }],
  [1, 'Lê Hoàng Minh', 'Bác sĩ', YHCT, D(9), 'x x', 90, { status: 'selected', rank: 3, eligible: true }],
  // Equal on every ranking key at places 4 and 5 with a quota of 4: both "Đồng hạng tại ngưỡng".
  [1, 'Phạm Thu Hà', 'Dược sĩ', PHOI, T('09/11/2024'), 'x x', 88, { status: 'tie', rank: 4, eligible: true }],
  [1, 'Võ Quốc Dũng', 'Kỹ thuật viên', DX, D(9), 'x x', '88%', { status: 'tie', rank: 4, eligible: true }],
  [1, 'Đặng Minh Châu', 'Y sĩ', TP, D(10), 'x x', 85, { status: 'over_quota', eligible: true }],
  [1, 'Hồ Thị Mai', 'Hộ sinh', DX, T('15/11/2024'), 'x x', 95, { status: 'late', daysLate: 1, eligible: true }],
  [1, 'Bùi Văn Tài', 'Lái xe', CDC, D(12), 'x Không', 80, { status: 'ineligible', eligible: false, criteriaMet: 1 }],
  [1, 'Ngô Thanh Tâm', 'Kế toán', PHOI, D(11), 'x ?', 86, { status: 'review' }],
  [1, 'Đỗ Thị Ngọc Hân', 'Điều dưỡng', BV, D(6), 'x x', 84, { status: 'over_quota', eligible: true }],
  [1, 'Vương Thị Hạnh', 'Thư ký y khoa', YHCT, D(12), 'x x', 83, { status: 'over_quota', eligible: true }],
  [1, 'Kha Minh Nhật', 'Kỹ thuật viên', TP, D(13), 'x x', 82, { status: 'over_quota', eligible: true }],
  [1, 'Thái Bảo Ngọc', 'Dược sĩ', DX, D(13), 'x x', 81, { status: 'over_quota', eligible: true }],
  [2, 'Lý Thị Hồng', 'Trưởng khoa Nhi', BV, D(5), 'x x', 98, { status: 'selected', rank: 1, eligible: true, duplicate: true }],
  [2, 'Trương Minh Khoa', 'Bác sĩ', DX, D(6), 'x x', 95, { status: 'selected', rank: 2, eligible: true }],
  [2, 'Mai Anh Tuấn', 'Điều dưỡng', PHOI, D(7), '✓ ✓', 93, { status: 'selected', rank: 3, eligible: true }],
  [2, 'Đinh Thị Thu Trang', 'Hộ lý', YHCT, D(8), 'Có Có', 92, { status: 'selected', rank: 4, eligible: true }],
  // Equal vote with the next row: the earlier received date wins place 5, so no tie.
  [2, 'Cao Văn Lực', 'Bác sĩ', TP, D(8), 'x x', 91, { status: 'selected', rank: 5, eligible: true }],
  [2, 'Lâm Thị Kim Oanh', 'Dược sĩ', BV, D(9), 'x x', 91, { status: 'over_quota', rank: 6, eligible: true }],
  [2, 'Phan Đức Thịnh', 'Y sĩ', CDC, D(10), 'x x', 89, { status: 'over_quota', eligible: true }],
  // The same name and unit again in the same movement: both flagged, the later one under review.
  [2, 'Lý Thị Hồng', 'Trưởng khoa Nhi', BV, D(12), 'x x', 98, { status: 'review', duplicate: true }],
  [2, 'Huỳnh Thị Bé', 'Hộ sinh', DX, NONE, 'x x', 90, { status: 'review' }],
  [2, 'Tạ Quang Huy', 'Kỹ thuật viên', PHOI, T('31/02/2024'), 'x x', 90, { status: 'review' }],
  // The last on-time day itself: on time.
  [2, 'Châu Ngọc Yến', 'Điều dưỡng', YHCT, T('14/11/2024'), 'x x', 90, { status: 'over_quota', eligible: true }],
  [2, 'Lương Văn Hậu', 'Bác sĩ', TP, T('25/11/2024'), 'x x', 97, { status: 'late', daysLate: 11, eligible: true }],
  [2, 'Tống Thị Liên', 'Điều dưỡng', BV, D(4), 'x x', 88, { status: 'over_quota', eligible: true }],
  [2, 'Hà Văn Nam', 'Kỹ thuật viên', DX, D(4), 'x x', 87, { status: 'over_quota', eligible: true }],
  [2, 'Doãn Thị Thảo', 'Hộ lý', PHOI, D(5), 'x x', 86, { status: 'over_quota', eligible: true }],
  [2, 'Khúc Minh Quân', 'Bác sĩ', YHCT, D(5), 'x x', 85, { status: 'over_quota', eligible: true }],
  [2, 'Lạc Thị Vân', 'Y sĩ', TP, D(6), 'x x', 84, { status: 'over_quota', eligible: true }],
  [2, 'Giang Văn Phúc', 'Dược sĩ', CDC, D(6), 'x x', 83, { status: 'over_quota', eligible: true }],
  [3, 'Kiều Thị Thanh Nga', 'Nhân viên', BV, D(4), 'x x', 94, { status: 'selected', rank: 1, eligible: true }],
  [3, 'Tôn Thất Phước', 'Kỹ sư môi trường', CDC, D(5), 'x x', 92, { status: 'selected', rank: 2, eligible: true }],
  [3, 'Quách Văn Hùng', 'Bảo vệ', PHOI, D(6), 'x x', 90, { status: 'selected', rank: 3, eligible: true }],
  [3, 'Diệp Thị Xuân', 'Hộ lý', DX, D(7), 'x x', 89, { status: 'over_quota', rank: 4, eligible: true }],
  [3, 'La Minh Trí', 'Nhân viên', YHCT, D(13), 'x Chưa đạt', 95, { status: 'ineligible', eligible: false, criteriaMet: 1 }],
  [3, 'Ông Văn Lộc', 'Lái xe', BV, T('16/11/2024'), 'x x', 91, { status: 'late', daysLate: 2, eligible: true }],
  [3, 'Âu Thị Diễm', 'Điều dưỡng', TP, D(8), 'x x', 'xem lại', { status: 'review', eligible: true }],
  // Decomposed Unicode (as pasted from some PDFs): read as the NFC name.
  [3, 'Nguyễn Văn Đức'.normalize('NFD'), 'Bác sĩ', PHOI, D(10), 'x x', 86, { status: 'over_quota', eligible: true, name: 'Nguyễn Văn Đức' }],
  [3, 'Mạc Thị Hương', 'Nhân viên', YHCT, D(11), 'x x', 85, { status: 'over_quota', eligible: true }],
  [3, 'Yên Văn Toàn', 'Bảo vệ', DX, D(11), 'x x', 84, { status: 'over_quota', eligible: true }],
  [3, 'Ninh Thị Gấm', 'Hộ lý', TP, D(12), 'x x', 83, { status: 'over_quota', eligible: true }],
  [3, 'Phùng Văn Khải', 'Nhân viên', CDC, D(12), 'x x', 82, { status: 'over_quota', eligible: true }],
];

const QUOTA = { 1: { collective: 2, individual: 4 }, 2: { collective: 2, individual: 5 }, 3: { collective: 3, individual: 3 } };

function receivedIso(r) {
  if (r.date) return r.date.toISOString().slice(0, 10);
  if (r.serial === 45608) return '2024-11-12';
  if (r.text) {
    let m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(r.text);
    if (m) return m[2] === '02' && m[1] === '31' ? null : `${m[3]}-${m[2]}-${m[1]}`;
    m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(r.text);
    if (m) return r.text;
    m = /ngày (\d+) tháng (\d+) năm (\d{4})/.exec(r.text);
    if (m) return `${m[3]}-${String(m[2]).padStart(2, '0')}-${String(m[1]).padStart(2, '0')}`;
  }
  return null;
}

async function main() {
  const wb = sampleWorkbook(ExcelJS);
  const ws = wb.addWorksheet('Danh sách đề nghị', { pageSetup: { paperSize: 9, orientation: 'landscape' } });
  const font = FONT;
  const widths = [6, 34, 24, 34, 24, 14, 6, 6, 6, 6, 6, 10, 16];
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));

  const put = cellWriter(ws, font);
  const center = CENTER;

  // Title rows, merged as in real lists.
  writeTitle(ws, put, 'M', 'DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG PHONG TRÀO THI ĐUA NĂM 2024', '(Kèm theo Tờ trình số     /TTr-VP ngày     tháng 11 năm 2024 của Văn phòng Sở)');

  // Two-row header: "Tiêu chí" merged over 1 … 5, the other headers merged vertically.
  const HEAD = 7;
  const heads = ['STT', 'Tập thể/Cá nhân được đề nghị', 'Chức vụ', 'Đơn vị', 'Phong trào', 'Ngày nộp hồ sơ', 'Tiêu chí', null, null, null, null, 'Tỷ lệ phiếu (%)', 'Ghi chú'];
  heads.forEach((h, i) => {
    if (h !== null) put(HEAD, i + 1, h, { font: { bold: true }, align: center });
  });
  for (let i = 1; i <= 5; i++) put(HEAD + 1, 6 + i, i, { font: { bold: true }, align: center });
  for (const c of ['A', 'B', 'C', 'D', 'E', 'F', 'L', 'M']) ws.mergeCells(`${c}${HEAD}:${c}${HEAD + 1}`);
  ws.mergeCells(`G${HEAD}:K${HEAD}`);

  const golden = { plan: 'assets/samples/ke-hoach-mau.txt', workbook: 'assets/samples/danh-sach-de-nghi-mau.xlsx', sheet: 'Danh sách đề nghị', headerRow: HEAD, lastOnTime: LAST_ON_TIME, nominations: [], summary: [] };

  let r = HEAD + 2;
  const writeGroup = (label, roman, rows, kind) => {
    put(r, 1, roman, { font: { bold: true }, align: center });
    put(r, 2, label, { font: { bold: true } });
    r++;
    rows.forEach((spec, i) => {
      const [mv, name, position, unit, rec, marks, vote, exp] = spec;
      put(r, 1, i + 1, { align: center });
      put(r, 2, name);
      put(r, 3, position);
      put(r, 4, unit);
      put(r, 5, typeof mv === 'number' ? MV[mv] : mv);
      if (rec.date) put(r, 6, rec.date, { numFmt: 'dd/mm/yyyy', align: center });
      else if (rec.text) put(r, 6, rec.text, { align: center });
      else if (rec.serial) put(r, 6, rec.serial, { align: center });
      // Tokens split on spaces, except inside "Chưa đạt".
      marks.split(/ (?!đạt)/).forEach((m, j) => {
        put(r, 7 + j, m === '1' ? 1 : m === '-' ? '-' : m, { align: center });
      });
      put(r, 12, vote, { align: center });
      const received = receivedIso(rec);
      golden.nominations.push({
        row: r,
        name: exp.name || name,
        unit,
        kind,
        movementIndex: typeof mv === 'number' ? mv - 1 : null,
        received,
        late: exp.status === 'late',
        ...('daysLate' in exp ? { daysLate: exp.daysLate } : {}),
        ...('eligible' in exp ? { eligible: exp.eligible } : {}),
        ...('rank' in exp ? { rank: exp.rank } : {}),
        ...('criteriaMet' in exp ? { criteriaMet: exp.criteriaMet } : {}),
        status: exp.status,
        duplicate: !!exp.duplicate,
        ...(exp.movement === null ? { movement: null } : {}),
      });
      r++;
    });
  };
  writeGroup('TẬP THỂ', 'I', TT, 'collective');
  writeGroup('CÁ NHÂN', 'II', CN, 'individual');

  // Footer: place-date line and signatures, never nominees.
  writeFooter(ws, put, r + 1, 10, 13);

  // Expected counts per movement × kind, from the annotations above.
  for (const mv of [1, 2, 3]) {
    for (const [kind, list] of [['collective', TT], ['individual', CN]]) {
      const rows = list.filter((s) => s[0] === mv).map((s) => s[7]);
      golden.summary.push({
        movementIndex: mv - 1,
        kind,
        nominated: rows.length,
        late: rows.filter((e) => e.status === 'late').length,
        proposed: rows.filter((e) => e.status === 'selected').length,
        tie: rows.filter((e) => e.status === 'tie').length,
        quota: QUOTA[mv][kind],
      });
    }
  }

  addFunctionsSheet(wb, font);

  fs.mkdirSync(path.dirname(OUT_XLSX), { recursive: true });
  fs.mkdirSync(path.dirname(OUT_GOLDEN), { recursive: true });
  await wb.xlsx.writeFile(OUT_XLSX);
  fs.writeFileSync(OUT_GOLDEN, JSON.stringify(golden, null, 2) + '\n');
  process.stdout.write(`wrote ${path.relative(ROOT, OUT_XLSX)} (${TT.length + CN.length} nominees) and ${path.relative(ROOT, OUT_GOLDEN)}\n`);
}

// ------------------------------------------------------------------ the "Hàm TDKT" sheet

/**
 * The TDKT.* functions compiled from src/functions into a temporary folder (tsc emits even when
 * other modules have type errors; only a missing output is fatal).
 */
function loadFunctions() {
  const os = require('os');
  const { spawnSync } = require('child_process');
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'bx-sample-fn-'));
  const tsc = require.resolve('typescript/bin/tsc', { paths: [ROOT] });
  spawnSync(process.execPath, [tsc, '--outDir', out, '--rootDir', path.join(ROOT, 'src'), '--module', 'commonjs', '--target', 'ES2020',
    '--esModuleInterop', '--skipLibCheck', '--resolveJsonModule', '--types', 'node,custom-functions-runtime', '--lib', 'ES2021,DOM',
    path.join(ROOT, 'src/functions/functions.ts')], { cwd: ROOT, stdio: 'ignore' });
  const file = path.join(out, 'functions', 'functions.js');
  if (!fs.existsSync(file)) throw new Error('make-sample: src/functions/functions.ts did not compile');
  const mod = { fns: require(file), dates: require(path.join(out, 'core', 'dates.js')) };
  fs.rmSync(out, { recursive: true, force: true });
  return mod;
}

/** The formula text Excel writes to the file for an add-in's custom function (see addFunctionsSheet). */
const fileFormula = (fn, args) => `_xldudf_TDKT_${fn}(${trimArgs(args).join(',')})`;
/** The same formula as a secretary types it in Vietnamese Excel (argument separator ";"). */
const typedFormula = (fn, args) => `=TDKT.${fn}(${trimArgs(args).join(';')})`;
function trimArgs(args) {
  const a = [...args];
  while (a.length && a[a.length - 1] === '') a.pop();
  return a;
}

/**
 * "Hàm TDKT": a small list from the sample plan (movement 1, individuals) with a column per TDKT.*
 * function, the plan's deadline phrase, quota sentence and a grading table as input cells, a legend
 * explaining each function in Vietnamese, and TDKT.BINHXET over the whole list.
 *
 * How the formulas are stored: Excel saves a formula calling an add-in's custom function
 * NS.NAME(…) as _xldudf_NS_NAME(…) in the sheet XML (with the computed value cached in <v>), and
 * reads that form back as the add-in's function when the add-in is loaded; the form as typed
 * (TDKT.ISLATE(…)) stays #NAME? even after the add-in loads. So the file holds the _xldudf_ form,
 * and every formula cell carries its result computed here by calling the function itself, so Excel
 * without the add-in, LibreOffice and viewers show the values. TDKT.BINHXET returns a block: it is
 * stored as an array formula over the block it fills (Excel with the add-in recomputes it in place).
 */
function addFunctionsSheet(wb, font) {
  const { fns, dates } = loadFunctions();
  const TDKT = fns.TDKT;
  const ws = wb.addWorksheet('Hàm TDKT', { pageSetup: { paperSize: 9, orientation: 'landscape' } });
  const widths = [34, 26, 30, 24, 12, 12, 12, 14, 14, 10, 10, 12, 10, 14, 8, 22, 3, 8, 10, 14, 8, 20];
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  const center = { horizontal: 'center', vertical: 'middle', wrapText: true };
  const DATE_FMT = 'dd/mm/yyyy';

  // What Excel passes to a custom function for each cell: serials for dates, '' for empty cells.
  const values = new Map();
  const colOf = (a) => a.replace(/[$\d]/g, '');
  const rowOf = (a) => Number(a.replace(/[$A-Z]/g, ''));
  const put = (addr, v, extra = {}) => {
    const cell = ws.getCell(addr);
    cell.value = v;
    cell.font = { ...font, ...(extra.font || {}) };
    if (extra.numFmt) cell.numFmt = extra.numFmt;
    if (extra.align) cell.alignment = extra.align;
    values.set(addr, v instanceof Date ? dates.ymdToSerial(v.getUTCFullYear(), v.getUTCMonth() + 1, v.getUTCDate()) : v);
    return cell;
  };
  const cellValue = (a) => {
    const k = a.replace(/\$/g, '');
    return values.has(k) ? values.get(k) : '';
  };
  const colNum = (c) => [...c].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const colName = (n) => (n > 26 ? colName(Math.floor((n - 1) / 26)) : '') + String.fromCharCode(65 + ((n - 1) % 26));
  // An argument as Excel evaluates it: omitted → null, "text", TRUE/FALSE, a number, a cell, a range.
  const evalArg = (a) => {
    if (a === '') return null;
    if (/^".*"$/.test(a)) return a.slice(1, -1).replace(/""/g, '"');
    if (a === 'TRUE' || a === 'FALSE') return a === 'TRUE';
    if (/^-?\d+(\.\d+)?$/.test(a)) return Number(a);
    const [from, to] = a.split(':');
    if (!to) return cellValue(from);
    const grid = [];
    for (let r = rowOf(from); r <= rowOf(to); r++) {
      const row = [];
      for (let c = colNum(colOf(from)); c <= colNum(colOf(to)); c++) row.push(cellValue(colName(c) + r));
      grid.push(row);
    }
    return grid;
  };
  const call = (fn, args) => {
    try {
      return TDKT[fn](...args.map(evalArg));
    } catch (e) {
      return { error: (e && e.code) || '#VALUE!' };
    }
  };
  const formula = (addr, fn, args, extra = {}) => {
    const result = call(fn, args);
    if (Array.isArray(result)) throw new Error(`make-sample: ${fn} returned a block; use formulaBlock`);
    put(addr, { formula: fileFormula(fn, args), result }, extra);
    values.set(addr, result); // what a formula cell passes on: its value, not its formula
    return result;
  };

  put('A1', 'CÁC HÀM TDKT TRÊN DANH SÁCH MẪU', { font: { bold: true, size: 14 } });
  put('A2', 'Các ô màu vàng là công thức TDKT.* của add-in Bình Xét; khi chưa cài add-in, Excel vẫn hiện kết quả đã tính sẵn.', { font: { italic: true } });

  // Inputs from the sample plan (ke-hoach-mau.txt).
  const label = (addr, text) => put(addr, text, { font: { bold: true } });
  label('A4', 'Hạn nộp (Kế hoạch, mục IV.2)');
  put('B4', 'trước ngày 15/11/2024');
  label('A5', 'Năm áp dụng');
  put('B5', 2024);
  label('A6', 'Số lượng khen thưởng (mục II.1)');
  put('B6', '02 tập thể và 04 cá nhân');
  label('A7', 'Tỷ lệ phiếu tối thiểu');
  put('B7', 0.8, { numFmt: '0%' });
  label('A8', 'Ngày cuối cùng đúng hạn');
  label('A9', 'Số cá nhân được khen thưởng');
  // A grading table (Loại | Điểm từ | không được có tiêu chí 0 điểm), as plans with a rubric give it.
  ['Loại', 'Điểm từ', 'Không có tiêu chí 0 điểm'].forEach((h, i) => put(`${'DEF'[i]}4`, h, { font: { bold: true }, align: center }));
  [['Hoàn thành xuất sắc', 95, true], ['Hoàn thành tốt', 85, false], ['Hoàn thành', 75, false]].forEach(([n, m, z], i) => {
    put(`D${5 + i}`, n);
    put(`E${5 + i}`, m, { align: center });
    put(`F${5 + i}`, z, { align: center });
  });

  // The list: movement 1 ("Chuyển đổi số") individuals, received dates as units write them.
  const H = 11;
  const heads = ['STT', 'Họ và tên', 'Đơn vị', 'Ngày nộp hồ sơ', 'Tiêu chí 1', 'Tiêu chí 2', 'Tỷ lệ phiếu (%)', 'Tổng điểm chấm',
    'Ngày nộp (đọc được)', 'Trễ hạn?', 'Số ngày trễ', 'Tiêu chí 2 đạt?', 'Số tiêu chí đạt', 'Đủ tiêu chuẩn?', 'Hạng', 'Xếp loại'];
  heads.forEach((h, i) => put(`${colName(i + 1)}${H}`, h, { font: { bold: true }, align: center }));
  const people = [
    ['Nguyễn Thị Lan Anh', BV, new Date(Date.UTC(2024, 10, 7)), 'x', 'x', 96, 97],
    ['Trần Văn Bình', CDC, '10/11/2024', 'x', 'Đạt', 94, 92],
    ['Hồ Thị Mai', DX, 'ngày 15 tháng 11 năm 2024', 'x', 'x', 95, 96],
    ['Bùi Văn Tài', CDC, new Date(Date.UTC(2024, 10, 12)), 'x', 'Không', 80, 78],
    ['Phạm Thu Hà', PHOI, new Date(Date.UTC(2024, 10, 9)), '✓', '✓', 88, 88],
    ['Đặng Minh Châu', TP, new Date(Date.UTC(2024, 10, 10)), 'x', 'x', 85, 84],
  ];
  const first = H + 1;
  const last = H + people.length;
  const FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };
  const examples = {};
  people.forEach(([name, unit, rec, m1, m2, vote, points], i) => {
    const r = first + i;
    put(`A${r}`, i + 1, { align: center });
    put(`B${r}`, name);
    put(`C${r}`, unit);
    put(`D${r}`, rec, rec instanceof Date ? { numFmt: DATE_FMT, align: center } : { align: center });
    put(`E${r}`, m1, { align: center });
    put(`F${r}`, m2, { align: center });
    put(`G${r}`, vote, { align: center });
    put(`H${r}`, points, { align: center });
  });
  const columns = [
    ['I', 'PARSEDATE', (r) => [`D${r}`], { numFmt: DATE_FMT }],
    ['J', 'ISLATE', (r) => [`D${r}`, '$B$4']],
    ['K', 'DAYSLATE', (r) => [`D${r}`, '$B$4']],
    ['L', 'MET', (r) => [`F${r}`]],
    ['M', 'SCORE', (r) => [`E${r}:F${r}`]],
    ['N', 'ELIGIBLE', (r) => [`E${r}:F${r}`, '', `G${r}`, '$B$7']],
    ['O', 'RANK', (r) => [`M${r}`, `$M$${first}:$M$${last}`, `G${r}`, `$G$${first}:$G$${last}`, `I${r}`, `$I$${first}:$I$${last}`]],
    ['P', 'GRADE', (r) => [`H${r}`, '$D$4:$F$7']],
  ];
  // Column by column, as Excel's dependency order would: RANK reads every row's SCORE and PARSEDATE.
  for (const [c, fn, argsOf, extra] of columns) {
    for (let r = first; r <= last; r++) {
      formula(`${c}${r}`, fn, argsOf(r), { align: center, ...(extra || {}) });
      ws.getCell(`${c}${r}`).fill = FILL;
    }
    examples[fn] = [`${c}${first}`, argsOf(first)];
  }
  formula('B8', 'DEADLINE', ['B4', 'B5'], { numFmt: DATE_FMT, align: { horizontal: 'left' } });
  formula('B9', 'QUOTA', ['B6', '"cá nhân"'], { align: { horizontal: 'left' } });
  ws.getCell('B8').fill = FILL;
  ws.getCell('B9').fill = FILL;
  examples.DEADLINE = ['B8', ['B4', 'B5']];
  examples.QUOTA = ['B9', ['B6', '"cá nhân"']];

  // TDKT.BINHXET over the whole list (header row included), right of the header row.
  const bxArgs = [`A${H}:G${last}`, 'B6', 'B4', 'B5'];
  const block = call('BINHXET', bxArgs);
  if (!Array.isArray(block)) throw new Error(`make-sample: TDKT.BINHXET failed: ${JSON.stringify(block)}`);
  const bxRange = `R${H}:${colName(18 + block[0].length - 1)}${last}`;
  ws.fillFormula(bxRange, fileFormula('BINHXET', bxArgs), block, 'array');
  block.forEach((row, i) => row.forEach((v, j) => {
    const cell = ws.getCell(H + i, 18 + j);
    cell.font = i === 0 ? { ...font, bold: true } : font;
    cell.alignment = center;
    cell.fill = FILL;
  }));
  examples.BINHXET = [`R${H}`, bxArgs];

  // A small award history (Lịch sử khen thưởng) under the legend, for TDKT.YEARSINROW and
  // TDKT.CONDITION: Nguyễn Thị Lan Anh was Chiến sĩ thi đua cơ sở in 2022 and 2023, with one
  // initiative recognised each year.
  const L = last + 3;
  const HH = L + 16;
  label(`A${HH - 1}`, 'Lịch sử khen thưởng (ví dụ cho TDKT.YEARSINROW, TDKT.CONDITION)');
  ['Họ và tên', 'Đơn vị', 'Năm', 'Hình thức khen thưởng', 'Số quyết định', 'Số sáng kiến'].forEach((h, i) => put(`${'ABCDEF'[i]}${HH}`, h, { font: { bold: true }, align: center }));
  const history = [
    ['Nguyễn Thị Lan Anh', BV, 2022, 'Chiến sĩ thi đua cơ sở', '85/QĐ-SYT', 1],
    ['Nguyễn Thị Lan Anh', BV, 2023, 'Chiến sĩ thi đua cơ sở', '90/QĐ-SYT', 1],
    ['Trần Văn Bình', CDC, 2023, 'Lao động tiên tiến', '90/QĐ-SYT', 0],
  ];
  history.forEach((row, i) => row.forEach((v, j) => put(`${'ABCDEF'[j]}${HH + 1 + i}`, v, j >= 2 ? { align: center } : {})));
  const hRange = `$A$${HH}:$F$${HH + history.length}`;
  const HE = HH + history.length + 2;
  label(`A${HE}`, 'Số năm liên tục Chiến sĩ thi đua cơ sở đến năm 2023');
  label(`A${HE + 1}`, 'Điều kiện Bằng khen của Chủ tịch UBND tỉnh, năm 2024');
  const yirArgs = [`B${first}`, `C${first}`, '"Chiến sĩ thi đua cơ sở"', '2023', hRange];
  const condArgs = ['"Bằng khen của Chủ tịch UBND tỉnh"', `B${first}`, `C${first}`, '2024', hRange];
  formula(`B${HE}`, 'YEARSINROW', yirArgs, { align: { horizontal: 'left' } });
  formula(`B${HE + 1}`, 'CONDITION', condArgs, { align: { horizontal: 'left', wrapText: true } });
  ws.getCell(`B${HE}`).fill = FILL;
  ws.getCell(`B${HE + 1}`).fill = FILL;
  examples.YEARSINROW = [`B${HE}`, yirArgs];
  examples.CONDITION = [`B${HE + 1}`, condArgs];

  // The legend: one row per function, with the formula as typed and what it does.
  ['Hàm', 'Ô ví dụ', 'Công thức (Excel tiếng Việt dùng dấu ;)', 'Giải thích'].forEach((h, i) => put(`${'ABCD'[i]}${L}`, h, { font: { bold: true } }));
  const NOTES = [
    ['PARSEDATE', 'Đọc ngày nộp ghi theo bất kỳ cách nào (ô ngày, "10/11/2024", "ngày 15 tháng 11 năm 2024") thành một ngày thật để so sánh, sắp xếp.'],
    ['DEADLINE', 'Ngày cuối cùng còn đúng hạn của cụm từ hạn nộp chép từ Kế hoạch: "trước ngày 15/11/2024" nghĩa là chậm nhất ngày 14/11/2024.'],
    ['ISLATE', 'TRUE nếu hồ sơ nộp sau ngày cuối cùng đúng hạn của hạn nộp ở ô B4 (ngày nộp có thể là ô ngày hoặc chữ).'],
    ['DAYSLATE', 'Số ngày nộp trễ so với hạn nộp ở ô B4; 0 nếu đúng hạn.'],
    ['MET', 'Ô tiêu chí có ghi đạt không: x, ✓, Đạt, Có, 1 là đạt; ô trống, Không, Chưa đạt là không đạt.'],
    ['SCORE', 'Số tiêu chí đạt trong các ô tiêu chí của hồ sơ (thêm vùng điểm thì cộng điểm các tiêu chí đạt).'],
    ['ELIGIBLE', 'Đủ tiêu chuẩn khi đạt mọi tiêu chí và tỷ lệ phiếu không thấp hơn mức tối thiểu ở ô B7.'],
    ['QUOTA', 'Số cá nhân được khen thưởng, đọc từ câu về số lượng khen thưởng trong Kế hoạch (ô B6).'],
    ['RANK', 'Thứ hạng trong danh sách: nhiều tiêu chí đạt hơn xếp trước; bằng nhau thì tỷ lệ phiếu cao hơn, rồi nộp sớm hơn.'],
    ['GRADE', 'Xếp loại theo tổng điểm chấm và bảng xếp loại ở vùng D4:F7.'],
    ['BINHXET', `Bình xét cả bảng A${H}:G${last} một lần: Điểm, Trễ hạn, Đạt tiêu chuẩn, Hạng, Kết quả cho từng dòng, theo chỉ tiêu ô B6 và hạn nộp ô B4.`],
    ['YEARSINROW', `Số năm liên tục, tính lùi từ năm 2023, người ở ô B${first} được tặng Chiến sĩ thi đua cơ sở theo bảng lịch sử khen thưởng bên dưới.`],
    ['CONDITION', `Lịch sử của người ở ô B${first} có đủ điều kiện Bằng khen của Chủ tịch UBND tỉnh năm 2024 không (Điều 74 khoản 1 điểm d Luật Thi đua, khen thưởng), kèm các năm và nguồn văn bản.`],
  ];
  NOTES.forEach(([fn, note], i) => {
    const r = L + 1 + i;
    const [at, args] = examples[fn];
    put(`A${r}`, `TDKT.${fn}`, { font: { bold: true } });
    put(`B${r}`, at);
    put(`C${r}`, typedFormula(fn, args));
    put(`D${r}`, note);
  });
  ws.views = [{ state: 'frozen', ySplit: H, xSplit: 2 }];
}

main().catch((e) => {
  process.stderr.write(String(e && e.stack ? e.stack : e) + '\n');
  process.exit(1);
});
