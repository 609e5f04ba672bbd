// The shared-string table, read item by item as the part inflates: plain or rich text (runs
// joined), phonetic runs left out, Excel's _xHHHH_ escapes decoded.
import { splitItems } from './sheetStream';
import { decodeEscapes, decodeXml, elements } from './xml';

/**
 * A string as its own flat copy: a slice of a larger string keeps the whole larger string alive in
 * V8, and the pieces the reader slices from are ~100 KB each; thousands of kept slices would keep
 * the whole part in memory.
 */
export function own(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}

/** One <si> (or <is>) item's text; null for an item without any text element (exceljs's {}). */
export function itemText(inner: string, p: string): string | null {
  if (inner === '') return null;
  const body = inner.indexOf(`<${p}rPh`) >= 0 ? inner.replace(new RegExp(`<${p}rPh\\b[\\s\\S]*?</${p}rPh>`, 'g'), '') : inner;
  const ts = elements(body, `${p}t`);
  if (!ts.length) return body.indexOf(`<${p}r>`) >= 0 || body.indexOf(`<${p}r `) >= 0 ? '' : null;
  let s = '';
  for (const t of ts) s += decodeXml(t.inner);
  return decodeEscapes(s);
}

export function readSharedStrings(chunks: Iterable<string>): (string | null)[] {
  const out: (string | null)[] = [];
  splitItems(chunks, 'sst', 'si', (xml, root) => {
    const p = root.p;
    const open = xml.indexOf('>');
    const inner = xml.charCodeAt(open - 1) === 47 ? '' : xml.slice(open + 1, xml.length - `</${p}si>`.length);
    const text = itemText(inner, p);
    out.push(text === null ? null : own(text));
  });
  return out;
}
