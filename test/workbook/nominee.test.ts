// One nominee row's cells into the column table: what the secretary sees downstream depends on
// it (duplicates across Unicode forms, one line per unit in the summary, every unreadable mark named).
import { NomineeReader } from '../../src/workbook/nominee';
import { inputAt, TableBuilder, MARK_MET, MARK_UNMET, MARK_UNREADABLE, unitAt } from '../../src/core/table';
import { foldKeyHash } from '../../src/core/normalize';
import type { ColumnMap, Field } from '../../src/workbook/header';
import type { CellValue } from '../../src/workbook/model';
import type { SheetWarning } from '../../src/core/types';

const col = (n: number, field: Field): ColumnMap => ({ col: n, letter: String.fromCharCode(64 + n), header: field, field });
const COLUMNS = [col(1, 'stt'), col(2, 'name'), col(3, 'unit'), col(4, 'kind'), col(5, 'received'), col(6, 'criterion'), col(7, 'criterion'), col(8, 'vote')];

function readRows(rows: CellValue[][], kindAbove: 'individual' | null = null) {
  const out = new TableBuilder(2);
  const warnings: SheetWarning[] = [];
  const reader = new NomineeReader(out, 'DS', 2024, warnings);
  reader.useColumns(COLUMNS);
  rows.forEach((values, k) => reader.read(values, 5 + k, kindAbove, null, '1'));
  return { table: out.build(), warnings };
}

test('a name typed with combining diacritics is read as NFC and hashes as its precomposed twin', () => {
  const { table } = readRows([
    [1, 'Nguyễn Văn An', 'Khoa Nội', 'Cá nhân', '01/10/2024', 'x', 'x', 90],
    [2, 'Nguyễn Văn An'.normalize('NFD') + ' ', 'Khoa Nội', 'Cá nhân', '01/10/2024', 'x', 'x', 90],
  ]);
  expect(table.name[1]).toBe('Nguyễn Văn An');
  expect(table.nameHash[0]).toBe(table.nameHash[1]);
  expect(table.nameHash[0]).toBe(foldKeyHash('Nguyễn Văn An'));
});

test('one unit written two ways is one unit (same key) and keeps the text each row wrote', () => {
  const { table } = readRows([
    [1, 'A', 'Trạm Y tế xã Đức Thắng', 'Cá nhân', '01/10/2024', 'x', 'x', 90],
    [2, 'B', 'trạm y tế xã  đức thắng', 'Cá nhân', '01/10/2024', 'x', 'x', 90],
    [3, 'C', 'Trạm Y tế xã Đức Thắng', 'Cá nhân', '01/10/2024', 'x', 'x', 90],
    [4, 'D', 'Khoa Nội', 'Cá nhân', '01/10/2024', 'x', 'x', 90],
    [5, 'E', null, 'Cá nhân', '01/10/2024', 'x', 'x', 90],
  ]);
  expect([...table.unitKey]).toEqual([table.unitKey[0], table.unitKey[0], table.unitKey[0], table.unitKey[3], -1]);
  expect(table.unitKey[3]).not.toBe(table.unitKey[0]);
  expect([unitAt(table, 0), unitAt(table, 1)]).toEqual(['Trạm Y tế xã Đức Thắng', 'trạm y tế xã đức thắng']);
});

test('marks: one-letter and word marks by their meaning, every unreadable one warned with its cell', () => {
  const { table, warnings } = readRows([
    [1, 'A', 'U', 'Cá nhân', '01/10/2024', 'x', 'X', 90],
    [2, 'B', 'U', 'Cá nhân', '01/10/2024', 'Đạt', '', 90],
    [3, 'C', 'U', 'Cá nhân', '01/10/2024', '?', 'Không', 90],
    [4, 'D', 'U', 'Cá nhân', '01/10/2024', '?', { error: '#N/A' }, 90],
  ]);
  expect([...table.marks]).toEqual([MARK_MET, MARK_MET, MARK_MET, MARK_UNMET, MARK_UNREADABLE, MARK_UNMET, MARK_UNREADABLE, MARK_UNMET]);
  expect(warnings.map((w) => `${w.column}${w.row}`)).toEqual(['F7', 'F8', 'G8']);
  expect(inputAt(table, 2).marks[0]).toEqual({ value: 'unreadable', cell: 'F7', raw: '?' });
  // The error cell is a problem of the row (it goes to review), named by its cell.
  expect(table.problems.get(3)?.map((p) => p.column)).toEqual(['G']);
});

test('a received date that is no date makes the row unreadable there; the kind above fills a blank kind', () => {
  const { table } = readRows([
    [1, 'A', 'U', null, 'hôm qua', 'x', 'x', 90],
    [2, 'B', 'U', 'Tập thể', new Date(Date.UTC(2024, 9, 1)), 'x', 'x', 0.9],
  ], 'individual');
  expect(inputAt(table, 0)).toMatchObject({ received: null, receivedUnreadable: true, kind: 'individual' });
  expect(table.problems.get(0)?.[0].column).toBe('E');
  expect(inputAt(table, 1)).toMatchObject({ received: 45566, kind: 'collective', vote: 0.9 });
});

test('marks of one length and first letter ("có", "c?") alternating down a column are each read as themselves', () => {
  const rows: CellValue[][] = [];
  for (let k = 0; k < 6; k++) rows.push([k + 1, 'A', 'U', 'Cá nhân', '01/10/2024', k % 2 ? 'c?' : 'có', k % 3 ? 'k' : 'K', 90]);
  const { table, warnings } = readRows(rows);
  expect([...table.marks]).toEqual(rows.flatMap((_, k) => [k % 2 ? MARK_UNREADABLE : MARK_MET, MARK_UNMET]));
  // Every unreadable one is named, not only the first of its text.
  expect(warnings.map((w) => `${w.column}${w.row}`)).toEqual(['F6', 'F8', 'F10']);
});

test('kinds in any order down a column: each row its own kind, a blank one the kind above, a wrong one warned on every row', () => {
  // "CN" and "KL" fall in one slot of the reader's kind cache.
  const kinds = ['Tập thể', 'khác', 'Cá nhân', '', 'khác', 'Tập thể', 'TT', 'CN', 'KL', 'CN'];
  const { table } = readRows(kinds.map((k, i) => [i + 1, 'A', 'U', k, '01/10/2024', 'x', 'x', 90]), 'individual');
  expect(kinds.map((_, i) => inputAt(table, i).kind)).toEqual(['collective', null, 'individual', 'individual', null, 'collective', 'collective', 'individual', null, 'individual']);
  expect([...table.problems.keys()]).toEqual([1, 4, 8]);
});

test('a date cell is its UTC day whatever its time; one outside 1970–2099 is a typo, not a date', () => {
  const { table } = readRows([
    [1, 'A', 'U', 'Cá nhân', new Date(Date.UTC(2024, 9, 15, 23, 30)), 'x', 'x', 90],
    [2, 'B', 'U', 'Cá nhân', new Date(Date.UTC(1905, 0, 1)), 'x', 'x', 90],
    [3, 'C', 'U', 'Cá nhân', new Date(NaN), 'x', 'x', 90],
    // Office.js gives a date cell as its serial, with the time as a fraction.
    [4, 'D', 'U', 'Cá nhân', 45580.75, 'x', 'x', 90],
    [5, 'E', 'U', 'Cá nhân', 2024, 'x', 'x', 90],
  ]);
  expect(inputAt(table, 0)).toMatchObject({ received: 45580 });
  expect(inputAt(table, 1)).toMatchObject({ received: null, receivedUnreadable: true });
  expect(inputAt(table, 2)).toMatchObject({ received: null, receivedUnreadable: true });
  expect(table.problems.get(1)?.[0].column).toBe('E');
  expect(inputAt(table, 3)).toMatchObject({ received: 45580 });
  // 2024 as a serial is 16/07/1905: a year typed alone, refused with its cell named.
  expect(inputAt(table, 4)).toMatchObject({ received: null, receivedUnreadable: true });
  expect(table.problems.get(4)?.[0].column).toBe('E');
});
