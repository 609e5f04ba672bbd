// TDKT.YEARSINROW and TDKT.CONDITION called as Excel calls them: the history as a 2-D range with
// its header row, "" for empty cells, null for omitted arguments.
import { TDKT } from '../../src/functions/functions';

const HISTORY = [
  ['Họ và tên', 'Đơn vị', 'Năm', 'Danh hiệu', 'Số QĐ', 'Số sáng kiến'],
  ['Nguyễn Thị Lan', 'TTYT Long Điền', 2022, 'Chiến sĩ thi đua cơ sở', '70/QĐ-SYT', 0],
  ['Nguyễn Thị Lan', 'TTYT Long Điền', 2024, 'CSTĐCS', '91/QĐ-SYT', 1],
  ['Nguyễn Thị Lan', 'TTYT Long Điền', 2025, 'Chiến sỹ thi đua cơ sở', '', 1],
  ['Trần Văn Nam', 'TTYT Long Điền', 2025, 'CSTĐCS', '', ''],
  ['', '', '', '', '', ''],
];

function errorOf(call: () => unknown): { code: string; message: string } {
  try {
    throw new Error(`expected an Excel error, got ${JSON.stringify(call())}`);
  } catch (e) {
    const err = e as { code?: string; message?: string };
    if (!err.code) throw e;
    return { code: err.code, message: String(err.message) };
  }
}

describe('TDKT.YEARSINROW', () => {
  test('counts back from the year given; a gap ends the run; another spelling of the form counts', () => {
    expect(TDKT.YEARSINROW('Nguyễn Thị Lan', 'TTYT Long Điền', 'CSTĐCS', 2025, HISTORY)).toBe(2);
    expect(TDKT.YEARSINROW('Nguyễn Thị Lan'.normalize('NFD'), 'ttyt long điền', 'Chiến sĩ thi đua cơ sở', 2022, HISTORY)).toBe(1);
    expect(TDKT.YEARSINROW('Nguyễn Thị Lan', 'TTYT Long Điền', 'CSTĐCS', 2023, HISTORY)).toBe(0);
    expect(TDKT.YEARSINROW('Nguyễn Thị Lan', 'TTYT Long Điền', 'Lao động tiên tiến', 2025, HISTORY)).toBe(0);
  });

  test('bad arguments are Vietnamese errors', () => {
    expect(errorOf(() => TDKT.YEARSINROW('', 'X', 'CSTĐCS', 2025, HISTORY))).toEqual({ code: '#VALUE!', message: 'Chưa có họ tên/tên tập thể.' });
    expect(errorOf(() => TDKT.YEARSINROW('A', 'X', 'CSTĐCS', null as unknown as number, HISTORY)).message).toBe('Chưa có năm xét (ví dụ 2025).');
    expect(errorOf(() => TDKT.YEARSINROW('A', 'X', 'CSTĐCS', 2025, [['a', 'b'], [1, 2]])).message).toMatch(/^Không tìm thấy dòng tiêu đề của bảng lịch sử/);
  });
});

describe('TDKT.CONDITION', () => {
  test('Bằng khen of the province (Article 74 (1)(d), on by default): CSTĐCS in 2024 and 2025 with two initiatives', () => {
    expect(TDKT.CONDITION('Bằng khen của Chủ tịch UBND tỉnh', 'Nguyễn Thị Lan', 'TTYT Long Điền', 2025, HISTORY)).toBe(
      'Đạt: Có CSTĐCS năm 2024, 2025 (02 năm liên tục); 2 sáng kiến trong các năm đó — theo Luật Thi đua, khen thưởng số 06/2022/QH15, Điều 74 khoản 1 điểm d (đã xác nhận).',
    );
  });

  test('a rule not confirmed is checked only when all_rules is TRUE, and then shows its source', () => {
    expect(TDKT.CONDITION('CSTĐ cấp tỉnh', 'Nguyễn Thị Lan', 'TTYT Long Điền', 2025, HISTORY)).toBe('Đạt');
    const all = TDKT.CONDITION('CSTĐ cấp tỉnh', 'Nguyễn Thị Lan', 'TTYT Long Điền', 2025, HISTORY, null, true);
    expect(all).toMatch(/^Không đạt: Có CSTĐCS năm 2024, 2025; thiếu năm 2023 — theo Luật Thi đua, khen thưởng số 06\/2022\/QH15, Điều 22 khoản 1 \(nguồn thứ cấp\)\./);
  });

  test('one CSTĐCS is not two: open (the other standards of Article 74 are for the council)', () => {
    expect(TDKT.CONDITION('Bằng khen UBND tỉnh', 'Trần Văn Nam', 'TTYT Long Điền', 2025, HISTORY, 'CN')).toMatch(/^Cần kiểm tra: Có CSTĐCS năm 2025; thiếu năm 2024/);
    expect(errorOf(() => TDKT.CONDITION('Bằng khen UBND tỉnh', 'Trần Văn Nam', '', 2025, HISTORY, 'nhóm')).message).toMatch(/^Không rõ đối tượng "nhóm"/);
  });
});
