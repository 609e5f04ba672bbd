// The issuer when the copy has no header block: the body that "xây dựng / ban hành / triển khai"
// the plan in its opening sentence ("Sở Y tế xây dựng Kế hoạch …", "Trung tâm Kiểm nghiệm thuốc,
// mỹ phẩm, thực phẩm trực thuộc Sở Y tế tỉnh X (Trung tâm) xây dựng …"), placed by the title or the
// place-and-date line when the sentence names no place.
import type { Block, DocModel } from '../document';
import { LIKELY, fact, sourceOf, type Fact } from './fact';
import { issuerFromText } from './orgName';

const BODY = String.raw`(?:Sở|Ủy ban nhân dân|UBND|Ban|Bộ|Cục|Chi cục|Công đoàn|Trung tâm|Bệnh viện|Trường|Hội đồng|Viện|Phòng|Văn phòng|Đoàn|Hội|Công an)(?![\p{L}])`;
const ACTS = String.raw`\s+(?:xây\s+dựng|ban\s+hành|triển\s+khai|phát\s+động|tổ\s+chức)(?![\p{L}])`;
const NAMED = new RegExp(String.raw`(?:^|[;,.]\s)(${BODY}[^,;.()]{0,60}?)${ACTS}`, 'u');
// A name with commas, told by the short alias in brackets that follows it.
const ALIASED = new RegExp(String.raw`(?:^|[;.]\s|,\s)(${BODY}[^;.()]{0,120}?)\s*\([^()]{1,30}\)\s*(?:${ACTS.slice(3)})`, 'u');
const PLACE_IN_TITLE = /(?<![\p{L}])(tỉnh|thành phố)\s+((?:\p{Lu}[\p{L}]*)(?:\s*[-–]\s*\p{Lu}[\p{L}]*|\s+\p{Lu}[\p{L}]*)*)/u;

export function issuerFromBody(doc: DocModel, title: string, place: string | null): Fact<string> | null {
  const limit = Math.min(doc.blocks.length, 40);
  for (const re of [NAMED, ALIASED]) {
    for (let i = 0; i < limit; i++) {
      const b: Block = doc.blocks[i];
      if (b.type !== 'para') continue;
      const m = re.exec(b.text);
      if (!m || /^(?:Căn cứ|Thực hiện)/u.test(m[1])) continue;
      const t = PLACE_IN_TITLE.exec(title);
      const where = t ? { word: t[1], name: t[2].trim() } : place ? { word: 'tỉnh', name: place } : null;
      const at = m.index + m[0].indexOf(m[1]);
      return fact(issuerFromText(m[1], where), sourceOf(b, at, at + m[1].length), LIKELY);
    }
  }
  return null;
}
