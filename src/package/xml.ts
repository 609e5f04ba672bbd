// Small XML scanners for the few SpreadsheetML parts the layer reads, working on the text with
// indexOf and small regexes rather than a DOM: a DOM of a 50,000-row sheet costs ~1 KB per cell,
// and the writer must splice the original text, not re-serialise it. What real writers vary is
// handled here once: the namespace prefix of the elements (Excel and LibreOffice write none,
// programs on the OpenXML SDK often "x:"), the Transitional or Strict namespace, attribute quotes.
import { XML_PROBLEM } from '../core/text/package';

/** Something wrong inside an XML part; the package names the file and the part around it. */
export class XmlProblem extends Error {
  constructor(readonly what: string) {
    super(what);
    this.name = 'XmlProblem';
  }
}

export const NS = {
  main: 'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
  strictMain: 'http://purl.oclc.org/ooxml/spreadsheetml/main',
  rel: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  strictRel: 'http://purl.oclc.org/ooxml/officeDocument/relationships',
  pkgRel: 'http://schemas.openxmlformats.org/package/2006/relationships',
  contentTypes: 'http://schemas.openxmlformats.org/package/2006/content-types',
};

export const SPREADSHEET_NS = [NS.main, NS.strictMain];

const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** XML text → string: the five predefined entities and character references; anything else is refused. */
export function decodeXml(s: string): string {
  if (s.indexOf('&') < 0) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z_][\w.-]*)?;?/g, (m, e: string | undefined) => {
    if (e === undefined || !m.endsWith(';')) throw new XmlProblem(XML_PROBLEM.entity(m));
    if (e[0] === '#') {
      const n = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      if (!(n >= 1 && n <= 0x10ffff) || (n >= 0xd800 && n <= 0xdfff)) throw new XmlProblem(XML_PROBLEM.entity(m));
      return String.fromCodePoint(n);
    }
    const r = PREDEFINED[e];
    if (r === undefined) throw new XmlProblem(XML_PROBLEM.entity(m));
    return r;
  });
}

/** Excel's escape for characters XML cannot hold (_x000D_ …), in string items and inline strings. */
export function decodeEscapes(s: string): string {
  return s.indexOf('_x') < 0 ? s : s.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
}

export function escapeXml(s: string): string {
  return s.replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'));
}

/** Text for a cell or string item: XML-escaped; characters XML cannot hold and a literal "_xHHHH_" in Excel's escape. */
// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPE = /_x[0-9A-Fa-f]{4}_|[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;
const NEEDS_XML_ESCAPE = /[&<>"]/;

export function escapeCellText(s: string): string {
  // Most texts need neither escape: one test each instead of two replacements per cell.
  if (!NEEDS_ESCAPE.test(s)) return NEEDS_XML_ESCAPE.test(s) ? escapeXml(s) : s;
  const x = s
    .replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`);
  return escapeXml(x);
}

/** Attributes of one start tag's attribute text, decoded; names keep their prefix ("r:id"). */
export function attrsOf(s: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s))) out[m[1]] = decodeXml(m[2] ?? m[3] ?? '');
  return out;
}

const ATTR_RE = new Map<string, RegExp>();
/** One attribute of a start tag's attribute text, raw (undecoded); null when absent. */
export function attr(s: string, name: string): string | null {
  let re = ATTR_RE.get(name);
  if (!re) ATTR_RE.set(name, (re = new RegExp(`(?:^|\\s)${name.replace(/[.]/g, '\\.')}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`)));
  const m = re.exec(s);
  return m ? (m[1] ?? m[2] ?? '') : null;
}

export interface Element {
  /** The attribute text of the start tag. */
  attrs: string;
  /** Inner XML ('' when self-closed). */
  inner: string;
  start: number;
  end: number;
}

const ELEMENT_RE = new Map<string, RegExp>();
/** Every element named `qname` (with its prefix, "x:row"), not nested in one of the same name. */
export function elements(xml: string, qname: string, from = 0, to = xml.length): Element[] {
  const out: Element[] = [];
  let re = ELEMENT_RE.get(qname);
  if (!re) ELEMENT_RE.set(qname, (re = new RegExp(`<${qname.replace(/[.]/g, '\\.')}(?=[\\s/>])([^>]*?)(/?)>`, 'g')));
  re.lastIndex = from;
  const close = `</${qname}>`;
  let m: RegExpExecArray | null;
  while ((m = re.exec(xml)) && m.index < to) {
    if (m[2] === '/') {
      out.push({ attrs: m[1], inner: '', start: m.index, end: re.lastIndex });
      continue;
    }
    const c = xml.indexOf(close, re.lastIndex);
    if (c < 0) throw new XmlProblem(XML_PROBLEM.unclosed(qname));
    out.push({ attrs: m[1], inner: xml.slice(re.lastIndex, c), start: m.index, end: c + close.length });
    re.lastIndex = c + close.length;
  }
  return out;
}

/** The start of the root element (after the XML declaration, comments and whitespace), or -1. */
export function rootStart(xml: string): number {
  let i = 0;
  for (;;) {
    i = xml.indexOf('<', i);
    if (i < 0) return -1;
    const c = xml[i + 1];
    if (c === '?') i = xml.indexOf('?>', i) + 2;
    else if (c === '!') i = xml.indexOf('-->', i) + 3;
    else return i;
    if (i < 2) return -1;
  }
}

export interface Root {
  /** The prefix of the root element with its colon ("x:"), or "" for the default namespace. */
  p: string;
  /** The namespace the root element is in. */
  ns: string;
  /** Namespace declarations on the root: prefix ("" for the default) → URI. */
  decls: Map<string, string>;
  /** Where the root's start tag ends (just after its ">"). */
  tagEnd: number;
}

/**
 * The root element of a part, which must be `local` in one of `namespaces`; its prefix is the
 * one every element of that namespace in the part is expected to carry.
 */
export function readRoot(xml: string, local: string, namespaces: string[]): Root {
  const at = rootStart(xml);
  if (at < 0) throw new XmlProblem(XML_PROBLEM.noRoot);
  const m = /^<([\w.-]+:)?([\w.-]+)([^>]*)>/.exec(xml.slice(at, at + 65536));
  if (!m) throw new XmlProblem(XML_PROBLEM.noRoot);
  const decls = new Map<string, string>();
  const re = /xmlns(?::([\w.-]+))?\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  let d: RegExpExecArray | null;
  while ((d = re.exec(m[3]))) decls.set(d[1] ?? '', d[2] ?? d[3] ?? '');
  const p = m[1] ?? '';
  const ns = decls.get(p.slice(0, -1)) ?? '';
  if (m[2] !== local || !namespaces.includes(ns)) throw new XmlProblem(XML_PROBLEM.root(local, m[1] ? m[1] + m[2] : m[2]));
  return { p, ns, decls, tagEnd: at + m[0].length };
}

/** The prefix (with colon, "" for default) the root binds to one of `namespaces`, or null. */
export function prefixFor(root: Root, namespaces: string[]): string | null {
  for (const [pre, uri] of root.decls) if (namespaces.includes(uri)) return pre ? pre + ':' : '';
  return null;
}

const DOCTYPE = [0x3c, 0x21, 0x44, 0x4f, 0x43, 0x54, 0x59, 0x50, 0x45]; // "<!DOCTYPE"
const ENTITY = [0x3c, 0x21, 0x45, 0x4e, 0x54, 0x49, 0x54, 0x59]; // "<!ENTITY"

/**
 * Finds "<!DOCTYPE" or "<!ENTITY" in a part's bytes, given chunk by chunk (the match may straddle
 * two chunks). Office writers never declare a DTD; a DTD is how entity-expansion bombs work.
 */
export class DtdScanner {
  found = false;
  private tail: number[] = [];

  push(chunk: Uint8Array): void {
    if (this.found) return;
    const t = this.tail;
    const n = chunk.length;
    // The few bytes carried over from the last chunk, then this one.
    for (let i = 0; i < t.length; i++) {
      if (t[i] === 0x3c && this.matchAt(t, i, chunk)) return;
    }
    // "!" is rare in XML (a "<" is everywhere): look for it, then for the "<" before it. A "<!" in
    // the last 8 bytes is decided with the next chunk (it stays in the tail).
    for (let i = chunk.indexOf(0x21, 1); i >= 0 && i + 8 <= n; i = chunk.indexOf(0x21, i + 1)) {
      if (chunk[i - 1] === 0x3c && (same(chunk, i - 1, DOCTYPE) || same(chunk, i - 1, ENTITY))) {
        this.found = true;
        return;
      }
    }
    this.tail = [...t, ...chunk.subarray(Math.max(0, n - 8))].slice(-8);
  }

  private matchAt(t: number[], i: number, next: Uint8Array): boolean {
    const joined = new Uint8Array(t.length - i + Math.min(next.length, 9));
    joined.set(t.slice(i));
    joined.set(next.subarray(0, Math.min(next.length, 9)), t.length - i);
    if (same(joined, 0, DOCTYPE) || same(joined, 0, ENTITY)) this.found = true;
    return this.found;
  }
}

function same(b: Uint8Array, at: number, sig: number[]): boolean {
  if (at + sig.length > b.length) return false;
  for (let k = 0; k < sig.length; k++) if (b[at + k] !== sig[k]) return false;
  return true;
}
