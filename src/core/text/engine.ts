// Vietnamese reasons the engine writes next to each nominee, and messages of marks, votes,
// quotas and points. Numbers are shown with the Vietnamese decimal comma.
import type { Kind } from '../types';
import { formatVN } from '../dates';

/** 92.5 → "92,5"; at most 2 decimals. */
export function fmtNum(n: number): string {
  const r = Math.round(n * 100) / 100;
  return String(r).replace('.', ',');
}

/** 0.925 → "92,5%". */
export function fmtPct(f: number): string {
  return fmtNum(f * 100) + '%';
}

const KIND_WORD: Record<Kind | 'either', string> = {
  collective: 'tập thể',
  individual: 'cá nhân',
  either: 'trường hợp (tập thể hoặc cá nhân)',
};

export const kindWord = (k: Kind | 'either') => KIND_WORD[k];

export const ENGINE_TEXT = {
  // marks and votes
  notAValue: '(ô không chứa giá trị đọc được)',
  voteUnreadable: (raw: string) => `Không đọc được tỷ lệ phiếu “${raw}” (ví dụ đúng: 92,5 hoặc 92,5%).`,
  voteNegative: (raw: string) => `Tỷ lệ phiếu “${raw}” là số âm.`,
  voteOver100: (raw: string) => `Tỷ lệ phiếu “${raw}” vượt quá 100%.`,

  // quotas
  noQuota: 'Kế hoạch chưa ghi chỉ tiêu.',
  percentNeedsParticipants: (p: number, k: Kind) =>
    `Chỉ tiêu ${fmtNum(p)}% ${KIND_WORD[k]} chưa tính được: chưa nhập số ${KIND_WORD[k]} tham gia phong trào.`,
  percentQuota: (p: number, n: number, k: Kind) =>
    `Chỉ tiêu ${fmtNum(p)}% của ${n} ${KIND_WORD[k]} tham gia = ${Math.floor((p * n) / 100 + 1e-9)} (làm tròn xuống).`,
  noQuotaProposed: (note: string | null, quotaNote: string | null) =>
    `Đề nghị vì chưa có chỉ tiêu${quotaNote ? ` (${quotaNote})` : note && note !== ENGINE_TEXT.noQuota ? ` (${note.replace(/\.$/, '')})` : ''}: Hội đồng xem xét số lượng.`,
  quotaZero: (movementId: string, k: Kind | 'either') =>
    `Phong trào ${movementId} không có chỉ tiêu khen thưởng cho ${KIND_WORD[k]}.`,
  ranked: (outcome: 'selected' | 'over_quota' | 'tie', rank: number, q: number, k: Kind | 'either') =>
    outcome === 'selected'
      ? `Xếp hạng ${rank}, trong chỉ tiêu ${q} ${KIND_WORD[k]}.`
      : `Xếp hạng ${rank}, ngoài chỉ tiêu ${q} ${KIND_WORD[k]}.`,
  tieAtCut: (rank: number, count: number, q: number, k: Kind | 'either') =>
    `Đồng hạng ${rank} (${count} hồ sơ bằng nhau về điểm, tỷ lệ phiếu và ngày nhận) tại ngưỡng chỉ tiêu ${q} ${KIND_WORD[k]}: Hội đồng quyết định.`,
  /**
   * One allocation stage, for the reasons below: "của đơn vị “Phường 1” (1 cá nhân mỗi xã, phường,
   * xếp thứ 2)" or "của khối “Cơ quan Trung ương” (2 cá nhân, xếp thứ 3)".
   */
  allocationPart: (a: { each: boolean; generic: boolean; group: string; unit: string | null; q: number; k: Kind | 'either'; pos: number }) =>
    a.each
      ? `của đơn vị “${a.unit ?? ''}” (${a.q} ${KIND_WORD[a.k]} mỗi ${a.generic ? 'đơn vị' : a.group.replace(/^(các|mỗi|những)\s+/i, '')}, xếp thứ ${a.pos})`
      : `của ${/^(khối|cụm|nhóm)(\s|$)/i.test(a.group) ? '' : 'khối '}“${a.group}” (${a.q} ${KIND_WORD[a.k]}, xếp thứ ${a.pos})`,
  allocationCut: (part: string) => `Ngoài chỉ tiêu ${part}.`,
  allocationTie: (part: string, count: number) =>
    `Đồng hạng tại ngưỡng chỉ tiêu ${part}: ${count} hồ sơ bằng nhau về điểm, tỷ lệ phiếu và ngày nhận, Hội đồng quyết định.`,
  allocationWithin: (parts: string[]) => `Trong chỉ tiêu ${parts.join('; ')}.`,

  // points and grades
  negativeTotal: (g: number) => `Tổng điểm ${fmtNum(g)} là số âm.`,
  blankPoints: (cell: string, idx: number) => `Ô ${cell}: điểm tiêu chí ${idx} để trống, tính 0 điểm.`,
  negativePoints: (cell: string, v: number) => `Ô ${cell}: điểm ${fmtNum(v)} là số âm.`,
  pointsOverMax: (cell: string, v: number, max: number, idx: number) =>
    `Ô ${cell}: ${fmtNum(v)} điểm vượt điểm chuẩn ${fmtNum(max)} của tiêu chí ${idx}.`,
  bonusOverMax: (cell: string, v: number, max: number) => `Ô ${cell}: điểm thưởng ${fmtNum(v)} vượt mức tối đa ${fmtNum(max)}.`,
  penaltyOverMax: (cell: string, v: number, max: number) => `Ô ${cell}: điểm trừ ${fmtNum(v)} vượt mức tối đa ${fmtNum(max)}.`,
  givenScoreDiffers: (given: number, total: number) =>
    `Tổng điểm ghi trên bảng (${fmtNum(given)}) khác tổng tính từ các tiêu chí (${fmtNum(total)}): dùng ${fmtNum(total)}.`,
  gradeBlockedByZero: (total: number, blocked: string, got: string) =>
    `Đạt ${fmtNum(total)} điểm nhưng có tiêu chí 0 điểm nên không xếp loại ${blocked}: xếp loại ${got}.`,
  gradeNone: (total: number) => `${fmtNum(total)} điểm không thuộc loại nào của thang xếp loại.`,
  gradeBelowAward: (total: number, grade: string | null, award: string) =>
    `Xếp loại ${grade ?? '(không xếp được)'} (${fmtNum(total)} điểm): chưa đạt ${award}.`,
  scoreBelowMin: (total: number, min: number) => `Đạt ${fmtNum(total)} điểm, dưới điểm tối thiểu ${fmtNum(min)}.`,
  pointsMissing: 'Thiếu điểm chấm.',
  gradeWithheld: (cells: string[]) =>
    cells.length > 0
      ? `Chưa xếp loại vì điểm có lỗi ở ô ${cells.join(', ')}: sửa điểm rồi chạy lại.`
      : 'Chưa xếp loại vì tổng điểm có lỗi: sửa điểm rồi chạy lại.',

  // movement
  movementMissing: 'Thiếu phong trào (kế hoạch có nhiều phong trào).',
  movementAmbiguous: (text: string, ids: string[]) => `Phong trào “${text}” khớp nhiều phong trào (${ids.join(', ')}): ghi rõ số phong trào.`,
  movementAssumed: (text: string, id: string) => `Phong trào “${text}” không khớp tên trong kế hoạch; kế hoạch chỉ có phong trào ${id} nên tính theo phong trào này.`,
  movementUnknown: (text: string) => `Không tìm thấy phong trào “${text}” trong kế hoạch.`,
  planHasNoMovement: 'Kế hoạch không có phong trào nào.',

  // row checks
  nameMissing: 'Thiếu họ tên / tên tập thể.',
  kindMissing: 'Không rõ tập thể hay cá nhân.',
  rowProblem: (column: string, row: number, message: string) =>
    message.includes(`${column}${row}`) || !column ? message : `Ô ${column}${row}: ${message}`,
  receivedUnreadable: 'Ngày nhận hồ sơ không đọc được.',
  receivedMissing: 'Thiếu ngày nhận hồ sơ.',
  noReceivedColumn: 'Danh sách không có cột ngày nộp/ngày nhận hồ sơ: chưa xét hạn nộp.',
  duplicateOf: (otherRow: number, isFirst: boolean) =>
    isFirst ? `Trùng tên và đơn vị với dòng ${otherRow} trong cùng phong trào.` : `Trùng tên và đơn vị với dòng ${otherRow} trong cùng phong trào: cần kiểm tra.`,

  // deadlines
  late: (received: number, days: number, lastOnTime: number) =>
    `Nhận ngày ${formatVN(received)}, trễ ${days} ngày so với hạn (ngày cuối còn đúng hạn ${formatVN(lastOnTime)}).`,
  noDeadline: 'Chưa có hạn nộp hồ sơ: chưa xét trễ hạn.',
  deadlineUnknowable: (text: string) => `Hạn nộp “${text}” chưa xác định được ngày: chưa xét trễ hạn.`,
  deadlineUnreadable: (text: string, why: string) => `Không đọc được hạn nộp “${text}” (${why.replace(/\.$/, '')}): chưa xét trễ hạn.`,

  // criteria
  criteriaNotOnSheet: (n: number) => `Bảng không có cột tiêu chí: chưa đối chiếu ${n} tiêu chí của kế hoạch.`,
  criterionUnmet: (idx: number, text: string | null, cell: string) =>
    text ? `Chưa đạt tiêu chí ${idx}: ${text}` : `Chưa đạt tiêu chí ${idx} (ô ${cell}).`,
  criterionNoColumn: (idx: number, text: string | null) =>
    `Chưa đạt tiêu chí ${idx}${text ? `: ${text}` : ''} (bảng không có cột cho tiêu chí này).`,
  markUnreadable: (cell: string, raw: string) => `Ô ${cell}: “${raw}” không đọc được là đạt/không đạt.`,
  markBeyondCriteria: (cell: string, k: Kind, count: number) =>
    `Ô ${cell}: có đánh dấu ngoài ${count} tiêu chí của ${KIND_WORD[k]}, không tính.`,

  // vote
  voteMissing: (min: number) => `Chưa có tỷ lệ phiếu để so với ngưỡng ${fmtPct(min)}.`,
  voteBelow: (vote: number, min: number, fromSettings: boolean) =>
    `Tỷ lệ phiếu ${fmtPct(vote)} dưới ngưỡng ${fmtPct(min)} (${fromSettings ? 'ngưỡng do người dùng đặt' : 'theo kế hoạch'}).`,
};

/** Notes for the summary sheet. */
export const SUMMARY_TEXT = {
  unknownUnit: '(Không rõ đơn vị)',
  allocationsOnly: 'Không có chỉ tiêu chung: áp dụng chỉ tiêu phân bổ cho từng khối, đơn vị.',
};
