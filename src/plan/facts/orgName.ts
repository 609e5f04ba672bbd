// Names of issuing bodies as the header block writes them (upper case, over several lines) →
// as a sentence writes them: "ỦY BAN NHÂN DÂN / TỈNH NGHỆ AN" → "Ủy ban nhân dân tỉnh Nghệ An";
// "UBND TỈNH X / SỞ Y TẾ" → "Sở Y tế tỉnh X" (the issuer is the last body named; the levels above
// only place it).

import { forCopy } from '../document/fold';
import { nameKey } from './names';

const cap = (s: string) => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);

function titleCase(s: string): string {
  return s
    .toLocaleLowerCase('vi')
    .split(/(\s+|-)/)
    .map((w) => (/^\s+$|^-$/.test(w) ? w : cap(w)))
    .join('');
}

// An upper-case word without a vowel is an acronym ("THPT", "TTYT", "CĐCS") and stays so; the
// words after it name the unit ("TRƯỜNG THPT ĐẶNG THÚC HỨA" → "Trường THPT Đặng Thúc Hứa").
const ACRONYM = /^[B-DF-HJ-NP-TV-XZĐ]{2,6}$/u;

/** Lower case, with acronyms kept and the name after an acronym in title case. */
function lowerKeepingAcronyms(s: string): string {
  let afterAcronym = false;
  return s
    .split(/(\s+)/)
    .map((w) => {
      if (/^\s+$/.test(w)) return w;
      // "TĐ–KT", "TĐ-KT": an acronym in parts.
      if (w.split(/[-–]/u).every((p) => ACRONYM.test(p))) return (afterAcronym = true), w;
      return afterAcronym ? cap(w.toLocaleLowerCase('vi')) : w.toLocaleLowerCase('vi');
    })
    .join('');
}

/** "ỦY BAN NHÂN DÂN TỈNH NGHỆ AN" → "Ủy ban nhân dân tỉnh Nghệ An". */
function sentenceCase(s: string): string {
  const m = /^(.*?)\s*\b(tỉnh|thành phố|huyện|quận|thị xã|xã|phường|đặc khu)\s+(.+)$/iu.exec(s);
  const head = m ? m[1] : s;
  let h = cap(lowerKeepingAcronyms(head));
  // The name proper starts with a capital ("Sở Y tế", "Công đoàn ngành Y tế"); "ngành" does not,
  // nor the second word of "Đoàn trường", "Công đoàn cơ sở", "Hội đồng trường".
  h = h.replace(
    /^(Sở|Ban|Tiểu ban|Bộ|Cục|Chi cục|Trung tâm|Bệnh viện|Trường|Công đoàn|Hội đồng|Viện|Phòng|Văn phòng|Đoàn|Hội)\s+(ngành\s+)?(?!trường\s|cơ\s+sở)(\S)/u,
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
const HAS_PLACE = /(?<![\p{L}])(?:[Tt]ỉnh|[Tt]hành phố|[Hh]uyện|[Qq]uận|[Tt]hị xã|[Xx]ã|[Pp]hường|[Đđ]ặc khu)\s+\p{Lu}/u;
/** A central body has no place: a ministry, its departments, a council "Trung ương". */
const CENTRAL = /^(?:Bộ|Vụ|Tổng cục|Tổng Liên đoàn)\s|(?<![\p{L}])(?:Trung ương|Việt Nam)$/u;
/** A name that ends with its level but not the place ("Ủy ban nhân dân tỉnh"): the place completes it. */
const BARE_LEVEL = /\s(tỉnh|thành phố|huyện|quận|thị xã|xã|phường)$/u;

// A body's name inside a line that also names the level above ("UBND TỈNH HÀ NAM SỞ Y TẾ"); not
// the "BAN" of "ỦY BAN", the "ĐOÀN" of "CÔNG ĐOÀN", the "CỤC" of "CHI CỤC", the "PHÒNG" of "VĂN PHÒNG".
const AGENCY_INSIDE =
  /(?<=\s)(?<!(?:ỦY|UỶ|CÔNG|CHI|VĂN|HỘI|TỔNG)\s)(?:SỞ|BAN|CỤC|CHI CỤC|TRUNG TÂM|BỆNH VIỆN|TRƯỜNG|PHÒNG|CÔNG ĐOÀN|HỘI ĐỒNG|VĂN PHÒNG|TỔNG CỤC)(?![\p{L}])/gu;

/** An upper-case line that opens with a body's name ("SỞ Y TẾ", "ĐOÀN TRƯỜNG …", "UBND TỈNH …"); not a site's banner ("TIN TỨC BỆNH VIỆN"). */
export const opensWithBody = (line: string): boolean => AGENCY.test(line) || /^(?:(?:ỦY|UỶ)\s+BAN|UBND|HĐND|TỔNG\s+LIÊN\s+ĐOÀN|LIÊN\s+ĐOÀN|THÀNH\s+ĐOÀN|TỈNH\s+ĐOÀN|VỤ|ĐẢNG\s+BỘ|CHI\s+BỘ)(?![\p{L}])/u.test(line);

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

const spelt = (l: string) => l.replace(/^UBND(?![\p{L}])/u, 'ỦY BAN NHÂN DÂN').replace(/^UỶ/u, 'ỦY').replace(/\s+/g, ' ').trim();

/**
 * A level line repeated as the start of a later one, as a Quyết định's acting line repeats the
 * header's ("ỦY BAN NHÂN DÂN |" … "ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN"): the later line is the whole name.
 */
function withoutRepeats(lines: string[]): string[] {
  return lines.filter((l, i) => !lines.slice(i + 1).some((later) => spelt(later).startsWith(spelt(l) + ' ') || spelt(later) === spelt(l)));
}

/** The issuing body from the header's upper-case lines, top to bottom. */
export function issuerFromHeader(raw: string[]): string {
  const lines = withoutRepeats(splitBodies(raw));
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

/** A name that ends in a body's abbreviation ("Hội đồng Thi đua - Khen thưởng TTXVN", "Công đoàn BHXH") is whole: it has no place to add. */
const ENDS_IN_ACRONYM = /\s[\p{Lu}Đ]{3,}(?:-[\p{Lu}Đ]+)?$/u;

/** A body named in running text ("Sở Y tế", "UBND tỉnh"), placed when the text names no place. */
export function issuerFromText(name: string, place: { word: string; name: string } | null, folded = false): string {
  // Kept as the text writes it ("UBND tỉnh", "Ủy ban nhân dân tỉnh"): the secretary finds it so in the source.
  const org = name.trim();
  if (forCopy(folded, HAS_PLACE).test(org) || !place || forCopy(folded, CENTRAL).test(org) || ENDS_IN_ACRONYM.test(org)) return dashes(org);
  // "Bảo hiểm xã hội Hà Nội" already says where it is, without the level.
  if (nameKey(org).endsWith(' ' + nameKey(place.name))) return dashes(org);
  const bare = BARE_LEVEL.exec(org);
  // "Hội đồng Thi đua - Khen thưởng tỉnh" placed by a district's name would be wrong: only the same level is completed.
  if (bare) return bare[1] === place.word ? dashes(`${org} ${place.name}`) : dashes(org);
  return dashes(`${org} ${place.word} ${place.name}`);
}

/** Whether an issuer's name says where it is ("Sở Y tế tỉnh Hà Nam"; not "Ủy ban nhân dân"). */
export const hasPlace = (name: string, folded = false): boolean => forCopy(folded, HAS_PLACE).test(name);

/** Whether a name says its level, with or without the place ("Ủy ban nhân dân tỉnh"). */
export const namesLevel = (name: string, folded = false): boolean => hasPlace(name, folded) || forCopy(folded, BARE_LEVEL).test(name);
