// A form's text as a sheet writes it ("Chiến sỹ thi đua cơ sở", "CSTĐCS", "Giấy khen của Giám
// đốc Sở Y tế") → the catalogue's form. Folded like every other match (NFC, case, diacritics,
// punctuation); an exact name or alias first, else the longest one the text starts with, so
// "Bằng khen của Thủ tướng Chính phủ" is never read as a province's Bằng khen. A text naming no
// form ("Bằng khen" alone: whose?) is null, never a guess.
import { foldKey } from '../normalize';
import { FORMS } from './catalogue';
import type { AwardForm } from './types';

interface Key {
  key: string;
  form: AwardForm;
}

let keys: { exact: Map<string, AwardForm>; byLength: Key[] } | null = null;

function build(forms: readonly AwardForm[]) {
  const exact = new Map<string, AwardForm>();
  const all: Key[] = [];
  for (const f of forms) {
    for (const text of [f.name, f.short, ...f.aliases]) {
      const key = foldKey(text);
      if (!key || exact.has(key)) continue;
      exact.set(key, f);
      all.push({ key, form: f });
    }
  }
  all.sort((a, b) => b.key.length - a.key.length);
  return { exact, byLength: all };
}

/** Words in front of a form's name that name no form ("Danh hiệu", "Tặng", "Đề nghị tặng"). */
const LEAD = /^(de nghi |tang |khen thuong |hinh thuc |danh hieu )+/;

const cache = new Map<string, AwardForm | null>();

/** The catalogue's form a text names, or null. */
export function matchForm(text: string | null | undefined): AwardForm | null {
  if (!text) return null;
  let hit = cache.get(text);
  if (hit !== undefined) return hit;
  hit = matchUncached(text);
  if (cache.size >= 5000) cache.clear();
  cache.set(text, hit);
  return hit;
}

function matchUncached(text: string): AwardForm | null {
  const k = (keys ??= build(FORMS));
  const full = foldKey(text);
  const folded = full.replace(LEAD, '');
  const exact = k.exact.get(folded) ?? k.exact.get(full);
  if (exact) return exact;
  for (const { key, form } of k.byLength) {
    if (key.length < 3) continue; // "gk", "sk": only as the whole text
    if (folded.startsWith(key + ' ')) return form;
  }
  return null;
}
