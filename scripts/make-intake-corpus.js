#!/usr/bin/env node
// Generates the intake test corpus: test/fixtures/intake/don-vi/*.{xlsx,csv,docx} (16 units' files
// of the shapes units really send), the units list test/fixtures/intake/don-vi.csv, the plan
// test/fixtures/intake/ke-hoach.json, and test/fixtures/intake/expected.json.
//
// The expectations are not the program's output: every row below carries its outcome worked out
// by hand from the intake's rules (an exact copy of a row merged before adds nothing; a row whose
// kind or movement cannot be read, or without a name, is held for review; everything else is
// merged), and each file its unit, received date and where that date came from.
//
// Usage: node scripts/make-intake-corpus.js   (deterministic content)
'use strict';
const path = require('path');
const fs = require('fs');
const ExcelJS = require('exceljs');
const docx = require('docx');

const ROOT = path.join(__dirname, '..');
const OUT = path.join(ROOT, 'test/fixtures/intake');
const FILES = path.join(OUT, 'don-vi');

const PLAN = {
  title: 'Kế hoạch thi đua năm 2026 của Bệnh viện Đa khoa Sông Lam (bộ thử gộp danh sách)',
  issuer: 'Bệnh viện Đa khoa Sông Lam',
  year: 2026,
  period: { from: '2026-01-01', to: '2026-12-31' },
  movements: [
    {
      id: '1',
      name: 'Thi đua đẩy mạnh chuyển đổi số',
      quota: { collective: 2, individual: 4, either: null, percent: null },
      quotaNote: null,
      criteria: {
        collective: ['Hoàn thành xuất sắc nhiệm vụ năm 2026.', 'Triển khai bệnh án điện tử toàn khoa.', 'Không có cá nhân bị kỷ luật.'],
        individual: ['Hoàn thành tốt nhiệm vụ được giao.', 'Có sáng kiến về chuyển đổi số được công nhận.'],
      },
      deadlines: [{ text: 'trước ngày 15/10/2026', rule: 'before', inclusive: false, from: null, dates: [{ due: '2026-10-15', lastOnTime: '2026-10-14' }] }],
    },
    {
      id: '2',
      name: 'Thầy thuốc như mẹ hiền',
      quota: { collective: 2, individual: 4, either: null, percent: null },
      quotaNote: null,
      criteria: {
        collective: ['Hoàn thành xuất sắc nhiệm vụ năm 2026.', 'Không có khiếu nại về thái độ phục vụ.', 'Không có cá nhân bị kỷ luật.'],
        individual: ['Hoàn thành tốt nhiệm vụ được giao.', 'Được người bệnh khen ngợi bằng văn bản.'],
      },
      deadlines: [{ text: 'trước ngày 15/10/2026', rule: 'before', inclusive: false, from: null, dates: [{ due: '2026-10-15', lastOnTime: '2026-10-14' }] }],
    },
  ],
  deadlines: [],
  allocations: [{ group: 'đơn vị', each: true, collective: 1, individual: 3, either: null, text: 'Mỗi đơn vị đề nghị không quá 01 tập thể, 03 cá nhân.' }],
  rubric: null,
  grades: [],
};

// The units list the secretary keeps: [name, group, aliases].
const UNITS = [
  ['Khoa Nội', 'Khối lâm sàng', ''],
  ['Khoa Ngoại', 'Khối lâm sàng', ''],
  ['Phòng Tài chính kế toán', 'Khối phòng ban', ''],
  ['Khoa Dược', 'Khối cận lâm sàng', ''],
  ['Khoa Chẩn đoán hình ảnh', 'Khối cận lâm sàng', 'khoa-cdha'],
  ['Khoa Sản', 'Khối lâm sàng', ''],
  ['Khoa Nhi', 'Khối lâm sàng', ''],
  ['Phòng Hành chính quản trị', 'Khối phòng ban', 'hanh-chinh'],
  ['Khoa Xét nghiệm', 'Khối cận lâm sàng', ''],
  ['Trạm Y tế xã Hòa Bình', 'Tuyến xã', 'tram-y-te'],
  ['Phòng Kế hoạch tổng hợp', 'Khối phòng ban', ''],
  ['Khoa Mắt', 'Khối lâm sàng', ''],
  ['Khoa Hồi sức tích cực', 'Khối lâm sàng', ''],
  // Sends nothing: "chưa gửi".
  ['Khoa Răng hàm mặt', 'Khối lâm sàng', ''],
];

const date = (y, m, d) => new Date(Date.UTC(y, m - 1, d));
const serial = (y, m, d) => Math.round(Date.UTC(y, m - 1, d) / 86400000) + 25569;

// Expected outcome per file. rows: [row, outcome] with outcome 'merged' | 'review' | 'exact'.
const expected = { plan: 'ke-hoach.json', units: 'don-vi.csv', files: [] };
function expect(file, o) {
  expected.files.push({ file, ...o });
}

async function save(wb, name) {
  wb.creator = 'Bình Xét (bộ thử)';
  wb.created = new Date(Date.UTC(2026, 9, 1));
  wb.modified = new Date(Date.UTC(2026, 9, 1));
  await wb.xlsx.writeFile(path.join(FILES, name));
}

function put(ws, r, values) {
  values.forEach((v, i) => {
    if (v !== null && v !== undefined) ws.getCell(r, i + 1).value = v;
  });
}

// 01: a flat header under a title, every field in its own column, dates as date cells.
async function f01() {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Danh sách');
  put(ws, 1, ['DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG NĂM 2026']);
  ws.mergeCells('A1:L1');
  put(ws, 3, ['STT', 'Họ và tên', 'Chức vụ', 'Năm sinh', 'Đơn vị', 'Đối tượng', 'Phong trào', 'Ngày nộp', 'Tiêu chí 1', 'Tiêu chí 2', 'Tiêu chí 3', 'Tỷ lệ phiếu (%)']);
  const rows = [
    [1, 'Khoa Nội', null, null, 'Khoa Nội', 'Tập thể', '1', date(2026, 10, 5), 'x', 'x', 'x', 95],
    [2, 'Nguyễn Văn An', 'Bác sĩ', 1980, 'Khoa Nội', 'Cá nhân', '1', date(2026, 10, 5), 'x', 'x', null, 92],
    [3, 'Trần Thị Bình', 'Điều dưỡng', 1985, 'Khoa Nội', 'Cá nhân', '2', date(2026, 10, 6), 'x', 'x', null, 90],
    [4, 'Lê Văn Cường', 'Bác sĩ', 1979, 'Khoa Nội', 'Cá nhân', '2', date(2026, 10, 6), 'x', 'x', null, 88],
    [5, 'Phạm Thị Dung', 'Hộ lý', 1990, 'Khoa Nội', 'Cá nhân', '1', date(2026, 10, 7), 'x', 'x', null, 85],
  ];
  rows.forEach((r, i) => {
    put(ws, 4 + i, r);
    ws.getCell(4 + i, 8).numFmt = 'dd/mm/yyyy';
  });
  await save(wb, '01-khoa-noi.xlsx');
  expect('01-khoa-noi.xlsx', {
    sheet: 'Danh sách', unit: 'Khoa Nội', unitFrom: 'file-name', received: '2026-10-07', receivedFrom: 'column', headerRow: 3,
    rows: [[4, 'merged'], [5, 'merged'], [6, 'merged'], [7, 'merged'], [8, 'merged']], unmapped: [],
  });
}

// 02: title rows naming the unit, a two-row header ("Tiêu chí" merged over 1 | 2 | 3, the others
// merged down), group rows "I. TẬP THỂ" / "II. CÁ NHÂN" instead of a kind column, a movement by its
// name, and the signed date under the list.
async function f02() {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('DS');
  put(ws, 1, ['BỆNH VIỆN ĐA KHOA SÔNG LAM']);
  put(ws, 2, ['KHOA NGOẠI']);
  put(ws, 3, ['DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG NĂM 2026']);
  ws.mergeCells('A3:H3');
  put(ws, 5, ['STT', 'Họ và tên', 'Chức vụ', 'Phong trào', 'Tiêu chí', null, null, 'Tỷ lệ phiếu (%)']);
  put(ws, 6, [null, null, null, null, 1, 2, 3, null]);
  for (const m of ['A5:A6', 'B5:B6', 'C5:C6', 'D5:D6', 'E5:G5', 'H5:H6']) ws.mergeCells(m);
  put(ws, 7, ['I. TẬP THỂ']);
  put(ws, 8, [1, 'Khoa Ngoại tổng hợp', null, '1', 'x', 'x', 'x', 90]);
  put(ws, 9, ['II. CÁ NHÂN']);
  put(ws, 10, [1, 'Võ Minh Hải', 'Bác sĩ', '2', 'x', 'x', null, 93]);
  put(ws, 11, [2, 'Đặng Thu Hà', 'Điều dưỡng', 'Thầy thuốc như mẹ hiền', 'x', 'x', null, 91]);
  put(ws, 13, [null, null, null, null, 'Sông Lam, ngày 05 tháng 10 năm 2026']);
  put(ws, 14, [null, 'Người lập biểu', null, null, 'TRƯỞNG KHOA']);
  await save(wb, '02-khoa-ngoai.xlsx');
  expect('02-khoa-ngoai.xlsx', {
    sheet: 'DS', unit: 'Khoa Ngoại', unitFrom: 'file-name', received: '2026-10-05', receivedFrom: 'document', headerRow: 5,
    rows: [[8, 'merged'], [10, 'merged'], [11, 'merged']], unmapped: [],
  });
}

// 03: CSV with ";" (Excel where the decimal separator is a comma), a UTF-8 BOM, a quoted field with
// ";" inside, decimal commas, dates as text.
function f03() {
  const lines = [
    'DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG;;;;;;;;;',
    'STT;Họ tên;Chức danh;Loại;Nội dung thi đua;Ngày gửi;TC1;TC2;TC3;Tỷ lệ phiếu',
    '1;Hoàng Văn Em;"Kế toán trưởng; Đảng ủy viên";CN;1;03/10/2026;x;x;;92,5',
    '2;Phòng Tài chính kế toán;;TT;2;03/10/2026;x;x;x;90',
    '3;Ngô Thị Gấm;Kế toán viên;CN;2;04/10/2026;x;Đạt;;88,0',
  ];
  fs.writeFileSync(path.join(FILES, '03-phong-tai-chinh.csv'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(lines.join('\r\n') + '\r\n', 'utf8')]));
  expect('03-phong-tai-chinh.csv', {
    sheet: '03-phong-tai-chinh', unit: 'Phòng Tài chính kế toán', unitFrom: 'file-name', received: '2026-10-04', receivedFrom: 'column', headerRow: 2,
    rows: [[3, 'merged'], [4, 'merged'], [5, 'merged']], unmapped: [],
  });
}

// 04: CSV with ",", no BOM, a quoted unit with a comma, no received date anywhere: the file's date.
function f04() {
  const lines = [
    'STT,Họ và tên,Đơn vị,Đối tượng,Phong trào,Tiêu chí 1,Tiêu chí 2,Tiêu chí 3',
    '1,Khoa Dược,"Khoa Dược, Bệnh viện Đa khoa Sông Lam",Tập thể,1,x,x,x',
    '2,Bùi Văn Khoa,Khoa Dược,Cá nhân,1,x,x,',
  ];
  fs.writeFileSync(path.join(FILES, '04-khoa-duoc.csv'), lines.join('\n') + '\n', 'utf8');
  // The test sets the file's modification date to 16/10/2026 (a late file).
  expect('04-khoa-duoc.csv', {
    sheet: '04-khoa-duoc', unit: 'Khoa Dược', unitFrom: 'file-name', received: '2026-10-16', receivedFrom: 'file', headerRow: 1, mtime: '2026-10-16',
    rows: [[2, 'merged'], [3, 'merged']], unmapped: [],
  });
}

// 05: an empty workbook.
async function f05() {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Sheet1');
  await save(wb, '05-khoa-cdha-trong.xlsx');
  expect('05-khoa-cdha-trong.xlsx', { sheet: null, unit: 'Khoa Chẩn đoán hình ảnh', unitFrom: 'file-name', rows: [], problem: 'Tệp trống' });
}

// 06: a letter, no list.
async function f06() {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Công văn');
  put(ws, 1, ['BỆNH VIỆN ĐA KHOA SÔNG LAM']);
  put(ws, 3, ['Kính gửi: Văn phòng Sở Y tế']);
  put(ws, 4, ['Bệnh viện xin gửi danh sách đề nghị khen thưởng năm 2026 theo đường bưu điện.']);
  put(ws, 6, ['Sông Lam, ngày 02 tháng 10 năm 2026']);
  await save(wb, '06-cong-van.xlsx');
  expect('06-cong-van.xlsx', { sheet: null, unit: '06-cong-van', unitFrom: 'unmatched', rows: [], problem: 'Không tìm thấy danh sách' });
}

// 07: the unit's own column order (unit and kind first, no STT), kinds as "TT"/"CN", decomposed
// Unicode (NFD), a blank kind (never guessed from the "Họ tên" header: review) and a kind that
// is none ("Khác": review).
async function f07() {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Khoa Sản');
  const nfd = (s) => s.normalize('NFD');
  put(ws, 1, ['Đơn vị', 'Đối tượng', 'Họ tên', 'Năm sinh', 'Ngày nhận', 'TC 1', 'TC 2', 'TC 3', 'Chức danh', 'Phong trào'].map(nfd));
  put(ws, 2, [nfd('Khoa Sản'), 'TT', nfd('Khoa Sản'), null, '02/10/2026', 'x', 'x', 'x', null, '2']);
  put(ws, 3, [nfd('Khoa Sản'), 'CN', nfd('Đinh Thị Hoa'), 1988, '02/10/2026', 'x', 'x', null, nfd('Hộ sinh'), '2']);
  put(ws, 4, [nfd('Khoa Sản'), null, nfd('Lý Văn Nam'), 1990, '02/10/2026', 'x', 'x', null, nfd('Bác sĩ'), '2']);
  put(ws, 5, [nfd('Khoa Sản'), 'Khác', nfd('Mai Thị Lan'), 1992, '02/10/2026', 'x', 'x', null, nfd('Hộ sinh'), '2']);
  await save(wb, '07-khoa-san.xlsx');
  expect('07-khoa-san.xlsx', {
    sheet: 'Khoa Sản', unit: 'Khoa Sản', unitFrom: 'file-name', received: '2026-10-02', receivedFrom: 'column', headerRow: 1,
    rows: [[2, 'merged'], [3, 'merged'], [4, 'review'], [5, 'review']], unmapped: [], names: { 3: 'Đinh Thị Hoa' },
  });
}

// 08: received dates as a bare serial, a Vietnamese date phrase, ISO text, and an impossible date
// (merged as written: `score` flags it, and the file's problems name the cell).
async function f08(name) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('DS');
  put(ws, 1, ['STT', 'Họ và tên', 'Chức vụ', 'Đơn vị', 'Đối tượng', 'Phong trào', 'Ngày nhận hồ sơ', 'TC1', 'TC2', 'TC3']);
  put(ws, 2, [1, 'Khoa Nhi', null, 'Khoa Nhi', 'Tập thể', '2', serial(2026, 10, 1), 'x', 'x', 'x']);
  put(ws, 3, [2, 'Trương Văn Phúc', 'Bác sĩ', 'Khoa Nhi', 'Cá nhân', '2', 'ngày 2 tháng 10 năm 2026', 'x', 'x', null]);
  put(ws, 4, [3, 'Lâm Thị Quỳnh', 'Điều dưỡng', 'Khoa Nhi', 'Cá nhân', '1', '2026-10-03', 'x', 'x', null]);
  put(ws, 5, [4, 'Hà Minh Sơn', 'Bác sĩ', 'Khoa Nhi', 'Cá nhân', '1', '31/02/2026', 'x', 'x', null]);
  await save(wb, name);
}

// 10: a hidden sheet with a list (not merged), a two-row header with "Năm sinh" over "Nam | Nữ"
// and "Tiêu chí" over "1 | 2", a column the merged list has no place for ("Số điện thoại"), and a
// person another unit also nominates (same name and birth year: probable duplicate).
async function f10() {
  const wb = new ExcelJS.Workbook();
  const draft = wb.addWorksheet('Nháp');
  put(draft, 1, ['STT', 'Họ và tên', 'Đơn vị', 'Đối tượng']);
  put(draft, 2, [1, 'Người trong bản nháp', 'Phòng Hành chính quản trị', 'Cá nhân']);
  draft.state = 'hidden';
  const ws = wb.addWorksheet('DS');
  put(ws, 1, ['STT', 'Họ và tên', 'Năm sinh', null, 'Chức vụ', 'Đơn vị', 'Đối tượng', 'Phong trào', 'Số điện thoại', 'Tiêu chí', null]);
  put(ws, 2, [null, null, 'Nam', 'Nữ', null, null, null, null, null, 1, 2]);
  for (const m of ['A1:A2', 'B1:B2', 'C1:D1', 'E1:E2', 'F1:F2', 'G1:G2', 'H1:H2', 'I1:I2', 'J1:K1']) ws.mergeCells(m);
  put(ws, 3, [1, 'Nguyễn Văn An', 1980, null, 'Chuyên viên', 'Phòng Hành chính quản trị', 'Cá nhân', '1', '0903 123 456', 'x', 'x']);
  put(ws, 4, [2, 'Phòng Hành chính quản trị', null, null, null, null, 'Tập thể', '2', null, 'x', 'x']);
  put(ws, 5, [3, 'Cao Thị Uyên', null, 1991, 'Văn thư', 'Phòng Hành chính quản trị', 'Cá nhân', '2', null, 'x', 'x']);
  await save(wb, '10-hanh-chinh.xlsx');
  expect('10-hanh-chinh.xlsx', {
    sheet: 'DS', unit: 'Phòng Hành chính quản trị', unitFrom: 'file-name', received: '2026-10-08', receivedFrom: 'file', headerRow: 1, mtime: '2026-10-08',
    rows: [[3, 'merged'], [4, 'merged'], [5, 'merged']], unmapped: ['I'], problem: 'đang ẩn', birthYears: { 3: 1980, 5: 1991 },
  });
}

// 11: "Tập thể/Cá nhân được đề nghị" as the name header with a "TT/CN" column; a movement by part
// of its name, a movement the plan does not have (review), and a row with no name (review).
async function f11() {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Đề nghị');
  put(ws, 1, ['STT', 'Tập thể/Cá nhân được đề nghị', 'Đơn vị', 'TT/CN', 'Phong trào', 'Ngày nộp', 'Tiêu chí 1', 'Tiêu chí 2', 'Tiêu chí 3']);
  put(ws, 2, [1, 'Khoa Xét nghiệm', 'Khoa Xét nghiệm', 'TT', 'Chuyển đổi số', date(2026, 10, 9), 'x', 'x', 'x']);
  put(ws, 3, [2, 'Đỗ Văn Tâm', 'Khoa Xét nghiệm', 'CN', 'Phong trào tiết kiệm', date(2026, 10, 9), 'x', 'x', null]);
  put(ws, 4, [3, null, 'Khoa Xét nghiệm', 'CN', '1', date(2026, 10, 9), 'x', 'x', null]);
  put(ws, 5, [4, 'Phan Thị Uyên', 'Khoa Xét nghiệm', 'CN', '2', date(2026, 10, 10), 'x', 'x', null]);
  for (let r = 2; r <= 5; r++) ws.getCell(r, 6).numFmt = 'dd/mm/yyyy';
  await save(wb, '11-khoa-xet-nghiem.xlsx');
  expect('11-khoa-xet-nghiem.xlsx', {
    sheet: 'Đề nghị', unit: 'Khoa Xét nghiệm', unitFrom: 'file-name', received: '2026-10-10', receivedFrom: 'column', headerRow: 1,
    rows: [[2, 'merged'], [3, 'review'], [4, 'review'], [5, 'merged']], unmapped: [],
  });
}

// 12: the movement named in the title (no movement column), collectives by the "Tên tập thể"
// header (no kind column), a total row, and the signed date under the list (after the deadline).
async function f12() {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Sheet1');
  put(ws, 1, ['DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG PHONG TRÀO THI ĐUA "THẦY THUỐC NHƯ MẸ HIỀN" NĂM 2026']);
  ws.mergeCells('A1:D1');
  put(ws, 3, ['STT', 'Tên tập thể', 'Địa chỉ', 'Ghi chú']);
  put(ws, 4, [1, 'Trạm Y tế xã Hòa Bình', 'Xã Hòa Bình', null]);
  put(ws, 5, [2, 'Tổ Y tế thôn 3', 'Thôn 3, xã Hòa Bình', 'Tổ y tế thôn']);
  put(ws, 6, [null, 'Tổng cộng: 02 tập thể']);
  put(ws, 8, [null, null, 'Hòa Bình, ngày 20 tháng 10 năm 2026']);
  put(ws, 9, [null, null, 'TRƯỞNG TRẠM']);
  await save(wb, '12-tram-y-te.xlsx');
  expect('12-tram-y-te.xlsx', {
    sheet: 'Sheet1', unit: 'Trạm Y tế xã Hòa Bình', unitFrom: 'file-name', received: '2026-10-20', receivedFrom: 'document', headerRow: 3,
    rows: [[4, 'merged'], [5, 'merged']], unmapped: ['C'],
  });
}

// Word documents written by the docx library: real Word tables, merged cells as gridSpan / vMerge.
const P = (text, bold = false) => new docx.Paragraph({ children: [new docx.TextRun({ text, bold })] });
const wcell = (c) => {
  const o = typeof c === 'string' || Array.isArray(c) ? { text: c } : c;
  return new docx.TableCell({ children: [].concat(o.text).map((t) => P(t)), columnSpan: o.span, rowSpan: o.rows });
};
const wtable = (rows) => new docx.Table({ rows: rows.map((r) => new docx.TableRow({ children: r.map(wcell) })) });
// The header block of an administrative document (Nghị định 30/2020): issuer and number | Quốc hiệu and the place-date line.
const headerBlock = (issuer, number, placeDate) =>
  new docx.Table({
    borders: docx.TableBorders.NONE,
    rows: [new docx.TableRow({ children: [wcell([...issuer, number]), wcell(['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', placeDate])] })],
  });
async function saveWord(name, children) {
  const doc = new docx.Document({ creator: 'Bình Xét (bộ thử)', sections: [{ children }] });
  fs.writeFileSync(path.join(FILES, name), await docx.Packer.toBuffer(doc));
}

// 13: a Word "Tờ trình" with its list: the header block (a borderless table) dated in its place-date
// line, a title, and a list table with a two-row header ("Tiêu chí" over 1 | 2, the other headers
// merged down); a kind column, one row with its kind left blank (review).
async function f13() {
  await saveWord('13-phong-ke-hoach.docx', [
    headerBlock(['BỆNH VIỆN ĐA KHOA SÔNG LAM', 'PHÒNG KẾ HOẠCH TỔNG HỢP'], 'Số: 27/TTr-KHTH', 'Sông Lam, ngày 06 tháng 10 năm 2026'),
    P('TỜ TRÌNH', true),
    P('Về việc đề nghị khen thưởng phong trào thi đua năm 2026'),
    P('Kính gửi: Hội đồng Thi đua - Khen thưởng Bệnh viện'),
    P('Phòng Kế hoạch tổng hợp kính trình Hội đồng xem xét, đề nghị khen thưởng các tập thể, cá nhân có tên dưới đây:'),
    P('DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG', true),
    wtable([
      [{ text: 'STT', rows: 2 }, { text: 'Họ và tên', rows: 2 }, { text: 'Chức vụ', rows: 2 }, { text: 'Đối tượng', rows: 2 }, { text: 'Phong trào', rows: 2 }, { text: 'Tiêu chí', span: 2 }, { text: 'Tỷ lệ phiếu (%)', rows: 2 }],
      ['1', '2'],
      ['1', 'Vương Thị Xuân', 'Chuyên viên', 'Cá nhân', '1', 'x', 'x', '91'],
      ['2', 'Phòng Kế hoạch tổng hợp', '', 'Tập thể', '2', 'x', 'x', '95'],
      ['3', 'Lục Văn Yên', 'Trưởng phòng', 'Cá nhân', '2', 'x', 'Đạt', '93,5'],
      ['4', 'Hứa Thị Thu', 'Chuyên viên', '', '1', 'x', 'x', '90'],
    ]),
    P('Nơi nhận:'),
    P('- Như trên;'),
    P('- Lưu: VT, KHTH.'),
    P('TRƯỞNG PHÒNG', true),
  ]);
  expect('13-phong-ke-hoach.docx', {
    sheet: 'Bảng 2', unit: 'Phòng Kế hoạch tổng hợp', unitFrom: 'file-name', received: '2026-10-06', receivedFrom: 'document', headerRow: 1,
    rows: [[3, 'merged'], [4, 'merged'], [5, 'merged'], [6, 'review']], unmapped: [], names: { 5: 'Lục Văn Yên' },
  });
}

// 16: a Word list named by its file for nobody: the unit is in its header block. Group rows
// "I. TẬP THỂ" / "II. CÁ NHÂN" (merged across the table) give the kinds, a total row closes it,
// and the date is the signature's (the header block's is an unsigned draft's, "ngày … tháng").
async function f16() {
  await saveWord('16-to-trinh.docx', [
    headerBlock(['BỆNH VIỆN ĐA KHOA SÔNG LAM', 'KHOA HỒI SỨC TÍCH CỰC'], 'Số: 08/HSTC', 'Sông Lam, ngày      tháng 10 năm 2026'),
    P('DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG NĂM 2026', true),
    wtable([
      ['STT', 'Tên tập thể/cá nhân', 'Chức vụ', 'Phong trào', 'Tiêu chí 1', 'Tiêu chí 2', 'Tiêu chí 3'],
      [{ text: 'I. TẬP THỂ', span: 7 }],
      ['1', 'Khoa Hồi sức tích cực', '', '2', 'x', 'x', 'x'],
      [{ text: 'II. CÁ NHÂN', span: 7 }],
      ['1', 'Ông Thị Yến', 'Điều dưỡng trưởng', '2', 'x', 'x', ''],
      ['2', 'Quách Văn Bảo', 'Bác sĩ', 'Thầy thuốc như mẹ hiền', 'x', 'x', ''],
      [{ text: 'Tổng cộng: 01 tập thể, 02 cá nhân', span: 7 }],
    ]),
    P('Sông Lam, ngày 09 tháng 10 năm 2026'),
    P('TRƯỞNG KHOA', true),
  ]);
  expect('16-to-trinh.docx', {
    sheet: 'Bảng 2', unit: 'Khoa Hồi sức tích cực', unitFrom: 'title', received: '2026-10-09', receivedFrom: 'document', headerRow: 1,
    rows: [[3, 'merged'], [5, 'merged'], [6, 'merged']], unmapped: [],
  });
}

// 14: a broken .xlsx (a zip signature, then nothing a zip reader can read).
function f14() {
  const b = Buffer.alloc(600);
  b.write('PK\u0003\u0004', 0, 'latin1');
  for (let i = 4; i < b.length; i++) b[i] = (i * 37 + 11) & 0xff;
  fs.writeFileSync(path.join(FILES, '14-hong.xlsx'), b);
  expect('14-hong.xlsx', { sheet: null, unit: '14-hong', unitFrom: 'unmatched', rows: [], problem: 'hỏng' });
}

// 15: the unit named only in the title rows ("KHOA MẮT"), not in the file's name.
async function f15() {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Danh sách');
  put(ws, 1, ['SỞ Y TẾ TỈNH SÔNG LAM']);
  put(ws, 2, ['KHOA MẮT']);
  put(ws, 3, ['DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG']);
  put(ws, 5, ['STT', 'Họ và tên', 'Chức vụ', 'Đối tượng', 'Phong trào', 'Ngày nộp', 'Tiêu chí 1', 'Tiêu chí 2']);
  put(ws, 6, [1, 'Tôn Nữ Vy', 'Bác sĩ', 'Cá nhân', '2', date(2026, 10, 11), 'x', 'x']);
  put(ws, 7, [2, 'Khoa Mắt', null, 'Tập thể', '2', date(2026, 10, 11), 'x', 'x']);
  for (let r = 6; r <= 7; r++) ws.getCell(r, 6).numFmt = 'dd/mm/yyyy';
  await save(wb, '15-bao-cao-thi-dua.xlsx');
  expect('15-bao-cao-thi-dua.xlsx', {
    sheet: 'Danh sách', unit: 'Khoa Mắt', unitFrom: 'title', received: '2026-10-11', receivedFrom: 'column', headerRow: 5,
    rows: [[6, 'merged'], [7, 'merged']], unmapped: [],
  });
}

async function main() {
  fs.rmSync(FILES, { recursive: true, force: true });
  fs.mkdirSync(FILES, { recursive: true });
  fs.writeFileSync(path.join(OUT, 'ke-hoach.json'), JSON.stringify(PLAN, null, 2) + '\n');
  const units = ['STT;Đơn vị;Khối;Tên tệp', ...UNITS.map((u, i) => [i + 1, ...u].join(';'))];
  fs.writeFileSync(path.join(OUT, 'don-vi.csv'), units.join('\n') + '\n', 'utf8');
  await f01();
  await f02();
  f03();
  f04();
  await f05();
  await f06();
  await f07();
  await f08('08-khoa-nhi.xlsx');
  expect('08-khoa-nhi.xlsx', {
    sheet: 'DS', unit: 'Khoa Nhi', unitFrom: 'file-name', received: '2026-10-03', receivedFrom: 'column', headerRow: 1,
    rows: [[2, 'merged'], [3, 'merged'], [4, 'merged'], [5, 'merged']], unmapped: [], problem: '31/02/2026',
  });
  // 09: the same list sent again under another name: adds nothing.
  await f08('09-khoa-nhi-gui-lai.xlsx');
  expect('09-khoa-nhi-gui-lai.xlsx', {
    sheet: 'DS', unit: 'Khoa Nhi', unitFrom: 'file-name', received: '2026-10-03', receivedFrom: 'column', headerRow: 1,
    rows: [[2, 'exact'], [3, 'exact'], [4, 'exact'], [5, 'exact']], unmapped: [],
  });
  await f10();
  await f11();
  await f12();
  await f13();
  f14();
  await f15();
  await f16();
  expected.files.sort((a, b) => a.file.localeCompare(b.file));
  // Across files: the one person two units nominate, the unit that sent nothing, units over their
  // allocation (01 tập thể, 03 cá nhân each).
  expected.probable = [[{ file: '01-khoa-noi.xlsx', row: 5 }, { file: '10-hanh-chinh.xlsx', row: 3 }]];
  expected.missing = ['Khoa Răng hàm mặt'];
  expected.over = { 'Khoa Nội': 1, 'Trạm Y tế xã Hòa Bình': 1 };
  fs.writeFileSync(path.join(OUT, 'expected.json'), JSON.stringify(expected, null, 2) + '\n');
  process.stdout.write(`Wrote ${expected.files.length} unit files to ${path.relative(ROOT, FILES)}\n`);
}

main().catch((e) => {
  process.stderr.write(String(e && e.stack ? e.stack : e) + '\n');
  process.exit(1);
});
