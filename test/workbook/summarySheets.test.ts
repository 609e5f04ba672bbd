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
  summary: { byMovement: [], byUnit: [], byGroup: [], grades: {}, totals: { nominated: 3, selected: 1, over_quota: 0, tie: 1, ineligible: 0, late: 1, review: 0 } },
};

describe('buildSummarySheets', () => {
  const [summary, late, proposal] = buildSummarySheets(RESULT, [], PLAN, 'DS');

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
