import { classifyHeader, detectHeader } from '../../src/workbook/header';
import type { Grid } from '../../src/workbook/model';

describe('classifyHeader', () => {
  it.each([
    ['STT', 'stt'],
    ['Số TT', 'stt'],
    ['Họ và tên', 'name'],
    ['HỌ VÀ TÊN\n(đầy đủ)', 'name'],
    ['Tên đơn vị/tập thể', 'name'],
    ['Tên cơ quan, đơn vị', 'name'],
    ['Tập thể/Cá nhân được đề nghị', 'name'],
    ['Chức vụ - Đơn vị công tác', 'position'],
    ['Chức danh', 'position'],
    ['Đơn vị công tác', 'unit'],
    ['Cơ quan/đơn vị', 'unit'],
    ['Đơn vị đề nghị', 'unit'],
    ['Đối tượng', 'kind'],
    ['TT/CN', 'kind'],
    ['Tập thể/Cá nhân', 'kind'],
    ['Nội dung thi đua', 'movement'],
    ['Chuyên đề', 'movement'],
    ['Ngày nhận hồ sơ', 'received'],
    ['Ngày đến', 'received'],
    ['Ngày gửi', 'received'],
    ['Tỷ lệ phiếu bầu (%)', 'vote'],
    ['Số phiếu đồng ý (%)', 'vote'],
    ['Tổng điểm', 'score'],
    ['Điểm chấm', 'score'],
    ['Điểm thưởng', 'bonus'],
    ['Điểm trừ', 'penalty'],
    ['Khối thi đua', 'group'],
    ['Cụm', 'group'],
    ['Nhóm', 'group'],
    ['Ghi chú', 'notes'],
    ['Ngày tiếp nhận hồ sơ', 'received'],
    ['Tên cá nhân, tập thể', 'name'],
    ['Cơ quan, đơn vị công tác', 'unit'],
    ['Tỷ lệ (%)', 'vote'],
  ])('%j → %s', (text, field) => {
    expect(classifyHeader(text).field).toBe(field);
  });

  it('numbers criteria columns in every written form', () => {
    expect(classifyHeader('Tiêu chí 1')).toEqual({ field: 'criterion', index: 1 });
    expect(classifyHeader('TC3')).toEqual({ field: 'criterion', index: 3 });
    expect(classifyHeader('TC 2')).toEqual({ field: 'criterion', index: 2 });
    expect(classifyHeader('Tiêu chuẩn 4')).toEqual({ field: 'criterion', index: 4 });
  });

  it('reads points columns with their maximum', () => {
    expect(classifyHeader('Tiêu chí 1 (10 điểm)')).toEqual({ field: 'points', index: 1, maxPoints: 10 });
    expect(classifyHeader('TC2 (điểm)')).toEqual({ field: 'points', index: 2 });
  });

  it('matches decomposed Unicode the same as precomposed', () => {
    expect(classifyHeader('Họ và tên'.normalize('NFD')).field).toBe('name');
  });

  it.each([
    'Hình thức khen thưởng đề nghị',
    'Danh hiệu đề nghị',
    'Hình thức',
    'Danh hiệu',
    'Hình thức/Danh hiệu đề nghị',
    'HÌNH THỨC KHEN THƯỞNG',
    'Đề nghị hình thức khen thưởng',
    'Danh hiệu thi đua đề nghị',
    'Hình thức khen thưởng\n(đề nghị)',
    'Hình thức khen thưởng đề nghị'.normalize('NFD'),
  ])('%j is the award form proposed', (text) => {
    expect(classifyHeader(text).field).toBe('form');
  });

  it.each(['Danh hiệu thi đua năm 2023', 'Danh hiệu đã đạt', 'Hình thức khen thưởng đã nhận', 'Thành tích đạt được'])(
    '%j (an earlier title, not the form proposed) is no form column',
    (text) => {
      expect(classifyHeader(text).field).not.toBe('form');
    },
  );

  it('does not mistake its own band for the user score column', () => {
    expect(classifyHeader('Bình Xét: Điểm').field).toBeNull();
  });
});

describe('detectHeader', () => {
  it('finds a header below title rows and maps columns with letters', () => {
    const grid: Grid = [
      ['SỞ Y TẾ', null, null],
      ['DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG', null, null],
      [],
      ['STT', 'Họ và tên', 'Đơn vị', 'Ngày nộp', 'TC1', 'TC2'],
      [1, 'Nguyễn Văn A', 'Khoa Nội', '10/11/2024', 'x', 'x'],
    ];
    const h = detectHeader(grid)!;
    expect(h.headerRow).toBe(4);
    expect(h.headerRows).toBe(1);
    expect(h.lastCol).toBe(6);
    expect(h.defaultKind).toBe('individual');
    expect(h.columns.map((c) => [c.letter, c.field, c.index ?? null])).toEqual([
      ['A', 'stt', null],
      ['B', 'name', null],
      ['C', 'unit', null],
      ['D', 'received', null],
      ['E', 'criterion', 1],
      ['F', 'criterion', 2],
    ]);
  });

  it('joins a two-row header: "Tiêu chí" merged over 1 | 2 | 3', () => {
    const grid: Grid = [
      ['STT', 'Tên tập thể', 'Ngày nhận', 'Tiêu chí', null, null, 'Ghi chú'],
      [null, null, null, 1, 2, 3, null],
      [1, 'Khoa Nhi', '01/11/2024', 'x', 'x', 'x', null],
    ];
    const h = detectHeader(grid)!;
    expect(h.headerRow).toBe(1);
    expect(h.headerRows).toBe(2);
    expect(h.defaultKind).toBe('collective');
    const crit = h.columns.filter((c) => c.field === 'criterion');
    expect(crit.map((c) => [c.letter, c.index])).toEqual([
      ['D', 1],
      ['E', 2],
      ['F', 3],
    ]);
    expect(h.columns[6].field).toBe('notes');
  });

  it('skips a numbering row "(1) (2) (3)" under the header', () => {
    const grid: Grid = [
      ['STT', 'Họ và tên', 'Chức vụ', 'Đơn vị'],
      ['(1)', '(2)', '(3)', '(4)'],
      [1, 'Trần Văn B', 'Bác sĩ', 'Khoa Nội'],
    ];
    const h = detectHeader(grid)!;
    expect(h.headerRows).toBe(2);
  });

  it('returns null when no row names a nominee column', () => {
    expect(detectHeader([['Báo cáo'], ['a', 'b', 'c'], [1, 2, 3]])).toBeNull();
    expect(detectHeader([])).toBeNull();
  });

  it('only searches the first 30 rows', () => {
    const grid: Grid = Array.from({ length: 35 }, () => [null]);
    grid.push(['STT', 'Họ và tên', 'Đơn vị']);
    expect(detectHeader(grid)).toBeNull();
  });

  it('recognises an earlier result band and keeps it out of the table', () => {
    const grid: Grid = [
      ['STT', 'Họ và tên', 'Đơn vị', 'Bình Xét: Điểm', 'Bình Xét: Kết quả'],
      [1, 'A', 'B', 2, 'Đề nghị khen thưởng'],
    ];
    const h = detectHeader(grid)!;
    expect(h.lastCol).toBe(3);
    expect(h.bandCols).toEqual([4, 5]);
    expect(h.columns).toHaveLength(3);
  });
});

describe('detectHeader with sub-headers that are no field', () => {
  it('treats "Năm sinh" over "Nam | Nữ" as a two-row header', () => {
    const grid: Grid = [
      ['STT', 'Họ và tên', 'Năm sinh', null, 'Đơn vị'],
      [null, null, 'Nam', 'Nữ', null],
      [1, 'Nguyễn Văn A', 1980, null, 'Khoa Nội'],
    ];
    const h = detectHeader(grid)!;
    expect(h.headerRows).toBe(2);
    expect(h.columns[3].header).toBe('Năm sinh / Nữ');
  });
});

describe('detectHeader on a list of collectives named by "Đơn vị"', () => {
  it('takes the unit column as the name, collectives by default', () => {
    const h = detectHeader([
      ['STT', 'Đơn vị', 'Ngày nộp', 'TC1', 'TC2'],
      [1, 'Khoa Nội', '01/11/2024', 'x', 'x'],
    ])!;
    expect(h.columns[1].field).toBe('name');
    expect(h.defaultKind).toBe('collective');
  });
  it('still needs more than a lone "Đơn vị"', () => {
    expect(detectHeader([['Đơn vị', 'Ghi chú'], ['A', 'b']])).toBeNull();
  });
});

describe('header wordings seen in unseen lists', () => {
  it.each([
    ['Đối tượng\n(TT/CN)', 'kind'],
    ['Ngày, tháng nộp hồ sơ', 'received'],
    ['Tỷ lệ % phiếu bầu', 'vote'],
    ['Kết quả bỏ phiếu (%)', 'vote'],
    ['Cá nhân được đề nghị', 'name'],
    ['Tập thể được đề nghị khen thưởng', 'name'],
    ['Tên phong trào', 'movement'],
    ['Họ và\u00a0tên', 'name'],
  ])('%s → %s', (text, field) => {
    expect(classifyHeader(text).field).toBe(field);
  });

  it('gives no default kind when the name header names both kinds', () => {
    const h = detectHeader([['STT', 'Họ và tên cá nhân/ Tên tập thể', 'Đơn vị'], [1, 'A', 'B']])!;
    expect(h.defaultKind).toBeNull();
  });

  it('takes the kind from "Cá nhân được đề nghị" / "Tập thể được đề nghị"', () => {
    expect(detectHeader([['STT', 'Cá nhân được đề nghị', 'Đơn vị'], [1, 'A', 'B']])!.defaultKind).toBe('individual');
    expect(detectHeader([['STT', 'Tập thể được đề nghị', 'Đơn vị'], [1, 'A', 'B']])!.defaultKind).toBe('collective');
  });

  it('starts the header at a grouping row above it ("Thông tin cá nhân" over Họ và tên | Chức vụ)', () => {
    const values: Grid = [
      ['DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG'],
      ['STT', 'Thông tin cá nhân', null, 'Ngày nộp', 'Tiêu chí', null],
      [null, 'Họ và tên', 'Chức vụ', null, '1', '2'],
      [1, 'Nguyễn Văn A', 'Bác sĩ', '15/10/2024', 'x', 'x'],
    ];
    const h = detectHeader(values)!;
    expect([h.headerRow, h.headerRows]).toEqual([2, 2]);
    expect(h.columns.map((c) => (c.index ? `${c.field}${c.index}` : c.field))).toEqual(['stt', 'name', 'position', 'received', 'criterion1', 'criterion2']);
    expect(h.defaultKind).toBe('individual');
  });

  it('does not take a merged title row above the header as its first row', () => {
    const values: Grid = [
      ['DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG'],
      ['STT', 'Họ và tên', 'Đơn vị', 'TC1'],
      [1, 'A', 'B', 'x'],
    ];
    expect(detectHeader(values)!.headerRow).toBe(2);
  });
});
