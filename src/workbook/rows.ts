// Finding the nominee rows under a detected header. Real lists mix nominees with group rows
// ("I. TẬP THỂ"), blank rows, a total row and a signature footer; only nominees are read (by
// nominee.ts, into the column table), and anything unreadable becomes a RowProblem naming its cell
// (→ review), never a guess and never an exception.
import type { Kind, NominationInput, Plan, SheetWarning } from '../core/types';
import { foldKey, nfc } from '../core/normalize';
import { parseNumber } from '../core/marks';
import { inputsOf, TableBuilder, type NominationTable } from '../core/table';
import type { CellValue, SheetData } from './model';
import { classifyHeader, detectHeader, type ColumnMap, type Field, type HeaderDetection } from './header';
import { isEmpty, markOf, NomineeReader, numberOf, plainText, stringMemo } from './nominee';
import { textNamesForm } from '../core/engine/forms';

export { MAX_CELL_TEXT, NO_CACHED_VALUE } from './nominee';

export interface ReadResult {
  rows: NominationInput[];
  warnings: SheetWarning[];
  /** 1-based row of the last nominee (the header's last row when there is none). */
  lastRow: number;
}

export interface TableReadResult {
  table: NominationTable;
  warnings: SheetWarning[];
  /** 1-based row of the last nominee (the header's last row when there is none). */
  lastRow: number;
}

const DATA_FIELDS: Field[] = ['received', 'criterion', 'points', 'bonus', 'penalty', 'score', 'vote', 'kind', 'movement'];
const NOMINEE_FIELDS: Field[] = ['name', 'unit', 'position', ...DATA_FIELDS];

const FOOTER_RE =
  /^(nguoi lap( bieu)?|lanh dao|thu truong|(pho )?giam doc|(pho )?chanh van phong|chu tich|truong (phong|ban|khoa)|xac nhan|ky ten|ky( va)? ghi ro|noi nhan|tm |kt |ky duyet|nguoi duyet)|ngay \S* ?thang \S* ?nam/;
const TITLE_RE = /^(danh sach|bang tong hop|tong hop|kem theo|bieu mau|mau so)\b/;
const TOTAL_RE = /^(tong cong|tong so|cong)\b/;
/** The name cell of a total row ("Tổng cộng", "Cộng: 05", "Tổng số: 3 tập thể"); "Công đoàn …" is a name. */
const TOTAL_NAME_RE = /^(tong cong|tong so|cong)( \d+.*)?$|^(tong cong|tong so) /;
/** A remark under the table ("Ghi chú: danh sách gồm 05 tập thể…"), never a nominee. */
const REMARK_RE = /^(ghi chu|luu y|chu thich|chu y)\b/;
/** A group row's whole text naming a kind ("TẬP THỂ", "Cá nhân được đề nghị"): a heading even after a number. */
const KIND_HEADING_RE = /^(cac )?(danh sach )?(tap the|ca nhan)( duoc de nghi( khen thuong)?| de nghi( khen thuong)?)?$/;
const NUMERAL_RE = /^([ivxlc]+|[a-h]|\d{1,2})\s*[.)/:-]?\s+/;

/** A movement name without the generic words in front ("Phong trào thi đua thực hiện …"). */
function movementCore(name: string): string {
  let k = foldKey(name);
  for (;;) {
    const next = k.replace(/^(phong trao|thi dua|thuc hien|noi dung|chuyen de|day manh|ve viec|cong tac)\s+/, '');
    if (next === k) return k;
    k = next;
  }
}

function isIntegerLike(v: CellValue | undefined): boolean {
  if (typeof v === 'number') return Number.isInteger(v);
  return typeof v === 'string' && /^\s*\d{1,5}\s*\.?\s*$/.test(v);
}

/** Whether the row carries data: a mark, a number, a date… in one of the data columns. */
function rowHasData(values: CellValue[], dataCols: ColumnMap[], footerLike: (s: string) => boolean): boolean {
  for (const c of dataCols) {
    const v = values[c.col - 1];
    if (isEmpty(v)) continue;
    // The place-date line or a signature title written over a data column is footer text.
    if (typeof v === 'string' && footerLike(v)) continue;
    if (c.field === 'criterion') {
      if (markOf(v) !== 'unreadable') return true;
      continue;
    }
    if (c.field === 'points' || c.field === 'bonus' || c.field === 'penalty' || c.field === 'score') {
      const n = numberOf(parseNumber as never, v);
      if (n.ok && n.value !== null) return true;
      continue;
    }
    return true;
  }
  return false;
}

/** The rows above the header as one text (the list's title). */
function titleText(sheet: SheetData, header: HeaderDetection): string {
  const above: string[] = [];
  for (let r = 0; r < header.headerRow - 1; r++) above.push((sheet.values[r] ?? []).map((v) => plainText(v)).join(' '));
  return above.join(' ');
}

/**
 * Reads every nominee row below the header. The table ends at the footer (signatures, "…, ngày …
 * tháng … năm …"); blank rows, group rows and a total row inside it are skipped.
 *
 * Lists run to 100,000 rows: the per-row tests that only a heading, footer or second header can
 * pass are made only on rows without a number in the STT column (the nominees have one), and texts
 * of repeating cells (marks, kinds, dates) are read once per distinct value.
 */
export function readNominations(sheet: SheetData, header: HeaderDetection, plan: Plan, opts?: { year?: number | null }): ReadResult {
  const r = readNominationTable(sheet, header, plan, opts);
  return { rows: inputsOf(r.table), warnings: r.warnings, lastRow: r.lastRow };
}

/** readNominations into a column table, the form the engine takes (no object per row or cell). */
export function readNominationTable(sheet: SheetData, header: HeaderDetection, plan: Plan, opts?: { year?: number | null }): TableReadResult {
  const year = opts?.year ?? plan.year ?? null;
  const warnings: SheetWarning[] = [];
  const out = new TableBuilder(Math.max(16, sheet.values.length - header.headerRow));
  // The column map in force; a second table on the sheet with a header of its own replaces it.
  const reader = new NomineeReader(out, sheet.name, year, warnings, sheet.date1904 === true);
  let cols: ColumnMap[] = [];
  let dataCols: ColumnMap[] = [];
  let nomineeCols: ColumnMap[] = [];
  /** By column number: 1 for a nominee column (nomineeCols). */
  let isNomineeCol = new Uint8Array(0);
  let sttCol: ColumnMap | undefined;
  let nameCol: ColumnMap | undefined;
  /** Whether the columns in force have a kind column: then the name header's kind is never a row's. */
  let kindCol = false;
  let defaultKind = header.defaultKind;
  const useColumns = (columns: ColumnMap[]) => {
    // Only the first header's columns are the user's table: the result band starts right of them.
    cols = columns.filter((c) => c.field && c.col <= header.lastCol);
    dataCols = cols.filter((c) => DATA_FIELDS.includes(c.field as Field));
    nomineeCols = cols.filter((c) => NOMINEE_FIELDS.includes(c.field as Field));
    isNomineeCol = new Uint8Array(header.lastCol + 2);
    for (const c of nomineeCols) isNomineeCol[c.col] = 1;
    sttCol = cols.find((c) => c.field === 'stt');
    nameCol = cols.find((c) => c.field === 'name');
    kindCol = cols.some((c) => c.field === 'kind');
    reader.useColumns(cols);
  };
  useColumns(header.columns);
  let currentKind: Kind | null = null;
  let currentGroup: string | null = null;
  let currentMovement: string | null = null;
  let currentForm: string | null = null;
  // The plan's award forms: a title or heading naming exactly one sets the form of the rows under it.
  const planForms = [...new Set(plan.movements.flatMap((m) => (m.formQuotas ?? []).map((f) => f.form)))];
  const formNamedBy = (text: string): string | null => {
    const named = planForms.filter((f) => textNamesForm(text, f));
    return named.length === 1 ? named[0] : null;
  };
  const movementKeys = plan.movements.map((m) => ({ id: m.id, key: movementCore(m.name) })).filter((m) => m.key.length >= 6);
  // Units often send one list per movement and say which in the title ("DANH SÁCH ĐỀ NGHỊ KHEN
  // THƯỞNG PHONG TRÀO THI ĐUA "THẦY THUỐC NHƯ MẸ HIỀN""): a title naming exactly one of the plan's
  // movements is the movement of every row (a movement column or heading still wins).
  if (plan.movements.length > 1) {
    const titleKey = foldKey(titleText(sheet, header));
    const named = movementKeys.filter((m) => titleKey.includes(m.key));
    if (named.length === 1) currentMovement = named[0].id;
  }
  // One list per form is common too ("DANH SÁCH ĐỀ NGHỊ TẶNG BẰNG KHEN CỦA CHỦ TỊCH UBND TỈNH").
  if (planForms.length > 0) currentForm = formNamedBy(titleText(sheet, header));
  let lastRow = header.headerRow + header.headerRows - 1;
  const cellKey = (v: CellValue | undefined) => foldKey(plainText(v));
  // The header's own rows, as folded text per column: a header printed again after a page break
  // repeats them. A row is compared column by column and left at the first difference, so a
  // nominee row costs one cell's key (its STT) rather than a key of the whole row.
  const headerKeyRows: string[][] = [];
  for (let i = 0; i < header.headerRows; i++) {
    const vals = sheet.values[header.headerRow - 1 + i];
    const keys: string[] = [];
    for (let c = 0; c < header.lastCol; c++) keys.push(cellKey(vals?.[c]));
    headerKeyRows.push(keys);
  }
  // A number or a date folds to digits, spaces and at most 'e' ("1e 21"), or to 'nan'/'infinity':
  // against any other header key (the "stt" over the nominees' numbers) it differs without its text.
  const numericKey = headerKeyRows.map((keys) => keys.map((k) => /^[0-9e ]*$/.test(k) || k === 'nan' || k === 'infinity'));
  // A row numbered in the STT column repeats the header only if some header row has a number
  // there too (a row of column numbers under the titles); otherwise its STT cell already differs.
  let numberedFor: ColumnMap | undefined | null = null;
  let numberedMayRepeat = true;
  const repeatsHeader = (vals: CellValue[]): boolean => {
    for (let h = 0; h < headerKeyRows.length; h++) {
      const keys = headerKeyRows[h];
      let same = true;
      for (let c = 0; c < keys.length && same; c++) {
        const v = vals[c];
        // An empty cell's key is '': it cannot match a header cell with text.
        if (keys[c] !== '' && (v === null || v === undefined)) same = false;
        else if ((typeof v === 'number' || v instanceof Date) && !numericKey[h][c]) same = false;
        else same = cellKey(v) === keys[c];
      }
      if (same) return true;
    }
    return false;
  };
  const footerLike = stringMemo((s: string) => FOOTER_RE.test(foldKey(s)));
  const headerFieldOf = stringMemo((s: string) => classifyHeader(plainText(s)).field);
  const filledBuf: number[] = [];

  for (let r = header.headerRow - 1 + header.headerRows; r < sheet.values.length; r++) {
    const values = sheet.values[r] ?? [];
    const rowNo = r + 1;
    const sttInt = sttCol ? isIntegerLike(values[sttCol.col - 1]) : false;
    // The filled cells, by column number. A numbered row (a nominee, nearly always) is only ever
    // asked whether it has exactly two, so its count stops at three.
    const width = Math.min(values.length, header.lastCol);
    const most = sttInt ? 3 : width;
    let nFilled = 0;
    for (let c = 0; c < width && nFilled < most; c++) {
      const v = values[c];
      if (v === null || v === undefined) continue;
      // A text starting with a printable ASCII char (a number, most names) is filled: isEmpty is
      // asked only of the others (three calls a row were a fiftieth of the reader's time).
      if (typeof v === 'string') {
        const c0 = v.length === 0 ? 32 : v.charCodeAt(0);
        if ((c0 <= 32 || c0 >= 127) && isEmpty(v)) continue;
      }
      filledBuf[nFilled++] = c + 1;
    }
    if (nFilled === 0) continue;

    if (sttCol !== numberedFor) {
      numberedFor = sttCol;
      const c = sttCol ? sttCol.col - 1 : -1;
      numberedMayRepeat = c < 0 || headerKeyRows.some((keys, h) => keys[c] === undefined || (keys[c] !== '' && numericKey[h][c]));
    }
    if ((!sttInt || numberedMayRepeat) && repeatsHeader(values)) continue;
    // Data a nominee row carries. Text in a criterion/points column that is no mark or number is not
    // data: footers often put the place-date line and signatures ("GIÁM ĐỐC") over those columns.
    // Only the tests below read it: every one for a row without an STT number, and the numbered
    // heading test for a numbered row of two cells.
    const hasData = !sttInt || nFilled === 2 ? rowHasData(values, dataCols, footerLike) : true;

    if (!sttInt) {
      const filled = filledBuf.slice(0, nFilled);
      const texts = filled.map((c) => cellKey(values[c - 1]));
      // Footer: signatures and the place-date line end the table.
      // The name cell of a footer row is empty or a footer phrase ("Người lập biểu"); a nominee whose
      // position is "Giám đốc" has a person's name there and is no footer.
      const nameKey = nameCol ? cellKey(values[nameCol.col - 1]) : '';
      if (!hasData && texts.some((t) => FOOTER_RE.test(t)) && (nameKey === '' || FOOTER_RE.test(nameKey))) break;
      // A total row is not a nominee, even with a count (a formula) under every criterion.
      if (texts.length <= 3 && texts.some((t) => TOTAL_RE.test(t))) continue;
      if (TOTAL_NAME_RE.test(nameKey)) continue;
      // Nor is a remark line between the table and the signatures.
      if (!hasData && filled.length === 1 && REMARK_RE.test(texts[0])) continue;

      // Group rows: "I. TẬP THỂ", "II. CÁ NHÂN", "1. Khối các xã, phường".
      if (!hasData && filled.length <= 2) {
        const joined = filled.map((c) => plainText(values[c - 1])).join(' ');
        const key = foldKey(joined);
        const hadNumeral = NUMERAL_RE.test(key);
        const rest = key.replace(NUMERAL_RE, '');
        // "I. Đề nghị tặng Bằng khen của Chủ tịch UBND tỉnh (tập thể)": a form of the plan, and its kind when it names one.
        const form = planForms.length > 0 ? formNamedBy(rest) : null;
        if (form !== null) {
          currentForm = form;
          const tt = /\btap the\b/.test(rest);
          if (tt !== /\bca nhan\b/.test(rest)) currentKind = tt ? 'collective' : 'individual';
          continue;
        }
        if (/^(cac )?(danh sach )?tap the\b/.test(rest)) {
          currentKind = 'collective';
          continue;
        }
        if (/^(cac )?(danh sach )?ca nhan\b/.test(rest)) {
          currentKind = 'individual';
          continue;
        }
        if (/^(khoi|cum|nhom)\b/.test(rest)) {
          currentGroup = nfc(joined).replace(/^\s*([IVXLCivxlc]+|[A-Ha-h]|\d{1,2})\s*[.)/:-]?\s+/, '');
          continue;
        }
        // A heading naming one of the plan's movements ("1. Phong trào chuyển đổi số") sets the
        // movement of the rows under it, for lists without a movement column.
        const restCore = movementCore(rest);
        const mv = movementKeys.find((m) => restCore.length >= 6 && (restCore.includes(m.key) || m.key.includes(restCore)));
        if (mv && (hadNumeral || /^(phong trao|thi dua|noi dung|chuyen de)\b/.test(rest))) {
          currentMovement = mv.id;
          continue;
        }
        // "I. ĐỀ NGHỊ TẶNG GIẤY KHEN CHO TẬP THỂ": a numbered heading naming one kind.
        if (hadNumeral) {
          const tt = /\btap the\b/.test(rest);
          const cn = /\bca nhan\b/.test(rest);
          if (tt !== cn) {
            currentKind = tt ? 'collective' : 'individual';
            continue;
          }
        }
        // Another numbered heading ("III. KHÁC", "B. Phong trào …"): not a nominee.
        if (hadNumeral && /^([ivxlc]+|[a-h]) /.test(key)) continue;
      }

      // A repeated header (a second table, or a header repeated after a page break) and the title of
      // a second table are not nominees. Only text names a field, and it takes three fields.
      let textCells = 0;
      for (const c of filled) if (typeof values[c - 1] === 'string') textCells++;
      if (textCells >= 3) {
        const fields = new Set<Field>();
        for (const c of filled) {
          const v = values[c - 1];
          if (typeof v !== 'string') continue;
          const f = headerFieldOf(v);
          if (f) fields.add(f);
        }
        if (fields.has('name') && fields.size >= 3) {
          // A second table ("DANH SÁCH CÁ NHÂN…" under the collectives) with other columns: read
          // the rows under it by its own header, and take the kind its name header implies.
          const again = detectHeader(sheet.values.slice(r, r + 4), plan);
          if (again && again.headerRow === 1) {
            useColumns(again.columns);
            if (again.defaultKind) {
              defaultKind = again.defaultKind;
              currentKind = null;
            }
            r += again.headerRows - 1;
          }
          continue;
        }
      }
      if (!hasData && filled.length === 1 && texts[0] && TITLE_RE.test(texts[0])) continue;
    } else if (!hasData && nFilled === 2 && nameCol && (filledBuf[0] === nameCol.col || filledBuf[1] === nameCol.col)) {
      // "1 | TẬP THỂ": a group row numbered in the STT column like the nominees under it.
      const nameText = plainText(values[nameCol.col - 1]);
      const nk = foldKey(nameText);
      const k = KIND_HEADING_RE.exec(nk);
      if (k) {
        currentKind = k[3] === 'tap the' ? 'collective' : 'individual';
        continue;
      }
      // "1 | Khối các bệnh viện", "2 | Phong trào "Thầy thuốc như mẹ hiền"": headings numbered the same way.
      if (/^(khoi|cum|nhom)\b/.test(nk)) {
        currentGroup = nfc(nameText).trim();
        continue;
      }
      if (/^(phong trao|thi dua|noi dung|chuyen de)\b/.test(nk)) {
        const core = movementCore(nk);
        const mv = movementKeys.find((m) => core.length >= 6 && (core.includes(m.key) || m.key.includes(core)));
        if (mv) {
          currentMovement = mv.id;
          continue;
        }
      }
    }

    // A row with only a serial number is an unfilled template row. The filled cells found above
    // answer it for most rows; only a count stopped early leaves the other columns to look at.
    let nominee = false;
    for (let k = 0; k < nFilled && !nominee; k++) if (isNomineeCol[filledBuf[k]]) nominee = true;
    if (!nominee && nFilled === most) {
      for (let k = 0; k < nomineeCols.length; k++) {
        if (!isEmpty(values[nomineeCols[k].col - 1])) {
          nominee = true;
          break;
        }
      }
    }
    if (!nominee) continue;

    // With a kind column, a blank kind cell takes a group row's kind ("I. TẬP THỂ") but never the
    // one the name header implies ("Tên tập thể"): the reader names the cell and the row goes to review.
    reader.read(values, rowNo, kindCol ? currentKind : currentKind ?? defaultKind ?? null, currentGroup, currentMovement, currentForm);
    lastRow = rowNo;
  }
  return { table: out.build(), warnings, lastRow };
}
