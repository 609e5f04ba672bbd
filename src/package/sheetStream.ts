// A part's XML, given as pieces of text as it inflates, cut into the elements the layer works on:
// a worksheet into its head (up to and including the <sheetData> start tag), each <row> exactly as
// written, the whitespace between rows, and the tail (from </sheetData> to the end); the shared
// strings into their <si> items. Only one element is held at a time: a 50,000-row sheet is never
// one string in memory.
import { XML_PROBLEM } from '../core/text/package';
import { readRoot, rootStart, SPREADSHEET_NS, XmlProblem, type Root } from './xml';

const isWs = (c: number) => c === 32 || c === 10 || c === 13 || c === 9;
const isNameEnd = (c: number) => isWs(c) || c === 47 || c === 62;

/** No real worksheet has more than this before its <sheetData> (16,384 <col> elements take ~1 MB). */
const MAX_HEAD = 8 * 1024 * 1024;
/**
 * Characters one row or one shared string may take. A real row of a list is a few KB; a single
 * row of hundreds of MB (allowed under the part cap) would be held whole, twice while joined.
 */
const MAX_ELEMENT = 32 * 1024 * 1024;

/** Text pieces with a read position; consumed text is dropped as more arrives. */
class Cursor {
  buf = '';
  pos = 0;
  private ended = false;
  constructor(private it: Iterator<string>) {}

  more(): boolean {
    if (this.ended) return false;
    const n = this.it.next();
    if (n.done) {
      this.ended = true;
      return false;
    }
    this.buf = this.pos ? this.buf.slice(this.pos) + n.value : this.buf + n.value;
    this.pos = 0;
    return true;
  }

  /** Skips whitespace; returns it (for writers that keep it), '' when none. */
  whitespace(): string {
    let i = this.pos;
    while (i < this.buf.length && isWs(this.buf.charCodeAt(i))) i++;
    const s = i > this.pos ? this.buf.slice(this.pos, i) : '';
    this.pos = i;
    return s;
  }

  /** True when the text at the position starts with tag `open` ("<x:row"), reading more if needed. */
  at(open: string): boolean {
    while (this.buf.length - this.pos < open.length + 1) if (!this.more()) return false;
    return this.buf.startsWith(open, this.pos) && isNameEnd(this.buf.charCodeAt(this.pos + open.length));
  }

  /** True when the text at the position starts with `s`, reading more if needed. */
  startsWith(s: string): boolean {
    while (this.buf.length - this.pos < s.length) if (!this.more()) return false;
    return this.buf.startsWith(s, this.pos);
  }

  /** The element starting at the position (self-closed or up to `close`), consumed. */
  element(close: string, name: string): string {
    let gt = this.buf.indexOf('>', this.pos);
    while (gt < 0) {
      if (!this.more()) throw new XmlProblem(XML_PROBLEM.unclosed(name));
      gt = this.buf.indexOf('>', this.pos);
    }
    if (this.buf.charCodeAt(gt - 1) === 47) return this.take(gt + 1);
    const c = this.buf.indexOf(close, gt);
    if (c >= 0) return this.take(c + close.length);
    // Longer than the text at hand: gather pieces, searching only the new ones (with the few
    // characters a close tag may straddle), and join them once.
    const pieces = [this.buf.slice(this.pos)];
    let overlap = pieces[0].slice(-(close.length - 1));
    let length = pieces[0].length;
    for (;;) {
      const n = this.it.next();
      if (n.done) {
        this.ended = true;
        throw new XmlProblem(XML_PROBLEM.unclosed(name));
      }
      const k = (overlap + n.value).indexOf(close);
      if (k < 0) {
        length += n.value.length;
        if (length > MAX_ELEMENT) throw new XmlProblem(XML_PROBLEM.tooLong(name, MAX_ELEMENT));
        pieces.push(n.value);
        overlap = (overlap + n.value).slice(-(close.length - 1));
        continue;
      }
      const cut = k + close.length - overlap.length;
      pieces.push(n.value.slice(0, cut));
      this.buf = n.value.slice(cut);
      this.pos = 0;
      return pieces.join('');
    }
  }

  private take(end: number): string {
    const s = this.buf.slice(this.pos, end);
    this.pos = end;
    return s;
  }

  /** Everything left, piece by piece. */
  rest(each: (s: string) => void): void {
    if (this.pos < this.buf.length) each(this.buf.slice(this.pos));
    this.buf = '';
    this.pos = 0;
    for (let n = this.it.next(); !n.done; n = this.it.next()) each(n.value);
    this.ended = true;
  }

  /** Reads until `test` finds what it looks for in the text at hand; its answer. */
  until<T>(test: (buf: string) => T | null, limit: number, name: string): T {
    for (;;) {
      const v = test(this.buf);
      if (v !== null) return v;
      if (this.buf.length > limit || !this.more()) throw new XmlProblem(XML_PROBLEM.unclosed(name));
    }
  }
}

/** Reads the root start tag (`local` in a SpreadsheetML namespace) at the start of the text. */
function root(cur: Cursor, local: string): Root {
  const r = cur.until(
    (buf) => {
      const at = rootStart(buf);
      return at >= 0 && buf.indexOf('>', at) >= 0 ? readRoot(buf, local, SPREADSHEET_NS) : null;
    },
    MAX_HEAD,
    local,
  );
  cur.pos = r.tagEnd;
  return r;
}

export interface SheetSink {
  /** Text up to and including the <sheetData …> start tag (or the self-closed <sheetData/>). */
  head(text: string, root: Root, selfClosed: boolean): void;
  /** One <row>…</row> or <row …/>, as written. */
  row(text: string): void;
  /** Whitespace between rows. */
  gap(text: string): void;
  /** From </sheetData> (or just after <sheetData/>) to the end, in pieces. */
  tail(text: string): void;
}

/** Feeds `sink` from the worksheet text in `chunks`; throws XmlProblem for a shape it cannot cut. */
export function splitSheet(chunks: Iterable<string>, sink: SheetSink): Root {
  const cur = new Cursor(chunks[Symbol.iterator]());
  const r = root(cur, 'worksheet');
  // The head is kept whole (it is written back as it is): read from the start again.
  cur.pos = 0;
  const open = `<${r.p}sheetData`;
  let from = r.tagEnd;
  const dataAt = cur.until(
    (buf) => {
      for (let i = buf.indexOf(open, from); i >= 0; i = buf.indexOf(open, i + 1)) {
        if (i + open.length >= buf.length) return null;
        if (isNameEnd(buf.charCodeAt(i + open.length))) return buf.indexOf('>', i) >= 0 ? i : null;
      }
      from = Math.max(r.tagEnd, buf.length - open.length);
      return null;
    },
    MAX_HEAD,
    `${r.p}sheetData`,
  );
  const gt = cur.buf.indexOf('>', dataAt);
  const selfClosed = cur.buf.charCodeAt(gt - 1) === 47;
  sink.head(cur.buf.slice(0, gt + 1), r, selfClosed);
  cur.pos = gt + 1;
  if (!selfClosed) rows(cur, r, sink);
  cur.rest((s) => sink.tail(s));
  return r;
}

function rows(cur: Cursor, r: Root, sink: SheetSink): void {
  const rowOpen = `<${r.p}row`;
  const rowClose = `</${r.p}row>`;
  const dataClose = `</${r.p}sheetData>`;
  for (;;) {
    const ws = cur.whitespace();
    if (ws) sink.gap(ws);
    if (cur.pos >= cur.buf.length) {
      if (!cur.more()) throw new XmlProblem(XML_PROBLEM.unclosed(`${r.p}sheetData`));
      continue;
    }
    if (cur.at(rowOpen)) sink.row(cur.element(rowClose, `${r.p}row`));
    else if (cur.startsWith(dataClose)) return;
    else if (cur.pos < cur.buf.length && !isWs(cur.buf.charCodeAt(cur.pos))) throw new XmlProblem(XML_PROBLEM.strayContent(cur.buf.slice(cur.pos, cur.pos + 40)));
  }
}

/**
 * Feeds `each` with every <si> item of a shared-strings part (its XML, as written), in order.
 * Returns the root (for its prefix).
 */
export function splitItems(chunks: Iterable<string>, rootLocal: string, itemLocal: string, each: (xml: string, root: Root) => void): Root {
  const cur = new Cursor(chunks[Symbol.iterator]());
  const r = root(cur, rootLocal);
  const open = `<${r.p}${itemLocal}`;
  const close = `</${r.p}${itemLocal}>`;
  for (;;) {
    cur.whitespace();
    if (cur.pos >= cur.buf.length) {
      if (!cur.more()) throw new XmlProblem(XML_PROBLEM.unclosed(`${r.p}${rootLocal}`));
      continue;
    }
    if (cur.at(open)) each(cur.element(close, `${r.p}${itemLocal}`), r);
    // Anything else (</sst>, an <extLst>) ends the items.
    else break;
  }
  cur.rest(() => undefined);
  return r;
}
