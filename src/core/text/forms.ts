// Vietnamese text about award forms (hình thức khen thưởng / danh hiệu) as a dimension of the
// bình xét: the reasons the engine gives, the summary section, the result band and the "Kế hoạch"
// sheet's form quotas.
import type { Kind } from '../types';
import { kindWord } from './engine';

const list = (forms: string[]) => forms.map((f) => `“${f}”`).join('; ');

export const FORM_TEXT = {
  // reasons
  formMissing: (movementId: string, forms: string[]) =>
    `Thiếu hình thức khen thưởng đề nghị: phong trào ${movementId} có chỉ tiêu riêng cho ${list(forms)}.`,
  formUnknown: (text: string, movementId: string, forms: string[]) =>
    `Hình thức “${text}” không có trong chỉ tiêu của phong trào ${movementId} (${list(forms)}): sửa ô hình thức hoặc thêm hình thức vào trang Kế hoạch.`,
  formAmbiguous: (text: string, forms: string[]) => `Hình thức “${text}” khớp nhiều hình thức (${list(forms)}): ghi rõ tên hình thức.`,
  formAssumed: (movementId: string, form: string) =>
    `Không ghi hình thức khen thưởng: phong trào ${movementId} chỉ có hình thức “${form}” nên tính theo hình thức này.`,
  /** A ranking reason of a form's quota: "Xếp hạng 2, trong chỉ tiêu 5 cá nhân (hình thức “Bằng khen …”)." */
  ofForm: (reason: string, form: string) => `${reason.replace(/\.$/, '')} (hình thức “${form}”).`,
  quotaZero: (movementId: string, form: string, k: Kind | 'either') =>
    `Hình thức “${form}” của phong trào ${movementId} không có chỉ tiêu khen thưởng cho ${kindWord(k)}.`,

  // summaries
  summaryTitle: 'V. THEO HÌNH THỨC KHEN THƯỞNG VÀ ĐỐI TƯỢNG',
  summaryHeaders: ['Phong trào', 'Hình thức khen thưởng', 'Đối tượng', 'Số đề nghị', 'Đủ tiêu chuẩn', 'Trễ hạn', 'Không đủ tiêu chuẩn', 'Cần kiểm tra', 'Đồng hạng', 'Đề nghị khen thưởng', 'Chỉ tiêu', 'Còn lại', 'Ghi chú'],
  noForm: '(Không ghi hình thức)',
  highFormHeader: 'Đạt khen cao',
  highFormNote:
    'Đạt khen cao: số người/tập thể được đề nghị khen thưởng theo hình thức cao hơn mọi hình thức đã được tặng trong lịch sử khen thưởng (theo thứ bậc các hình thức); ai chưa có khen thưởng nào trong lịch sử thì không tính.',
  /** The movement's quota is not split by form: a form's line has none of its own. */
  sharedQuota: 'Chỉ tiêu chung của phong trào, không chia theo hình thức.',
  notInPlan: 'Hình thức không có trong kế hoạch.',
  /** A movement's line when its form quotas cut: the places are theirs, summed. */
  quotaByForm: 'Tổng chỉ tiêu các hình thức khen thưởng (chi tiết ở mục V).',
  bandHeader: 'Bình Xét: Hình thức',

  // the "Kế hoạch" sheet
  sheet: {
    section: 'HÌNH THỨC KHEN THƯỞNG VÀ CHỈ TIÊU',
    head: ['Phong trào', 'Hình thức khen thưởng / danh hiệu', 'Tập thể', 'Cá nhân', 'Tập thể hoặc cá nhân', '% tập thể', '% cá nhân', 'Ghi chú số lượng', 'Có số lượng'],
    /** The allocations' column naming the form their numbers are for. */
    allocationForm: 'Hình thức khen thưởng',
  },
};
