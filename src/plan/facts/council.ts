// The council that reviews the nominations ("Hội đồng Thi đua - Khen thưởng Sở", "Thường trực
// Hội đồng") or the steering body of a movement ("Ban Chỉ đạo …"), and its members when the plan
// lists them ("Thành phần Hội đồng … gồm: a) Chủ tịch Hội đồng là …").
import type { Council } from '../../core/types';
import type { Block, DocModel } from '../document';
import { LIKELY, SURE, fact, sourceOf, type Fact } from './fact';
import { below, scopeNodes } from './query';
import { COUNCIL_NAME } from './vocab';
import { issuingClauseAt } from './issuer';

// A sentence that gives the council the review: "trình Hội đồng … xem xét", "Hội đồng … xét duyệt".
const REVIEWS = /trình|xét\s+duyệt|xem\s+xét|thẩm\s+định|bình\s+xét|họp\s+xét|quyết\s+định|đề\s+xuất/iu;
const MEMBERS = /thành\s+phần\s+(?:của\s+)?(?:Hội\s+đồng|Ban\s+[Cc]hỉ\s+đạo)[^:]*(?:gồm|bao\s+gồm)\s*:?\s*(.*)$/iu;

// The name as the document writes it ("Thi đua khen thưởng" without a dash stays so: the secretary
// finds it so in the source); only a short form in brackets ("(VKSND)") is left out.
const normalise = (s: string) =>
  s
    .replace(/\s*\([\p{Lu}Đ&]{2,10}\)/gu, '')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * Where a block that opens with its grounds starts to act: the issuing clause ("…, Hội đồng … lấy ý
 * kiến"), or an earlier line of the copy that is no further ground ("Trước khi báo cáo Hội đồng … xét
 * duyệt, …" rejoined under "Căn cứ …,"); -1 when neither.
 */
function afterGrounds(b: Block, folded: boolean): number {
  const clause = issuingClauseAt(b.text, folded);
  const line = b.starts.find((s) => s.at > 0 && /^\p{Lu}/u.test(b.text.slice(s.at)) && !/^(?:Căn\s+cứ|Xét\s|Theo\s)/iu.test(b.text.slice(s.at)));
  const at = [clause, line?.at ?? -1].filter((x) => x >= 0);
  return at.length ? Math.min(...at) : -1;
}

export function readCouncil(doc: DocModel): Fact<Council> | null {
  let best: { name: string; b: Block; at: number; len: number; conf: number } | null = null;
  const nodes = scopeNodes(doc);
  for (const n of nodes) {
    const b = n.block as Block;
    if (b.type !== 'para' || !/Hội\s+đồng|HĐ|Ban/u.test(b.text) || /^(?:Nơi\s+nhận|Kính\s+gửi)/iu.test(b.text)) continue;
    // The addressees under "Kính gửi:" are not the council.
    const prev = doc.blocks[b.index - 1];
    if (prev && /^Kính\s+gửi/iu.test(prev.text)) continue;
    // The grounds ("Căn cứ … của Hội đồng …") name others' councils: only the clause that acts after them counts.
    const from = /^Căn\s+cứ/iu.test(b.text) ? afterGrounds(b, doc.layout.folded) : 0;
    if (from < 0) continue;
    const m = COUNCIL_NAME.exec(b.text.slice(from));
    if (!m) continue;
    m.index += from;
    const conf = REVIEWS.test(b.text) ? SURE : LIKELY;
    if (!best || conf > best.conf) best = { name: normalise(m[0]), b, at: m.index, len: m[0].length, conf };
    if (conf === SURE) break;
  }
  if (!best) return null;
  const members: string[] = [];
  for (const n of nodes) {
    const b = n.block as Block;
    const m = MEMBERS.exec(b.text);
    if (!m) continue;
    if (m[1]) for (const part of m[1].split(/\s*;\s*(?:[a-zđ]\)\s*)?/u)) if (part.trim()) members.push(part.replace(/^[a-zđ]\)\s*/u, '').replace(/[.;]$/, '').trim());
    for (const c of below(doc, n)) if (c.parent === n && c.block) members.push(c.block.body.replace(/[.;]$/, '').trim());
    break;
  }
  return fact({ name: best.name, members }, sourceOf(best.b, best.at, best.at + best.len), best.conf);
}
