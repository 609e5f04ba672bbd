import { readUnitsList, readUnitsText } from '../../../src/workbook/intake/unitsList';
import { INTAKE } from '../../../src/core/text/intake';

describe('the units list the secretary keeps', () => {
  it('reads the "Đơn vị" sheet: names, groups, allocations and other names', () => {
    const r = readUnitsList([
      { name: 'Ghi chú', values: [['Họ và tên', 'Đơn vị'], ['x', 'y']] },
      { name: 'Đơn vị', values: [
        ['DANH SÁCH ĐƠN VỊ TRỰC THUỘC'],
        ['STT', 'Tên đơn vị', 'Khối thi đua', 'Chỉ tiêu tập thể', 'Chỉ tiêu cá nhân', 'Tên tệp'],
        [1, 'Khoa Nội', 'Khối lâm sàng', 1, 3, 'khoa-noi; KN'],
        [2, 'Trung tâm Y tế huyện Đồng Xuân', 'Tuyến huyện', '02', 'năm', null],
        [3, null, null, null, null, null],
        [null, 'Tổng cộng', null, 3, 3, null],
      ] },
    ], 'don-vi.xlsx');
    expect(r.units).toEqual([
      { name: 'Khoa Nội', group: 'Khối lâm sàng', allocation: { collective: 1, individual: 3, either: null, text: null }, aliases: ['khoa-noi', 'KN'], isGroup: false },
      { name: 'Trung tâm Y tế huyện Đồng Xuân', group: 'Tuyến huyện', allocation: { collective: 2, individual: null, either: null, text: null }, aliases: [], isGroup: false },
    ]);
    expect(r.problems).toEqual([INTAKE.unitsListBadNumber('don-vi.xlsx', 4, 'E', 'năm')]);
  });

  it('reads a plain list, one unit a line, numbering and title dropped', () => {
    expect(readUnitsText('DANH SÁCH CÁC ĐƠN VỊ\n1. Khoa Nội\n2) Khoa Ngoại\n- Khoa Nội\n\n').map((u) => u.name)).toEqual(['Khoa Nội', 'Khoa Ngoại']);
    expect(readUnitsList([{ name: 'Sheet1', values: [[null, 'Khoa Nội'], [null, 'Khoa Sản']] }], 'x.xlsx').units.map((u) => u.name)).toEqual(['Khoa Nội', 'Khoa Sản']);
  });
});
