import { buildSummarySheets, isoToSerial } from '../../src/workbook/summarySheets';
import type { EngineResult, NominationResult, Plan } from '../../src/core/types';

const PLAN: Plan = {
  title: 'Kế hoạch thử',
  issuer: '',
  year: 2024,
  period: { from: null, to: null },
  movements: [{ id: '1', name: 'Thi đua A', quota: null, quotaNote: null, criteria: { collective: [], individual: [] }, deadlines: [] }],
  deadlines: [],
  allocations: [],
  rubric: null,
  grades: [],
};

function nom(p: Partial<NominationResult>): NominationResult {
  return {
    row: 5, name: 'X', unit: 'U', kind: 'individual', movement: '1', received: '2024-11-10', lastOnTime: '2024-11-14', daysLate: null,
    late: false, criteriaMet: 2, criteriaTotal: 2, score: 2, eligible: true, vote: 0.9, rank: 1, status: 'selected', duplicate: false,
    group: null, grade: null, reasons: [], ...p,
  };
}

const RESULT: EngineResult = {
  nominations: [
    nom({ row: 5, name: '=CMD()', status: 'selected' }),
    nom({ row: 6, name: 'Trễ', status: 'late', late: true, received: '2024-11-18', daysLate: 4, rank: null }),
    nom({ row: 7, name: 'Khoa B', kind: 'collective', status: 'tie', rank: 1 }),
  ],
  summary: { byMovement: [], forms: [], byUnit: [], byGroup: [], grades: {}, totals: { nominated: 3, selected: 1, over_quota: 0, tie: 1, ineligible: 0, late: 1, review: 0 } },
};

describe('buildSummarySheets', () => {
  const [summary, late, proposal] = buildSummarySheets(RESULT, PLAN, 'DS');

  it('names the sheets with the BX prefix, A4-ready, Times New Roman', () => {
    expect([summary.name, late.name, proposal.name]).toEqual(['BX Tổng hợp', 'BX Trễ hạn', 'BX Đề nghị']);
    for (const s of [summary, late, proposal]) {
      expect(s.name.length).toBeLessThanOrEqual(31);
      expect(s.name).not.toMatch(/[[\]:*?/\\]/);
      expect(s.font.name).toBe('Times New Roman');
    }
    expect(proposal.print.titleRows).toMatch(/^\d+:\d+$/);
  });

  it('lists late dossiers with dates as serials formatted dd/mm/yyyy', () => {
    const block = late.blocks.find((b) => b.values[0][1] === 'Trễ')!;
    expect(block.values[0].slice(5)).toEqual([isoToSerial('2024-11-18'), isoToSerial('2024-11-14'), 4]);
    expect((block.numberFormats as string[][])[0][5]).toBe('dd/mm/yyyy');
    expect(isoToSerial('2024-11-14')).toBe(45610);
  });

  it('proposes the selected and lists ties separately for the council, text kept as text', () => {
    const cells = proposal.blocks.flatMap((b) => b.values.flat());
    expect(cells).toContain('=CMD()');
    expect(cells).toContain('ĐỒNG HẠNG TẠI NGƯỠNG CHỈ TIÊU (Hội đồng quyết định)');
    expect(cells).toContain('Khoa B');
    expect(cells).not.toContain('Trễ');
  });
});

describe('summary sheets print readably', () => {
  const longUnit = 'Trung tâm Kiểm soát bệnh tật tỉnh Sông Lam và các trạm y tế xã, phường, thị trấn trực thuộc';
  const result: EngineResult = {
    ...RESULT,
    summary: {
      ...RESULT.summary,
      byUnit: [
        { unit: 'Bệnh viện Đa khoa tỉnh', nominated: 3, proposed: 1, late: 1, ineligible: 0, review: 0 },
        { unit: longUnit, nominated: 1, proposed: 0, late: 0, ineligible: 0, review: 0 },
      ],
    } as EngineResult['summary'],
  };
  const [summary, late, proposal] = buildSummarySheets(result, PLAN, 'DS');
  const place = (s: typeof summary, text: string) => {
    for (const b of s.blocks)
      for (let i = 0; i < b.values.length; i++) {
        const j = b.values[i].indexOf(text);
        if (j >= 0) return { row: b.row + i, col: b.col + j, wrap: !!b.wrap };
      }
    throw new Error(`not found: ${text}`);
  };

  it('unit names sit in a column wide enough, or wrap in a row tall enough', () => {
    const short = place(summary, 'Bệnh viện Đa khoa tỉnh');
    expect(summary.columnWidths[short.col - 1]).toBeGreaterThanOrEqual('Bệnh viện Đa khoa tỉnh'.length);
    const long = place(summary, longUnit);
    expect(long.col).toBe(short.col);
    expect(long.wrap).toBe(true);
    // A proportional serif letter averages about 3/4 of the width unit (the width of "0").
    const lines = Math.ceil((0.75 * longUnit.length) / summary.columnWidths[long.col - 1]);
    expect(lines).toBeGreaterThan(1);
    expect(summary.rowHeights![long.row - 1]! / summary.rowHeights![short.row - 1]!).toBeGreaterThanOrEqual(lines);
  });

  it('section headings span the table instead of wrapping in column A', () => {
    const r = place(proposal, 'ĐỒNG HẠNG TẠI NGƯỠNG CHỈ TIÊU (Hội đồng quyết định)');
    expect(proposal.merges).toContain(`A${r.row}:F${r.row}`);
    const u = place(summary, 'II. THEO ĐƠN VỊ');
    expect(summary.merges.some((m) => m.startsWith(`A${u.row}:`))).toBe(true);
  });

  it('every date column is formatted dd/mm/yyyy and vote shares as percentages', () => {
    const header = late.blocks.find((b) => b.values[0].includes('Ngày nộp'))!;
    const dateCols = ['Ngày nộp', 'Hạn cuối'].map((h) => header.values[0].indexOf(h));
    const rows = late.blocks.filter((b) => b.row > header.row && Array.isArray(b.numberFormats));
    expect(rows.length).toBeGreaterThan(0);
    for (const b of rows) for (const f of b.numberFormats as string[][]) for (const c of dateCols) expect(f[c]).toBe('dd/mm/yyyy');
    const ph = proposal.blocks.find((b) => b.values[0].includes('Tỷ lệ phiếu'))!;
    const vc = ph.values[0].indexOf('Tỷ lệ phiếu');
    const voteBlocks = proposal.blocks.filter((b) => Array.isArray(b.numberFormats));
    expect(voteBlocks.length).toBeGreaterThan(0);
    for (const b of voteBlocks) for (const f of b.numberFormats as string[][]) expect(f[vc]).toBe('0.0%');
  });
});
