// The TDKT.* functions called the way Excel calls them: null for an omitted argument, "" for an
// empty cell, serial numbers for date cells, 2-D arrays for ranges. Expected days are written as
// calendar dates (ymd) from shared/domain.md and the real plans in /work/shared/plans.
import { TDKT, excelError } from '../../src/functions/functions';
import { ymdToSerial } from '../../src/core/dates';
import { cachedParseDeadline } from '../../src/core/deadline';

const d = (day: number, month: number, year: number) => ymdToSerial(year, month, day);

/** The Excel error a call raises ({code, message}); fails the test when the call returns normally. */
function errorOf(call: () => unknown): { code: string; message: string } {
  try {
    const v = call();
    throw new Error(`expected an Excel error, got ${JSON.stringify(v)}`);
  } catch (e) {
    const err = e as { code?: string; message?: string };
    if (!err.code) throw e;
    return { code: err.code, message: String(err.message) };
  }
}

const VIETNAMESE = /[ạảãàáâậầấẩẫăắằặẳẵđêếềệểễôốồộổỗơớờợởỡưứừựửữíìịỉĩúùụủũóòọỏõéèẹẻẽýỳỵỷỹ]/i;

function expectVietnameseError(call: () => unknown, code: '#VALUE!' | '#N/A') {
  const e = errorOf(call);
  expect(e.code).toBe(code);
  expect(e.message).toMatch(VIETNAMESE);
  expect(e.message).not.toMatch(/undefined|null|NaN|\[object/);
  return e;
}

const ANNUAL = 'chậm nhất đến trước ngày 15 tháng 10 hàng năm'; // angiang-2023-2030-cchc.txt
const ONE_OFF = 'chậm nhất đến trước ngày 15 tháng 10 năm 2029'; // same plan, the 2023–2030 stage

describe('TDKT.PARSEDATE', () => {
  test('reads the forms offices write', () => {
    expect(TDKT.PARSEDATE('15/6/2023', null as any)).toBe(d(15, 6, 2023));
    expect(TDKT.PARSEDATE('15-06-2023', null as any)).toBe(d(15, 6, 2023));
    expect(TDKT.PARSEDATE('ngày 15 tháng 10 năm 2029', null as any)).toBe(d(15, 10, 2029));
    expect(TDKT.PARSEDATE('2023-06-15', null as any)).toBe(d(15, 6, 2023));
    expect(TDKT.PARSEDATE('ngày 15 tháng 10', 2029)).toBe(d(15, 10, 2029));
  });

  test('a date cell (serial) comes back as the same day; a time part is dropped', () => {
    expect(TDKT.PARSEDATE(d(1, 9, 2026), null as any)).toBe(d(1, 9, 2026));
    expect(TDKT.PARSEDATE(d(1, 9, 2026) + 0.75, null as any)).toBe(d(1, 9, 2026));
  });

  test('impossible, empty and year-less dates are #VALUE! with a Vietnamese reason', () => {
    expect(expectVietnameseError(() => TDKT.PARSEDATE('31/02/2024', null as any), '#VALUE!').message).toMatch(/31\/02\/2024/);
    expectVietnameseError(() => TDKT.PARSEDATE('', null as any), '#VALUE!');
    expectVietnameseError(() => TDKT.PARSEDATE(null, null as any), '#VALUE!');
    expectVietnameseError(() => TDKT.PARSEDATE('xem lại', null as any), '#VALUE!');
    expectVietnameseError(() => TDKT.PARSEDATE('ngày 15 tháng 10', null as any), '#VALUE!');
  });

  test('a year that is not a year is refused rather than guessed', () => {
    expectVietnameseError(() => TDKT.PARSEDATE('15/10', 'abc' as any), '#VALUE!');
  });
});

describe('TDKT.DEADLINE', () => {
  test('the real plan phrases give the last on-time day', () => {
    expect(TDKT.DEADLINE(ANNUAL, 2029, null)).toBe(d(14, 10, 2029));
    expect(TDKT.DEADLINE(ONE_OFF, null as any, null)).toBe(d(14, 10, 2029));
    expect(TDKT.DEADLINE('trước ngày 15/12/2023', null as any, null)).toBe(d(14, 12, 2023));
    expect(TDKT.DEADLINE('đến ngày 25/12/2024', null as any, null)).toBe(d(25, 12, 2024));
    expect(TDKT.DEADLINE('chậm nhất ngày 15/3 năm sau', 2024, null)).toBe(d(15, 3, 2025));
    expect(TDKT.DEADLINE('Tháng 12/2023', null as any, null)).toBe(d(31, 12, 2023));
    expect(TDKT.DEADLINE('Quý II/2023', null as any, null)).toBe(d(30, 6, 2023));
  });

  test('a recurring phrase gives the first occurrence on or after the given day', () => {
    const quarterly = 'hằng quý trước ngày 20 tháng cuối quý';
    expect(TDKT.DEADLINE(quarterly, null as any, d(1, 1, 2026))).toBe(d(19, 3, 2026));
    expect(TDKT.DEADLINE(quarterly, null as any, d(21, 3, 2026))).toBe(d(19, 6, 2026));
    expect(TDKT.DEADLINE(quarterly, null as any, '21/3/2026')).toBe(d(19, 6, 2026));
    expect(TDKT.DEADLINE('hằng tháng trước ngày 25', null as any, d(26, 1, 2026))).toBe(d(24, 2, 2026));
    expect(TDKT.DEADLINE('trước ngày 20 tháng 12 hàng năm', null as any, d(20, 12, 2025))).toBe(d(19, 12, 2026));
    expect(TDKT.DEADLINE('trước ngày 20 tháng 12 hàng năm', null as any, d(19, 12, 2025))).toBe(d(19, 12, 2025));
  });

  test('phrases with no knowable date are #N/A, unreadable ones #VALUE!', () => {
    expectVietnameseError(() => TDKT.DEADLINE('Theo Kế hoạch của cơ quan có thẩm quyền', null as any, null), '#N/A');
    expectVietnameseError(() => TDKT.DEADLINE('trước ngày trao thưởng ít nhất 07 ngày', 2025, null), '#N/A');
    expectVietnameseError(() => TDKT.DEADLINE('ngày mai', null as any, null), '#VALUE!');
    expectVietnameseError(() => TDKT.DEADLINE('', null as any, null), '#VALUE!');
    // Year-less one-off phrase with no year asked: never guessed.
    expectVietnameseError(() => TDKT.DEADLINE('chậm nhất đến trước ngày 15 tháng 10', null as any, null), '#N/A');
  });
});

describe('TDKT.ISLATE and TDKT.DAYSLATE', () => {
  test('against the annual phrase of the An Giang plan', () => {
    expect(TDKT.ISLATE(d(14, 10, 2029), ANNUAL, null as any, null as any)).toBe(false);
    expect(TDKT.ISLATE(d(15, 10, 2029), ANNUAL, null as any, null as any)).toBe(true);
    expect(TDKT.ISLATE('16/10/2029', ANNUAL, null as any, null as any)).toBe(true);
    expect(TDKT.DAYSLATE('16/10/2029', ANNUAL, null as any, null as any)).toBe(2);
    expect(TDKT.DAYSLATE(d(1, 10, 2029), ANNUAL, null as any, null as any)).toBe(0);
  });

  test('a year-less phrase takes the asked year when given', () => {
    // Received early January 2030 for the 2029 round: 83 days late, not on time for 2030.
    expect(TDKT.DAYSLATE(d(5, 1, 2030), 'chậm nhất đến trước ngày 15 tháng 10', null as any, 2029)).toBe(83);
  });

  test('a date as the deadline means "by that day", inclusive', () => {
    expect(TDKT.ISLATE(d(15, 12, 2023), d(15, 12, 2023), null as any, null as any)).toBe(false);
    expect(TDKT.DAYSLATE(d(18, 12, 2023), d(15, 12, 2023), null as any, null as any)).toBe(3);
    expect(TDKT.DAYSLATE('18/12/2023', '15/12/2023', null as any, null as any)).toBe(3);
  });

  test('Điều 148 shift only when asked: Sunday 26/4/2026 and Monday 27/4 (Giỗ Tổ) are off', () => {
    const phrase = 'đến ngày 26/4/2026';
    expect(TDKT.DAYSLATE(d(28, 4, 2026), phrase, null as any, null as any)).toBe(2);
    expect(TDKT.DAYSLATE(d(28, 4, 2026), phrase, false, null as any)).toBe(2);
    expect(TDKT.ISLATE(d(28, 4, 2026), phrase, true, null as any)).toBe(false);
    expect(TDKT.DAYSLATE(d(29, 4, 2026), phrase, true, null as any)).toBe(1);
  });

  test('a missing or unreadable received date is not "on time": it is an error to check', () => {
    expectVietnameseError(() => TDKT.ISLATE('', ANNUAL, null as any, null as any), '#VALUE!');
    expectVietnameseError(() => TDKT.ISLATE(null, ANNUAL, null as any, null as any), '#VALUE!');
    expectVietnameseError(() => TDKT.DAYSLATE('hôm qua', ANNUAL, null as any, null as any), '#VALUE!');
    expectVietnameseError(() => TDKT.ISLATE(d(1, 1, 2026), 'Theo lịch của Khối trưởng', null as any, null as any), '#N/A');
  });

  test('10,000 rows on one phrase: the phrase is parsed once (memoised) and the column stays fast', () => {
    expect(cachedParseDeadline(ANNUAL, null)).toBe(cachedParseDeadline(ANNUAL, null));
    const start = Date.now();
    let late = 0;
    for (let i = 0; i < 10000; i++) if (TDKT.ISLATE(d(1, 10, 2029) + (i % 30), ANNUAL, null as any, null as any)) late++;
    expect(late).toBe(Math.floor(10000 / 30) * 16 + Math.max(0, (10000 % 30) - 14));
    expect(Date.now() - start).toBeLessThan(3000);
  });
});

describe('TDKT.MET', () => {
  test.each([
    ['x', true], ['X', true], ['v', true], ['✓', true], ['Đạt', true], ['Có', true], [1, true], [true, true],
    ['Hoàn thành', true], ['Đạt'.normalize('NFD'), true],
    ['', false], [null, false], ['Không', false], ['Không đạt', false], ['Chưa đạt', false], [0, false],
    [false, false], ['-', false],
  ])('%p → %p', (mark, expected) => {
    expect(TDKT.MET(mark)).toBe(expected);
  });

  test('an unreadable mark is #VALUE! quoting it', () => {
    expect(expectVietnameseError(() => TDKT.MET('xem lại'), '#VALUE!').message).toContain('xem lại');
    expectVietnameseError(() => TDKT.MET('?'), '#VALUE!');
  });
});

describe('TDKT.SCORE and TDKT.ELIGIBLE', () => {
  const row = [['x', 'Đạt', '', 'x']];

  test('criteria met, or points of those met', () => {
    expect(TDKT.SCORE(row, null as any)).toBe(3);
    expect(TDKT.SCORE(row, [[10, 20, 30, 40]])).toBe(70);
    expect(TDKT.SCORE(row, [['2,5', '20', 30, '']])).toBe(22.5);
    expect(TDKT.SCORE([['x'], ['x'], ['không']], null as any)).toBe(2); // a column range works too
  });

  test('unreadable marks or points, and mismatched ranges, are #VALUE!', () => {
    expectVietnameseError(() => TDKT.SCORE([['x', '?']], null as any), '#VALUE!');
    expectVietnameseError(() => TDKT.SCORE(row, [[1, 2, 3]]), '#VALUE!');
    expectVietnameseError(() => TDKT.SCORE(row, [['mười', 2, 3, 4]]), '#VALUE!');
  });

  test('every criterion by default; a minimum count when given; the vote share when asked', () => {
    expect(TDKT.ELIGIBLE([['x', 'x', 'Đạt']], null as any, null, null)).toBe(true);
    expect(TDKT.ELIGIBLE(row, null as any, null, null)).toBe(false);
    expect(TDKT.ELIGIBLE(row, 3, null, null)).toBe(true);
    expect(TDKT.ELIGIBLE(row, 4, null, null)).toBe(false);
    expect(TDKT.ELIGIBLE([['x', 'x']], null as any, '92,5%', '80%')).toBe(true);
    expect(TDKT.ELIGIBLE([['x', 'x']], null as any, 0.7, 0.8)).toBe(false);
    expect(TDKT.ELIGIBLE([['x', 'x']], null as any, '', '80%')).toBe(false);
    expectVietnameseError(() => TDKT.ELIGIBLE([['x', 'chưa rõ']], null as any, null, null), '#VALUE!');
  });
});

describe('TDKT.QUOTA', () => {
  test('quota sentences of the real plans', () => {
    expect(TDKT.QUOTA('Số lượng xét khen thưởng: 05 tập thể và 10 cá nhân', 'tập thể')).toBe(5);
    expect(TDKT.QUOTA('05 tập thể và 10 cá nhân', 'CN')).toBe(10);
    expect(TDKT.QUOTA('Số lượng xét khen thưởng: 10 cá nhân.', 'TT')).toBe(0);
    expect(TDKT.QUOTA('Số lượng xét khen thưởng: 10 cá nhân.', 'Cá nhân')).toBe(10);
    expect(TDKT.QUOTA('không quá 05 cá nhân', 'cá nhân')).toBe(5);
    expect(TDKT.QUOTA('02 trường hợp (tập thể hoặc cá nhân)', 'tập thể')).toBe(2);
  });

  test('no number known is #N/A; a wrong kind is #VALUE!', () => {
    expectVietnameseError(() => TDKT.QUOTA('Số lượng: theo số lượng phân bổ', 'tập thể'), '#N/A');
    expectVietnameseError(() => TDKT.QUOTA('tỷ lệ không quá 10% tập thể, 5% cá nhân', 'cá nhân'), '#N/A');
    expectVietnameseError(() => TDKT.QUOTA('05 tập thể và 10 cá nhân', 'đơn vị'), '#VALUE!');
    expectVietnameseError(() => TDKT.QUOTA('', 'tập thể'), '#VALUE!');
  });
});

describe('TDKT.RANK', () => {
  const scores = [[5], [7], [7], [3], ['']];

  test('score descending; equal keys share the rank; blank rows are not nominees', () => {
    expect(TDKT.RANK(7, scores, null, null as any, null, null as any, null, null as any)).toBe(1);
    expect(TDKT.RANK(5, scores, null, null as any, null, null as any, null, null as any)).toBe(3);
    expect(TDKT.RANK(3, scores, null, null as any, null, null as any, null, null as any)).toBe(4);
  });

  test('ties on score are broken by vote share, then by the earlier received date', () => {
    const votes = [[0.8], [0.9], ['95%'], [0.5], ['']];
    expect(TDKT.RANK(7, scores, '95%', votes, null, null as any, null, null as any)).toBe(1);
    expect(TDKT.RANK(7, scores, 0.9, votes, null, null as any, null, null as any)).toBe(2);
    const same = [[0.9], [0.9], [0.9], [0.9], ['']];
    const received = [[d(1, 10, 2029)], [d(3, 10, 2029)], ['02/10/2029'], [d(1, 10, 2029)], ['']];
    expect(TDKT.RANK(7, scores, 0.9, same, d(3, 10, 2029), received, null, null as any)).toBe(2);
    expect(TDKT.RANK(7, scores, 0.9, same, '02/10/2029', received, null, null as any)).toBe(1);
  });

  test('within a group only', () => {
    const groups = [['Khối A'], ['Khối B'], ['khối a'], ['Khối A'], ['']];
    expect(TDKT.RANK(5, scores, null, null as any, null, null as any, 'Khối A', groups)).toBe(2);
    expect(TDKT.RANK(7, scores, null, null as any, null, null as any, 'Khối B', groups)).toBe(1);
  });

  test('ranges of different sizes are #VALUE!', () => {
    expectVietnameseError(() => TDKT.RANK(7, scores, 0.9, [[1], [2]], null, null as any, null, null as any), '#VALUE!');
  });
});

describe('TDKT.GRADE', () => {
  const bands = [
    ['Xếp loại', 'Từ điểm', 'Không có tiêu chí 0 điểm'],
    ['Hoàn thành xuất sắc', 95, true],
    ['Hoàn thành tốt', 85, true],
    ['Hoàn thành', 75, false],
    ['Không hoàn thành', 0, ''],
  ];

  test('bands best first, each with its conditions', () => {
    expect(TDKT.GRADE(96, bands, null as any)).toBe('Hoàn thành xuất sắc');
    expect(TDKT.GRADE(95, bands, null as any)).toBe('Hoàn thành xuất sắc');
    expect(TDKT.GRADE('92,5', bands, null as any)).toBe('Hoàn thành tốt');
    expect(TDKT.GRADE(80, bands, null as any)).toBe('Hoàn thành');
    expect(TDKT.GRADE(50, bands, null as any)).toBe('Không hoàn thành');
  });

  test('a zero criterion drops to the first band without that condition (domain: 93 → Hoàn thành)', () => {
    expect(TDKT.GRADE(93, bands, true)).toBe('Hoàn thành');
  });

  test('bands in any row order; a bad bands table is #VALUE!', () => {
    expect(TDKT.GRADE(90, [bands[3], bands[1], bands[2]], null as any)).toBe('Hoàn thành tốt');
    expectVietnameseError(() => TDKT.GRADE(90, [['', '', '']], null as any), '#VALUE!');
    expectVietnameseError(() => TDKT.GRADE(90, [bands[1], ['Hoàn thành', 'bảy lăm', false]], null as any), '#VALUE!');
  });
});

describe('TDKT.BINHXET', () => {
  const table = [
    ['DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG NĂM 2029', '', '', '', '', '', ''],
    ['STT', 'Họ và tên', 'Đơn vị', 'Ngày nộp', 'Tiêu chí 1', 'Tiêu chí 2', 'Tỷ lệ phiếu'],
    [1, 'Nguyễn Văn An', 'Khoa Nội', d(14, 10, 2029), 'x', 'x', 0.9],
    [2, 'Trần Thị Bình', 'Khoa Ngoại', '10/10/2029', 'x', 'x', '95%'],
    [3, 'Lê Văn Cường', 'Khoa Nhi', d(9, 10, 2029), 'x', '', 0.99],
    [4, 'Phạm Thị Dung', 'Phòng Kế hoạch', d(16, 10, 2029), 'x', 'x', 0.97],
    [5, 'Hoàng Văn Em', 'Khoa Dược', d(1, 10, 2029), 'x', 'x', 0.8],
    ['', '', '', '', '', '', ''],
    ['', 'Người lập biểu', '', '', '', 'GIÁM ĐỐC', ''],
  ];

  test('spills one result row per table row, lined up with the table', () => {
    const out = TDKT.BINHXET(table, '05 tập thể và 02 cá nhân', ANNUAL, 2029);
    expect(out).toHaveLength(table.length);
    for (const r of out) expect(r).toHaveLength(5);
    expect(out[0]).toEqual(['', '', '', '', '']);
    expect(out[1]).toEqual(['Điểm', 'Trễ hạn (ngày)', 'Đạt tiêu chuẩn', 'Hạng', 'Kết quả']);
    expect(out[7]).toEqual(['', '', '', '', '']);
    expect(out[8]).toEqual(['', '', '', '', '']);
  });

  test('late, ineligible, ranked and cut at the quota by the engine', () => {
    const out = TDKT.BINHXET(table, '05 tập thể và 02 cá nhân', ANNUAL, 2029);
    const byName = (i: number) => out[i];
    // Bình (2 criteria, 95%) > An (2, 90%) > Em (2, 80%): quota 2 individuals.
    expect(byName(3)).toEqual([2, 0, 'Đạt', 1, 'Đề nghị khen thưởng']);
    expect(byName(2)).toEqual([2, 0, 'Đạt', 2, 'Đề nghị khen thưởng']);
    expect(byName(6)[3]).toBe(3);
    expect(byName(6)[4]).toBe('Vượt chỉ tiêu');
    expect(byName(4)[2]).toBe('Không đạt');
    expect(byName(4)[4]).toBe('Không đủ tiêu chuẩn');
    expect(byName(5)[1]).toBe(2);
    expect(byName(5)[4]).toBe('Trễ hạn');
  });

  test('no quota sentence: every eligible on-time nominee is proposed', () => {
    const out = TDKT.BINHXET(table, null as any, ANNUAL, 2029);
    expect([out[2][4], out[3][4], out[6][4]]).toEqual(['Đề nghị khen thưởng', 'Đề nghị khen thưởng', 'Đề nghị khen thưởng']);
  });

  test('a table without a header, or an unreadable deadline, is #VALUE!', () => {
    expectVietnameseError(() => TDKT.BINHXET([['a', 'b'], [1, 2]], '02 cá nhân', ANNUAL, 2029), '#VALUE!');
    expectVietnameseError(() => TDKT.BINHXET([['', '']], '02 cá nhân', ANNUAL, 2029), '#VALUE!');
    expectVietnameseError(() => TDKT.BINHXET(table, '02 cá nhân', 'ngày mai', 2029), '#VALUE!');
  });
});

describe('errors inside Excel', () => {
  const g = globalThis as any;
  afterEach(() => {
    delete g.CustomFunctions;
  });

  test('are CustomFunctions.Error objects with the Excel code and the Vietnamese message', () => {
    class FakeError {
      constructor(readonly code: string, readonly message: string) {}
    }
    g.CustomFunctions = { Error: FakeError, ErrorCode: { invalidValue: '#VALUE!', notAvailable: '#N/A' } };
    let thrown: unknown;
    try {
      TDKT.PARSEDATE('31/02/2024', null as any);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(FakeError);
    expect((thrown as FakeError).code).toBe('#VALUE!');
    expect((thrown as FakeError).message).toMatch(/không tồn tại/);
    expect(excelError('notAvailable', 'x')).toBeInstanceOf(FakeError);
  });

  test('long messages are cut so Excel shows them', () => {
    expect(excelError('invalidValue', 'a'.repeat(1000)).message.length).toBeLessThanOrEqual(250);
  });
});
