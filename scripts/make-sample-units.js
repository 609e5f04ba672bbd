#!/usr/bin/env node
// Generates the bundled sample of units' own lists for `binhxet demo --gop` and the playground:
// assets/samples/don-vi/ (six units' files, each shaped as that unit keeps its list, one of them a
// Word document) and the units list assets/samples/danh-sach-don-vi.xlsx (sheet "Đơn vị": the seven
// units expected, with
// the other names their files carry and the allocation of assets/samples/ke-hoach-mau.txt's
// "mỗi đơn vị" kind: 01 tập thể, 03 cá nhân).
//
// What the sample shows, worked out by hand from the plan (deadline "trước ngày 15/11/2024", so
// the last on-time day is 14/11/2024):
// - Bệnh viện Phổi sends nothing: "chưa gửi".
// - Trung tâm Y tế huyện Đồng Xuân signs its list on 18/11/2024 (no received column): its rows are
//   received that day, 4 days late.
// - Trần Văn Bình (born 1985) is nominated for movement 1 by both the Trung tâm Kiểm soát bệnh tật
//   and the Trung tâm Y tế thành phố Sông Lam: a probable duplicate, both rows kept and flagged.
// - Each file keeps its own headers: a two-row header with group rows, a flat list with dates,
//   a ";" CSV, a unit's own column order, a hidden draft sheet and a column the list has no place for.
// - A row whose kind the Đồng Xuân list leaves blank goes to "Cần kiểm tra", never guessed.
// - Trung tâm Y tế huyện Tuy An sends a Word "Tờ trình" (a real Word table, written by the docx
//   library): its header block names the unit (the file's name does not), its place-date line
//   (12/11/2024, on time) is the received date, group rows give the kinds.
//
// Usage: node scripts/make-sample-units.js   (deterministic content)
'use strict';
const path = require('path');
const fs = require('fs');
const ExcelJS = require('exceljs');
const docx = require('docx');

const ROOT = path.join(__dirname, '..');
const DIR = path.join(ROOT, 'assets/samples/don-vi');
const UNITS = path.join(ROOT, 'assets/samples/danh-sach-don-vi.xlsx');

const { BV, CDC, YHCT, PHOI, DX, TP } = require('./sampleSheet').UNITS;
const TA = 'Trung tâm Y tế huyện Tuy An';
const FONT = { name: 'Times New Roman', size: 12 };
const date = (d) => new Date(Date.UTC(2024, 10, d));

function workbook() {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Bình Xét (mẫu)';
  wb.created = new Date(Date.UTC(2024, 10, 20));
  wb.modified = new Date(Date.UTC(2024, 10, 20));
  return wb;
}

function put(ws, r, values, extra = {}) {
  values.forEach((v, i) => {
    if (v === null || v === undefined) return;
    const c = ws.getCell(r, i + 1);
    c.value = v;
    c.font = { ...FONT, ...(extra.bold ? { bold: true } : {}) };
    if (v instanceof Date) c.numFmt = 'dd/mm/yyyy';
  });
}

// Bệnh viện Đa khoa tỉnh: the official form — issuer and title rows, "Tiêu chí" merged over 1…5,
// group rows for the kinds, movements by name, the signed date and signatures under the list.
async function bv() {
  const wb = workbook();
  const ws = wb.addWorksheet('Danh sách đề nghị', { pageSetup: { paperSize: 9, orientation: 'landscape' } });
  [6, 30, 22, 28, 6, 6, 6, 6, 6, 12].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  put(ws, 1, ['SỞ Y TẾ TỈNH SÔNG LAM']);
  put(ws, 2, [BV.toUpperCase()], { bold: true });
  put(ws, 4, ['DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG THI ĐUA NĂM 2024'], { bold: true });
  ws.mergeCells('A4:J4');
  put(ws, 6, ['STT', 'Họ và tên', 'Chức vụ', 'Nội dung thi đua', 'Tiêu chí', null, null, null, null, 'Tỷ lệ phiếu (%)'], { bold: true });
  put(ws, 7, [null, null, null, null, 1, 2, 3, 4, 5, null], { bold: true });
  for (const m of ['A6:A7', 'B6:B7', 'C6:C7', 'D6:D7', 'E6:I6', 'J6:J7']) ws.mergeCells(m);
  put(ws, 8, ['I. TẬP THỂ'], { bold: true });
  put(ws, 9, [1, 'Khoa Khám bệnh', null, 'Chuyển đổi số', 'x', 'x', 'x', 'x', 'x', 95]);
  put(ws, 10, [2, 'Khoa Nhi', null, 'Thầy thuốc như mẹ hiền', 'x', 'x', 'x', 'x', 'x', 97]);
  put(ws, 11, ['II. CÁ NHÂN'], { bold: true });
  put(ws, 12, [1, 'Nguyễn Thị Lan Anh', 'Điều dưỡng trưởng', 'Chuyển đổi số', 'x', 'x', null, null, null, 96]);
  put(ws, 13, [2, 'Lý Thị Hồng', 'Trưởng khoa Nhi', 'Thầy thuốc như mẹ hiền', 'x', 'x', null, null, null, 98]);
  put(ws, 14, [3, 'Kiều Thị Thanh Nga', 'Nhân viên', 'Xanh - sạch - đẹp', 'x', 'x', null, null, null, 94]);
  put(ws, 16, [null, null, null, 'Sông Lam, ngày 08 tháng 11 năm 2024']);
  put(ws, 17, [null, 'Người lập biểu', null, 'GIÁM ĐỐC'], { bold: true });
  await wb.xlsx.writeFile(path.join(DIR, 'benh-vien-da-khoa-tinh.xlsx'));
}

// Trung tâm Kiểm soát bệnh tật: a flat list with a kind column, movement numbers, birth years and
// its received dates as date cells.
async function cdc() {
  const wb = workbook();
  const ws = wb.addWorksheet('DS');
  put(ws, 1, ['STT', 'Họ và tên', 'Năm sinh', 'Chức vụ', 'Đơn vị công tác', 'Đối tượng', 'Nội dung thi đua', 'Ngày nộp', 'TC1', 'TC2', 'TC3', 'TC4', 'TC5', 'Tỷ lệ phiếu bầu (%)'], { bold: true });
  put(ws, 2, [1, 'Phòng Công nghệ thông tin', null, null, CDC, 'Tập thể', '1', date(10), '✓', '✓', '✓', '✓', '✓', '92,5']);
  put(ws, 3, [2, 'Trần Văn Bình', 1985, 'Kỹ sư công nghệ thông tin', CDC, 'Cá nhân', '1', date(8), 'x', 'x', null, null, null, 94]);
  put(ws, 4, [3, 'Tôn Thất Phước', 1979, 'Kỹ sư môi trường', CDC, 'Cá nhân', '3', date(5), 'x', 'x', null, null, null, 92]);
  put(ws, 5, [4, 'Bùi Văn Tài', 1990, 'Lái xe', CDC, 'Cá nhân', '1', date(12), 'x', 'Không', null, null, null, 80]);
  await wb.xlsx.writeFile(path.join(DIR, 'trung-tam-kiem-soat-benh-tat.xlsx'));
}

// Bệnh viện Y học cổ truyền: a CSV as Excel saves it with Vietnamese settings (";", decimal comma).
function yhct() {
  const lines = [
    `DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG - ${YHCT.toUpperCase()};;;;;;;;;;;`,
    'STT;Họ tên;Chức danh;Loại;Phong trào;Ngày gửi;TC1;TC2;TC3;TC4;TC5;Tỷ lệ phiếu',
    '1;Khoa Dược;;TT;Phong trào 1;12/11/2024;Đạt;Đạt;Đạt;Đạt;Đạt;88',
    '2;Lê Hoàng Minh;Bác sĩ;CN;Phong trào 1;12/11/2024;x;x;;;;90',
    '3;Đinh Thị Thu Trang;Hộ lý;CN;Phong trào 2;13/11/2024;Có;Có;;;;92',
    '4;"Mạc Thị Hương";"Nhân viên; Công đoàn viên";CN;Phong trào 3;13/11/2024;x;x;;;;85,5',
  ];
  fs.writeFileSync(path.join(DIR, 'y-hoc-co-truyen.csv'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(lines.join('\r\n') + '\r\n', 'utf8')]));
}

// Trung tâm Y tế huyện Đồng Xuân: its own column order, no received column, signed after the
// deadline; one row's kind left blank.
async function dx() {
  const wb = workbook();
  const ws = wb.addWorksheet('Đề nghị khen thưởng');
  put(ws, 1, [DX.toUpperCase()], { bold: true });
  put(ws, 2, ['DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG'], { bold: true });
  put(ws, 4, ['Phong trào', 'Đối tượng', 'Họ và tên', 'Chức vụ', 'Tiêu chí 1', 'Tiêu chí 2', 'Tiêu chí 3', 'Tiêu chí 4', 'Tiêu chí 5', 'Tỷ lệ phiếu (%)', 'STT'], { bold: true });
  put(ws, 5, ['1', 'Tập thể', 'Trạm Y tế xã Tân Phú', null, 'x', 'x', 'x', 'x', 'x', 90, 1]);
  put(ws, 6, ['2', 'Tập thể', 'Khoa Sản', null, 'x', 'x', 'x', 'x', 'x', 93, 2]);
  put(ws, 7, ['1', 'Cá nhân', 'Võ Quốc Dũng', 'Kỹ thuật viên', 'x', 'x', null, null, null, 88, 3]);
  put(ws, 8, ['2', null, 'Trương Minh Khoa', 'Bác sĩ', 'x', 'x', null, null, null, 95, 4]);
  put(ws, 10, [null, null, 'Đồng Xuân, ngày 18 tháng 11 năm 2024']);
  put(ws, 11, [null, null, 'GIÁM ĐỐC'], { bold: true });
  await wb.xlsx.writeFile(path.join(DIR, 'ttyt-dong-xuan.xlsx'));
}

// Trung tâm Y tế thành phố Sông Lam: a hidden draft sheet, "Tập thể/Cá nhân được đề nghị" with a
// "TT/CN" column, dates as text, a phone column, and the person the CDC nominates too.
async function tp() {
  const wb = workbook();
  const draft = wb.addWorksheet('Nháp');
  put(draft, 1, ['STT', 'Họ và tên', 'Đối tượng', 'Phong trào']);
  put(draft, 2, [1, 'Bản nháp, không gửi', 'Cá nhân', '1']);
  draft.state = 'hidden';
  const ws = wb.addWorksheet('Danh sách');
  put(ws, 1, ['DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG NĂM 2024'], { bold: true });
  put(ws, 3, ['STT', 'Tập thể/Cá nhân được đề nghị', 'Năm sinh', 'Chức vụ', 'TT/CN', 'Phong trào', 'Ngày nhận', 'Số điện thoại', 'TC1', 'TC2', 'TC3', 'TC4', 'TC5', 'Tỷ lệ phiếu (%)'], { bold: true });
  put(ws, 4, [1, 'Khoa Chẩn đoán hình ảnh', null, null, 'TT', '1', '09/11/2024', null, 'x', 'x', 'x', 'x', 'x', 85]);
  put(ws, 5, [2, 'Trần Văn Bình', 1985, 'Kỹ sư', 'CN', '1', '09/11/2024', '0912 345 678', 'x', 'x', null, null, null, 90]);
  put(ws, 6, [3, 'Cao Văn Lực', 1982, 'Bác sĩ', 'CN', '2', '10/11/2024', null, 'x', 'x', null, null, null, 91]);
  put(ws, 7, [4, 'Ninh Thị Gấm', 1995, 'Hộ lý', 'CN', '3', '10/11/2024', null, 'x', 'x', null, null, null, 83]);
  await wb.xlsx.writeFile(path.join(DIR, 'ttyt-tp-song-lam.xlsx'));
}

// Trung tâm Y tế huyện Tuy An: a Word "Tờ trình" with its list as a table — the header block (a
// borderless table: issuer and number | Quốc hiệu and the place-date line), the title, a two-row
// header ("Tiêu chí" over 1…5, the other headers merged down), group rows for the kinds.
async function ta() {
  const run = (text, bold = false) => new docx.TextRun({ text, bold, font: 'Times New Roman', size: 26 });
  const p = (text, o = {}) => new docx.Paragraph({ children: [run(text, o.bold)], alignment: o.center ? docx.AlignmentType.CENTER : undefined });
  const cell = (c) => {
    const o = typeof c === 'string' || Array.isArray(c) ? { text: c } : c;
    return new docx.TableCell({ children: [].concat(o.text).map((t) => p(t, { center: o.center })), columnSpan: o.span, rowSpan: o.rows });
  };
  const table = (rows, borders) => new docx.Table({ borders, rows: rows.map((r) => new docx.TableRow({ children: r.map(cell) })) });
  const header = table(
    [[{ text: ['SỞ Y TẾ TỈNH SÔNG LAM', TA.toUpperCase(), 'Số: 112/TTr-TTYT'], center: true }, { text: ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Tuy An, ngày 12 tháng 11 năm 2024'], center: true }]],
    docx.TableBorders.NONE,
  );
  const x = ['x', 'x', 'x', 'x', 'x'];
  const list = table([
    [{ text: 'STT', rows: 2 }, { text: 'Họ và tên', rows: 2 }, { text: 'Chức vụ', rows: 2 }, { text: 'Nội dung thi đua', rows: 2 }, { text: 'Tiêu chí', span: 5 }, { text: 'Tỷ lệ phiếu (%)', rows: 2 }],
    ['1', '2', '3', '4', '5'],
    [{ text: 'I. TẬP THỂ', span: 10 }],
    ['1', 'Khoa Hồi sức cấp cứu', '', 'Chuyển đổi số', ...x, '93'],
    [{ text: 'II. CÁ NHÂN', span: 10 }],
    ['1', 'Phan Thị Mỹ Duyên', 'Điều dưỡng', 'Thầy thuốc như mẹ hiền', 'x', 'x', '', '', '', '95'],
    ['2', 'Nguyễn Hữu Phước', 'Bác sĩ', 'Chuyển đổi số', 'x', 'x', '', '', '', '89,5'],
  ]);
  const doc = new docx.Document({
    creator: 'Bình Xét (mẫu)',
    sections: [{
      children: [
        header,
        p('TỜ TRÌNH', { bold: true, center: true }),
        p('Về việc đề nghị khen thưởng phong trào thi đua năm 2024', { center: true }),
        p('Kính gửi: Hội đồng Thi đua - Khen thưởng Sở Y tế'),
        p(`${TA} kính trình Hội đồng xem xét, đề nghị Giám đốc Sở Y tế tặng Giấy khen cho các tập thể, cá nhân có tên trong danh sách dưới đây.`),
        p('DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG', { bold: true, center: true }),
        list,
        p('Nơi nhận:', { bold: true }),
        p('- Như trên;'),
        p('- Lưu: VT.'),
        p('GIÁM ĐỐC', { bold: true, center: true }),
      ],
    }],
  });
  fs.writeFileSync(path.join(DIR, 'to-trinh-khen-thuong.docx'), await docx.Packer.toBuffer(doc));
}

// The units the office expects lists from, as it keeps them.
async function units() {
  const wb = workbook();
  const ws = wb.addWorksheet('Đơn vị');
  [6, 36, 20, 12, 12].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  put(ws, 1, ['DANH SÁCH ĐƠN VỊ TRỰC THUỘC'], { bold: true });
  put(ws, 3, ['STT', 'Tên đơn vị', 'Tên tệp', 'Chỉ tiêu tập thể', 'Chỉ tiêu cá nhân'], { bold: true });
  const list = [[BV, ''], [CDC, ''], [YHCT, ''], [PHOI, ''], [DX, 'TTYT Đồng Xuân'], [TP, 'TTYT TP Sông Lam'], [TA, '']];
  list.forEach(([name, alias], i) => put(ws, 4 + i, [i + 1, name, alias || null, 1, 3]));
  await wb.xlsx.writeFile(UNITS);
}

async function main() {
  fs.rmSync(DIR, { recursive: true, force: true });
  fs.mkdirSync(DIR, { recursive: true });
  await bv();
  await cdc();
  yhct();
  await dx();
  await tp();
  await ta();
  await units();
  process.stdout.write(`Wrote ${fs.readdirSync(DIR).length} units' files to ${path.relative(ROOT, DIR)} and ${path.relative(ROOT, UNITS)}\n`);
}

main().catch((e) => {
  process.stderr.write(String(e && e.stack ? e.stack : e) + '\n');
  process.exit(1);
});
