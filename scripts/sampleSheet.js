// What the bundled sample lists share (scripts/make-sample.js, scripts/make-sample-history.js):
// the Sở Y tế's units and movements, the cell writer, and the title and footer blocks a real list
// carries above and below its table, so both samples look like the same office's paper.
'use strict';

const UNITS = {
  BV: 'Bệnh viện Đa khoa tỉnh',
  CDC: 'Trung tâm Kiểm soát bệnh tật',
  YHCT: 'Bệnh viện Y học cổ truyền',
  PHOI: 'Bệnh viện Phổi',
  DX: 'Trung tâm Y tế huyện Đồng Xuân',
  TP: 'Trung tâm Y tế thành phố Sông Lam',
};

// Movement labels as units write them in the "Phong trào" column (part of the plan's names).
const MV = { 1: 'Chuyển đổi số', 2: 'Thầy thuốc như mẹ hiền', 3: 'Xanh - sạch - đẹp' };

const FONT = { name: 'Times New Roman', size: 12 };
const CENTER = { horizontal: 'center', vertical: 'middle', wrapText: true };

/** put(row, col, value, {font, numFmt, align}): a cell in the sample's font. */
function cellWriter(ws, font = FONT) {
  return (r, c, v, extra = {}) => {
    const cell = ws.getCell(r, c);
    cell.value = v;
    cell.font = { ...font, ...(extra.font || {}) };
    if (extra.numFmt) cell.numFmt = extra.numFmt;
    if (extra.align) cell.alignment = extra.align;
    return cell;
  };
}

/** The office and motto blocks (rows 1–2), the list's title (row 4) and subtitle (row 5), merged up to `last` (a column letter). */
function writeTitle(ws, put, last, title, subtitle) {
  put(1, 1, 'SỞ Y TẾ TỈNH SÔNG LAM', { align: CENTER });
  ws.mergeCells('A1:C1');
  put(1, 5, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { font: { bold: true }, align: CENTER });
  ws.mergeCells(`E1:${last}1`);
  put(2, 1, 'VĂN PHÒNG SỞ', { font: { bold: true }, align: CENTER });
  ws.mergeCells('A2:C2');
  put(2, 5, 'Độc lập - Tự do - Hạnh phúc', { font: { bold: true }, align: CENTER });
  ws.mergeCells(`E2:${last}2`);
  put(4, 1, title, { font: { bold: true, size: 14 }, align: CENTER });
  ws.mergeCells(`A4:${last}4`);
  put(5, 1, subtitle, { font: { italic: true }, align: CENTER });
  ws.mergeCells(`A5:${last}5`);
}

/** The place-date line and the signatures from row `r` on, the right block over columns from..to. */
function writeFooter(ws, put, r, from, to) {
  put(r, from, 'Sông Lam, ngày 20 tháng 11 năm 2024', { font: { italic: true }, align: CENTER });
  ws.mergeCells(r, from, r, to);
  r++;
  put(r, 2, 'Người lập biểu', { font: { bold: true }, align: CENTER });
  put(r, from, 'CHÁNH VĂN PHÒNG', { font: { bold: true }, align: CENTER });
  ws.mergeCells(r, from, r, to);
  r += 4;
  put(r, 2, 'Nguyễn Thị Thu', { font: { bold: true }, align: CENTER });
  put(r, from, 'Đoàn Văn Sáng', { font: { bold: true }, align: CENTER });
  ws.mergeCells(r, from, r, to);
}

/** A workbook with the samples' fixed metadata: the file must not change from one generation to the next. */
function sampleWorkbook(ExcelJS) {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Bình Xét (mẫu)';
  wb.created = new Date(Date.UTC(2024, 10, 20));
  wb.modified = new Date(Date.UTC(2024, 10, 20));
  return wb;
}

module.exports = { UNITS, MV, FONT, CENTER, cellWriter, writeTitle, writeFooter, sampleWorkbook };
