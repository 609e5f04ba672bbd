// The award forms Bình Xét knows, as data. Names and aliases match a sheet's text (folded like
// every other match); rules are the conditions a history can tell, each with its source
// (sources.ts); standards are shown, never checked. A province's own Quy định may differ: its
// rules are offered as settings, off by default (rules.ts).
import type { AwardForm } from './types';

export const HTXS = 'hoan-thanh-xuat-sac';
export const SANG_KIEN = 'sang-kien';
export const LDTT = 'lao-dong-tien-tien';
export const CSTDCS = 'chien-si-thi-dua-co-so';
export const CSTD_TINH = 'chien-si-thi-dua-cap-tinh';
export const CSTD_TQ = 'chien-si-thi-dua-toan-quoc';
export const TTLDTT = 'tap-the-lao-dong-tien-tien';
export const TTLDXS = 'tap-the-lao-dong-xuat-sac';
export const GIAY_KHEN = 'giay-khen';
export const BANG_KHEN_TINH = 'bang-khen-tinh';
export const BANG_KHEN_TTG = 'bang-khen-thu-tuong';
export const CO_THI_DUA_TINH = 'co-thi-dua-tinh';
export const CO_THI_DUA_CP = 'co-thi-dua-chinh-phu';

/** "Not awarded the same form for the same year already": a principle of the Law, on every form. */
const notTwice = (form: string, kinds: AwardForm['kinds']) => ({
  id: `${form}.mot-thanh-tich`,
  label: 'Chưa được tặng chính hình thức này cho năm đang xét',
  kinds,
  condition: { type: 'notAwardedThisYear' as const },
  source: 'luat-2022-nguyen-tac',
});

export const FORMS: readonly AwardForm[] = [
  {
    id: HTXS,
    name: 'Hoàn thành xuất sắc nhiệm vụ',
    short: 'HTXSNV',
    aliases: ['HTXSNV', 'HTXS NV', 'HTXS', 'Hoàn thành xuất sắc', 'Hoàn thành xuất sắc nhiệm vụ được giao', 'Xếp loại hoàn thành xuất sắc nhiệm vụ'],
    kinds: ['collective', 'individual'],
    rank: 0,
    record: 'rating',
    rules: [],
    votes: [],
    standards: [],
  },
  {
    id: SANG_KIEN,
    name: 'Sáng kiến được công nhận',
    short: 'sáng kiến',
    aliases: ['Sáng kiến', 'SK', 'Sáng kiến kinh nghiệm', 'Công nhận sáng kiến', 'Sáng kiến được công nhận và áp dụng'],
    kinds: ['individual', 'collective'],
    rank: 0,
    record: 'initiative',
    rules: [],
    votes: [],
    standards: [],
  },
  {
    id: LDTT,
    name: 'Lao động tiên tiến',
    short: 'LĐTT',
    aliases: ['LĐTT', 'Danh hiệu Lao động tiên tiến', 'Chiến sĩ tiên tiến'],
    kinds: ['individual'],
    rank: 10,
    rules: [notTwice(LDTT, ['individual'])],
    votes: [],
    standards: [
      { text: 'Hoàn thành tốt nhiệm vụ trở lên; có tinh thần tự lực, tự cường, đoàn kết, tương trợ, tích cực tham gia phong trào thi đua.', source: 'luat-2022-d24' },
      { text: 'Hoàn thành tốt nhiệm vụ trở lên; có tinh thần tự lực, tự cường, đoàn kết, tương trợ, tích cực tham gia phong trào thi đua (Bắc Ninh).', source: 'bn-86-2025-d4-1' },
    ],
  },
  {
    id: TTLDTT,
    name: 'Tập thể lao động tiên tiến',
    short: 'TTLĐTT',
    aliases: ['TTLĐTT', 'Tập thể LĐTT', 'Danh hiệu Tập thể lao động tiên tiến', 'Đơn vị tiên tiến'],
    kinds: ['collective'],
    rank: 10,
    rules: [notTwice(TTLDTT, ['collective'])],
    votes: [],
    standards: [
      { text: 'Hoàn thành tốt nhiệm vụ; ít nhất 70% cá nhân đạt Lao động tiên tiến, không có cá nhân bị kỷ luật từ cảnh cáo trở lên; nội bộ đoàn kết (Bắc Ninh).', source: 'bn-86-2025-d4-2' },
    ],
  },
  {
    id: GIAY_KHEN,
    name: 'Giấy khen',
    short: 'Giấy khen',
    aliases: ['GK', 'Giấy khen của Giám đốc', 'Giấy khen của Giám đốc Sở', 'Giấy khen của Thủ trưởng', 'Giấy khen của Chủ tịch UBND xã', 'Giấy khen của Chủ tịch UBND phường', 'Giấy khen của Chủ tịch UBND huyện'],
    kinds: ['individual', 'collective'],
    rank: 20,
    rules: [notTwice(GIAY_KHEN, ['individual', 'collective'])],
    votes: [],
    standards: [
      { text: 'Hoàn thành tốt nhiệm vụ và có thành tích được bình xét trong phong trào thi đua, hoặc thành tích đột xuất có phạm vi ảnh hưởng (Bắc Ninh).', source: 'bn-86-2025-d4-3' },
    ],
  },
  {
    id: CSTDCS,
    name: 'Chiến sĩ thi đua cơ sở',
    short: 'CSTĐCS',
    aliases: ['CSTĐCS', 'CSTĐ CS', 'CSTĐ cơ sở', 'Chiến sỹ thi đua cơ sở', 'Chiến sĩ thi đua cấp cơ sở', 'Chiến sỹ thi đua cấp cơ sở', 'Danh hiệu Chiến sĩ thi đua cơ sở'],
    kinds: ['individual'],
    rank: 30,
    rules: [
      {
        id: `${CSTDCS}.ldtt`,
        label: 'Đạt danh hiệu Lao động tiên tiến trong năm đang xét',
        kinds: ['individual'],
        condition: { type: 'sameYear', forms: [LDTT] },
        source: 'luat-2022-d23',
      },
      notTwice(CSTDCS, ['individual']),
    ],
    votes: [{ id: `${CSTDCS}.phieu`, label: 'Tỷ lệ phiếu từ 80% trở lên', min: 0.8, basis: 'members', source: 'nd-98-2023-phieu' }],
    standards: [{ text: 'Có sáng kiến được công nhận, hoặc đề tài khoa học đã nghiệm thu và áp dụng hiệu quả.', source: 'luat-2022-d23' }],
  },
  {
    id: TTLDXS,
    name: 'Tập thể lao động xuất sắc',
    short: 'TTLĐXS',
    aliases: ['TTLĐXS', 'Tập thể LĐXS', 'Danh hiệu Tập thể lao động xuất sắc', 'Đơn vị quyết thắng'],
    kinds: ['collective'],
    rank: 30,
    rules: [notTwice(TTLDXS, ['collective'])],
    votes: [],
    standards: [
      { text: 'Hoàn thành xuất sắc nhiệm vụ; 100% cá nhân hoàn thành nhiệm vụ, ít nhất 70% đạt Lao động tiên tiến; có cá nhân đạt Chiến sĩ thi đua cơ sở (Bắc Ninh).', source: 'bn-86-2025-d3-2' },
    ],
  },
  {
    id: BANG_KHEN_TINH,
    name: 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh',
    short: 'Bằng khen tỉnh',
    aliases: [
      'Bằng khen của Chủ tịch UBND tỉnh', 'Bằng khen Chủ tịch UBND tỉnh', 'Bằng khen UBND tỉnh', 'Bằng khen của UBND tỉnh', 'Bằng khen cấp tỉnh', 'Bằng khen của tỉnh',
      'Bằng khen của Chủ tịch Ủy ban nhân dân thành phố', 'Bằng khen của Chủ tịch UBND thành phố', 'Bằng khen UBND thành phố',
      'Bằng khen của Bộ trưởng', 'Bằng khen cấp bộ', 'Bằng khen của Bộ', 'Bằng khen cấp bộ, ban, ngành, tỉnh', 'BK UBND tỉnh', 'BKCT UBND tỉnh',
    ],
    kinds: ['individual', 'collective'],
    rank: 40,
    rules: [
      {
        id: `${BANG_KHEN_TINH}.d74-1d`,
        label: '02 lần liên tục CSTĐCS hoặc 02 năm liên tục HTXSNV, trong thời gian đó có 02 sáng kiến (một trong các tiêu chuẩn)',
        kinds: ['individual'],
        condition: {
          type: 'any',
          of: [
            { type: 'yearsInRow', forms: [CSTDCS], count: 2, initiatives: 2 },
            { type: 'yearsInRow', forms: [HTXS], count: 2, initiatives: 2 },
            { type: 'other', text: 'các tiêu chuẩn khác của Điều 74 khoản 1 (thành tích xuất sắc trong phong trào thi đua, thành tích đột xuất, đóng góp…)' },
          ],
        },
        source: 'luat-2022-d74-1d',
      },
      {
        id: `${BANG_KHEN_TINH}.bn-tap-the`,
        label: '02 năm liên tục HTXSNV hoặc Tập thể lao động xuất sắc (một trong các tiêu chuẩn, Bắc Ninh)',
        kinds: ['collective'],
        condition: {
          type: 'any',
          of: [
            { type: 'yearsInRow', forms: [HTXS, TTLDXS], count: 2 },
            { type: 'other', text: 'các tiêu chuẩn khác của Điều 3 khoản 3 điểm c (thành tích xuất sắc trong phong trào thi đua, thành tích đột xuất, đóng góp…)' },
          ],
        },
        source: 'bn-86-2025-d3-3c',
      },
      notTwice(BANG_KHEN_TINH, ['individual', 'collective']),
    ],
    votes: [],
    standards: [{ text: 'Cá nhân đạt một trong các tiêu chuẩn của Điều 3 khoản 3 điểm a (Bắc Ninh).', source: 'bn-86-2025-d3-3a' }],
  },
  {
    id: CSTD_TINH,
    name: 'Chiến sĩ thi đua cấp bộ, ban, ngành, tỉnh',
    short: 'CSTĐ cấp tỉnh',
    aliases: [
      'Chiến sĩ thi đua cấp tỉnh', 'Chiến sỹ thi đua cấp tỉnh', 'CSTĐ cấp tỉnh', 'CSTĐ tỉnh', 'Chiến sĩ thi đua tỉnh', 'Chiến sĩ thi đua cấp bộ',
      'Chiến sĩ thi đua cấp Bộ, ngành, tỉnh', 'Chiến sĩ thi đua cấp bộ, ngành, tỉnh, đoàn thể trung ương', 'Chiến sĩ thi đua Bộ, ban, ngành, tỉnh', 'Chiến sĩ thi đua thành phố', 'Chiến sĩ thi đua cấp thành phố',
    ],
    kinds: ['individual'],
    rank: 50,
    rules: [
      {
        id: `${CSTD_TINH}.d22`,
        label: '03 lần liên tục được tặng Chiến sĩ thi đua cơ sở',
        kinds: ['individual'],
        condition: { type: 'yearsInRow', forms: [CSTDCS], count: 3 },
        source: 'luat-2022-d22',
      },
      notTwice(CSTD_TINH, ['individual']),
    ],
    votes: [{ id: `${CSTD_TINH}.phieu`, label: 'Tỷ lệ phiếu từ 90% trở lên', min: 0.9, basis: 'members', source: 'nd-98-2023-phieu' }],
    standards: [{ text: 'Có sáng kiến áp dụng hiệu quả, có khả năng nhân rộng trong bộ, ban, ngành, tỉnh (hoặc đề tài khoa học tương ứng).', source: 'luat-2022-d22' }],
  },
  {
    id: CO_THI_DUA_TINH,
    name: 'Cờ thi đua của Ủy ban nhân dân tỉnh',
    short: 'Cờ thi đua tỉnh',
    aliases: ['Cờ thi đua của UBND tỉnh', 'Cờ thi đua UBND tỉnh', 'Cờ thi đua cấp tỉnh', 'Cờ thi đua của Bộ', 'Cờ thi đua cấp bộ', 'Cờ thi đua của UBND thành phố', 'Cờ thi đua'],
    kinds: ['collective'],
    rank: 50,
    rules: [notTwice(CO_THI_DUA_TINH, ['collective'])],
    votes: [{ id: `${CO_THI_DUA_TINH}.phieu`, label: 'Tỷ lệ phiếu từ 80% trở lên', min: 0.8, basis: 'members', source: 'nd-98-2023-phieu' }],
    standards: [{ text: 'Tập thể dẫn đầu phong trào thi đua của Cụm, Khối thi đua; hoàn thành vượt các chỉ tiêu (Bắc Ninh).', source: 'bn-86-2025-d3-1' }],
  },
  {
    id: BANG_KHEN_TTG,
    name: 'Bằng khen của Thủ tướng Chính phủ',
    short: 'Bằng khen Thủ tướng',
    aliases: ['Bằng khen Thủ tướng Chính phủ', 'Bằng khen Thủ tướng', 'Bằng khen của Thủ tướng', 'BKTTCP', 'BK TTCP'],
    kinds: ['individual', 'collective'],
    rank: 60,
    rules: [],
    votes: [],
    standards: [],
  },
  {
    id: CO_THI_DUA_CP,
    name: 'Cờ thi đua của Chính phủ',
    short: 'Cờ thi đua Chính phủ',
    aliases: ['Cờ thi đua Chính phủ'],
    kinds: ['collective'],
    rank: 60,
    rules: [],
    votes: [],
    standards: [],
  },
  {
    id: CSTD_TQ,
    name: 'Chiến sĩ thi đua toàn quốc',
    short: 'CSTĐ toàn quốc',
    aliases: ['CSTĐTQ', 'CSTĐ toàn quốc', 'Chiến sỹ thi đua toàn quốc'],
    kinds: ['individual'],
    rank: 70,
    rules: [
      {
        id: `${CSTD_TQ}.d21`,
        label: '02 lần liên tục được tặng Chiến sĩ thi đua cấp bộ, ban, ngành, tỉnh',
        kinds: ['individual'],
        condition: { type: 'recentTimes', forms: [CSTD_TINH], count: 2 },
        source: 'luat-2022-d21',
      },
    ],
    votes: [{ id: `${CSTD_TQ}.phieu`, label: 'Tỷ lệ phiếu từ 90% trở lên', min: 0.9, basis: 'members', source: 'nd-98-2023-phieu' }],
    standards: [],
  },
];

const FORM_BY_ID = new Map(FORMS.map((f) => [f.id, f]));

export function formById(id: string): AwardForm | undefined {
  return FORM_BY_ID.get(id);
}
