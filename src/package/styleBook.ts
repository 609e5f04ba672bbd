// The cell formats the written cells need, found in styles.xml or appended to it. Every font,
// fill, border, number format and cell format is looked up first, by its exact XML, among those
// already there: a workbook Bình Xét wrote before holds them all, so a re-run appends nothing and
// styles.xml comes out byte for byte (it used to grow by ~16 cell formats per run).
import { escapeXml, elements, readRoot, SPREADSHEET_NS, type Element } from './xml';

export interface StyleKey {
  numFmt: string | null;
  bold: boolean;
  font: { name: string; size: number } | null;
  fill: string | null;
  wrap: boolean;
  align: 'left' | 'center' | 'right' | null;
  border: boolean;
}

/** A list of styles.xml (fonts, fills…): its items as written and the ones to append. */
class StyleList {
  readonly items: string[];
  readonly added: string[] = [];
  private index = new Map<string, number>();
  constructor(
    readonly tag: string,
    readonly item: string,
    readonly el: Element | undefined,
  ) {
    this.items = el ? elements(el.inner, item).map((e) => el.inner.slice(e.start, e.end)) : [];
    this.items.forEach((x, i) => {
      if (!this.index.has(x)) this.index.set(x, i);
    });
  }
  /** The index of this exact item, appended when not there yet. */
  id(x: string): number {
    const have = this.index.get(x);
    if (have !== undefined) return have;
    const i = this.items.length + this.added.push(x) - 1;
    this.index.set(x, i);
    return i;
  }
}

const BUILTIN_IDS: Record<string, number> = { '0': 1, '0.00': 2, '#,##0': 3, '#,##0.00': 4, '0%': 9, '0.00%': 10, '@': 49 };

/** A missing list or a styles part we cannot extend without rebuilding it. */
export class StylesShape extends Error {}

export class StyleBook {
  private p: string;
  private fonts: StyleList;
  private fills: StyleList;
  private borders: StyleList;
  private xfs: StyleList;
  private numFmtIds = new Map<string, number>();
  private newNumFmts: string[] = [];
  private nextFmt = 164;
  private byKey = new Map<string, number>();
  private font0Inner: string;

  constructor(private xml: string) {
    const root = readRoot(xml, 'styleSheet', SPREADSHEET_NS);
    const p = (this.p = root.p);
    const list = (tag: string, item: string) => {
      const el = elements(xml, `${p}${tag}`)[0];
      if (!el) throw new StylesShape(tag);
      return new StyleList(`${p}${tag}`, `${p}${item}`, el);
    };
    this.fonts = list('fonts', 'font');
    this.fills = list('fills', 'fill');
    this.borders = list('borders', 'border');
    this.xfs = list('cellXfs', 'xf');
    if (!this.fonts.items.length || !this.xfs.items.length) throw new StylesShape('fonts');
    const f0 = this.fonts.items[0];
    this.font0Inner = f0.slice(f0.indexOf('>') + 1, f0.lastIndexOf('<'));
    for (const f of elements(xml, `${p}numFmt`)) {
      const id = Number(/numFmtId\s*=\s*["'](\d+)["']/.exec(f.attrs)?.[1] ?? 0);
      const code = /formatCode\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(f.attrs);
      if (code && !this.numFmtIds.has(code[1] ?? code[2])) this.numFmtIds.set(code[1] ?? code[2], id);
      this.nextFmt = Math.max(this.nextFmt, id + 1);
    }
  }

  private fmtId(code: string | null): number {
    if (!code || code === 'General') return 0;
    if (BUILTIN_IDS[code] !== undefined) return BUILTIN_IDS[code];
    const esc = escapeXml(code);
    const have = this.numFmtIds.get(esc);
    if (have !== undefined) return have;
    const id = this.nextFmt++;
    this.newNumFmts.push(`<${this.p}numFmt numFmtId="${id}" formatCode="${esc}"/>`);
    this.numFmtIds.set(esc, id);
    return id;
  }

  private fontId(k: StyleKey): number {
    if (!k.font && !k.bold) return 0;
    const p = this.p;
    const inner = k.font
      ? `${k.bold ? `<${p}b/>` : ''}<${p}sz val="${k.font.size}"/><${p}name val="${escapeXml(k.font.name)}"/><${p}family val="1"/>`
      : `<${p}b/>${this.font0Inner.replace(new RegExp(`<${p}b\\s*/>|<${p}b\\s+val="[^"]*"\\s*/>`, 'g'), '')}`;
    return this.fonts.id(`<${p}font>${inner}</${p}font>`);
  }

  private fillId(hex: string | null): number {
    if (!hex) return 0;
    const p = this.p;
    return this.fills.id(`<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="FF${escapeXml(hex.toUpperCase())}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`);
  }

  private borderId(): number {
    const p = this.p;
    const side = (s: string) => `<${p}${s} style="thin"><${p}color indexed="64"/></${p}${s}>`;
    return this.borders.id(`<${p}border>${['left', 'right', 'top', 'bottom'].map(side).join('')}<${p}diagonal/></${p}border>`);
  }

  /** The cellXfs index for this look. */
  id(k: StyleKey): number {
    const key = `${k.numFmt ?? ''}\u0001${k.bold ? 1 : 0}\u0001${k.font ? `${k.font.name}\u0002${k.font.size}` : ''}\u0001${k.fill ?? ''}\u0001${k.wrap ? 1 : 0}\u0001${k.align ?? ''}\u0001${k.border ? 1 : 0}`;
    const have = this.byKey.get(key);
    if (have !== undefined) return have;
    const p = this.p;
    const numFmtId = this.fmtId(k.numFmt);
    const fontId = this.fontId(k);
    const fillId = this.fillId(k.fill);
    const borderId = k.border ? this.borderId() : 0;
    const xf =
      `<${p}xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"` +
      `${numFmtId ? ' applyNumberFormat="1"' : ''}${fontId ? ' applyFont="1"' : ''}${fillId ? ' applyFill="1"' : ''}${borderId ? ' applyBorder="1"' : ''} applyAlignment="1">` +
      `<${p}alignment${k.align ? ` horizontal="${k.align}"` : ''} vertical="top"${k.wrap ? ' wrapText="1"' : ''}/></${p}xf>`;
    const id = this.xfs.id(xf);
    this.byKey.set(key, id);
    return id;
  }

  /** styles.xml with the additions, or null when nothing had to be added. */
  result(): string | null {
    const lists = [this.xfs, this.borders, this.fills, this.fonts];
    if (!this.newNumFmts.length && lists.every((l) => !l.added.length)) return null;
    let xml = this.xml;
    // From the end of the part backwards, so earlier offsets stay valid.
    const edits: { start: number; end: number; text: string }[] = [];
    for (const l of lists) {
      if (!l.added.length || !l.el) continue;
      edits.push({ start: l.el.start, end: l.el.end, text: withItems(xml.slice(l.el.start, l.el.end), l.tag, l.items.length + l.added.length, l.el.inner + l.added.join('')) });
    }
    if (this.newNumFmts.length) {
      const numFmts = elements(xml, `${this.p}numFmts`)[0];
      if (numFmts) {
        const n = elements(numFmts.inner, `${this.p}numFmt`).length + this.newNumFmts.length;
        edits.push({ start: numFmts.start, end: numFmts.end, text: withItems(xml.slice(numFmts.start, numFmts.end), `${this.p}numFmts`, n, numFmts.inner + this.newNumFmts.join('')) });
      } else {
        const at = this.fonts.el!.start;
        edits.push({ start: at, end: at, text: `<${this.p}numFmts count="${this.newNumFmts.length}">${this.newNumFmts.join('')}</${this.p}numFmts>` });
      }
    }
    edits.sort((a, b) => b.start - a.start);
    for (const e of edits) xml = xml.slice(0, e.start) + e.text + xml.slice(e.end);
    return xml;
  }
}

/** A list element rewritten with a new body and its count= set (added when it had none). */
function withItems(el: string, tag: string, count: number, body: string): string {
  const open = el.slice(0, el.indexOf('>') + 1).replace(/\/>$/, '>');
  const counted = /\scount\s*=\s*["']\d+["']/.test(open) ? open.replace(/\scount\s*=\s*["']\d+["']/, ` count="${count}"`) : open.replace(/>$/, ` count="${count}">`);
  return `${counted}${body}</${tag}>`;
}

/** A styles part for a package that has none (the layer must add one to style what it writes). */
export function minimalStyles(ns: string): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<styleSheet xmlns="${ns}">` +
    '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
    '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
    '</styleSheet>'
  );
}
