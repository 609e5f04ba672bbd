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
// Usage: node scripts/make-sample.js   (deterministic: same bytes-level content every run)
'use strict';
const path = require('path');
const fs = require('fs');
const ExcelJS = require('exceljs');

const ROOT = path.join(__dirname, '..');
const OUT_XLSX = path.join(ROOT, 'assets/samples/danh-sach-de-nghi-mau.xlsx');
const OUT_GOLDEN = path.join(ROOT, 'test/cli/golden/sample.json');

const BV = 'Bệnh viện Đa khoa tỉnh';
const CDC = 'Trung tâm Kiểm soát bệnh tật';
const YHCT = 'Bệnh viện Y học cổ truyền';
const PHOI = 'Bệnh viện Phổi';
const DX = 'Trung tâm Y tế huyện Đồng Xuân';
const TP = 'Trung tâm Y tế thành phố Sông Lam';

// Movement labels as units write them in the "Phong trào" column (part of the plan's names).
const MV = { 1: 'Chuyển đổi số', 2: 'Thầy thuốc như mẹ hiền', 3: 'Xanh - sạch - đẹp' };

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
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Bình Xét (mẫu)';
  // Fixed dates: the workbook must not change from one generation to the next.
  wb.created = new Date(Date.UTC(2024, 10, 20));
  wb.modified = new Date(Date.UTC(2024, 10, 20));
  const ws = wb.addWorksheet('Danh sách đề nghị', { pageSetup: { paperSize: 9, orientation: 'landscape' } });
  const font = { name: 'Times New Roman', size: 12 };
  const widths = [6, 34, 24, 34, 24, 14, 6, 6, 6, 6, 6, 10, 16];
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));

  const put = (r, c, v, extra = {}) => {
    const cell = ws.getCell(r, c);
    cell.value = v;
    cell.font = { ...font, ...(extra.font || {}) };
    if (extra.numFmt) cell.numFmt = extra.numFmt;
    if (extra.align) cell.alignment = extra.align;
    return cell;
  };
  const center = { horizontal: 'center', vertical: 'middle', wrapText: true };

  // Title rows, merged as in real lists.
  put(1, 1, 'SỞ Y TẾ TỈNH SÔNG LAM', { align: center });
  ws.mergeCells('A1:C1');
  put(1, 5, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { font: { bold: true }, align: center });
  ws.mergeCells('E1:M1');
  put(2, 1, 'VĂN PHÒNG SỞ', { font: { bold: true }, align: center });
  ws.mergeCells('A2:C2');
  put(2, 5, 'Độc lập - Tự do - Hạnh phúc', { font: { bold: true }, align: center });
  ws.mergeCells('E2:M2');
  put(4, 1, 'DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG PHONG TRÀO THI ĐUA NĂM 2024', { font: { bold: true, size: 14 }, align: center });
  ws.mergeCells('A4:M4');
  put(5, 1, '(Kèm theo Tờ trình số     /TTr-VP ngày     tháng 11 năm 2024 của Văn phòng Sở)', { font: { italic: true }, align: center });
  ws.mergeCells('A5:M5');

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
  r++;
  put(r, 10, 'Sông Lam, ngày 20 tháng 11 năm 2024', { font: { italic: true }, align: center });
  ws.mergeCells(r, 10, r, 13);
  r++;
  put(r, 2, 'Người lập biểu', { font: { bold: true }, align: center });
  put(r, 10, 'CHÁNH VĂN PHÒNG', { font: { bold: true }, align: center });
  ws.mergeCells(r, 10, r, 13);
  r += 4;
  put(r, 2, 'Nguyễn Thị Thu', { font: { bold: true }, align: center });
  put(r, 10, 'Đoàn Văn Sáng', { font: { bold: true }, align: center });
  ws.mergeCells(r, 10, r, 13);

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

  fs.mkdirSync(path.dirname(OUT_XLSX), { recursive: true });
  fs.mkdirSync(path.dirname(OUT_GOLDEN), { recursive: true });
  await wb.xlsx.writeFile(OUT_XLSX);
  fs.writeFileSync(OUT_GOLDEN, JSON.stringify(golden, null, 2) + '\n');
  process.stdout.write(`wrote ${path.relative(ROOT, OUT_XLSX)} (${TT.length + CN.length} nominees) and ${path.relative(ROOT, OUT_GOLDEN)}\n`);
}

main().catch((e) => {
  process.stderr.write(String(e && e.stack ? e.stack : e) + '\n');
  process.exit(1);
});
