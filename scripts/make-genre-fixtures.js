#!/usr/bin/env node
// Generates the workbooks of test/fixtures/genre/ (the wider genre of issue 10): a points sheet
// scored on a rubric with grade bands and quotas per group, a nominations list under allocations
// per group with a movement quota, a list under a pooled quota and one under a percentage quota.
// The expected outcomes are NOT written here: test/cli/genre.test.ts works them out from the
// plans' rules. Deterministic: dates are UTC date cells, no timestamps in the files' cells.
//
// Usage: node scripts/make-genre-fixtures.js
'use strict';
const path = require('path');
const ExcelJS = require('exceljs');

const DIR = path.join(__dirname, '..', 'test', 'fixtures', 'genre');
const day = (d, m, y) => new Date(Date.UTC(y, m - 1, d));

async function write(file, sheetName, titleRows, header, rows) {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Bình Xét fixtures';
  wb.created = new Date(Date.UTC(2025, 0, 1));
  wb.modified = wb.created;
  const ws = wb.addWorksheet(sheetName);
  for (const t of titleRows) ws.addRow(t);
  ws.addRow(header).font = { bold: true };
  for (const r of rows) ws.addRow(r);
  rows.forEach((r, i) => {
    r.forEach((v, j) => {
      if (v instanceof Date) ws.getRow(titleRows.length + 2 + i).getCell(j + 1).numFmt = 'dd/mm/yyyy';
    });
  });
  await wb.xlsx.writeFile(path.join(DIR, file));
}

// ---- 1. Points sheet for ke-hoach-cham-diem.txt (rubric 10 + 60 + 30, bonus ≤ 3, penalty ≤ 3).
// Title on row 1, blank row 2, header on row 3: the first unit is on worksheet row 4.
const SO = 'Khối các sở, ban, ngành tỉnh';
const HUYEN = 'Khối huyện, thành phố';
const points = [
  // STT, name, group, TC1, TC2, TC3, bonus, penalty
  [1, 'Sở Tài chính', SO, 10, 60, 30, 2, 0],
  [2, 'Sở Xây dựng', SO, 10, 58, 29, 0, 0],
  [3, 'Sở Công Thương', SO, 9, 60, 28, 0, 0],
  [4, 'Sở Y tế', SO, 10, 55, 25, 0, 0],
  [5, 'Sở Tư pháp', SO, 0, 60, 30, 3, 0],
  [6, 'Sở Giáo dục và Đào tạo', SO, 8, 50, 22, 0, 2],
  [7, 'Sở Nông nghiệp và Môi trường', SO, 5, 40, 20, 0, 0],
  [8, 'Sở Văn hóa, Thể thao và Du lịch', SO, 12, 60, 30, 0, 0],
  [9, 'Sở Khoa học và Công nghệ', SO, 10, 60, 28, 0, -1],
  [10, 'UBND huyện Tân Hồng', HUYEN, 10, 60, 30, 1, 0],
  [11, 'UBND thành phố Sa Đéc', HUYEN, 10, 59, 30, 0, 0],
  [12, 'UBND huyện Lai Vung', HUYEN, 10, 56, 29, 0, 1],
  [13, 'UBND huyện Châu Thành', HUYEN, 10, 55, 30, 0, 0],
  [14, 'UBND huyện Tháp Mười', HUYEN, 10, 50, 25, 0, 0],
  [15, 'UBND huyện Cao Lãnh', HUYEN, 10, 40, 25, 0, 0],
  [16, 'UBND huyện Tam Nông', HUYEN, 10, 40, '24,5', 0, 0],
];

// ---- 2. Nominations under allocations (ke-hoach-phan-bo.txt): header on row 2.
const TU = 'Cơ quan Trung ương trên địa bàn thành phố';
const XA = 'Các xã, phường';
const nominations = [
  // STT, name, unit, kind, group, received, TC1, TC2, vote
  [1, 'Cục Thuế thành phố', 'Cục Thuế thành phố', 'Tập thể', TU, day(1, 11, 2025), 'x', 'x', 0.95],
  [2, 'Kho bạc Nhà nước khu vực XIX', 'Kho bạc Nhà nước khu vực XIX', 'Tập thể', TU, day(2, 11, 2025), 'x', 'x', 0.9],
  [3, 'Bảo hiểm xã hội thành phố', 'Bảo hiểm xã hội thành phố', 'Tập thể', TU, day(3, 11, 2025), 'x', 'x', 0.85],
  [4, 'Phường Ninh Kiều', 'Phường Ninh Kiều', 'Tập thể', XA, day(4, 11, 2025), 'x', 'x', 0.99],
  [5, 'Phường Cái Khế', 'Phường Cái Khế', 'Tập thể', XA, day(5, 11, 2025), 'x', 'x', 0.8],
  [6, 'Xã Phong Điền', 'Xã Phong Điền', 'Tập thể', XA, day(6, 11, 2025), 'x', '', 0.97],
  [7, 'Phường Hưng Lợi', 'Phường Hưng Lợi', 'Tập thể', XA, day(17, 11, 2025), 'x', 'x', 0.98],
  [8, 'Nguyễn Văn An', 'Cục Thuế thành phố', 'Cá nhân', TU, day(3, 11, 2025), 'x', null, 0.98],
  [9, 'Trần Thị Bình', 'Cục Thuế thành phố', 'Cá nhân', TU, day(3, 11, 2025), 'x', null, 0.96],
  [10, 'Lê Văn Cường', 'Kho bạc Nhà nước khu vực XIX', 'Cá nhân', TU, day(4, 11, 2025), 'x', null, 0.94],
  [11, 'Phạm Thị Dung', 'Kho bạc Nhà nước khu vực XIX', 'Cá nhân', TU, day(10, 11, 2025), 'x', null, 0.92],
  [12, 'Hoàng Văn Em', 'Bảo hiểm xã hội thành phố', 'Cá nhân', TU, day(5, 11, 2025), 'x', null, 0.9],
  [13, 'Võ Thị Phương', 'Phường Ninh Kiều', 'Cá nhân', XA, day(6, 11, 2025), 'x', null, 0.97],
  [14, 'Đặng Văn Giang', 'Phường Cái Khế', 'Cá nhân', XA, day(10, 11, 2025), 'x', null, 0.92],
  [15, 'Bùi Thị Hạnh', 'Phường Cái Khế', 'Cá nhân', XA, day(7, 11, 2025), '?', null, 0.99],
];

// ---- 3. Pooled quota (ke-hoach-gop.txt): both kinds ranked together; header on row 1.
const pooled = [
  [1, 'Phường An Bình', 'Phường An Bình', 'Tập thể', day(10, 11, 2025), 'x', '90%'],
  [2, 'Nguyễn Văn Tâm', 'Phường An Bình', 'Cá nhân', day(11, 11, 2025), 'x', '95%'],
  [3, 'Trần Thị Thu', 'Xã Mỹ Khánh', 'Cá nhân', day(12, 11, 2025), 'x', '85%'],
  [4, 'Xã Mỹ Khánh', 'Xã Mỹ Khánh', 'Tập thể', day(13, 11, 2025), 'x', '80%'],
];

// ---- 4. Percentage quota (test/fixtures/plans/percent.txt: 10% tập thể, 5% cá nhân; by 20/11/2024).
const percent = [
  [1, 'Phòng Kế hoạch - Tài chính', 'Sở Y tế', 'TT', day(1, 11, 2024), 'x', 'x', 0.9],
  [2, 'Phòng Nghiệp vụ Y', 'Sở Y tế', 'TT', day(2, 11, 2024), 'x', 'x', 0.95],
  [3, 'Văn phòng Sở', 'Sở Y tế', 'TT', day(3, 11, 2024), 'x', 'x', 0.85],
  [4, 'Ngô Văn Khoa', 'Phòng Nghiệp vụ Y', 'CN', day(4, 11, 2024), 'x', 'x', 0.93],
  [5, 'Lý Thị Lan', 'Văn phòng Sở', 'CN', day(5, 11, 2024), 'x', 'x', 0.97],
  [6, 'Mai Văn Minh', 'Văn phòng Sở', 'CN', day(6, 11, 2024), 'x', 'x', 0.91],
];

async function main() {
  await write(
    'bang-diem.xlsx',
    'Bảng điểm',
    [['BẢNG TỔNG HỢP ĐIỂM THI ĐUA NĂM 2025'], []],
    ['STT', 'Tên cơ quan, đơn vị', 'Khối thi đua', 'Tiêu chí 1 (10 điểm)', 'Tiêu chí 2 (60 điểm)', 'Tiêu chí 3 (30 điểm)', 'Điểm thưởng', 'Điểm trừ'],
    points,
  );
  await write(
    'danh-sach-phan-bo.xlsx',
    'Danh sách',
    [['DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG PHONG TRÀO "CHUNG TAY XÂY DỰNG ĐÔ THỊ VĂN MINH"']],
    ['STT', 'Tên tập thể/Họ và tên', 'Đơn vị', 'Đối tượng', 'Khối', 'Ngày nộp', 'Tiêu chí 1', 'Tiêu chí 2', 'Tỷ lệ phiếu'],
    nominations,
  );
  await write('danh-sach-gop.xlsx', 'Danh sách', [], ['STT', 'Họ và tên', 'Đơn vị', 'Đối tượng', 'Ngày nộp', 'Tiêu chí 1', 'Tỷ lệ phiếu'], pooled);
  await write('danh-sach-ty-le.xlsx', 'Danh sách', [], ['STT', 'Họ và tên', 'Đơn vị', 'TT/CN', 'Ngày nộp', 'TC1', 'TC2', 'Tỷ lệ phiếu'], percent);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
