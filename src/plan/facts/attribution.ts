// Who a document is from and what it is, when the header alone does not say: a header that names
// the body but not its place ("ỦY BAN NHÂN DÂN", its second line lost) is completed by the issuing
// sentence that names it in full; a council that launches its own plan is the council that reviews
// it; a letter's body without its header is still a Công văn.
import type { Council, PlanKind } from '../../core/types';
import type { DocModel } from '../document';
import { forCopy } from '../document/fold';
import { DOUBTFUL, fact, sourceOf, type Fact } from './fact';
import { nameKey } from './names';
import { hasPlace, namesLevel } from './orgName';
import { COUNCIL_NAME } from './vocab';

/** The header's issuer, completed by the issuing sentence when the header lost the place. */
export function completeIssuer(header: Fact<string> | null, sentence: Fact<string> | null, folded: boolean): Fact<string> | null {
  if (!header || !sentence || hasPlace(header.value, folded)) return header;
  const [h, s] = [nameKey(header.value), nameKey(sentence.value)];
  // Only a level the sentence itself writes ("Ủy ban nhân dân tỉnh"): one added to a bare name is a guess.
  if (s.length > h.length && s.startsWith(h + ' ') && hasPlace(sentence.value, folded) && namesLevel(sentence.source?.text ?? '', folded)) return { ...sentence, confidence: Math.min(header.confidence, sentence.confidence) };
  return header;
}

/** The council as the issuer names it, when the council found is the issuer itself ("Hội đồng thi đua khen thưởng Bệnh viện …"). */
export function councilOfIssuer(council: Fact<Council>, issuer: string): Fact<Council> {
  const [c, i] = [nameKey(council.value.name), nameKey(issuer)];
  if (!issuer || i === c || !i.startsWith(c)) return council;
  return { ...council, value: { ...council.value, name: issuer } };
}

/** A council that issues the document under its own header ("UBND XÃ … / HỘI ĐỒNG TĐ–KT") is the council, when the body names none. */
export function councilAsIssuer(issuer: Fact<string> | null | undefined): Fact<Council> | null {
  if (!issuer || !new RegExp(`^(?:${COUNCIL_NAME.source})`, 'u').test(issuer.value)) return null;
  return { ...issuer, value: { name: issuer.value, members: [] } };
}

// What only a letter's body says: it answers a letter, gives the office's view, asks the units to act.
const LETTER =
  /nhận\s+được\s+(?:văn\s+bản|công\s+văn|thư)\s+số|có\s+ý\s+kiến(?:\s+chỉ\s+đạo)?[^.]{0,120}như\s+sau|(?:^|[.;]\s*)(?:Đề\s+nghị|Yêu\s+cầu)\s+(?:Thủ\s+trưởng\s+)?các\s+(?:cơ\s+quan|đơn\s+vị|phòng|địa\s+phương|sở|ban|ngành)[^.]{0,160}thực\s+hiện|^Kính\s+gửi\s*:/iu;

/** A Công văn's body without its header: a guess, to confirm. */
export function letterKind(doc: DocModel): Fact<PlanKind> | null {
  const re = forCopy(doc.layout.folded, LETTER);
  for (const b of doc.blocks.slice(0, 40)) {
    if (b.type !== 'para') continue;
    const m = re.exec(b.text);
    if (m) return fact('cong-van', sourceOf(b, m.index, m.index + m[0].length), DOUBTFUL);
  }
  return null;
}
