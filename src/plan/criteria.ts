// Criteria lists under "Tiêu chuẩn khen thưởng" / "Tiêu chí thi đua" headings: one item per
// bullet (or per numbered leaf), split by kind from the sub-headings ("Đối với tập thể:",
// "Đối với cá nhân:"). A list with no kind applies to both kinds.
import type { PlanWarning } from '../core/types';
import { PLAN_TEXT } from '../core/text/plan';
import { headTitle, headingChildren, walk, type Node } from './sections';

type KindCtx = 'both' | 'collective' | 'individual';

export interface CriteriaBlock {
  node: Node;
  collective: string[];
  individual: string[];
}

const CRIT_HEAD = /ti[êe]u\s+chu[ẩa]n|ti[êe]u\s+ch[íi]/iu;
const SKIP_HEAD = /^(?:đối\s+tượng|hình\s+thức|số\s+lượng|thời\s+gian|thời\s+điểm|hồ\s+sơ|kinh\s+phí|quy\s+trình|thủ\s+tục|tổ\s+chức\s+thực\s+hiện|bảng\s+chấm|thang\s+điểm|xếp\s+loại|điểm\s+(?:thưởng|cộng|trừ))/iu;
const RUBRIC_HEAD = /chấm\s+điểm|thang\s+điểm|\(\s*\d+\s*điểm\s*\)|điểm\s+chuẩn/iu;

function kindFromText(s: string): KindCtx | null {
  const t = /tập\s+thể/iu.test(s);
  const c = /cá\s+nhân|người\s+lao\s+động|công\s+chức|viên\s+chức|đảng\s+viên/iu.test(s) && !/cơ\s+quan|đơn\s+vị/iu.test(s);
  if (t && !/cá\s+nhân/iu.test(s)) return 'collective';
  if (c && !t) return 'individual';
  if (t && /cá\s+nhân/iu.test(s)) return 'both';
  return null;
}

function itemText(n: Node): string {
  const parts = [n.para.body, ...n.children.filter((c) => c.rank > n.rank && c.rank < 30).map((c) => c.para.body)];
  return parts
    .map((p) => p.replace(/[\s;,.]+$/u, '').trim())
    .filter(Boolean)
    .join('; ');
}

function isCritHeading(n: Node): boolean {
  if (n.rank >= 20) return false;
  const t = headTitle(n.para);
  return t.length <= 90 && CRIT_HEAD.test(t) && !/^hồ\s+sơ|^thời\s+gian/iu.test(t) && !RUBRIC_HEAD.test(n.para.body);
}

/** Reads every outermost criteria heading. */
export function readCriteria(root: Node, warnings: PlanWarning[]): CriteriaBlock[] {
  const out: CriteriaBlock[] = [];
  const done = new Set<Node>();
  for (const n of walk(root)) {
    if (done.has(n) || !isCritHeading(n)) continue;
    let inside = false;
    for (let p = n.parent; p; p = p.parent) if (done.has(p)) inside = true;
    if (inside) continue;
    const block: CriteriaBlock = { node: n, collective: [], individual: [] };
    const groups: string[] = [];
    collect(n, kindFromText(headTitle(n.para)) ?? 'both', block, groups, 0);
    for (const x of walk(n)) done.add(x);
    done.add(n);
    if (groups.length > 2) warnings.push({ line: n.para.line, message: PLAN_TEXT.criteriaGroups(groups) });
    if (block.collective.length + block.individual.length) out.push(block);
  }
  return out;
}

function push(block: CriteriaBlock, k: KindCtx, text: string) {
  if (!text || /:$/.test(text)) return;
  if (k !== 'individual') block.collective.push(text);
  if (k !== 'collective') block.individual.push(text);
}

function collect(n: Node, k: KindCtx, block: CriteriaBlock, groups: string[], depth: number) {
  if (depth > 4) return;
  const subHeads = headingChildren(n).filter((c) => headingChildren(c).length || c.children.some((x) => x.rank >= 20 && x.rank < 30));
  for (const c of n.children) {
    if (c.rank >= 30) continue; // prose under a heading is explanation, not a criterion
    if (c.rank >= 20) {
      // "- Đối với tập thể:" with "+" items under it: a kind label, not a criterion.
      const label = /:\s*$/.test(c.para.body) ? kindFromText(c.para.body) : null;
      const items = c.children.filter((x) => x.rank > c.rank && x.rank < 30);
      if (label && items.length) {
        for (const x of items) push(block, label, itemText(x));
        continue;
      }
      push(block, k, itemText(c));
      continue;
    }
    const title = headTitle(c.para);
    const hasList = headingChildren(c).length > 0 || c.children.some((x) => x.rank >= 20 && x.rank < 30);
    if (hasList) {
      if (CRIT_HEAD.test(title) && !RUBRIC_HEAD.test(c.para.body)) collect(c, kindFromText(title) ?? k, block, groups, depth + 1);
      else if (SKIP_HEAD.test(title) || RUBRIC_HEAD.test(c.para.body)) continue;
      else {
        groups.push(title);
        const sub = kindFromText(title) ?? (subHeads.length > 1 && k === 'both' ? 'collective' : k);
        collect(c, sub, block, groups, depth + 1);
      }
    } else {
      if (SKIP_HEAD.test(title) || CRIT_HEAD.test(title) || /:$/.test(c.para.body)) continue;
      push(block, k, itemText(c));
    }
  }
}
