// A key for comparing names the genre writes in several ways: without diacritics, case or
// punctuation, with "UBND" and "HĐND" spelt out and "các"/"những" dropped, so "Bằng khen của Chủ
// tịch UBND tỉnh" and "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh" are one form.
import { foldKey } from '../../core/normalize';

const cache = new Map<string, string>();

export function nameKey(s: string): string {
  const hit = cache.get(s);
  if (hit !== undefined) return hit;
  if (cache.size > 2000) cache.clear();
  const key = foldKey(s.replace(/\bUBND\b/gu, 'Ủy ban nhân dân').replace(/\bHĐND\b/gu, 'Hội đồng nhân dân'))
    .replace(/\b(?:cac|nhung)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  cache.set(s, key);
  return key;
}
