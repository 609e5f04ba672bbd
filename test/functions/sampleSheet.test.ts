// The sample workbook's "Hàm TDKT" sheet against the functions as they are now: every formula is
// read back from the .xlsx, its arguments evaluated the way Excel passes them to a custom function
// (serials for date cells, a formula cell's value, "" for an empty cell, null for an omitted
// argument, 2-D arrays for ranges), the function called, and the answer compared with the result
// cached in the file. A change to a function that the sheet does not follow fails here; rerun
// `node scripts/make-sample.js`.
import * as path from 'path';
import ExcelJS from 'exceljs';
import { TDKT } from '../../src/functions/functions';
import { ymdToSerial } from '../../src/core/dates';

const SAMPLE = path.join(__dirname, '../../assets/samples/danh-sach-de-nghi-mau.xlsx');
const SHEET = 'Hàm TDKT';

let wb: ExcelJS.Workbook;
let ws: ExcelJS.Worksheet;

beforeAll(async () => {
  wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(SAMPLE);
  ws = wb.getWorksheet(SHEET) as ExcelJS.Worksheet;
});

const serialOf = (d: Date) => ymdToSerial(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());

/** A cell's value as Excel hands it to a custom function. */
function excelValue(cell: ExcelJS.Cell): unknown {
  // exceljs drops a cached 0 / FALSE from cell.value; cell.result keeps it.
  const v = cell.type === ExcelJS.ValueType.Formula ? cell.result : cell.value;
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return serialOf(v);
  if (typeof v === 'object' && 'error' in (v as object)) return v;
  if (typeof v === 'object' && 'richText' in (v as object)) return (v as ExcelJS.CellRichTextValue).richText.map((r) => r.text).join('');
  return v;
}

/** Splits "a,\"b,c\",,D1:E2" at top-level commas, keeping quoted text whole. */
function splitArgs(s: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (const ch of s) {
    if (ch === '"') quoted = !quoted;
    if (ch === ',' && !quoted) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

function evalArg(a: string): unknown {
  const t = a.trim();
  if (t === '') return null; // an omitted argument
  if (/^".*"$/.test(t)) return t.slice(1, -1).replace(/""/g, '"');
  if (t === 'TRUE' || t === 'FALSE') return t === 'TRUE';
  if (/^-?\d+(\.\d+)?$/.test(t)) return Number(t);
  const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/.exec(t);
  if (!m) throw new Error(`the test cannot evaluate the argument ${t}`);
  if (!m[3]) return excelValue(ws.getCell(`${m[1]}${m[2]}`));
  const c1 = ws.getColumn(m[1]).number;
  const c2 = ws.getColumn(m[3]).number;
  const grid: unknown[][] = [];
  for (let r = Number(m[2]); r <= Number(m[4]); r++) {
    const row: unknown[] = [];
    for (let c = c1; c <= c2; c++) row.push(excelValue(ws.getCell(r, c)));
    grid.push(row);
  }
  return grid;
}

/** What a function answers, as a cell would hold it (an Excel error as {error: code}). */
function callFormula(formula: string): { fn: string; value: unknown } {
  const m = /^_xldudf_TDKT_([A-Z]+)\((.*)\)$/.exec(formula);
  if (!m) throw new Error(`not a TDKT formula as Excel stores it: ${formula}`);
  const fn = m[1] as keyof typeof TDKT;
  expect(Object.keys(TDKT)).toContain(fn);
  const args = splitArgs(m[2]).map(evalArg);
  try {
    return { fn, value: (TDKT[fn] as (...a: unknown[]) => unknown)(...args) };
  } catch (e) {
    return { fn, value: { error: (e as { code?: string }).code } };
  }
}

function formulaCells(): ExcelJS.Cell[] {
  const out: ExcelJS.Cell[] = [];
  ws.eachRow((row) => row.eachCell((cell) => {
    if (cell.type === ExcelJS.ValueType.Formula) out.push(cell);
  }));
  return out;
}

describe('the sample workbook\'s "Hàm TDKT" sheet', () => {
  test('comes after the nominations sheet, so scoring the sample still picks the list', () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Danh sách đề nghị', SHEET]);
  });

  test('every cached result equals what the functions compute now', () => {
    const cells = formulaCells();
    expect(cells.length).toBeGreaterThan(40);
    const used = new Set<string>();
    for (const cell of cells) {
      const model = cell.model as { formula?: string; shareType?: string; ref?: string };
      const { fn, value } = callFormula(String(model.formula));
      used.add(fn);
      if (model.shareType === 'array') {
        // A block (TDKT.BINHXET): the master cell holds the first value, the others plain values.
        expect(Array.isArray(value)).toBe(true);
        const block = value as unknown[][];
        const [from, to] = String(model.ref).split(':');
        const top = ws.getCell(from);
        const bottom = ws.getCell(to);
        expect([Number(bottom.row) - Number(top.row) + 1, Number(bottom.col) - Number(top.col) + 1]).toEqual([block.length, block[0].length]);
        block.forEach((row, i) => row.forEach((v, j) => {
          expect({ at: ws.getCell(Number(top.row) + i, Number(top.col) + j).address, v: excelValue(ws.getCell(Number(top.row) + i, Number(top.col) + j)) })
            .toEqual({ at: ws.getCell(Number(top.row) + i, Number(top.col) + j).address, v });
        }));
      } else {
        expect({ at: cell.address, v: excelValue(cell) }).toEqual({ at: cell.address, v: value });
      }
    }
    // Every function of the add-in appears on the sheet.
    expect([...used].sort()).toEqual(Object.keys(TDKT).sort());
  });

  test('no example shows an error, and the sheet shows both answers of the yes/no functions', () => {
    const values = formulaCells().map((c) => ({ f: String(c.formula), v: excelValue(c) }));
    expect(values.filter((x) => typeof x.v === 'object')).toEqual([]);
    for (const fn of ['ISLATE', 'MET', 'ELIGIBLE']) {
      const got = new Set(values.filter((x) => x.f.startsWith(`_xldudf_TDKT_${fn}(`)).map((x) => x.v));
      expect(got).toEqual(new Set([true, false]));
    }
  });

  test('each function has a Vietnamese note and the formula as typed in Vietnamese Excel', () => {
    const notes = new Map<string, { at: string; typed: string; note: string }>();
    ws.eachRow((row) => {
      const name = row.getCell(1).value;
      if (typeof name === 'string' && /^TDKT\.[A-Z]+$/.test(name)) {
        notes.set(name.slice(5), { at: String(row.getCell(2).value), typed: String(row.getCell(3).value), note: String(row.getCell(4).value) });
      }
    });
    expect([...notes.keys()].sort()).toEqual(Object.keys(TDKT).sort());
    for (const [fn, n] of notes) {
      expect(n.note).toMatch(/[àáảãạăâđêôơưếềệểễốồộổỗớờợởỡứừựửữ]/i);
      expect(n.typed.startsWith(`=TDKT.${fn}(`)).toBe(true);
      expect(n.typed).not.toContain(','); // Vietnamese Excel separates arguments with ";"
      // The example cell named in the note holds that function, stored as Excel stores it.
      const stored = String(ws.getCell(n.at).formula);
      expect(stored.startsWith(`_xldudf_TDKT_${fn}(`)).toBe(true);
      expect(n.typed).toBe('=' + stored.replace(/^_xldudf_TDKT_/, 'TDKT.').replace(/,/g, ';'));
    }
  });
});
