import { detectHeader } from '../../src/workbook/header';
import { readNominationTable, readNominations } from '../../src/workbook/rows';
import type { Grid, SheetData } from '../../src/workbook/model';
import { DEFAULT_SETTINGS, type Plan } from '../../src/core/types';
import { decide } from '../../src/core/binhxet';

const PLAN: Plan = {
  title: 'KH',
  issuer: '',
  year: 2024,
  period: { from: null, to: null },
  movements: [{ id: '1', name: 'Thi đua', quota: null, quotaNote: null, criteria: { collective: ['a', 'b'], individual: ['a', 'b'] }, deadlines: [] }],
  deadlines: [],
  allocations: [],
  rubric: null,
  grades: [],
};

function read(values: Grid) {
  const sheet: SheetData = { name: 'DS', values };
  const h = detectHeader(values)!;
  expect(h).not.toBeNull();
  return readNominations(sheet, h, PLAN, { year: 2024 });
}

describe('readNominations', () => {
  it('takes the kind from group rows and skips group, blank, total and footer rows', () => {
    const r = read([
      ['DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG'],
      [],
      ['STT', 'Tên tập thể, cá nhân được đề nghị', 'Đơn vị', 'Ngày nộp', 'TC1', 'TC2'],
      ['I', 'TẬP THỂ'],
      [1, 'Khoa Nội', 'Bệnh viện A', '10/11/2024', 'x', 'x'],
      [],
      ['II', 'CÁ NHÂN'],
      [1, 'Nguyễn Văn A', 'Bệnh viện A', new Date(Date.UTC(2024, 10, 9)), '✓', 'Đạt'],
      [2, 'Trần Thị B', 'Bệnh viện B', 45608, 'x', 'Không'],
      [null, 'Tổng cộng: 03'],
      [],
      [null, 'Người lập biểu', null, null, 'GIÁM ĐỐC'],
      [null, 'Lê Văn C', null, null, 'Phạm Văn D'],
    ]);
    expect(r.rows.map((x) => [x.row, x.name, x.kind])).toEqual([
      [5, 'Khoa Nội', 'collective'],
      [8, 'Nguyễn Văn A', 'individual'],
      [9, 'Trần Thị B', 'individual'],
    ]);
    expect(r.lastRow).toBe(9);
    expect(r.rows[1].received).toBe(45605); // 09/11/2024
    expect(r.rows[2].received).toBe(45608); // a bare serial
    expect(r.rows[2].marks.map((m) => [m.cell, m.value])).toEqual([
      ['E9', 'met'],
      ['F9', 'unmet'],
    ]);
    expect(r.warnings).toEqual([]);
  });

  it('reads a kind column and vote shares in every form', () => {
    const r = read([
      ['Họ và tên', 'Đối tượng', 'Tỷ lệ phiếu'],
      ['A', 'TT', '92,5'],
      ['B', 'Cá nhân', '85%'],
      ['C', 'CN', 0.88],
      ['D', 'gì đó', 95],
    ]);
    expect(r.rows.map((x) => x.kind)).toEqual(['collective', 'individual', 'individual', null]);
    expect(r.rows.map((x) => x.vote)).toEqual([0.925, 0.85, 0.88, 0.95]);
    expect(r.rows[3].problems).toEqual([{ column: 'B', message: expect.stringContaining('B5'), field: 'kind' }]);
  });

  it('turns unreadable cells into problems naming the cell, never a crash', () => {
    const r = read([
      ['Họ và tên', 'Ngày nộp', 'TC1', 'Tỷ lệ phiếu'],
      ['A', '31/02/2023', 'x', 90],
      ['B', '10/11/2024', '?', { error: '#N/A' }],
      ['x'.repeat(100_000), '10/11/2024', 'x', 'nhiều'],
    ]);
    expect(r.rows).toHaveLength(3);
    expect(r.rows[0].receivedUnreadable).toBe(true);
    expect(r.rows[0].problems[0].column).toBe('B');
    expect(r.rows[1].marks[0].value).toBe('unreadable');
    expect(r.rows[1].problems).toEqual([{ column: 'D', message: expect.stringContaining('#N/A') }]);
    expect(r.rows[2].name!.length).toBe(1000);
    expect(r.rows[2].problems.map((p) => p.column)).toEqual(['A', 'D']);
    expect(r.warnings.map((w) => `${w.column}${w.row}`)).toEqual(['B2', 'C3', 'D3', 'A4', 'D4']);
  });

  it('normalises decomposed Unicode and skips template rows holding only a number', () => {
    const r = read([
      ['STT', 'Họ và tên', 'Đơn vị'],
      [1, 'Nguyễn Thị Hà'.normalize('NFD'), 'Khoa Nhi'.normalize('NFD')],
      [2, null, null],
      [3, null, null],
    ]);
    expect(r.rows).toHaveLength(1);
    expect(r.rows[0].name).toBe('Nguyễn Thị Hà'.normalize('NFC'));
    expect(r.rows[0].unit).toBe('Khoa Nhi');
  });

  it('sets the group from group rows ("1. Khối …") and from a group column', () => {
    const r = read([
      ['Tên tập thể', 'Đơn vị', 'Ngày nộp'],
      ['I. Khối các xã, phường'],
      ['Trạm Y tế xã A', 'TTYT', '01/11/2024'],
      ['Trạm Y tế xã B', 'TTYT', '01/11/2024'],
    ]);
    expect(r.rows.map((x) => x.group)).toEqual(['Khối các xã, phường', 'Khối các xã, phường']);
    expect(r.rows.map((x) => x.kind)).toEqual(['collective', 'collective']);
  });
});

describe('readNominations with a rubric and plan criteria', () => {
  const plan: Plan = {
    ...PLAN,
    rubric: { items: [{ id: '1', text: 'Công tác lãnh đạo, chỉ đạo', maxPoints: 10 }, { id: '2', text: 'Kết quả thực hiện nhiệm vụ', maxPoints: 90 }], bonusMax: 3, penaltyMax: 3, total: 100 },
  };
  it('reads points per item, bonus and penalty with decimal commas', () => {
    const values: Grid = [
      ['Tên đơn vị', 'Tiêu chí 1 (10 điểm)', 'Tiêu chí 2 (90 điểm)', 'Điểm thưởng', 'Điểm trừ', 'Tổng điểm'],
      ['Phòng A', 9.5, '85,5', 1, null, 96],
      ['Phòng B', 'mười', 80, null, '0,5', null],
    ];
    const h = detectHeader(values, plan)!;
    expect(h.columns.map((c) => [c.field, c.index ?? null, c.maxPoints ?? null])).toEqual([
      ['name', null, null],
      ['points', 1, 10],
      ['points', 2, 90],
      ['bonus', null, null],
      ['penalty', null, null],
      ['score', null, null],
    ]);
    const r = readNominations({ name: 'S', values }, h, plan);
    expect(r.rows[0].points.map((p) => p.value)).toEqual([9.5, 85.5]);
    expect(r.rows[0].bonus!.value).toBe(1);
    expect(r.rows[0].penalty!.value).toBeNull();
    expect(r.rows[0].givenScore).toBe(96);
    expect(r.rows[1].penalty!.value).toBe(0.5);
    expect(r.rows[1].points[0]).toEqual({ value: null, cell: 'B3', raw: 'mười' });
    expect(r.rows[1].problems.map((p) => p.column)).toEqual(['B']);
  });

  it('maps a column headed by a criterion own text to its number', () => {
    const p2: Plan = { ...PLAN, movements: [{ ...PLAN.movements[0], criteria: { collective: ['Hoàn thành xuất sắc nhiệm vụ được giao', 'Nội bộ đoàn kết'], individual: [] } }] };
    const h = detectHeader([['Tên tập thể', 'Hoàn thành xuất sắc nhiệm vụ được giao', 'Ngày nộp'], ['A', 'x', '01/11/2024']], p2)!;
    expect(h.columns[1]).toMatchObject({ field: 'criterion', index: 1 });
  });

  it('does not take a bare year or a tiny number for a received date', () => {
    const r = read([
      ['Họ và tên', 'Ngày nộp'],
      ['A', 2024],
    ]);
    expect(r.rows[0].received).toBeNull();
    expect(r.rows[0].receivedUnreadable).toBe(true);
  });
});

describe('readNominations on lists with extra tables', () => {
  it('skips a second table title and its repeated header, and reads its rows', () => {
    const r = read([
      ['STT', 'Họ và tên', 'Đơn vị', 'Đối tượng', 'Ngày nộp'],
      [1, 'Nguyễn Văn A', 'Khoa Nội', 'CN', '01/11/2024'],
      [],
      [null, 'DANH SÁCH BỔ SUNG'],
      ['STT', 'Họ và tên', 'Đơn vị', 'Đối tượng', 'Ngày nộp'],
      [1, 'Trần Văn B', 'Khoa Nhi', 'CN', '02/11/2024'],
    ]);
    expect(r.rows.map((x) => x.name)).toEqual(['Nguyễn Văn A', 'Trần Văn B']);
  });

  it('says a formula without a cached value was never calculated', () => {
    const r = read([
      ['Họ và tên', 'Ngày nộp'],
      ['A', { error: '#NO_VALUE' }],
    ]);
    expect(r.rows[0].problems[0]).toEqual({ column: 'B', message: expect.stringContaining('chưa được tính') });
  });
});

describe('readNominations with movement headings', () => {
  const twoMovements: Plan = {
    ...PLAN,
    movements: [
      { ...PLAN.movements[0], id: '2.1', name: 'Thi đua đẩy mạnh chuyển đổi số' },
      { ...PLAN.movements[0], id: '2.2', name: 'Thi đua thực hiện Thầy thuốc như mẹ hiền' },
    ],
  };

  // A list without a movement column: each heading names the movement of the rows under it.
  const headed: Grid = [
    ['STT', 'Họ và tên', 'Đơn vị', 'Ngày nộp'],
    ['A', 'Thi đua đẩy mạnh chuyển đổi số'],
    [1, 'Nguyễn Văn A', 'Khoa Nội', '01/11/2024'],
    ['B', 'Phong trào Thầy thuốc như mẹ hiền'],
    [1, 'Trần Văn B', 'Khoa Nhi', '02/11/2024'],
  ];

  it('takes the movement from a heading row naming a plan movement', () => {
    const plan = twoMovements;
    const values = headed;
    const r = readNominations({ name: 'S', values }, detectHeader(values, plan)!, plan);
    expect(r.rows.map((x) => [x.name, x.movement])).toEqual([
      ['Nguyễn Văn A', '2.1'],
      ['Trần Văn B', '2.2'],
    ]);
  });

  it('scores the rows under each movement heading in that movement, headings taking turns', () => {
    const plan = twoMovements;
    const values: Grid = [
      ...headed,
      [2, 'Lê Thị C', 'Khoa Nhi', '02/11/2024'],
      ['C', 'Thi đua đẩy mạnh chuyển đổi số'],
      [1, 'Phạm Văn D', 'Khoa Dược', '03/11/2024'],
    ];
    const sheet = { name: 'S', values };
    const t = readNominationTable(sheet, detectHeader(values, plan)!, plan).table;
    const d = decide(plan, t, { ...DEFAULT_SETTINGS, year: 2024 });
    expect([...d.movement].map((k) => plan.movements[k].id)).toEqual(['2.1', '2.2', '2.2', '2.1']);
  });
});

describe('readNominations footer detection', () => {
  it('does not end the table at a nominee whose position is "Giám đốc"', () => {
    const r = read([
      ['Họ và tên', 'Chức vụ', 'Đơn vị'],
      ['Nguyễn Văn A', 'Giám đốc', 'Trung tâm Y tế huyện X'],
      ['Trần Thị B', 'Phó Giám đốc', 'Bệnh viện Y'],
      [],
      ['Người lập biểu', null, 'GIÁM ĐỐC'],
      ['Lê Văn C', null, 'Phạm Văn D'],
    ]);
    expect(r.rows.map((x) => x.name)).toEqual(['Nguyễn Văn A', 'Trần Thị B']);
  });
});

describe('readNominations on lists as offices make them', () => {
  it('ends the table at a place-date line written over the vote column', () => {
    const r = read([
      ['STT', 'Họ và tên', 'Đơn vị', 'TC1', 'Tỷ lệ phiếu'],
      [1, 'Nguyễn Văn A', 'Khoa Nội', 'x', 92.5],
      [],
      [null, null, null, null, 'Sông Lam, ngày 20 tháng 10 năm 2024'],
      [null, 'Người lập biểu', null, null, 'THỦ TRƯỞNG ĐƠN VỊ'],
      [null, '(Ký, ghi rõ họ tên)', null, null, '(Ký, ghi rõ họ tên, đóng dấu)'],
      [null, 'Lê Thị Lập', null, null, 'Trần Văn Trưởng'],
    ]);
    expect(r.rows.map((x) => x.name)).toEqual(['Nguyễn Văn A']);
    expect(r.warnings).toEqual([]);
  });

  it('takes "1 | TẬP THỂ" with a number in the STT column as a group row', () => {
    const r = read([
      ['STT', 'Tên tập thể, cá nhân', 'Đơn vị', 'TC1'],
      [1, 'TẬP THỂ'],
      [1, 'Khoa Nội', 'BV A', 'x'],
      [2, 'CÁ NHÂN'],
      [1, 'Nguyễn Văn A', 'BV A', 'x'],
    ]);
    expect(r.rows.map((x) => [x.row, x.name, x.kind])).toEqual([
      [3, 'Khoa Nội', 'collective'],
      [5, 'Nguyễn Văn A', 'individual'],
    ]);
  });

  it('takes the kind from a numbered heading that names it late, and skips remark lines', () => {
    const r = read([
      ['STT', 'Tên tập thể, cá nhân', 'Đơn vị', 'TC1'],
      ['I. ĐỀ NGHỊ TẶNG GIẤY KHEN CHO TẬP THỂ'],
      [1, 'Khoa Nội', 'BV A', 'x'],
      ['II. ĐỀ NGHỊ TẶNG GIẤY KHEN CHO CÁ NHÂN'],
      [1, 'Nguyễn Văn A', 'BV A', 'x'],
      [null, 'Ghi chú: danh sách gồm 01 tập thể và 01 cá nhân.'],
    ]);
    expect(r.rows.map((x) => [x.name, x.kind])).toEqual([
      ['Khoa Nội', 'collective'],
      ['Nguyễn Văn A', 'individual'],
    ]);
  });

  it('skips a two-row header and its numbering row printed again after a page break', () => {
    const values: Grid = [
      ['STT', 'Họ và tên', 'Đơn vị', 'Tiêu chí', null],
      [null, null, null, '1', '2'],
      ['1', '2', '3', '4', '5'],
      [1, 'Nguyễn Văn A', 'BV A', 'x', 'x'],
      ['STT', 'Họ và tên', 'Đơn vị', 'Tiêu chí', null],
      [null, null, null, '1', '2'],
      ['1', '2', '3', '4', '5'],
      [2, 'Trần Thị B', 'BV B', 'x', 'x'],
    ];
    const r = read(values);
    expect(r.rows.map((x) => [x.row, x.name])).toEqual([
      [4, 'Nguyễn Văn A'],
      [8, 'Trần Thị B'],
    ]);
    expect(r.warnings).toEqual([]);
  });
});

describe('readNominations: the movement named in the title', () => {
  const TWO: Plan = {
    ...PLAN,
    movements: [
      { ...PLAN.movements[0], id: '1', name: 'Thi đua đẩy mạnh chuyển đổi số' },
      { ...PLAN.movements[0], id: '2', name: 'Thi đua thực hiện “Thầy thuốc như mẹ hiền”' },
    ],
  };
  const readTwo = (values: Grid) => readNominations({ name: 'DS', values }, detectHeader(values)!, TWO, { year: 2024 });

  it('gives every row the one movement the title names', () => {
    const r = readTwo([
      ['DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG PHONG TRÀO THI ĐUA "THẦY THUỐC NHƯ MẸ HIỀN" NĂM 2024'],
      ['STT', 'Họ và tên', 'Đơn vị', 'TC1'],
      [1, 'Nguyễn Văn A', 'BV A', 'x'],
    ]);
    expect(r.rows[0].movement).toBe('2');
  });

  it('gives none when the title names no movement, and a movement column still wins', () => {
    expect(readTwo([['DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG NĂM 2024'], ['STT', 'Họ và tên', 'Đơn vị'], [1, 'A', 'B']]).rows[0].movement).toBeNull();
    const r = readTwo([
      ['DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG PHONG TRÀO "THẦY THUỐC NHƯ MẸ HIỀN"'],
      ['STT', 'Họ và tên', 'Phong trào'],
      [1, 'A', '1'],
    ]);
    expect(r.rows[0].movement).toBe('1');
  });
});

describe('readNominations: two tables on one sheet', () => {
  it('reads the second table by its own header and kind', () => {
    const r = read([
      ['STT', 'Tên tập thể', 'Đơn vị', 'TC1', 'TC2', 'TC3'],
      [1, 'Khoa Nội', 'BV A', 'x', 'x', 'x'],
      [],
      ['STT', 'Họ và tên', 'Chức vụ', 'Đơn vị', 'TC1', 'TC2'],
      [1, 'Nguyễn Văn A', 'Bác sĩ', 'Khoa Nội', 'x', 'Không'],
    ]);
    expect(r.rows.map((x) => [x.row, x.name, x.kind, x.unit, x.position])).toEqual([
      [2, 'Khoa Nội', 'collective', 'BV A', null],
      [5, 'Nguyễn Văn A', 'individual', 'Khoa Nội', 'Bác sĩ'],
    ]);
    expect(r.rows[1].marks.map((m) => [m.cell, m.value])).toEqual([
      ['E5', 'met'],
      ['F5', 'unmet'],
    ]);
  });
});

describe('readNominations: numbering in letters and a total row of counts', () => {
  it('skips "A | B | C | 1 | 2" under the header and a "Tổng cộng" row counting marks', () => {
    const r = read([
      ['STT', 'Tên tập thể', 'Đơn vị', 'TC1', 'TC2'],
      ['A', 'B', 'C', '1', '2'],
      [1, 'Khoa Nội', 'BV A', 'x', 'x'],
      [2, 'Công đoàn Bệnh viện', 'BV A', 'x', null],
      [null, 'Tổng cộng', null, 2, 1],
    ]);
    expect(r.rows.map((x) => [x.row, x.name])).toEqual([
      [3, 'Khoa Nội'],
      [4, 'Công đoàn Bệnh viện'],
    ]);
    expect(r.warnings).toEqual([]);
  });
});

describe('readNominations: a sheet of a 1904 workbook (SheetData.date1904)', () => {
  it('counts a date number 1462 days on and reads a text date as written', () => {
    const values: Grid = [
      ['STT', 'Họ và tên', 'Ngày nộp', 'TC1'],
      // 01/10/2024: the 1900 serial is 45566, the 1904 workbook stores 44104.
      [1, 'Nguyễn Văn A', 44104, 'x'],
      [2, 'Trần Thị B', '01/10/2024', 'x'],
    ];
    const h = detectHeader(values)!;
    const mac = readNominations({ name: 'DS', values, date1904: true }, h, PLAN, { year: 2024 });
    expect(mac.rows.map((r) => r.received)).toEqual([45566, 45566]);
    expect(mac.warnings).toEqual([]);
    // The same number in a 1900 workbook is 30/09/2020.
    expect(readNominations({ name: 'DS', values }, h, PLAN, { year: 2024 }).rows[0].received).toBe(44104);
  });
});
