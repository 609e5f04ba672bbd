// Which forms of the list a unit head's Quyết định would grant. A Sở or a hospital decides its own
// Giấy khen and cơ sở titles; a Bằng khen of the province or a ministry and everything above it is
// decided at that level, on the unit's Tờ trình. The draft still lists every form (the secretary
// may be drafting for that level), but says which forms need a decision from above when the
// decision's authority does not name such a level. The level is the catalogue's order of forms
// (AwardForm.rank: 40 is a Bằng khen of a ministry or province), not a rule of law applied.
import { matchForm } from '../core/forms/match';
import { foldKey } from '../core/normalize';
import type { Group } from './groups';

/** AwardForm.rank from which a form is granted by a province, a ministry or above. */
const ABOVE_UNIT_HEAD = 40;

/** An authority of that level, as a decision's "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …" names it (folded). */
const HIGH_AUTHORITY = /\b(uy ban nhan dan|ubnd|bo truong|thu tuong|chu tich nuoc|chinh phu)\b/;

/** The forms of the groups a unit head does not grant, when the decision's authority is not of that level. */
export function formsAboveAuthority(groups: readonly Group[], power: string | null): string[] {
  if (power && HIGH_AUTHORITY.test(foldKey(power))) return [];
  const out: string[] = [];
  for (const g of groups) {
    if (g.form === null || out.includes(g.form)) continue;
    const f = matchForm(g.form);
    if (f && !f.record && f.rank >= ABOVE_UNIT_HEAD) out.push(g.form);
  }
  return out;
}
