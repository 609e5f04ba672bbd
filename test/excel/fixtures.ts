// Shared fixtures for the adapter tests: a hand-built plan and a realistic nominations sheet.
import type { SheetSnapshot } from '../../playground/fakeExcel';
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

const UNITS = ['Khoa Nội tổng hợp', 'Khoa Ngoại', 'Phòng Tổ chức cán bộ', 'Trạm Y tế Phường 1', 'Khoa Dược', 'Phòng Kế hoạch - Tài chính', 'Khoa Xét nghiệm'];
export const REAL_HEADER = ['STT', 'Họ và tên', 'Đơn vị', 'Đối tượng', 'Ngày nộp', 'TC1', 'TC2', 'Tỷ lệ phiếu'];

/** The plan of the realistic sheet: quotas in the tens, as a large unit's plan would have. */
export const BIG_PLAN: Plan = {
  ...PLAN,
  movements: [{ ...PLAN.movements[0], quota: { collective: 40, individual: 300, either: null, percent: null } }],
};

/**
 * A realistic list of `n` nominees: mostly individuals, varied vote shares and receipt dates (so
 * ranks rarely tie), about 1 in 12 late, 1 in 15 missing a criterion. Most rows end with a short
 * reason ("Xếp hạng 1234, ngoài chỉ tiêu …"); deterministic, no randomness.
 */
export function realisticSheet(n: number): { values: unknown[][]; numberFormats: string[][] } {
  const values: unknown[][] = [
    ['SỞ Y TẾ THÀNH PHỐ', null, null, null, null, null, null, null],
    ['DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG NĂM 2024', null, null, null, null, null, null, null],
    [null, null, null, null, null, null, null, null],
    REAL_HEADER,
  ];
  // 14 × 10 × 12 × 30 = 50,400 distinct names: a real list has no duplicates unless by mistake.
  const first = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Phan'];
  const middle = ['Văn', 'Thị', 'Minh', 'Thu', 'Quốc', 'Ngọc', 'Đức', 'Hữu', 'Thanh', 'Kim'];
  const middle2 = ['Anh', 'Bảo', 'Gia', 'Hoài', 'Khánh', 'Mai', 'Nhật', 'Phương', 'Thảo', 'Tú', 'Xuân', 'Yến'];
  const last = ['An', 'Bình', 'Hương', 'Dũng', 'Lan', 'Tuấn', 'Hạnh', 'Phúc', 'Trang', 'Hà', 'Nam', 'Linh', 'Sơn', 'Vy', 'Long', 'Nga', 'Tâm', 'Hiếu', 'Quân', 'Hoa', 'Khoa', 'My', 'Thắng', 'Uyên', 'Việt', 'Chi', 'Đạt', 'Giang', 'Lộc', 'Nhung'];
  for (let i = 0; i < n; i++) {
    const collective = i % 10 === 0;
    const unit = UNITS[(i * 3) % UNITS.length];
    const name = collective
      ? `Tập thể ${unit} ${Math.floor(i / 10) + 1}`
      : `${first[i % 14]} ${middle[Math.floor(i / 14) % 10]} ${middle2[Math.floor(i / 140) % 12]} ${last[Math.floor(i / 1680) % 30]}`;
    const late = i % 12 === 5;
    const unmet = i % 15 === 7;
    const vote = (60 + ((i * 7919) % 40)) / 100;
    const received = late ? serial(2024, 12, 16 + (i % 5)) : serial(2024, 11, 1 + (i % 28));
    values.push([i + 1, name, unit, collective ? 'Tập thể' : 'Cá nhân', received, 'x', unmet ? '' : 'x', vote]);
  }
  const numberFormats = values.map((row, r) => row.map((_, c) => (r >= HEADER_ROW && c === 4 ? 'dd/mm/yyyy' : r >= HEADER_ROW && c === 7 ? '0%' : 'General')));
  return { values, numberFormats };
}

/** One cell of the fake host as a user would notice it: value, formula and number format. */
export interface FakeCellPrint {
  v: unknown;
  f: string | null;
  nf: string;
}

/** Every non-blank cell (value, formula or a number format other than General) and every merge of a sheet. */
export function fakePrint(s: SheetSnapshot): { cells: Map<string, FakeCellPrint>; merges: string[] } {
  const cells = new Map<string, FakeCellPrint>();
  s.values.forEach((row, r) =>
    row.forEach((v, c) => {
      const f = s.formulas[r][c];
      const nf = s.numberFormats[r][c];
      if (v === '' && f === null && nf === 'General') return;
      cells.set(`${r},${c}`, { v, f, nf });
    }),
  );
  return { cells, merges: [...s.merges].sort() };
}

/** Cells and merges of `before` that changed or vanished in `after` ("row,col" 0-based, or "merge X"). */
export function changedOriginals(before: SheetSnapshot, after: SheetSnapshot): string[] {
  const a = fakePrint(after);
  const out: string[] = [];
  for (const [k, p] of fakePrint(before).cells) {
    const q = a.cells.get(k);
    if (!q || q.v !== p.v || q.f !== p.f || q.nf !== p.nf) out.push(k);
  }
  for (const m of fakePrint(before).merges) if (!a.merges.includes(m)) out.push(`merge ${m}`);
  return out;
}
