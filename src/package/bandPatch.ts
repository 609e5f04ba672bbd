// The result band spliced into the user's sheet as its XML streams through: rows the band does not
// touch are copied as written, touched rows get the band's cells put in (a cell in the same column
// replaced, every other cell kept as it was), rows the band needs and the sheet lacks are inserted
// in order. Only the column widths and the dimension change in the head; the tail is copied.
import { UserError } from '../core/errors';
import { WB } from '../core/text/workbook';
import { PKG_TEXT, XML_PROBLEM } from '../core/text/package';
import type { WritePlan } from '../workbook/model';
import { colLetter, parseCellRef } from './a1';
import type { PackageSheet, XlsxPackage } from './book';
import { BlockCells, colsXml, type Written } from './cells';
import { splitSheet } from './sheetStream';
import type { StyleBook } from './styleBook';
import { attr, elements, XmlProblem } from './xml';

type Band = NonNullable<WritePlan['band']>;

/** Refuses a band that a merged area of the sheet reaches into (what is written there would be hidden). */
export function checkBandMerges(band: Band, merges: string[]): void {
  const top = Math.min(...band.blocks.map((b) => b.row));
  const bottom = Math.max(...band.blocks.map((b) => b.row + b.values.length - 1));
  const hits = merges.filter((m) => {
    const [a0, b0] = m.split(':');
    const a = parseCellRef(a0);
    const b = b0 === undefined ? a : parseCellRef(b0);
    if (!a || !b) return false;
    return Math.min(a.row, b.row) <= bottom && Math.max(a.row, b.row) >= top && Math.min(a.col, b.col) <= band.lastCol && Math.max(a.col, b.col) >= band.firstCol;
  });
  if (hits.length) throw new UserError(WB.bandConflict(band.sheet, hits));
}

export function patchBandSheet(pkg: XlsxPackage, sheet: PackageSheet, band: Band, styles: StyleBook, lastRow: number): void {
  const chunks = pkg.parts.textChunks(sheet.path);
  if (!chunks) throw new UserError(PKG_TEXT.missingPart(pkg.file, sheet.path));
  const out = pkg.parts.writer(sheet.path);
  const bottom = Math.max(...band.blocks.map((b) => b.row + b.values.length - 1));
  let cells: BlockCells | null = null;
  let p = '';
  let pending: number[] = [];
  let next = 0;
  let prevRow = 0;
  const newRow = (r: number) => `<${p}row r="${r}">${cells!.cells(r).map((w) => w.xml).join('')}</${p}row>`;
  try {
    splitSheet(chunks, {
      head: (text, root, selfClosed) => {
        p = root.p;
        cells = new BlockCells(band.blocks, null, styles, p, pkg.date1904);
        pending = cells.rows;
        let head = setCols(text, p, band.columnWidths.map((width, i) => ({ col: band.firstCol + i, width })));
        head = widenDimension(head, p, band.lastCol, Math.max(bottom, lastRow));
        if (selfClosed) {
          // <sheetData/>: open it, write the band's rows, close it.
          out.write(head.replace(/\/>$/, '>'));
          while (next < pending.length) out.write(newRow(pending[next++]));
          out.write(`</${p}sheetData>`);
        } else out.write(head);
      },
      gap: (text) => out.write(text),
      row: (text) => {
        const gt = text.indexOf('>');
        const raw = attr(text.slice(p.length + 4, gt), 'r');
        const r = raw === null ? prevRow + 1 : Number(raw);
        prevRow = r;
        while (next < pending.length && pending[next] < r) out.write(newRow(pending[next++]));
        if (next < pending.length && pending[next] === r) {
          next++;
          out.write(mergeRow(text, r, p, cells!.cells(r)));
        } else out.write(text);
      },
      tail: (text) => {
        while (next < pending.length) out.write(newRow(pending[next++]));
        out.write(text);
      },
    });
  } catch (e) {
    if (e instanceof XmlProblem) throw new UserError(PKG_TEXT.badXml(pkg.file, sheet.path, e.what));
    throw e;
  }
  pkg.parts.commit(out);
}

/**
 * One row with the band's cells put in, in column order (a cell in the same column replaced). The
 * row and its cells get an explicit r= (a row without one counts from the one before, which an
 * inserted cell would shift); spans= goes (it would no longer be true).
 */
function mergeRow(text: string, r: number, p: string, written: Written[]): string {
  const gt = text.indexOf('>');
  const selfClosed = text.charCodeAt(gt - 1) === 47;
  let attrs = text.slice(p.length + 4, selfClosed ? gt - 1 : gt).replace(/\sspans\s*=\s*("[^"]*"|'[^']*')/, '');
  if (attr(attrs, 'r') === null) attrs = ` r="${r}"` + attrs;
  const inner = selfClosed ? '' : text.slice(gt + 1, text.length - `</${p}row>`.length);
  const out: string[] = [];
  const open = `<${p}c`;
  const close = `</${p}c>`;
  let k = 0;
  let last = 0;
  let col = 0;
  for (let i = inner.indexOf(open); i >= 0; i = inner.indexOf(open, last)) {
    const cgt = inner.indexOf('>', i);
    const cSelf = inner.charCodeAt(cgt - 1) === 47;
    let end = cgt + 1;
    if (!cSelf) {
      const c = inner.indexOf(close, cgt);
      if (c < 0) throw new XmlProblem(XML_PROBLEM.unclosed(`${p}c`));
      end = c + close.length;
    }
    const cAttrs = inner.slice(i + open.length, cSelf ? cgt - 1 : cgt);
    const ref = attr(cAttrs, 'r');
    col = ref !== null ? (parseCellRef(ref)?.col ?? col + 1) : col + 1;
    out.push(inner.slice(last, i));
    while (k < written.length && written[k].col < col) out.push(written[k++].xml);
    if (k < written.length && written[k].col === col) out.push(written[k++].xml);
    else out.push(ref !== null ? inner.slice(i, end) : `${open} r="${colLetter(col)}${r}"${inner.slice(i + open.length, end)}`);
    last = end;
  }
  out.push(...written.slice(k).map((c) => c.xml), inner.slice(last));
  return `<${p}row${attrs}>${out.join('')}</${p}row>`;
}

/** <cols> with the band's columns set to their widths (ranges around them split, not lost). */
function setCols(head: string, p: string, widths: { col: number; width: number }[]): string {
  if (!widths.length) return head;
  const set = new Set(widths.map((w) => w.col));
  const dataAt = head.lastIndexOf(`<${p}sheetData`);
  const colsEl = elements(head, `${p}cols`, 0, dataAt)[0];
  const kept: { min: number; xml: string }[] = [];
  if (colsEl) {
    for (const c of elements(colsEl.inner, `${p}col`)) {
      const min = Number(attr(c.attrs, 'min') ?? 0);
      const max = Number(attr(c.attrs, 'max') ?? min);
      if (!(min >= 1 && max >= min && max <= 16384)) throw new XmlProblem(XML_PROBLEM.badAttr(`${p}col min/max`, `${min}/${max}`));
      const attrs = c.attrs.replace(/\/$/, '');
      let runStart = -1;
      for (let x = min; x <= max + 1; x++) {
        const free = x <= max && !set.has(x);
        if (free && runStart < 0) runStart = x;
        if (!free && runStart >= 0) {
          const a = attrs.replace(/\bmin\s*=\s*("[^"]*"|'[^']*')/, `min="${runStart}"`).replace(/\bmax\s*=\s*("[^"]*"|'[^']*')/, `max="${x - 1}"`);
          kept.push({ min: runStart, xml: `<${p}col${a}/>` });
          runStart = -1;
        }
        // A range wholly outside the band: no need to walk it column by column.
        if (free && x === min && ![...set].some((s) => s >= min && s <= max)) {
          kept.push({ min, xml: `<${p}col${attrs}/>` });
          runStart = -1;
          break;
        }
      }
    }
  }
  for (const w of widths) kept.push({ min: w.col, xml: colsXml(p, [w]) });
  kept.sort((a, b) => a.min - b.min);
  const cols = `<${p}cols>${kept.map((k) => k.xml).join('')}</${p}cols>`;
  if (colsEl) return head.slice(0, colsEl.start) + cols + head.slice(colsEl.end);
  return head.slice(0, dataAt) + cols + head.slice(dataAt);
}

/** The dimension widened to take the band in. */
function widenDimension(head: string, p: string, lastCol: number, lastRow: number): string {
  return head.replace(new RegExp(`<${p}dimension\\b([^>]*?)\\bref\\s*=\\s*"([^"]*)"`), (all, pre: string, ref: string) => {
    const [a, b] = ref.split(':');
    const tl = parseCellRef(a);
    const br = parseCellRef(b ?? a);
    if (!tl || !br) return all;
    return `<${p}dimension${pre}ref="${colLetter(tl.col)}${tl.row}:${colLetter(Math.max(br.col, lastCol))}${Math.max(br.row, lastRow)}"`;
  });
}
