import { estimateRowHeights, lineHeight, wrappedLines } from '../../src/workbook/printLayout';
import { planOwnedSheet } from '../../src/workbook/planSheet';
import type { OwnedSheet } from '../../src/workbook/model';

const font = { name: 'Times New Roman', size: 12 };

describe('row heights for print', () => {
  it('a long wrapped text in a narrow column gets a taller row than a short one', () => {
    const long = 'Thi đua đẩy mạnh chuyển đổi số trong khám bệnh, chữa bệnh và chăm sóc sức khỏe nhân dân';
    expect(wrappedLines('Khoa Nhi', 30)).toBe(1);
    expect(wrappedLines(long, 30)).toBeGreaterThanOrEqual(3);
    expect(wrappedLines(long, 15)).toBeGreaterThan(wrappedLines(long, 30));
    const heights = estimateRowHeights({ blocks: [{ row: 1, col: 1, values: [['Khoa Nhi'], [long]], wrap: true }], columnWidths: [30], merges: [], font });
    expect(heights[1]!).toBeGreaterThanOrEqual(3 * heights[0]!);
  });

  it('a merged title counts the width of all its columns', () => {
    const title = 'TỔNG HỢP KẾT QUẢ BÌNH XÉT THI ĐUA, KHEN THƯỞNG';
    const sheet = { blocks: [{ row: 1, col: 1, values: [[title]], wrap: true, bold: true }], columnWidths: [7, 36, 10, 10], font };
    expect(estimateRowHeights({ ...sheet, merges: [] })[0]).toBeGreaterThan(lineHeight(12));
    expect(estimateRowHeights({ ...sheet, merges: ['A1:D1'] })[0]).toBe(lineHeight(12));
  });

  it('explicit line breaks count as lines, and a larger font needs taller lines', () => {
    expect(wrappedLines('a\nb\nc', 20)).toBe(3);
    expect(lineHeight(14)).toBeGreaterThan(lineHeight(12));
  });
});

/** The text of every cell a sheet writes, with its 1-based row and column. */
function cells(s: OwnedSheet) {
  const out: { row: number; col: number; v: unknown; wrap: boolean; fmt: string | undefined }[] = [];
  for (const b of s.blocks)
    b.values.forEach((r, i) =>
      r.forEach((v, j) => out.push({ row: b.row + i, col: b.col + j, v, wrap: !!b.wrap, fmt: typeof b.numberFormats === 'string' ? b.numberFormats : b.numberFormats?.[i]?.[j] })),
    );
  return out;
}

describe('the plan sheet prints', () => {
  const plan = {
    title: 'Kế hoạch thi đua năm 2024',
    issuer: 'Sở Y tế',
    year: 2024,
    period: { from: null, to: null },
    movements: [
      {
        id: '1',
        name: 'Thi đua đẩy mạnh chuyển đổi số',
        quota: null,
        quotaNote: null,
        criteria: { collective: ['Hoàn thành xuất sắc nhiệm vụ được giao trong năm, có ít nhất một sáng kiến được Hội đồng khoa học công nhận và áp dụng, không có cá nhân bị kỷ luật từ hình thức khiển trách trở lên, nội bộ đoàn kết, chấp hành tốt chủ trương của Đảng'], individual: [] },
        deadlines: [],
      },
    ],
    deadlines: [],
    allocations: [],
    rubric: null,
    grades: [],
  };
  it('a long criterion wraps in a wide merged cell with a matching height', () => {
    const s = planOwnedSheet(plan as never);
    const c = cells(s).find((x) => typeof x.v === 'string' && x.v.startsWith('Hoàn thành'))!;
    expect(c.col).toBe(4);
    expect(c.wrap).toBe(true);
    const merge = s.merges.find((m) => m.startsWith(`D${c.row}:`));
    expect(merge).toBeDefined();
    expect(s.rowHeights![c.row - 1]).toBeGreaterThan(lineHeight(12));
    expect(s.print.fitToWidth).toBe(true);
  });
});

export { cells };
