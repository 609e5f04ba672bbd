// Vietnamese strings of the pane's list of facts read from a plan (step 1): each fact with the
// lines it was read from, the ones to confirm, and the messages of a correction.

export const PLAN_FACTS_TEXT = {
  heading: 'Thông tin đọc được từ văn bản',
  intro: 'Mỗi thông tin kèm dòng văn bản đã đọc ra nó. Sửa ô nào sai trước khi lưu vào trang "Kế hoạch".',
  label: {
    title: 'Tên văn bản (trích yếu)',
    issuer: 'Cơ quan ban hành',
    number: 'Số, ký hiệu',
    date: 'Ngày ban hành',
    kind: 'Loại văn bản',
    year: 'Năm',
    'period.from': 'Thời gian thực hiện: từ ngày',
    'period.to': 'Thời gian thực hiện: đến ngày',
  } as Record<string, string>,
  kindNone: '(chưa rõ)',
  /** "Dòng 12" or "Dòng 12–14". */
  lines: (a: number, b: number) => (a === b ? `Dòng ${a}` : `Dòng ${a}–${b}`),
  notFound: 'Không thấy trong văn bản.',
  unsure: 'cần xác nhận',
  edited: 'đã sửa',
  apply: 'Sửa',
  datePlaceholder: 'dd/mm/yyyy',
  badDate: (raw: string) => `"${raw}" không phải ngày (dd/mm/yyyy).`,
  badYear: (raw: string) => `"${raw}" không phải năm (4 chữ số).`,
  movementName: 'Tên phong trào',
  quotaSource: 'Câu về số lượng',
  forms: 'Hình thức khen thưởng được nêu',
  council: 'Hội đồng xét',
  generalPhrase: 'Sửa cụm từ hạn nộp',
};
