// The legal texts the catalogue's rules rest on, each as it was read and where. A text's status
// decides whether its rule is on by default (only a confirmed national text is; see ruleDefault in
// rules.ts). docs/law-sources.md lists the look-ups behind each entry, and what was not found.
import type { LegalSource } from './types';

const BAC_NINH = 'Quy định về công tác thi đua, khen thưởng tỉnh Bắc Ninh (ban hành kèm Quyết định số 86/2025/QĐ-UBND ngày 03/12/2025, hiệu lực 15/12/2025)';
const BAC_NINH_FILE = 'shared/plans/bacninh-2025-quy-dinh-tdkt.txt';
const LUAT = 'Luật Thi đua, khen thưởng số 06/2022/QH15';

export const LEGAL_SOURCES: readonly LegalSource[] = [
  {
    id: 'luat-2022-d74-1d',
    document: LUAT,
    article: 'Điều 74 khoản 1 điểm d',
    quote:
      'Có 02 lần liên tục được tặng danh hiệu “Chiến sĩ thi đua cơ sở” hoặc có liên tục từ 02 năm trở lên được công nhận hoàn thành xuất sắc nhiệm vụ, trong thời gian đó có 02 sáng kiến được công nhận và áp dụng có hiệu quả trong phạm vi cơ sở hoặc có 02 đề tài khoa học, đề án khoa học, công trình khoa học và công nghệ đã được nghiệm thu và áp dụng hiệu quả trong phạm vi cơ sở',
    seenAt: ['shared/domain.md (The law around it)', `${BAC_NINH_FILE}, dòng 226–232 (Điều 3 khoản 3 điểm a, cùng câu chữ)`],
    status: 'confirmed',
    scope: 'national',
    note: 'Là một trong các tiêu chuẩn "đạt một trong các tiêu chuẩn sau đây": không đạt điểm d thì Hội đồng còn xét các điểm khác. "Trong thời gian đó" được hiểu là áp dụng cho cả hai nhánh (02 lần CSTĐCS, 02 năm HTXSNV).',
  },
  {
    id: 'luat-2022-d22',
    document: LUAT,
    article: 'Điều 22 khoản 1',
    quote:
      'Có thành tích xuất sắc tiêu biểu được lựa chọn trong số những cá nhân có 03 lần liên tục được tặng danh hiệu “Chiến sĩ thi đua cơ sở”',
    seenAt: [
      'https://baoyenbai.com.vn/13/342479/Tieu-chuan-danh-hieu-Chien-si-thi-dua-co-so-Lao-dong-tien-tien-Chien-si-tien-tien.aspx',
      'https://baohatinh.vn/tieu-chuan-danh-hieu-chien-si-thi-dua-co-so-lao-dong-tien-tien-tu-nam-2024-post277722.html',
    ],
    status: 'secondary',
    scope: 'national',
    note: 'Luật cũ (Điều 22, Luật 2003 sửa đổi 2013) cũng ghi "ba lần liên tục đạt danh hiệu Chiến sĩ thi đua cơ sở" (trang Thi đua – Khen thưởng của Tòa án nhân dân, tdkt.toaan.gov.vn). Văn bản gốc Luật 2022 chưa đối chiếu được.',
  },
  {
    id: 'luat-2022-d21',
    document: LUAT,
    article: 'Điều 21 khoản 1',
    quote:
      'Có thành tích xuất sắc tiêu biểu được lựa chọn trong số những cá nhân có 02 lần liên tục được tặng danh hiệu chiến sĩ thi đua Bộ, ban, ngành, tỉnh',
    seenAt: [
      'https://lawnet.vn/thong-tin-phap-luat/khac/tieu-chuan-danh-hieu-chien-si-thi-dua-toan-quoc-tu-2024-103164.html',
      'https://baohatinh.vn/tieu-chuan-danh-hieu-chien-si-thi-dua-co-so-lao-dong-tien-tien-tu-nam-2024-post277722.html',
    ],
    status: 'secondary',
    scope: 'national',
  },
  {
    id: 'luat-2022-d23',
    document: LUAT,
    article: 'Điều 23',
    quote: '(Chưa đọc được văn bản Luật 2022.) Luật cũ, Điều 23: “1. Đạt các tiêu chuẩn của danh hiệu “Lao động tiên tiến” hoặc “Chiến sĩ tiên tiến”; 2. Có sáng kiến …”',
    seenAt: [
      'http://thiduakhenthuong.langson.gov.vn/en/hinhthucs/chien-si-thi-dua-co-so (Luật cũ)',
      'http://banthiduakhenthuongtw.gov.vn/traloi/460b8a748639415f8b9c28ccfe707fcd (trả lời chính thức, trích Nghị định 91/2017/NĐ-CP, đã hết hiệu lực)',
    ],
    status: 'not-confirmed',
    scope: 'national',
    note: 'Điều kiện "đạt danh hiệu Lao động tiên tiến" có trong luật cũ và Nghị định 91/2017; câu chữ của Luật 2022 chưa xác nhận.',
  },
  {
    id: 'luat-2022-d24',
    document: LUAT,
    article: 'Điều 24 khoản 1',
    quote: 'Hoàn thành tốt nhiệm vụ trở lên; có tinh thần tự lực, tự cường, đoàn kết, tương trợ, tích cực tham gia phong trào thi đua.',
    seenAt: ['https://dantri.com.vn/noi-vu/muc-tien-thuong-voi-cong-chuc-dat-danh-hieu-lao-dong-tien-tien-20251206130014585.htm'],
    status: 'secondary',
    scope: 'national',
  },
  {
    id: 'luat-2022-nguyen-tac',
    document: LUAT,
    article: 'Chương I, nguyên tắc khen thưởng (khoản chưa đối chiếu)',
    quote: 'Một hình thức khen thưởng có thể tặng nhiều lần cho một đối tượng; không khen thưởng nhiều lần, nhiều hình thức cho một thành tích đạt được',
    seenAt: ['https://vietjack.me/phap-luat/luat-thi-dua-khen-thuong-2022/chuong-ii-761.html (tóm tắt văn bản)'],
    status: 'secondary',
    scope: 'national',
  },
  {
    id: 'nd-98-2023-phieu',
    document: 'Nghị định 98/2023/NĐ-CP (đã được Nghị định 152/2025/NĐ-CP thay thế từ 01/07/2025)',
    article: 'tỷ lệ phiếu của Hội đồng (điều khoản chưa đối chiếu)',
    quote: '(Không đọc được văn bản.) Từng được dẫn: Chiến sĩ thi đua cơ sở, Cờ thi đua từ 80% trở lên; Chiến sĩ thi đua cấp bộ, tỉnh, toàn quốc từ 90% trở lên, tính trên tổng số thành viên Hội đồng.',
    seenAt: ['shared/domain.md (The law around it: chưa xác nhận)'],
    status: 'not-confirmed',
    scope: 'national',
    note: 'Không rõ Nghị định 152/2025/NĐ-CP có giữ các mức này. Quy định Bắc Ninh (Điều 8 khoản 4 điểm b) có con số 80% nhưng là số Ủy viên phải dự họp, không phải tỷ lệ phiếu.',
  },
  {
    id: 'bn-86-2025-d3-1',
    document: BAC_NINH,
    article: 'Điều 3 khoản 1 (Cờ thi đua của Ủy ban nhân dân tỉnh)',
    quote:
      'để tặng hằng năm cho tập thể dẫn đầu phong trào thi đua của Cụm, Khối thi đua do tỉnh tổ chức và đạt các tiêu chuẩn sau đây: Hoàn thành vượt các chỉ tiêu thi đua và nhiệm vụ được giao trong năm; là tập thể tiêu biểu xuất sắc trong tỉnh; Nội bộ đoàn kết; tổ chức đảng, đoàn thể hoàn thành xuất sắc nhiệm vụ; …',
    seenAt: [`${BAC_NINH_FILE}, dòng 148–164`],
    status: 'confirmed',
    scope: 'province',
  },
  {
    id: 'bn-86-2025-d3-2',
    document: BAC_NINH,
    article: 'Điều 3 khoản 2 (Tập thể lao động xuất sắc)',
    quote:
      'Hoàn thành xuất sắc nhiệm vụ được giao; Tích cực tham gia phong trào thi đua thường xuyên, thiết thực, hiệu quả; Có 100% cá nhân trong tập thể hoàn thành nhiệm vụ được giao, trong đó có ít nhất là 70% cá nhân đạt danh hiệu “Lao động tiên tiến”; Có cá nhân đạt danh hiệu “Chiến sĩ thi đua cơ sở”; Nội bộ đoàn kết, …',
    seenAt: [
      `${BAC_NINH_FILE}, dòng 166–205`,
      'https://stp.thuathienhue.gov.vn/?gd=12&cn=28&tc=9123 (Sở Tư pháp Thừa Thiên Huế trả lời, trích Nghị định 98/2023/NĐ-CP: cùng các tiêu chuẩn)',
    ],
    status: 'confirmed',
    scope: 'province',
  },
  {
    id: 'bn-86-2025-d3-3a',
    document: BAC_NINH,
    article: 'Điều 3 khoản 3 điểm a (Bằng khen của Chủ tịch UBND tỉnh, cá nhân)',
    quote:
      'cá nhân gương mẫu chấp hành tốt chủ trương của Đảng, chính sách, pháp luật của Nhà nước và đạt một trong các tiêu chuẩn sau đây: Có thành tích xuất sắc được bình xét trong các phong trào thi đua do tỉnh phát động; Lập được nhiều thành tích hoặc thành tích đột xuất …; Có đóng góp vào sự phát triển kinh tế - xã hội …; Có 02 lần liên tục được tặng danh hiệu “Chiến sĩ thi đua cơ sở” hoặc …; Công nhân, nông dân, người lao động lập được nhiều thành tích …',
    seenAt: [`${BAC_NINH_FILE}, dòng 210–235`],
    status: 'confirmed',
    scope: 'province',
  },
  {
    id: 'bn-86-2025-d3-3c',
    document: BAC_NINH,
    article: 'Điều 3 khoản 3 điểm c (Bằng khen của Chủ tịch UBND tỉnh, tập thể)',
    quote:
      'Có 02 năm liên tục được công nhận hoàn thành xuất sắc nhiệm vụ hoặc đạt danh hiệu “Tập thể lao động xuất sắc”, thực hiện tốt dân chủ ở cơ sở, tổ chức tốt các phong trào thi đua; chăm lo đời sống vật chất, tinh thần trong tập thể; thực hành tiết kiệm, chống lãng phí; phòng, chống tham nhũng, tiêu cực.',
    seenAt: [`${BAC_NINH_FILE}, dòng 243–262`],
    status: 'confirmed',
    scope: 'province',
    note: 'Là một trong các tiêu chuẩn "đạt một trong các tiêu chuẩn sau đây". Câu chữ của Luật 2022 (Điều 74 khoản 2) chưa đối chiếu được.',
  },
  {
    id: 'bn-86-2025-d4-1',
    document: BAC_NINH,
    article: 'Điều 4 khoản 1 điểm a (Lao động tiên tiến)',
    quote: 'Hoàn thành tốt nhiệm vụ trở lên; Có tinh thần tự lực, tự cường, đoàn kết, tương trợ, tích cực tham gia phong trào thi đua.',
    seenAt: [`${BAC_NINH_FILE}, dòng 273–284`],
    status: 'confirmed',
    scope: 'province',
  },
  {
    id: 'bn-86-2025-d4-2',
    document: BAC_NINH,
    article: 'Điều 4 khoản 2 (Tập thể lao động tiên tiến)',
    quote:
      'Hoàn thành tốt nhiệm vụ được giao; Tham gia phong trào thi đua thường xuyên, thiết thực, hiệu quả; Có ít nhất là 70% cá nhân trong tập thể đạt danh hiệu “Lao động tiên tiến” và không có cá nhân bị kỷ luật từ hình thức cảnh cáo trở lên; Nội bộ đoàn kết, …',
    seenAt: [`${BAC_NINH_FILE}, dòng 297–329`],
    status: 'confirmed',
    scope: 'province',
  },
  {
    id: 'bn-86-2025-d4-3',
    document: BAC_NINH,
    article: 'Điều 4 khoản 3 (Giấy khen)',
    quote:
      'hoàn thành tốt nhiệm vụ, nghĩa vụ công dân và đạt một trong các tiêu chuẩn sau đây: Có thành tích được bình xét trong phong trào thi đua; Lập được nhiều thành tích hoặc thành tích đột xuất, có phạm vi ảnh hưởng …',
    seenAt: [`${BAC_NINH_FILE}, dòng 331–369`],
    status: 'confirmed',
    scope: 'province',
  },
];

const BY_ID = new Map(LEGAL_SOURCES.map((s) => [s.id, s]));

/** The source with that id (the catalogue's tests check every id it names exists). */
export function legalSource(id: string): LegalSource {
  const s = BY_ID.get(id);
  if (!s) throw new Error(`forms: no legal source "${id}"`);
  return s;
}
