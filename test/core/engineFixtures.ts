// Plans and rows for the engine tests, modelled on the real plans in shared/plans
// (brvt-2023-cchc: one movement, 5 + 2 criteria, "05 tập thể và 10 cá nhân";
//  brvt-2021-phong-trao: numbered movements, "10 cá nhân" alone for 2.6, "theo số lượng phân bổ").
import { parseMark } from '../../src/core/marks';
import { ymdToSerial } from '../../src/core/dates';
import { DEFAULT_SETTINGS, type Kind, type Movement, type NominationInput, type Plan, type Quota, type Settings } from '../../src/core/types';

export const d = (day: number, month: number, year: number) => ymdToSerial(year, month, day);

export const quota = (p: Partial<Quota>): Quota => ({ collective: null, individual: null, either: null, percent: null, ...p });

export const CCHC_COLLECTIVE = [
  'Thực hiện tốt công tác lãnh đạo, chỉ đạo, ban hành văn bản, xây dựng kế hoạch tổ chức triển khai các nhiệm vụ về công tác CCHC.',
  'Xây dựng và tổ chức thực hiện kế hoạch phát động phong trào thi đua trong cơ quan, đơn vị.',
  'Tổ chức tuyên truyền về công tác CCHC với nhiều hình thức thích hợp, đa dạng, phong phú, đạt hiệu quả cao.',
  'Triển khai thực hiện có hiệu quả, đảm bảo chất lượng, tiến độ các nhiệm vụ CCHC được giao theo kế hoạch CCHC năm 2023.',
  'Đạt thứ hạng cao hoặc có sự thay đổi vượt bậc về thứ hạng so với năm trước trong đánh giá, xếp hạng kết quả CCHC của ngành.',
];
export const CCHC_INDIVIDUAL = [
  'Hoàn thành tốt nhiệm vụ được giao, có đề xuất giải pháp, sáng kiến đóng góp tích cực, hiệu quả trong công tác CCHC.',
  'Có phẩm chất đạo đức tốt; đoàn kết, gương mẫu chấp hành tốt chủ trương, chính sách của Đảng, pháp luật của Nhà nước.',
];

export function movement(p: Partial<Movement> & { id: string }): Movement {
  return { name: '', quota: null, quotaNote: null, criteria: { collective: [], individual: [] }, deadlines: [], ...p };
}

export function plan(p: Partial<Plan>): Plan {
  return {
    title: '', issuer: 'Sở Y tế', year: null, period: { from: null, to: null }, movements: [], deadlines: [],
    allocations: [], rubric: null, grades: [], ...p,
  };
}

export const cchc2023 = plan({
  title: 'Kế hoạch phát động phong trào thi đua đẩy mạnh công tác CCHC năm 2023',
  year: 2023,
  movements: [
    movement({
      id: '1',
      name: 'Thi đua đẩy mạnh công tác cải cách hành chính',
      quota: quota({ collective: 5, individual: 10 }),
      criteria: { collective: CCHC_COLLECTIVE, individual: CCHC_INDIVIDUAL },
    }),
  ],
});

export const phongTrao2021 = plan({
  title: 'Kế hoạch tổ chức các phong trào thi đua năm 2021',
  year: 2021,
  movements: [
    movement({ id: '1.1', name: 'Thi đua thực hiện các phong trào do Trung ương, tỉnh phát động', quota: null, quotaNote: 'Theo số lượng phân bổ của từng nội dung thi đua' }),
    movement({ id: '2.4', name: 'Thi đua thực hiện “Thầy thuốc như mẹ hiền”', quota: quota({ collective: 5, individual: 10 }) }),
    movement({ id: '2.5', name: 'Thi đua thực hiện tốt “Đổi mới phong cách, thái độ phục vụ của cán bộ y tế hướng tới sự hài lòng của người bệnh”', quota: quota({ collective: 5, individual: 10 }) }),
    movement({ id: '2.6', name: 'Thi đua thực hiện “Điều dưỡng, Hộ sinh, Trưởng Trạm y tế giỏi”', quota: quota({ collective: 0, individual: 10 }) }),
  ],
});

const COLS = 'FGHIJKLMNOPQ';

export interface RowSpec {
  row?: number;
  name?: string | null;
  unit?: string | null;
  kind?: Kind | null;
  movement?: string | null;
  group?: string | null;
  received?: number | null;
  marks?: string[];
  vote?: number | null;
  points?: (number | null)[];
  bonus?: number | null;
  penalty?: number | null;
  givenScore?: number | null;
  problems?: { column: string; message: string }[];
  receivedUnreadable?: boolean;
}

let autoRow = 10;
export function nominee(s: RowSpec): NominationInput {
  const row = s.row ?? autoRow++;
  const pcell = (v: number | null | undefined, c: string) => (v === undefined ? null : { value: v, cell: `${c}${row}`, raw: String(v ?? '') });
  return {
    row,
    name: s.name === undefined ? `Người ${row}` : s.name,
    unit: s.unit === undefined ? 'Bệnh viện Bà Rịa' : s.unit,
    position: null,
    kind: s.kind === undefined ? 'individual' : s.kind,
    movement: s.movement ?? null,
    group: s.group ?? null,
    received: s.received === undefined ? d(1, 12, 2023) : s.received,
    receivedUnreadable: s.receivedUnreadable,
    marks: (s.marks ?? []).map((raw, i) => ({ value: parseMark(raw), cell: `${COLS[i]}${row}`, raw })),
    points: (s.points ?? []).map((v, i) => ({ value: v, cell: `${'RSTUV'[i]}${row}`, raw: String(v ?? '') })),
    bonus: pcell(s.bonus, 'W'),
    penalty: pcell(s.penalty, 'X'),
    givenScore: s.givenScore ?? null,
    vote: s.vote ?? null,
    problems: s.problems ?? [],
  };
}

export const settings = (p: Partial<Settings> = {}): Settings => ({ ...DEFAULT_SETTINGS, ...p });
