#!/usr/bin/env node
// Generates the second bundled sample, the one that shows award forms and the award history
// (assets/samples/danh-sach-hinh-thuc-lich-su.xlsx), for the same plan as the first
// (assets/samples/ke-hoach-mau.txt, year 2024), and its expectations test/cli/golden/sample-history.json.
//
// The list has a "Hình thức khen thưởng đề nghị" column and the workbook a "Lịch sử khen thưởng"
// sheet covering 2021–2023 with gaps. As in make-sample.js, each nominee carries the outcome worked
// out by hand, not the program's output:
// - forms share their movement's quota (the plan gives one quota per movement, none per form), so
//   every on-time, eligible row of a movement × kind is ranked together: all criteria met, then the
//   vote share, then the received date; the deadline "trước ngày 15/11/2024" → last day 14/11/2024;
// - the one rule on by default is Bằng khen cấp tỉnh for an individual (Luật TĐKT 2022, Điều 74
//   khoản 1 điểm d): 02 years in a row (2022–2023) of CSTĐCS or HTXSNV with 02 initiatives in them,
//   or one of the article's other standards. The history can confirm it, never refute it (the
//   other standards stay open), so a missing year or a short initiative count puts the row under
//   review ("Cần kiểm tra") with the years named; a run with the rule met is "ok";
// - "đạt khen cao": a proposed row whose form ranks above every form in its history;
// - Chiến sĩ thi đua cấp tỉnh asks 03 years in a row of CSTĐCS (Điều 22, a secondary source, off by
//   default): with `--rule chien-si-thi-dua-cap-tinh.d22=on` its nominee with a gap fails.
//
// No "Thông tin văn bản" sheet: the run creates it.
//
// Usage: node scripts/make-sample-history.js   (deterministic content)
'use strict';
const path = require('path');
const fs = require('fs');
const ExcelJS = require('exceljs');
const { UNITS, MV, CENTER, cellWriter, writeTitle, writeFooter, sampleWorkbook } = require('./sampleSheet');

const ROOT = path.join(__dirname, '..');
const OUT_XLSX = path.join(ROOT, 'assets/samples/danh-sach-hinh-thuc-lich-su.xlsx');
const OUT_GOLDEN = path.join(ROOT, 'test/cli/golden/sample-history.json');
const { BV, CDC, YHCT, PHOI, DX, TP } = UNITS;
// Bệnh viện Phổi's name before it was renamed: its staff's earlier awards are filed under it.
const PHOI_OLD = 'Bệnh viện Lao và Bệnh phổi';

// The forms as the catalogue (src/core/forms/catalogue.ts) names them or one of their aliases.
const GK = 'Giấy khen của Giám đốc Sở';
const LDTT = 'Lao động tiên tiến';
const CSTDCS = 'Chiến sĩ thi đua cơ sở';
const CSTD_TINH = 'Chiến sĩ thi đua cấp tỉnh';
const BK = 'Bằng khen của Chủ tịch UBND tỉnh';
const TTLDTT = 'Tập thể lao động tiên tiến';
const TTLDXS = 'Tập thể lao động xuất sắc';
const HTXS = 'Hoàn thành xuất sắc nhiệm vụ';

const YEAR = 2024;
const LAST_ON_TIME = '2024-11-14';
const D = (dd) => ({ date: new Date(Date.UTC(2024, 10, dd)) });
const T = (s) => ({ text: s });

// [movement, name, position, unit, form, received, marks, vote, expected]
// expected: status; rank; daysLate; highForm (đạt khen cao); history: the default rule's outcome
// for a row it applies to ('ok' | 'review'), with the years its reason names.
const TT = [
  [1, 'Khoa Khám bệnh', null, BV, TTLDXS, D(6), 'x x x x x', 96, { status: 'selected', rank: 1, highForm: true }],
  [1, 'Phòng Công nghệ thông tin', null, CDC, BK, D(7), 'x x x x x', 95, { status: 'selected', rank: 2, highForm: true }],
  [1, 'Khoa Dược', null, YHCT, TTLDTT, D(8), 'x x x x x', 90, { status: 'over_quota', rank: 3 }],
  [1, 'Khoa Xét nghiệm', null, PHOI, GK, D(9), 'x x x x x', 88, { status: 'over_quota', rank: 4 }],
  [1, 'Trạm Y tế xã Tân Phú', null, DX, TTLDTT, T('18/11/2024'), 'x x x x x', 86, { status: 'late', daysLate: 4 }],
  [1, 'Khoa Chẩn đoán hình ảnh', null, TP, GK, D(10), 'x x x x x', 85, { status: 'over_quota', rank: 5 }],
  [2, 'Khoa Nhi', null, BV, BK, D(5), 'x x x x x', 97, { status: 'selected', rank: 1, highForm: true }],
  [2, 'Khoa Sản', null, DX, TTLDXS, D(6), 'x x x x x', 93, { status: 'selected', rank: 2, highForm: true }],
  [2, 'Khoa Hồi sức tích cực', null, PHOI, TTLDXS, D(6), 'x x x x x', 91, { status: 'over_quota', rank: 3 }],
  [2, 'Khoa Nội tổng hợp', null, YHCT, TTLDTT, D(7), 'x x x x x', 89, { status: 'over_quota', rank: 4 }],
  [2, 'Trạm Y tế phường An Hòa', null, TP, GK, D(8), 'x x x x x', 87, { status: 'over_quota', rank: 5 }],
  [2, 'Khoa Dịch tễ', null, CDC, GK, D(9), 'x x x x x', 84, { status: 'over_quota', rank: 6 }],
];

const CN = [
  // CSTĐCS 2022 and 2023 with one initiative each: the rule is met.
  [1, 'Phạm Minh Tuấn', 'Bác sĩ', BV, BK, D(5), 'x x', 98, { status: 'selected', rank: 1, highForm: true, history: 'ok', years: [2022, 2023] }],
  // CSTĐCS 2021 and 2023, none in 2022: the run is broken; the council weighs the other standards.
  [1, 'Lê Thị Thu Hằng', 'Điều dưỡng trưởng', CDC, BK, D(6), 'x x', 97, { status: 'review', history: 'review', years: [2023], missing: [2022] }],
  // CSTĐCS 2022 and 2023, filed under the hospital's former name: the reason points to it. With the
  // old name declared (--unit-alias), the run is found and the vote 96 ranks second of the movement.
  [1, 'Võ Thanh Sơn', 'Bác sĩ', PHOI, BK, D(7), 'x x', 96, { status: 'review', history: 'review', renamedFrom: PHOI_OLD, withAlias: { status: 'selected', rank: 2, years: [2022, 2023] } }],
  [1, 'Trần Thị Mỹ Linh', 'Kỹ sư công nghệ thông tin', CDC, CSTDCS, D(7), 'x x', 95, { status: 'selected', rank: 2, highForm: true }],
  [1, 'Nguyễn Hữu Phước', 'Dược sĩ', YHCT, CSTDCS, D(8), 'x x', 94, { status: 'selected', rank: 3 }],
  [1, 'Đỗ Thị Hoa', 'Điều dưỡng', TP, LDTT, D(8), 'x x', 93, { status: 'selected', rank: 4 }],
  [1, 'Hoàng Văn Khánh', 'Kỹ thuật viên', DX, LDTT, D(9), 'x x', 92, { status: 'over_quota', rank: 5 }],
  [1, 'Lưu Thị Phương', 'Y sĩ', BV, GK, D(9), 'x x', 91, { status: 'over_quota', rank: 6 }],
  [1, 'Bạch Văn Long', 'Kỹ thuật viên', PHOI, LDTT, D(10), 'x x', 90, { status: 'over_quota', rank: 7 }],
  [1, 'Vũ Thị Kim Chi', 'Hộ sinh', DX, CSTDCS, T('16/11/2024'), 'x x', 96, { status: 'late', daysLate: 2 }],
  [1, 'Tăng Văn Đạt', 'Lái xe', TP, LDTT, D(11), 'x Không', 89, { status: 'ineligible' }],
  [1, 'Chu Thị Ngân', 'Kế toán', YHCT, GK, D(11), 'x x', 88, { status: 'over_quota', rank: 8 }],
  // CSTĐCS 2021 and 2023: off by default, ranked first; with the Điều 22 rule on, 2022 is missing.
  [2, 'Đoàn Minh Trí', 'Trưởng khoa Ngoại', BV, CSTD_TINH, D(4), 'x x', 99, { status: 'selected', rank: 1, highForm: true, d22Missing: [2022] }],
  // CSTĐCS 2022 and 2023 but one initiative: the run is there, the second initiative is not.
  [2, 'Phan Thị Thanh Thủy', 'Điều dưỡng trưởng', DX, BK, D(5), 'x x', 97, { status: 'review', history: 'review', years: [2022, 2023], initiatives: 1 }],
  [2, 'Ngô Quang Vinh', 'Bác sĩ', YHCT, CSTDCS, D(5), 'x x', 96, { status: 'selected', rank: 2, highForm: true }],
  [2, 'Mai Thị Thu Trang', 'Hộ lý', PHOI, LDTT, D(6), 'x x', 95, { status: 'selected', rank: 3 }],
  [2, 'Kim Văn Hải', 'Bác sĩ', TP, GK, D(6), 'x x', 94, { status: 'selected', rank: 4, highForm: true }],
  [2, 'Trịnh Thị Lệ', 'Dược sĩ', CDC, LDTT, D(7), 'x x', 93, { status: 'selected', rank: 5 }],
  [2, 'Quan Văn Thắng', 'Y sĩ', BV, LDTT, D(7), 'x x', 92, { status: 'over_quota', rank: 6 }],
  [2, 'Dương Thị Nhung', 'Hộ sinh', DX, GK, D(8), 'x x', 91, { status: 'over_quota', rank: 7 }],
  [2, 'Hứa Minh Tâm', 'Kỹ thuật viên', YHCT, LDTT, D(8), 'x x', 90, { status: 'over_quota', rank: 8 }],
  [2, 'Lê Văn Tám', 'Bảo vệ', PHOI, LDTT, T('20/11/2024'), 'x x', 89, { status: 'late', daysLate: 6 }],
  [2, 'Phó Thị Hiền', 'Nhân viên', TP, GK, D(9), 'x x', 88, { status: 'over_quota', rank: 9 }],
  [2, 'Tô Văn Bảo', 'Bác sĩ', CDC, CSTDCS, D(10), 'x x', 87, { status: 'over_quota', rank: 10 }],
];

// Decision numbers by year and level: the Director's for the base titles, the province's for Bằng khen.
const QD = { 2021: '112/QĐ-SYT', 2022: '97/QĐ-SYT', 2023: '105/QĐ-SYT' };
const QD_UBND = { 2022: '2150/QĐ-UBND', 2023: '1987/QĐ-UBND' };

// [name, unit, kind, year, form, initiatives]: 2021–2023, with gaps, as an office keeps it (rows by
// decision, not by person).
const HISTORY = [
  ['Phạm Minh Tuấn', BV, 'CN', 2021, LDTT, 0],
  ['Trần Thị Mỹ Linh', CDC, 'CN', 2021, LDTT, 0],
  ['Đỗ Thị Hoa', TP, 'CN', 2021, LDTT, 0],
  ['Lê Thị Thu Hằng', CDC, 'CN', 2021, CSTDCS, 1],
  ['Đoàn Minh Trí', BV, 'CN', 2021, CSTDCS, 1],
  ['Khoa Khám bệnh', BV, 'TT', 2021, TTLDTT, null],
  ['Khoa Dược', YHCT, 'TT', 2021, TTLDTT, null],
  ['Khoa Nhi', BV, 'TT', 2021, TTLDXS, null],
  ['Phạm Minh Tuấn', BV, 'CN', 2022, CSTDCS, 1],
  ['Trần Thị Mỹ Linh', CDC, 'CN', 2022, LDTT, 0],
  ['Đỗ Thị Hoa', TP, 'CN', 2022, LDTT, 0],
  ['Nguyễn Hữu Phước', YHCT, 'CN', 2022, CSTDCS, 0],
  ['Võ Thanh Sơn', PHOI_OLD, 'CN', 2022, CSTDCS, 1],
  ['Phan Thị Thanh Thủy', DX, 'CN', 2022, CSTDCS, 1],
  ['Ngô Quang Vinh', YHCT, 'CN', 2022, LDTT, 0],
  ['Kim Văn Hải', TP, 'CN', 2022, LDTT, 0],
  ['Khoa Khám bệnh', BV, 'TT', 2022, TTLDTT, null],
  ['Phòng Công nghệ thông tin', CDC, 'TT', 2022, TTLDXS, null],
  ['Phòng Công nghệ thông tin', CDC, 'TT', 2022, HTXS, null],
  ['Khoa Kiểm soát nhiễm khuẩn', BV, 'TT', 2022, BK, null],
  ['Phạm Minh Tuấn', BV, 'CN', 2023, CSTDCS, 1],
  ['Trần Thị Mỹ Linh', CDC, 'CN', 2023, LDTT, 0],
  ['Đỗ Thị Hoa', TP, 'CN', 2023, LDTT, 0],
  ['Lê Thị Thu Hằng', CDC, 'CN', 2023, CSTDCS, 1],
  ['Nguyễn Hữu Phước', YHCT, 'CN', 2023, LDTT, 0],
  ['Võ Thanh Sơn', PHOI_OLD, 'CN', 2023, CSTDCS, 1],
  ['Đoàn Minh Trí', BV, 'CN', 2023, CSTDCS, 1],
  ['Phan Thị Thanh Thủy', DX, 'CN', 2023, CSTDCS, 0],
  ['Ngô Quang Vinh', YHCT, 'CN', 2023, LDTT, 0],
  ['Mai Thị Thu Trang', PHOI, 'CN', 2023, LDTT, 0],
  ['Tô Văn Bảo', CDC, 'CN', 2023, CSTDCS, 1],
  ['Khoa Khám bệnh', BV, 'TT', 2023, TTLDTT, null],
  ['Khoa Dược', YHCT, 'TT', 2023, TTLDTT, null],
  ['Khoa Nhi', BV, 'TT', 2023, TTLDXS, null],
  ['Khoa Sản', DX, 'TT', 2023, TTLDTT, null],
  ['Khoa Hồi sức tích cực', PHOI, 'TT', 2023, TTLDXS, null],
  ['Phòng Công nghệ thông tin', CDC, 'TT', 2023, TTLDXS, null],
  ['Khoa Kiểm soát nhiễm khuẩn', BV, 'TT', 2023, TTLDXS, null],
];

const KIND = { TT: 'collective', CN: 'individual' };
const KIND_LABEL = { TT: 'Tập thể', CN: 'Cá nhân' };
const decisionOf = (year, form) => (form === BK ? QD_UBND[year] : QD[year]);

function receivedIso(r) {
  if (r.date) return r.date.toISOString().slice(0, 10);
  const [dd, mm, yyyy] = r.text.split('/');
  return `${yyyy}-${mm}-${dd}`;
}

/** The list: title, two-row header ("Tiêu chí" over 1 … 5), the two groups, the footer. */
function addList(wb, golden) {
  const ws = wb.addWorksheet('Danh sách đề nghị', { pageSetup: { paperSize: 9, orientation: 'landscape' } });
  [6, 30, 22, 32, 22, 30, 14, 6, 6, 6, 6, 6, 10, 14].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  const put = cellWriter(ws);
  writeTitle(ws, put, 'N', `DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG THEO HÌNH THỨC NĂM ${YEAR}`,
    '(Kèm theo Tờ trình số     /TTr-VP ngày     tháng 11 năm 2024 của Văn phòng Sở)');
  const HEAD = 7;
  const heads = ['STT', 'Tập thể/Cá nhân được đề nghị', 'Chức vụ', 'Đơn vị', 'Phong trào', 'Hình thức khen thưởng đề nghị', 'Ngày nộp hồ sơ', 'Tiêu chí', null, null, null, null, 'Tỷ lệ phiếu (%)', 'Ghi chú'];
  heads.forEach((h, i) => h !== null && put(HEAD, i + 1, h, { font: { bold: true }, align: CENTER }));
  for (let i = 1; i <= 5; i++) put(HEAD + 1, 7 + i, i, { font: { bold: true }, align: CENTER });
  for (const c of ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'M', 'N']) ws.mergeCells(`${c}${HEAD}:${c}${HEAD + 1}`);
  ws.mergeCells(`H${HEAD}:L${HEAD}`);
  golden.headerRow = HEAD;

  let r = HEAD + 2;
  const group = (label, roman, rows, kind) => {
    put(r, 1, roman, { font: { bold: true }, align: CENTER });
    put(r, 2, label, { font: { bold: true } });
    r++;
    rows.forEach(([mv, name, position, unit, form, rec, marks, vote, exp], i) => {
      put(r, 1, i + 1, { align: CENTER });
      put(r, 2, name);
      put(r, 3, position);
      put(r, 4, unit);
      put(r, 5, MV[mv]);
      put(r, 6, form);
      if (rec.date) put(r, 7, rec.date, { numFmt: 'dd/mm/yyyy', align: CENTER });
      else put(r, 7, rec.text, { align: CENTER });
      marks.split(' ').forEach((m, j) => put(r, 8 + j, m, { align: CENTER }));
      put(r, 13, vote, { align: CENTER });
      golden.nominations.push({ row: r, name, unit, kind, form, movementIndex: mv - 1, received: receivedIso(rec), ...exp, highForm: !!exp.highForm });
      r++;
    });
  };
  group('TẬP THỂ', 'I', TT, 'collective');
  group('CÁ NHÂN', 'II', CN, 'individual');
  writeFooter(ws, put, r + 1, 10, 14);
}

/** "Lịch sử khen thưởng": one row per award, as the office's register keeps it. */
function addHistory(wb, golden) {
  const ws = wb.addWorksheet('Lịch sử khen thưởng', { pageSetup: { paperSize: 9, orientation: 'landscape' } });
  [6, 30, 34, 12, 8, 34, 16, 12].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  const put = cellWriter(ws);
  put(1, 1, 'SỔ THEO DÕI KHEN THƯỞNG NGÀNH Y TẾ (2021 – 2023)', { font: { bold: true, size: 14 }, align: CENTER });
  ws.mergeCells('A1:H1');
  const H = 3;
  ['STT', 'Họ và tên / Tên tập thể', 'Đơn vị', 'Đối tượng', 'Năm', 'Hình thức khen thưởng', 'Số quyết định', 'Số sáng kiến']
    .forEach((h, i) => put(H, i + 1, h, { font: { bold: true }, align: CENTER }));
  HISTORY.forEach(([name, unit, kind, year, form, initiatives], i) => {
    const row = H + 1 + i;
    const decision = decisionOf(year, form);
    [i + 1, name, unit, KIND_LABEL[kind], year, form, decision, initiatives].forEach((v, j) => v !== null && put(row, j + 1, v, j === 1 || j === 2 || j === 5 ? {} : { align: CENTER }));
    golden.history.push({ name, unit, kind: KIND[kind], year, form, decision, initiatives });
  });
  golden.historyHeaderRow = H;
}

async function main() {
  const wb = sampleWorkbook(ExcelJS);
  const golden = {
    plan: 'assets/samples/ke-hoach-mau.txt',
    workbook: path.relative(ROOT, OUT_XLSX),
    sheet: 'Danh sách đề nghị',
    year: YEAR,
    lastOnTime: LAST_ON_TIME,
    renamed: { from: PHOI_OLD, to: PHOI },
    nominations: [],
    history: [],
  };
  addList(wb, golden);
  addHistory(wb, golden);
  await wb.xlsx.writeFile(OUT_XLSX);
  fs.writeFileSync(OUT_GOLDEN, JSON.stringify(golden, null, 2) + '\n');
  process.stdout.write(`wrote ${golden.workbook} (${TT.length + CN.length} nominees, ${HISTORY.length} history rows) and ${path.relative(ROOT, OUT_GOLDEN)}\n`);
}

main().catch((e) => {
  process.stderr.write(String(e && e.stack ? e.stack : e) + '\n');
  process.exit(1);
});
