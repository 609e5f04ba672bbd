// The host-free sheet model: what the workbook layer reads from and asks an adapter to write.
// Both doors (Office.js in src/excel, the package layer in src/package for the CLI and the browser)
// translate to and from these types, so the whole bình xét decision and layout is made once, here
// and in src/core.

/** A cell value as a host gives it. Dates may come as Date (the CLI's reader) or as serial numbers (Office.js). */
export type CellValue = string | number | boolean | Date | null | { error: string };

/** A rectangular block of a sheet, row-major. */
export type Grid = CellValue[][];

/** What an adapter reads from one sheet: its used range from A1 (Office's usedRange may start later: pad). */
export interface SheetData {
  name: string;
  /** Values from A1 to the last used cell; rows may be ragged (missing = null). */
  values: Grid;
  /** Number formats parallel to values where the host knows them (to tell a date serial from a number). */
  numberFormats?: string[][];
  /** As Excel's Worksheet.visibility: a hidden sheet is never scored unless named. Absent: visible. */
  visibility?: 'Visible' | 'Hidden' | 'VeryHidden';
  /**
   * True when the numbers of date cells are the workbook's 1904-system serials (Excel for Mac's
   * option, LibreOffice's): readers add 1462 (core/dateSystem) wherever they take a number as a
   * date; text dates are never shifted. Only the Office.js adapter sets it (Excel gives raw values
   * and no formats). The package layer converts date-formatted cells to the 1900 system as it reads
   * them, so its SheetData leave this unset: setting it there would shift them twice.
   */
  date1904?: boolean;
}

/** A block of cells to write: top-left 1-based row/column, values and optional formats. */
export interface CellBlock {
  row: number;
  col: number;
  values: (string | number | boolean | null)[][];
  /** Number format per cell, or one format for all when a string. */
  numberFormats?: string[][] | string;
  bold?: boolean;
  /** Fill colour per row (hex "RRGGBB"), e.g. for status colouring; null for none. */
  fills?: (string | null)[];
  wrap?: boolean;
  /** Horizontal alignment of every cell (titles and header rows are centred); absent: the host's default. */
  align?: 'left' | 'center' | 'right';
  /** Thin borders around every cell of the block (a printed table's grid). */
  border?: boolean;
}

/** A sheet the add-in owns and regenerates whole (summaries, the plan). */
export interface OwnedSheet {
  name: string;
  blocks: CellBlock[];
  /** Column widths in characters, from column A. */
  columnWidths: number[];
  /** Merged ranges in A1 notation, e.g. "A1:F1". */
  merges: string[];
  /** Print setup: A4, Times New Roman, repeated header rows. */
  print: { landscape: boolean; titleRows: string | null; fitToWidth: boolean };
  font: { name: string; size: number };
  /** Rows to freeze at the top (0 for none). */
  freezeRows: number;
  /**
   * Decimal data validation for cells a user fills in (a scoring sheet's points, with the rubric's
   * maxima): a number from `min` to `max`, refusing anything else with `message`. Absent: none.
   */
  validations?: { range: string; min: number; max: number; message: string }[];
  /**
   * Row heights in points from row 1 (null or missing: the host's default). A file written by a
   * library gets no automatic row heights, so wrapped text would spill over the next row in print:
   * the layout estimates them from the text, the column widths and the font (see printLayout.ts).
   */
  rowHeights?: (number | null)[];
}

/** Everything one bình xét run writes: the result band on the nominations sheet and the owned sheets. */
export interface WritePlan {
  /** The nominations sheet and the band to (re)write; columns outside the band are never touched. */
  band: { sheet: string; firstCol: number; lastCol: number; blocks: CellBlock[]; columnWidths: number[] } | null;
  /** Owned sheets to delete and recreate whole, in order. */
  sheets: OwnedSheet[];
  /**
   * Rows appended to the user's "Lịch sử khen thưởng" sheet (cells empty before, values only), or
   * the sheet added with its header when the workbook has none (workbook/historyWrite.ts).
   */
  history?: HistoryAppend | null;
}

/** Rows to add to the user's history sheet; the sheet is theirs, so nothing else changes. */
export interface HistoryAppend {
  sheet: string;
  /** True when the workbook has no history sheet: the adapter adds it, header row first. */
  create: boolean;
  /** Every cell written, each empty before; values only (the sheet's own formats stay). */
  blocks: CellBlock[];
  /** Records written. */
  rows: number;
  /** With `create`: the new sheet laid out (header, rows, widths), for an adapter that adds sheets whole. */
  newSheet?: OwnedSheet;
}


/** The name marker the add-in writes in its band's header cells and owned sheets, to recognise its own cells. */
export const OWNED_SHEET_PREFIX = 'BX ';

/** The error text an adapter gives for a formula without a cached value (never calculated). */
export const NO_CACHED_VALUE = '#NO_VALUE';
