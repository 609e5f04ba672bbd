// Shared fixtures for the adapter tests: a hand-built plan and a realistic nominations sheet.
import type { Plan } from '../../src/core/types';

export function serial(y: number, m: number, d: number): number {
  return Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86400000);
}

export const PLAN: Plan = {
  title: 'Kế hoạch phát động phong trào thi đua năm 2024',
  issuer: 'Sở Y tế',
  year: 2024,
  period: { from: null, to: null },
  movements: [
    {
      id: '1',
      name: 'Phong trào thi đua chuyển đổi số',
      quota: { collective: 1, individual: 2, either: null, percent: null },
      quotaNote: null,
      criteria: {
        collective: ['Hoàn thành tốt nhiệm vụ', 'Có sáng kiến được áp dụng'],
        individual: ['Hoàn thành xuất sắc nhiệm vụ', 'Không vi phạm kỷ luật'],
      },
      deadlines: [
        {
          text: 'trước ngày 15/12/2024',
          rule: 'before',
          inclusive: false,
          from: null,
          dates: [{ due: '2024-12-15', lastOnTime: '2024-12-14' }],
        },
      ],
    },
  ],
  deadlines: [],
  allocations: [],
  rubric: null,
  grades: [],
};

export const HEADER = ['STT', 'Họ và tên', 'Đơn vị', 'Đối tượng', 'Ngày nộp', 'TC1', 'TC2', 'Ghi chú'];
export const HEADER_ROW = 4;

/** Title rows, a header on row 4, then `n` nominee rows. */
export function nominationSheet(n: number, opts: { formulaUnit?: boolean } = {}): { values: unknown[][]; numberFormats: string[][] } {
  const values: unknown[][] = [
    ['SỞ Y TẾ THÀNH PHỐ', null, null, null, null, null, null, null],
    ['DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG NĂM 2024', null, null, null, null, null, null, null],
    [null, null, null, null, null, null, null, null],
    HEADER,
  ];
  const units = ['Khoa Nội', 'Khoa Ngoại', 'Phòng Tổ chức', 'Trạm Y tế Phường 1'];
  for (let i = 0; i < n; i++) {
    const kind = i % 5 === 0 ? 'Tập thể' : 'Cá nhân';
    const name = kind === 'Tập thể' ? `Tập thể ${units[i % 4]} ${i + 1}` : `Nguyễn Văn ${i + 1}`;
    const late = i % 7 === 3;
    const unmet = i % 6 === 4;
    const unit = opts.formulaUnit && i === 1 ? "'=Phòng Kế hoạch - Tài chính" : units[i % 4];
    values.push([i + 1, name, unit, kind, late ? serial(2024, 12, 20) : serial(2024, 12, 2 + (i % 10)), 'x', unmet ? '' : 'x', i === 2 ? 'ghi chú' : null]);
  }
  values.push([null, null, null, null, null, null, null, null]);
  const numberFormats = values.map((row, r) => row.map((_, c) => (r >= HEADER_ROW && r < HEADER_ROW + n && c === 4 ? 'dd/mm/yyyy' : 'General')));
  return { values, numberFormats };
}
