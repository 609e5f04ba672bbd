import type { Kind, Status } from '../types';

export const STATUS_LABEL: Record<Status, string> = {
  selected: 'Đề nghị khen thưởng',
  over_quota: 'Vượt chỉ tiêu',
  tie: 'Đồng hạng tại ngưỡng',
  ineligible: 'Không đủ tiêu chuẩn',
  late: 'Trễ hạn',
  review: 'Cần kiểm tra',
};

export const KIND_LABEL: Record<Kind | 'either', string> = {
  collective: 'Tập thể',
  individual: 'Cá nhân',
  either: 'Tập thể hoặc cá nhân',
};

export const WEEKDAY_LABEL = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];
