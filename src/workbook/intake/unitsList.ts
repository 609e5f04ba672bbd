// The units a secretary expects lists from, as she keeps them: a "Đơn vị" sheet (or a .csv) with a
// column of unit names and, when she has them, the unit's group, its allocation ("Tập thể",
// "Cá nhân") and other names its files carry ("Tên tệp", "Viết tắt"); or a plain list, one unit a
// line. Read into ExpectedUnit for the merge.
import { foldKey, nfc } from '../../core/normalize';
import { parseNumber } from '../../core/marks';
import type { ExpectedUnit } from '../../core/intake/units';
import { INTAKE } from '../../core/text/intake';
import type { CellValue, SheetData } from '../model';
import { cellText } from '../cell';
import { colLetter } from '../a1';

type UnitsField = 'unit' | 'group' | 'collective' | 'individual' | 'either' | 'alias';

const EXACT: Record<string, UnitsField> = {
  'don vi': 'unit',
  'ten don vi': 'unit',
  'co quan don vi': 'unit',
  'ten co quan don vi': 'unit',
  'ten don vi co quan': 'unit',
  'don vi truc thuoc': 'unit',
  'ten co quan': 'unit',
  'co quan': 'unit',
  khoi: 'group',
  cum: 'group',
  nhom: 'group',
  'khoi thi dua': 'group',
  'cum thi dua': 'group',
  tt: 'collective',
  cn: 'individual',
};

function fieldOf(text: string): UnitsField | null {
  const k = foldKey(text);
  if (!k) return null;
  if (EXACT[k]) return EXACT[k];
  if (/^(ten tep|tep|ten viet tat|viet tat|ma|ma don vi|ky hieu|ten khac|ten goi khac)\b/.test(k)) return 'alias';
  if (/\btruong hop\b|\bchi tieu chung\b/.test(k)) return 'either';
  if (/\btap the\b/.test(k)) return 'collective';
  if (/\bca nhan\b/.test(k)) return 'individual';
  return null;
}

const HEADER_ROWS = 30;
const NUMBERING = /^\s*(?:\d{1,3}\s*[.)/-]|[-–+•*])\s*/;

/** A header row naming a unit column, its columns by field. */
function findHeader(values: CellValue[][]): { row: number; cols: Map<UnitsField, number> } | null {
  for (let r = 0; r < Math.min(values.length, HEADER_ROWS); r++) {
    const cols = new Map<UnitsField, number>();
    (values[r] ?? []).forEach((v, c) => {
      const f = fieldOf(cellText(v));
      if (f && !cols.has(f)) cols.set(f, c);
    });
    if (cols.has('unit')) return { row: r, cols };
  }
  return null;
}

/** Units of a sheet with a header row. */
function unitsUnderHeader(sheet: SheetData, h: { row: number; cols: Map<UnitsField, number> }, fileName: string, problems: string[]): ExpectedUnit[] {
  const out: ExpectedUnit[] = [];
  const at = (vals: CellValue[], f: UnitsField) => {
    const c = h.cols.get(f);
    return c === undefined ? undefined : vals[c];
  };
  for (let r = h.row + 1; r < sheet.values.length; r++) {
    const vals = sheet.values[r] ?? [];
    const name = cellText(at(vals, 'unit'));
    if (!name || /^(tong cong|tong so|cong)\b/.test(foldKey(name))) continue;
    const num = (f: UnitsField): number | null => {
      const v = at(vals, f);
      const t = cellText(v);
      if (!t) return null;
      const n = parseNumber(v);
      if (n === null || !Number.isFinite(n)) {
        problems.push(INTAKE.unitsListBadNumber(fileName, r + 1, colLetter((h.cols.get(f) ?? 0) + 1), t));
        return null;
      }
      return n;
    };
    const collective = num('collective');
    const individual = num('individual');
    const either = num('either');
    const aliases = cellText(at(vals, 'alias')).split(/\s*[;,]\s*/).filter(Boolean);
    out.push({
      name,
      group: cellText(at(vals, 'group')) || null,
      allocation: collective === null && individual === null && either === null ? null : { collective, individual, either, text: null },
      aliases,
      isGroup: false,
    });
  }
  return out;
}

/** Units of a plain list: the first column's texts, numbering removed, a title line skipped. */
function unitsOfLines(lines: string[]): ExpectedUnit[] {
  const out: ExpectedUnit[] = [];
  for (const line of lines) {
    const name = nfc(line.replace(NUMBERING, ''));
    const k = foldKey(name);
    if (!k || /^\d+$/.test(k) || /^(danh sach|cac don vi)\b/.test(k)) continue;
    if (!out.some((u) => foldKey(u.name) === k)) out.push({ name, group: null, allocation: null, aliases: [], isGroup: false });
  }
  return out;
}

/**
 * The expected units of a units workbook or .csv: the sheet named "Đơn vị" (or "Danh sách đơn
 * vị") first, else the first sheet with a unit column, else the first column of the first sheet.
 */
export function readUnitsList(sheets: SheetData[], fileName: string): { units: ExpectedUnit[]; problems: string[] } {
  const problems: string[] = [];
  const named = sheets.filter((s) => /^(danh sach )?(cac )?don vi\b/.test(foldKey(s.name)));
  for (const s of [...named, ...sheets.filter((x) => !named.includes(x))]) {
    const h = findHeader(s.values);
    if (h) return { units: unitsUnderHeader(s, h, fileName, problems), problems };
  }
  const first = named[0] ?? sheets[0];
  const lines: string[] = [];
  if (first) {
    let col = Infinity;
    for (const row of first.values) {
      const c = (row ?? []).findIndex((v) => cellText(v) !== '');
      if (c >= 0) col = Math.min(col, c);
    }
    if (col !== Infinity) for (const row of first.values) lines.push(cellText((row ?? [])[col]));
  }
  return { units: unitsOfLines(lines), problems };
}

/** The expected units of a text file, one unit a line. */
export function readUnitsText(text: string): ExpectedUnit[] {
  return unitsOfLines(text.split(/\r?\n/));
}
