// The column table the reader hands to the engine: rows given as objects survive the trip through
// it (what the custom functions and a script's own rows rely on), however many rows and marks.
import { inputAt, inputsOf, tableFromInputs, TableBuilder, MARK_MET, MARK_UNREADABLE, unitAt } from '../../src/core/table';
import type { NominationInput } from '../../src/core/types';
import { foldKeyHash } from '../../src/core/normalize';

const row = (n: number, extra: Partial<NominationInput> = {}): NominationInput => ({
  row: n, name: `Nguyễn Văn ${n}`, unit: 'Khoa Nội', position: null, kind: n % 2 ? 'individual' : 'collective', movement: '1',
  group: null, received: 45570 + (n % 9), marks: [
    { value: 'met', cell: `F${n}`, raw: '' },
    { value: 'unreadable', cell: `G${n}`, raw: '?' },
  ], points: [], bonus: null, penalty: null, givenScore: null, vote: n % 3 ? 0.9 : null, problems: [], ...extra,
});

test('rows given as objects come back the same from the table, past the builder growing several times', () => {
  const rows = Array.from({ length: 500 }, (_, i) => row(i + 5));
  rows[7] = row(12, { receivedUnreadable: true, received: null, problems: [{ column: 'E', message: 'Ô E12: không đọc được ngày nộp.' }] });
  rows[9] = row(14, { noReceivedColumn: true, received: null, points: [{ value: 40, cell: 'K14', raw: '40' }], bonus: { value: 2, cell: 'L14', raw: '2' }, givenScore: 42 });
  const t = tableFromInputs(rows);
  expect(t.length).toBe(500);
  expect(inputsOf(t)).toEqual(rows);
});

test('a mark whose cell is not its column and row keeps its own reference', () => {
  const r = row(20, { marks: [{ value: 'unmet', cell: 'F9', raw: '' }] });
  expect(inputAt(tableFromInputs([r]), 0).marks[0].cell).toBe('F9');
});

test('texts are NFC in the table, and a blank name or unit is no name or unit', () => {
  const t = tableFromInputs([row(5, { name: 'Nguyễn Văn An'.normalize('NFD'), unit: '   ' })]);
  expect(t.name[0]).toBe('Nguyễn Văn An');
  expect(unitAt(t, 0)).toBeNull();
});

test('the builder keeps each row to its own marks', () => {
  const COLUMNS = ['F', 'G', 'H'];
  const b = new TableBuilder(1);
  for (let i = 0; i < 40; i++) {
    b.add(i + 2, `A${i}`, foldKeyHash(`A${i}`), -1, -1, -1, -1, 1, NaN, 0, NaN, b.columnsKeyOf(COLUMNS));
    for (let j = 0; j <= i % 3; j++) b.mark(j === 1 ? MARK_UNREADABLE : MARK_MET, j === 1 ? `?${i}` : 'x');
  }
  const t = b.build();
  expect(t.length).toBe(40);
  const r = inputAt(t, 38); // 38 % 3 = 2: three marks
  expect(r.marks.map((m) => [m.value, m.cell, m.raw])).toEqual([['met', 'F40', ''], ['unreadable', 'G40', '?38'], ['met', 'H40', '']]);
  expect(inputAt(t, 39).marks).toHaveLength(1);
});
