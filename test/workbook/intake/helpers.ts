// Shared by the intake tests: a small plan and the grid an owned sheet would be once written.
import type { Plan } from '../../../src/core/types';
import type { CellValue, OwnedSheet } from '../../../src/workbook/model';

const deadline = { text: 'trước ngày 15/10/2026', rule: 'before' as const, inclusive: false, from: null, dates: [{ due: '2026-10-15', lastOnTime: '2026-10-14' }] };

/** Two movements, three collective and two individual criteria, each unit 01 TT and 03 CN. */
export function twoMovementPlan(): Plan {
  const criteria = { collective: ['Hoàn thành xuất sắc nhiệm vụ.', 'Có mô hình mới.', 'Không có cá nhân bị kỷ luật.'], individual: ['Hoàn thành tốt nhiệm vụ.', 'Có sáng kiến.'] };
  return {
    title: 'Kế hoạch thử',
    issuer: 'Sở thử',
    year: 2026,
    period: { from: null, to: null },
    movements: [
      { id: '1', name: 'Thi đua đẩy mạnh chuyển đổi số', quota: { collective: 2, individual: 4, either: null, percent: null }, quotaNote: null, criteria, deadlines: [deadline] },
      { id: '2', name: 'Thầy thuốc như mẹ hiền', quota: { collective: 2, individual: 4, either: null, percent: null }, quotaNote: null, criteria, deadlines: [deadline] },
    ],
    deadlines: [],
    allocations: [{ group: 'đơn vị', each: true, collective: 1, individual: 3, either: null, text: 'Mỗi đơn vị đề nghị không quá 01 tập thể, 03 cá nhân.' }],
    rubric: null,
    grades: [],
  };
}

export function oneMovementPlan(): Plan {
  const p = twoMovementPlan();
  return { ...p, movements: [p.movements[0]] };
}

/** The cells an owned sheet's blocks fill, as a grid from A1 (what an adapter would read back). */
export function gridOf(sheet: OwnedSheet): CellValue[][] {
  const grid: CellValue[][] = [];
  for (const b of sheet.blocks) {
    b.values.forEach((row, i) => {
      const r = (grid[b.row - 1 + i] ??= []);
      row.forEach((v, j) => {
        r[b.col - 1 + j] = v;
      });
    });
  }
  for (let i = 0; i < grid.length; i++) {
    grid[i] ??= [];
    for (let j = 0; j < grid[i].length; j++) if (grid[i][j] === undefined) grid[i][j] = null;
  }
  return grid;
}
