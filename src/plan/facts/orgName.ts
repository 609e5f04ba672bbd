// Names of issuing bodies as the header block writes them (upper case, over several lines) →
// as a sentence writes them: "ỦY BAN NHÂN DÂN / TỈNH NGHỆ AN" → "Ủy ban nhân dân tỉnh Nghệ An";
// "UBND TỈNH X / SỞ Y TẾ" → "Sở Y tế tỉnh X" (the issuer is the last body named; the levels above
// only place it).

const cap = (s: string) => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);

function titleCase(s: string): string {
  return s
    .toLocaleLowerCase('vi')
    .split(/(\s+|-)/)
    .map((w) => (/^\s+$|^-$/.test(w) ? w : cap(w)))
    .join('');
}

/** "ỦY BAN NHÂN DÂN TỈNH NGHỆ AN" → "Ủy ban nhân dân tỉnh Nghệ An". */
function sentenceCase(s: string): string {
  const m = /^(.*?)\s*\b(tỉnh|thành phố|huyện|quận|thị xã|xã|phường|đặc khu)\s+(.+)$/iu.exec(s);
  const head = m ? m[1] : s;
  let h = cap(head.toLocaleLowerCase('vi'));
  // The name proper starts with a capital ("Sở Y tế", "Công đoàn ngành Y tế"); "ngành" does not.
  h = h.replace(
    /^(Sở|Ban|Tiểu ban|Bộ|Cục|Chi cục|Trung tâm|Bệnh viện|Trường|Công đoàn|Hội đồng|Viện|Phòng|Văn phòng|Đoàn|Hội)\s+(ngành\s+)?(\S)/u,
    (_, a: string, n: string | undefined, b: string) => `${a} ${n ?? ''}${b.toLocaleUpperCase('vi')}`,
  );
  if (!m) return h;
  return `${h} ${m[2].toLocaleLowerCase('vi')} ${titleCase(m[3])}`.trim();
}

/** Each part of a name starts with a capital: "Sở Giáo dục và Đào tạo", "Hội đồng Thi đua - Khen thưởng". */
function partsCase(s: string): string {
  s = s.replace(/(?<![\p{L}])trung ương(?![\p{L}])/gu, 'Trung ương');
  if (!/^(?:Sở|Bộ|Ban|Tiểu ban|Hội đồng)\s/u.test(s)) return s;
  const cut = s.search(/\s(?:tỉnh|thành phố|huyện|quận|xã|phường)\s/u);
  const name = cut > 0 ? s.slice(0, cut) : s;
  const fixed = name.replace(/(\svà\s|,\s|\s[-–—]\s)(\p{Ll})/gu, (_, a: string, b: string) => a + b.toLocaleUpperCase('vi'));
  return fixed + (cut > 0 ? s.slice(cut) : '');
}

export const dashes = (s: string): string => s.replace(/\s*[-–—]\s*/g, ' - ');

// Words that open a body's name in the header; "ỦY BAN" is the people's committee, not a "Ban".
const AGENCY = /^(?:SỞ|TIỂU BAN|BAN|CỤC|CHI CỤC|TRUNG TÂM|BỆNH VIỆN|TRƯỜNG|PHÒNG|CÔNG ĐOÀN|VIỆN|HỘI ĐỒNG|BỘ|VĂN PHÒNG|ĐOÀN|HỘI|CÔNG AN|THUẾ|KHO BẠC|BẢO HIỂM|NGÂN HÀNG|TỔNG CỤC|ĐẢNG ỦY|ĐẢNG UỶ|HỌC VIỆN|ĐẠI HỌC|BỘ CHỈ HUY|BỘ TƯ LỆNH)(?![\p{L}])/u;
const PLACE_ABOVE =
  /(?:(?:ỦY|UỶ)\s+BAN\s+NHÂN\s+DÂN|UBND)\s+(TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG|ĐẶC KHU)\s+(.+?)(?=\s+(?:SỞ|BAN|CỤC|TRUNG TÂM|BỆNH VIỆN|UBND|ỦY BAN|UỶ BAN)(?![\p{L}])|$)|(?<![\p{L}])(TỈNH|THÀNH PHỐ)\s+(.+)$/u;
const HAS_PLACE = /(?<![\p{L}])(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|đặc khu)\s+\p{Lu}/u;

// A body's name inside a line that also names the level above ("UBND TỈNH HÀ NAM SỞ Y TẾ"); not
// the "BAN" of "ỦY BAN", the "ĐOÀN" of "CÔNG ĐOÀN", the "CỤC" of "CHI CỤC", the "PHÒNG" of "VĂN PHÒNG".
const AGENCY_INSIDE =
  /(?<=\s)(?<!(?:ỦY|UỶ|CÔNG|CHI|VĂN|HỘI|TỔNG)\s)(?:SỞ|BAN|CỤC|CHI CỤC|TRUNG TÂM|BỆNH VIỆN|TRƯỜNG|PHÒNG|CÔNG ĐOÀN|HỘI ĐỒNG|VĂN PHÒNG|TỔNG CỤC)(?![\p{L}])/gu;

/** Lines cut where a second body's name starts inside one of them. */
function splitBodies(lines: string[]): string[] {
  const out: string[] = [];
  for (const l of lines) {
    let from = 0;
    for (const m of l.matchAll(AGENCY_INSIDE)) {
      const i = m.index as number;
      if (/(?:^|\s)(?:TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|XÃ|PHƯỜNG|UBND|NHÂN DÂN)\s/u.test(l.slice(from, i) + ' ')) {
        out.push(l.slice(from, i).trim());
        from = i;
      }
    }
    out.push(l.slice(from).trim());
  }
  return out.filter(Boolean);
}

/** The issuing body from the header's upper-case lines, top to bottom. */
export function issuerFromHeader(raw: string[]): string {
  const lines = splitBodies(raw);
  let k = -1;
  lines.forEach((l, i) => {
    if (AGENCY.test(l)) k = i;
  });
  if (k < 0) return dashes(sentenceCase(lines.join(' ').replace(/^UBND\b/u, 'ỦY BAN NHÂN DÂN')));
  const agency = partsCase(sentenceCase(lines.slice(k).join(' ')));
  if (HAS_PLACE.test(agency)) return dashes(agency);
  const up = PLACE_ABOVE.exec(lines.slice(0, k).join(' '));
  const place = up ? ` ${(up[1] ?? up[3]).toLocaleLowerCase('vi')} ${titleCase(up[2] ?? up[4])}` : '';
  return dashes(agency + place);
}

/** A body named in running text ("Sở Y tế", "UBND tỉnh"), placed when the text names no place. */
export function issuerFromText(name: string, place: { word: string; name: string } | null): string {
  const org = name.replace(/^UBND\b/u, 'Ủy ban nhân dân').trim();
  if (HAS_PLACE.test(org) || !place) return dashes(org);
  return dashes(`${org} ${place.word} ${place.name}`);
}
