// Award forms the plan names: the items under "Hình thức khen thưởng" ("- Bằng khen của Thủ
// tướng Chính phủ;"), a form given inline ("Hình thức: Giấy khen của Giám đốc Sở Y tế."), and the
// forms that head their own criteria or quotas ("1. Danh hiệu "Cờ thi đua của Ủy ban nhân dân tỉnh"").
import { nameKey } from './names';
import type { Block, DocModel } from '../document';
import { LIKELY, SURE, fact, sourceOf, type Fact } from './fact';
import { bodyOffset, restOf, scopeNodes, titleOf } from './query';
import { FORM_NAME, kindOfForm, type KindWord } from './vocab';
import { trimPunct } from '../document/chars';
import { formName } from './criteria';

export interface FormFact {
  name: Fact<string>;
  kind: KindWord | null;
}

const FORM_HEAD = /^hình\s+thức(?:\s+khen\s+thưởng)?(?:\s+và\s+số\s+lượng)?$/iu;
const FORM_INLINE = /^hình\s+thức(?:\s+khen\s+thưởng)?$/iu;

const fold = nameKey;

function clean(s: string): string {
  return trimPunct(s.replace(/^[\s\-–+•]+/u, ''), '.;,');
}

export function readForms(doc: DocModel): FormFact[] {
  const out: FormFact[] = [];
  const seen = new Set<string>();
  const add = (name: string, b: Block, from: number, conf: number) => {
    const n = clean(name);
    if (!n || n.length > 140) return;
    const key = fold(n);
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ name: fact(n, sourceOf(b, from, from + name.length), conf), kind: kindOfForm(n) });
  };
  for (const node of scopeNodes(doc)) {
    const b = node.block as Block;
    if (b.type !== 'para') continue;
    const t = titleOf(b);
    const rest = restOf(b);
    if (FORM_INLINE.test(t) && rest) {
      // "Hình thức: Giấy khen của Giám đốc Sở Y tế." — one form, or a few joined by ";".
      for (const part of rest.split(/\s*;\s*/)) if (part) add(part, b, b.text.indexOf(part), SURE);
      continue;
    }
    const parent = node.parent?.block;
    if (parent && parent.type === 'para' && FORM_HEAD.test(titleOf(parent)) && (node.style.startsWith('bullet:') || node.heading) && FORM_NAME.test(b.body)) {
      add(b.body, b, bodyOffset(b), SURE);
      continue;
    }
    if ((node.heading || node.style === 'label') && FORM_NAME.test(t) && t.length <= 160) add(formName(t), b, b.text.indexOf(t), LIKELY);
  }
  return out;
}
