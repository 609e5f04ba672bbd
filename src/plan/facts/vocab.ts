// Words of the genre the extractors recognise headings and labels by. Matched against a heading's
// title (its text before ":"), case-insensitive, after NFC.

/** "Số lượng khen thưởng", "Chỉ tiêu", "Phân bổ chỉ tiêu", "Cơ cấu". */
export const QUOTA_FIELD = /^(?:số\s+lượng|chỉ\s+tiêu|phân\s+bổ|cơ\s+cấu\s+(?:khen|số\s+lượng))/iu;
/** "Thời điểm xét khen thưởng", "Thời gian gửi hồ sơ", "Thời hạn", "Hạn nộp". */
export const TIME_FIELD =
  /^(?:thời\s+điểm(?:\s+(?:xét|tổng\s+kết|khen|gửi|nộp|trình))?|thời\s+gian\s+(?:xét|gửi|nộp|nhận|tiếp\s+nhận|đề\s+nghị|trình|tổng\s+kết|bình\s+xét)|thời\s+hạn|hạn\s+(?:nộp|chót|gửi|cuối)|tiến\s+độ|lịch\s+trình)/iu;
/** "Tiêu chuẩn khen thưởng", "Tiêu chí thi đua" — not "Tiêu chí chấm điểm" (a rubric). */
export const CRITERIA_FIELD = /^(?:các\s+)?(?:tiêu\s+chuẩn|tiêu\s+chí)(?!\s+(?:chấm|đánh\s+giá|tính)\s+điểm)/iu;
/** Sections that hold no movement: purpose, requirements, organisation, funds, dossiers… */
export const NOT_MOVEMENT =
  /^(?:mục\s+đích|yêu\s+cầu|ý\s+nghĩa|quan\s+điểm|đối\s+tượng|phạm\s+vi|thời\s+gian|thời\s+điểm|hình\s+thức|kinh\s+phí|hồ\s+sơ|thủ\s+tục|quy\s+trình|tổ\s+chức\s+thực\s+hiện|trách\s+nhiệm|giải\s+pháp|nhiệm\s+vụ|số\s+lượng|chỉ\s+tiêu|tiêu\s+chuẩn|tiêu\s+chí|khen\s+thưởng$|công\s+tác\s+khen\s+thưởng|nguyên\s+tắc|điều\s+khoản|lưu\s+ý|ghi\s+chú|nơi\s+nhận|căn\s+cứ)/iu;

/** The column of a table that names movements ("Chuyên đề thi đua", "Nội dung thi đua", "Tên phong trào"). */
export const MOVEMENT_COLUMN = /chuyên\s*đề|nội\s*dung\s*thi\s*đua|phong\s*trào|tên\s*(?:phong\s*trào|chuyên\s*đề|cuộc\s*thi)/iu;

/** Kind labels: "Đối với tập thể", "Tập thể:", "Cá nhân", "Đối với hộ gia đình". */
export const KIND_LABEL = /^(?:\d+[.)]\s*)?(?:(?:tiêu\s+chuẩn\s+|tiêu\s+chí\s+)?(?:đối\s+)?với\s+)?(?:các\s+|những\s+)?(?:tập\s+thể|cá\s+nhân|hộ\s+gia\s+đình)(?:[\s,]|$)/iu;

export type KindWord = 'collective' | 'individual' | 'household';

/** Kinds a label or an intro names ("cá nhân, hộ gia đình" → both). */
export function kindsNamed(s: string): KindWord[] {
  const out: KindWord[] = [];
  if (/tập\s+thể/iu.test(s)) out.push('collective');
  if (/cá\s+nhân/iu.test(s)) out.push('individual');
  if (/hộ\s+gia\s+đình|(?<![\p{L}])gia\s+đình(?!\s+văn\s+hóa)/iu.test(s)) out.push('household');
  return out;
}

/** Who a subject group is: people, households, or bodies and units. */
export function kindOfSubject(s: string): KindWord | null {
  const k = kindsNamed(s);
  if (k.length === 1) return k[0];
  if (/(?<![\p{L}])(?:cán\s+bộ|công\s+chức|viên\s+chức|người\s+lao\s+động|người\s+dân|công\s+dân|đoàn\s+viên|hội\s+viên|đảng\s+viên|học\s+sinh|sinh\s+viên|giáo\s+viên|giảng\s+viên|chiến\s+sĩ|bác\s+sĩ|điều\s+dưỡng|nhân\s+viên|doanh\s+nhân|trí\s+thức|nhà\s+khoa\s+học|công\s+nhân|nông\s+dân)(?![\p{L}])/iu.test(s))
    return 'individual';
  if (/(?<![\p{L}])(?:cơ\s+quan|đơn\s+vị|doanh\s+nghiệp|tổ\s+chức|xã|phường|thị\s+trấn|tỉnh|huyện|khoa|phòng|trường|trạm|ban|sở|ngành|địa\s+phương|công\s+đoàn|chi\s+bộ|khối|cụm|ấp|thôn|bản|tổ\s+dân\s+phố)(?![\p{L}])/iu.test(s))
    return 'collective';
  return null;
}

/** Award forms and titles ("Bằng khen của Chủ tịch UBND tỉnh", "Danh hiệu "Lao động tiên tiến""). */
export const FORM_NAME =
  /^(?:danh\s+hiệu\s+)?"?(?:cờ\s+thi\s+đua|bằng\s+khen|giấy\s+khen|huân\s+chương|huy\s+chương|kỷ\s+niệm\s+chương|chiến\s+s[ĩỹ]\s+thi\s+đua|lao\s+động\s+tiên\s+tiến|tập\s+thể\s+lao\s+động|danh\s+hiệu|anh\s+hùng|nhà\s+giáo|thầy\s+thuốc|nghệ\s+sĩ|giải\s+thưởng)/iu;

/** The kind an award form is for, when its name says it. */
export function kindOfForm(name: string): KindWord | null {
  if (/cờ\s+thi\s+đua|tập\s+thể\s+lao\s+động/iu.test(name)) return 'collective';
  if (/chiến\s+s[ĩỹ]\s+thi\s+đua|^(?:danh\s+hiệu\s+)?"?lao\s+động\s+tiên\s+tiến|nhà\s+giáo|thầy\s+thuốc|nghệ\s+sĩ/iu.test(name)) return 'individual';
  return null;
}

/**
 * Second syllables that names of bodies and offices write in lower case after a capitalised first
 * ("Y tế", "Trung ương", "Công an", "Thanh tra", "Chính phủ", "Chủ tịch", "Quốc phòng", "Tư pháp"):
 * a name read word by word must not stop before them ("Bộ Công" for "Bộ Công an").
 */
export const NAME_SECOND_SYLLABLE = String.raw`(?:tế|ương|hội|vụ|dục|tạo|nghiệp|an|tra|phủ|tịch|tướng|đốc|nước|đoàn|trưởng|phòng|chính|pháp|giao|dựng|học|nghệ|trường|thông|lịch|thao|hóa|hoá|binh|sự|thuật|quan|khoa)(?![\p{L}])`;

/** Council and steering bodies' names as the genre writes them. */
// A capitalised word, with the second syllable of a name that writes it in lower case.
const COUNCIL_TAIL = String.raw`(?:[\p{Lu}][\p{L}]*(?:\s+(?:${NAME_SECOND_SYLLABLE}|sát))?|nhân\s+dân|\([\p{Lu}Đ&]{2,10}\)|cấp\s+\S+|các\s+cấp|tỉnh|thành\s+phố|huyện|quận|xã|phường|ngành(?:\s+[\p{Ll}]+){0,2}|sở|cơ\s+sở|của(?=\s+[\p{Lu}]))`;
// The titles a council for an honour is named by: quoted ("“Nhà giáo nhân dân”, “Nhà giáo ưu tú”") or abbreviated ("NGND, NGƯT").
const HONOUR_TITLES = String.raw`(?:"[^"]{3,60}"|[\p{Lu}]{2,8})(?:\s*(?:,|và)\s*(?:"[^"]{3,60}"|[\p{Lu}]{2,8}))*`;
export const COUNCIL_NAME = new RegExp(
  String.raw`(?:Hội\s+đồng\s+[Tt]hi\s+đua\s*[-–,]?\s*[Kk]hen\s+thưởng|(?:Hội\s+đồng|HỘI\s+ĐỒNG|HĐ)\s+TĐ\s*[-–]?\s*KT|(?<![\p{L}/-])HĐTĐKT|Hội\s+đồng\s+xét\s+tặng\s+danh\s+hiệu\s+${HONOUR_TITLES}|Hội\s+đồng\s+xét\s+(?:duyệt|chọn|khen\s+thưởng)|Ban\s+[Cc]hỉ\s+đạo|Ban\s+[Tt]ổ\s+chức\s+(?:hội\s+thi|cuộc\s+thi|phong\s+trào))(?:\s+${COUNCIL_TAIL}){0,8}`,
  'u',
);
