import { pickSheet, scoreSheet } from '../../src/workbook/scoreWorkbook';
import type { Grid, SheetData, WritePlan } from '../../src/workbook/model';
import { DEFAULT_SETTINGS, type Plan } from '../../src/core/types';
import { isUserError } from '../../src/core/errors';

const PLAN: Plan = {
  title: 'Kế hoạch thử',
  issuer: '',
  year: 2024,
  period: { from: null, to: null },
  movements: [
    {
      id: '1',
      name: 'Thi đua thử',
      quota: { collective: 1, individual: 1, either: null, percent: null },
      quotaNote: null,
      criteria: { collective: ['A', 'B'], individual: ['A', 'B'] },
      deadlines: [],
    },
  ],
  deadlines: [],
  allocations: [],
  rubric: null,
  grades: [],
};
const SETTINGS = { ...DEFAULT_SETTINGS, year: 2024, deadlineOverride: 'trước ngày 15/11/2024' };

const GRID: Grid = [
  ['DANH SÁCH'],
  ['STT', 'Họ và tên', 'Đơn vị', 'Ngày nộp', 'TC1', 'TC2', 'Tỷ lệ phiếu'],
  [1, 'Nguyễn Văn A', 'Khoa Nội', '10/11/2024', 'x', 'x', 95],
  [2, 'Trần Thị B', 'Khoa Ngoại', '11/11/2024', 'x', 'x', 90],
  [3, 'Lê Văn C', 'Khoa Sản', '20/11/2024', 'x', 'x', 99],
  [4, 'Phạm Thị D', 'Khoa Nhi', '12/11/2024', 'x', 'Không', 99],
  [],
  [null, 'Người lập biểu'],
];

function sheet(values: Grid, name = 'DS'): SheetData {
  return { name, values };
}

/** What the band would leave in the sheet: the SheetData after applying a band. */
function applyBand(values: Grid, plan: WritePlan): Grid {
  const out = values.map((r) => [...r]);
  for (const b of plan.band!.blocks) {
    b.values.forEach((row, i) =>
      row.forEach((v, j) => {
        const r = b.row - 1 + i;
        while (out.length <= r) out.push([]);
        out[r][b.col - 1 + j] = v;
      }),
    );
  }
  return out;
}

function userError(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (isUserError(e)) return e.message;
    throw e;
  }
  throw new Error('no error');
}

describe('scoreSheet', () => {
  it('lays the band right of the table, from the header row to the last nominee', () => {
    const o = scoreSheet(sheet(GRID), ['DS'], PLAN, SETTINGS);
    expect(o.header.headerRow).toBe(2);
    const band = o.writePlan.band!;
    expect(band.firstCol).toBe(8);
    expect(band.lastCol).toBe(13);
    expect(band.blocks[0]).toMatchObject({ row: 2, col: 8, bold: true });
    expect(band.blocks[0].values[0][0]).toBe('Bình Xét: Điểm');
    const data = band.blocks[1];
    expect(data.row).toBe(3);
    expect(data.values).toHaveLength(4); // rows 3–6, not the footer
    expect(data.values.map((r) => r[4])).toEqual(['Đề nghị khen thưởng', 'Vượt chỉ tiêu', 'Trễ hạn', 'Không đủ tiêu chuẩn']);
    expect(data.values[2][2]).toBe(6); // 20/11 vs last on-time 14/11
    expect(data.fills![0]).toBe('C6EFCE');
    expect(o.writePlan.sheets.map((s) => s.name).slice(0, 4)).toEqual(['Thông tin văn bản', 'BX Tổng hợp', 'BX Trễ hạn', 'BX Đề nghị']);
    expect(o.json.headerRow).toBe(2);
  });

  it('regenerates its own band: scoring its own output gives the same plan', () => {
    const o1 = scoreSheet(sheet(GRID), ['DS'], PLAN, SETTINGS);
    const o2 = scoreSheet(sheet(applyBand(GRID, o1.writePlan)), ['DS', 'BX Tổng hợp'], PLAN, SETTINGS);
    expect(o2.writePlan).toEqual(o1.writePlan);
    expect(o2.json).toEqual(o1.json);
  });

  it('adds "Xếp loại" with grade bands, and clears it when a later run has none', () => {
    const graded: Plan = { ...PLAN, grades: [{ name: 'Hoàn thành xuất sắc', minScore: 0, noZeroCriterion: false }] };
    const o1 = scoreSheet(sheet(GRID), ['DS'], graded, SETTINGS);
    expect(o1.writePlan.band!.blocks[0].values[0]).toHaveLength(7);
    expect(o1.writePlan.band!.blocks[0].values[0][6]).toBe('Bình Xét: Xếp loại');
    const o2 = scoreSheet(sheet(applyBand(GRID, o1.writePlan)), ['DS'], PLAN, SETTINGS);
    const band = o2.writePlan.band!;
    expect(band.lastCol).toBe(14);
    expect(band.blocks[0].values[0][6]).toBeNull();
    expect(band.blocks[1].values.every((r) => r[6] === null)).toBe(true);
  });

  it('refuses to overwrite user cells in the band area, naming them', () => {
    const g = GRID.map((r) => [...r]);
    g[3][9] = 'ghi chú tay'; // J4
    const msg = userError(() => scoreSheet(sheet(g), ['DS'], PLAN, SETTINGS));
    expect(msg).toContain('J4');
    expect(msg).toContain('không trống và không do Bình Xét tạo');
  });

  it('says what is missing: no header, no rows', () => {
    expect(userError(() => scoreSheet(sheet([['a'], ['b']]), ['DS'], PLAN, SETTINGS))).toContain('Không tìm thấy dòng tiêu đề');
    expect(userError(() => scoreSheet(sheet(GRID.slice(0, 2)), ['DS'], PLAN, SETTINGS))).toContain('Có tiêu đề nhưng không có dòng nào');
  });

  it('accepts a header corrected by the user', () => {
    const o = scoreSheet(sheet(GRID), ['DS'], PLAN, SETTINGS);
    const h = { ...o.header, columns: o.header.columns.map((c) => (c.letter === 'G' ? { ...c, field: null } : c)) };
    const o2 = scoreSheet(sheet(GRID), ['DS'], PLAN, SETTINGS, { header: h });
    expect(o2.rows.every((r) => r.vote === null)).toBe(true);
  });

  it('prints a date on the summaries only when given one', () => {
    const text = (o: ReturnType<typeof scoreSheet>) => JSON.stringify(o.writePlan.sheets.find((s) => s.name === 'BX Tổng hợp')!.blocks);
    expect(text(scoreSheet(sheet(GRID), ['DS'], PLAN, SETTINGS))).not.toContain('Ngày lập');
    expect(text(scoreSheet(sheet(GRID), ['DS'], PLAN, SETTINGS, { date: '2024-11-20' }))).toContain('Ngày lập: 20/11/2024');
  });
});

describe('pickSheet', () => {
  const sheets = [
    { name: 'BX Tổng hợp', values: GRID },
    { name: 'Bìa', values: [['Trang bìa']] as Grid },
    { name: 'Danh sách', values: GRID },
  ];
  it('takes the first sheet with a header that Bình Xét does not own', () => {
    expect(pickSheet(sheets)).toBe('Danh sách');
  });
  it('takes the named sheet, also with other case or Unicode form', () => {
    expect(pickSheet(sheets, 'Bìa')).toBe('Bìa');
    expect(pickSheet(sheets, 'danh sách'.normalize('NFD'))).toBe('Danh sách');
  });
  it('names the missing sheet', () => {
    expect(userError(() => pickSheet(sheets, 'Khác'))).toContain('Không có trang tính "Khác"');
  });
});

describe('pickSheet with the plan', () => {
  it('recognises a sheet whose only field columns carry the criteria’s own text', () => {
    const plan = {
      title: 'KH', issuer: 'Sở', year: 2024, period: { from: null, to: null },
      movements: [{
        id: '1', name: 'Thi đua', quota: null, quotaNote: null, deadlines: [],
        criteria: { collective: [], individual: ['Hoàn thành xuất sắc nhiệm vụ được giao', 'Có sáng kiến được công nhận'] },
      }],
      deadlines: [], allocations: [], rubric: null, grades: [],
    };
    const cover = { name: 'Bìa', values: [['TỜ TRÌNH'], ['Kính gửi: Hội đồng']] };
    const list = {
      name: 'DS',
      values: [
        ['Họ và tên', 'Hoàn thành xuất sắc nhiệm vụ được giao', 'Có sáng kiến được công nhận'],
        ['Nguyễn Văn An', 'x', 'x'],
      ],
    };
    const withoutPlan = () => pickSheet([cover, list]);
    expect(withoutPlan).toThrow();
    expect(pickSheet([cover, list], null, plan)).toBe('DS');
  });
});

describe('a list without a received-date column', () => {
  it('warns once for the sheet that lateness was not checked, and flags no row as late', () => {
    const grid: Grid = GRID.map((r) => r.filter((_, j) => j !== 3));
    const out = scoreSheet(sheet(grid), [], PLAN, SETTINGS);
    const sheetWarnings = out.warnings.filter((w) => /không có cột ngày nộp/.test(w.message));
    expect(sheetWarnings).toEqual([{ sheet: 'DS', row: 2, column: null, message: expect.stringContaining('chưa xét trễ hạn') }]);
    expect(out.result.nominations.every((n) => !n.late)).toBe(true);
  });

  it('does not warn when the column is there', () => {
    const out = scoreSheet(sheet(GRID), [], PLAN, SETTINGS);
    expect(out.warnings.some((w) => /không có cột ngày nộp/.test(w.message))).toBe(false);
  });
});

describe('a re-run with the header detected before the first run', () => {
  it('recognises its own band from the sheet, so the user’s corrected mapping can be reused', () => {
    const first = scoreSheet(sheet(GRID), [], PLAN, SETTINGS);
    const scored = applyBand(GRID, first.writePlan);
    // The task pane keeps the header the user corrected before the first run: it knows no band.
    const stale = { ...first.header, bandCols: undefined };
    const again = scoreSheet(sheet(scored), [], PLAN, SETTINGS, { header: stale });
    expect(again.writePlan.band!.firstCol).toBe(first.writePlan.band!.firstCol);
    expect(again.json.nominations.map((n) => n.status)).toEqual(first.json.nominations.map((n) => n.status));
  });
});

describe('a blank kind cell (issue 19)', () => {
  const head = ['STT', 'Tên tập thể', 'Đối tượng', 'Đơn vị', 'Ngày nộp', 'TC1', 'TC2', 'Tỷ lệ phiếu'];
  const row = (n: number, name: string, kind: string | null) => [n, name, kind, 'Sở Y tế', '10/11/2024', 'x', 'x', 90];

  it('is never scored as the kind the name header implies: the row is "Cần kiểm tra", the reason names the cell', () => {
    const out = scoreSheet(sheet([['DANH SÁCH'], head, row(1, 'Khoa Nội', 'Tập thể'), row(2, 'Khoa Ngoại', null)]), [], PLAN, SETTINGS);
    const [ok, blank] = out.result.nominations;
    expect([ok.kind, ok.status]).toEqual(['collective', 'selected']);
    expect([blank.kind, blank.status]).toEqual([null, 'review']);
    expect(blank.reasons).toEqual([expect.stringMatching(/^Ô C4 \(cột "Đối tượng"\) để trống: chưa rõ tập thể hay cá nhân/)]);
    expect(out.warnings).toContainEqual(expect.objectContaining({ sheet: 'DS', row: 4, column: 'C' }));
  });

  it('takes the kind of a group row above it ("II. CÁ NHÂN")', () => {
    const out = scoreSheet(sheet([['DANH SÁCH'], head, ['I. TẬP THỂ'], row(1, 'Khoa Nội', null), ['II. CÁ NHÂN'], row(2, 'Lê Văn C', null)]), [], PLAN, SETTINGS);
    expect(out.result.nominations.map((n) => [n.kind, n.status])).toEqual([['collective', 'selected'], ['individual', 'selected']]);
  });

  it('a list without a kind column still takes the kind from the name header', () => {
    const noKind = [['DANH SÁCH'], head.filter((_, c) => c !== 2), ...[row(1, 'Khoa Nội', null), row(2, 'Khoa Ngoại', null)].map((r) => r.filter((_, c) => c !== 2))];
    const out = scoreSheet(sheet(noKind), [], PLAN, SETTINGS);
    expect(out.result.nominations.map((n) => n.kind)).toEqual(['collective', 'collective']);
  });
});
