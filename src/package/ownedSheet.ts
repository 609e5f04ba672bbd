// An owned sheet (summaries, the plan, the scoring sheet) as a new worksheet part. Elements follow
// the ECMA-376 order inside <worksheet> (Excel refuses a file that does not). The namespace is the
// workbook's own (Transitional, or Strict for a Strict file).
import { SC } from '../core/text/scoring';
import type { OwnedSheet } from '../workbook/model';
import { colLetter } from './a1';
import { BlockCells, colsXml } from './cells';
import type { StyleBook } from './styleBook';
import { escapeXml } from './xml';

export function ownedSheetXml(s: OwnedSheet, styles: StyleBook, ns: string, date1904 = false): string {
  const cells = new BlockCells(s.blocks, s.font, styles, '', date1904);
  const heights = s.rowHeights ?? [];
  const rowNums = new Set<number>(cells.rows);
  heights.forEach((h, i) => {
    if (h !== null && h !== undefined && h > 0) rowNums.add(i + 1);
  });
  const maxCol = Math.max(1, s.columnWidths.length, cells.maxCol());
  const sorted = [...rowNums].sort((a, b) => a - b);
  const lastRow = sorted.length ? sorted[sorted.length - 1] : 1;
  const rows = sorted
    .map((r) => {
      const h = heights[r - 1];
      const ht = h !== null && h !== undefined && h > 0 ? ` ht="${+h.toFixed(2)}" customHeight="1"` : '';
      return `<row r="${r}"${ht}>${cells.cells(r).map((c) => c.xml).join('')}</row>`;
    })
    .join('');
  const pane =
    s.freezeRows > 0
      ? `<pane ySplit="${s.freezeRows}" topLeftCell="A${s.freezeRows + 1}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A${s.freezeRows + 1}" sqref="A${s.freezeRows + 1}"/>`
      : '';
  const cols = s.columnWidths.length ? `<cols>${colsXml('', s.columnWidths.map((width, i) => ({ col: i + 1, width })))}</cols>` : '';
  const merges = s.merges.length ? `<mergeCells count="${s.merges.length}">${s.merges.map((m) => `<mergeCell ref="${escapeXml(m)}"/>`).join('')}</mergeCells>` : '';
  const dv = s.validations?.length
    ? `<dataValidations count="${s.validations.length}">${s.validations
        .map(
          (v) =>
            `<dataValidation type="decimal" operator="between" allowBlank="1" showErrorMessage="1" errorTitle="${escapeXml(SC.validationTitle)}" error="${escapeXml(v.message)}" sqref="${escapeXml(v.range.replace(/\$/g, ''))}">` +
            `<formula1>${v.min}</formula1><formula2>${v.max}</formula2></dataValidation>`,
        )
        .join('')}</dataValidations>`
    : '';
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<worksheet xmlns="${ns}">` +
    (s.print.fitToWidth ? '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' : '') +
    `<dimension ref="A1:${colLetter(maxCol)}${lastRow}"/>` +
    `<sheetViews><sheetView workbookViewId="0">${pane}</sheetView></sheetViews>` +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    cols +
    `<sheetData>${rows}</sheetData>` +
    merges +
    dv +
    '<pageMargins left="0.6" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>' +
    `<pageSetup paperSize="9" orientation="${s.print.landscape ? 'landscape' : 'portrait'}"${s.print.fitToWidth ? ' fitToWidth="1" fitToHeight="0"' : ''}/>` +
    '</worksheet>'
  );
}
