// Applies a WritePlan to an opened package by patching it: the band is spliced into the nominations
// sheet (bandPatch.ts), each owned sheet is written into the part it had before — same part name,
// sheetId, relationship id and position — or added after the user's sheets, and only the
// bookkeeping parts that must change (workbook.xml, its rels, [Content_Types].xml, styles.xml) are
// rewritten, each only when its text really changes. Every other part leaves byte for byte, and a
// second run over the result rewrites nothing it does not regenerate identically.
import { UserError } from '../core/errors';
import { PKG_TEXT } from '../core/text/package';
import type { HistoryAppend, OwnedSheet, WritePlan } from '../workbook/model';
import { checkBandMerges, patchBandSheet } from './bandPatch';
import { contentTypeOf, dirOf, relPrefix, relsOf, resolveTarget, type PackageSheet, type XlsxPackage } from './book';
import { ownedSheetXml } from './ownedSheet';
import { readSheet } from './sheetReader';
import { minimalStyles, StyleBook, StylesShape } from './styleBook';
import { attr, elements, escapeXml, NS, readRoot, XmlProblem } from './xml';

const REL_TYPE = {
  worksheet: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet',
  styles: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles',
};
const CT = {
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  styles: 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml',
};

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** The bookkeeping texts being edited, written back at the end only where they changed. */
interface Books {
  workbook: string;
  rels: string;
  ct: string;
}

/** Applies the plan to the package (in place) and returns the new package's bytes. */
export function writePlan(pkg: XlsxPackage, plan: WritePlan): Uint8Array {
  try {
    return apply(pkg, plan);
  } catch (e) {
    if (e instanceof StylesShape) throw new UserError(PKG_TEXT.cannotKeep(pkg.file, `styles.xml thiếu danh sách ${e.message}`));
    if (e instanceof XmlProblem) throw new UserError(PKG_TEXT.cannotKeep(pkg.file, e.what));
    throw e;
  }
}

function apply(pkg: XlsxPackage, plan: WritePlan): Uint8Array {
  const parts = pkg.parts;
  const ctPath = parts.stored('[Content_Types].xml')!;
  const books: Books = { workbook: pkg.workbookXml, rels: pkg.relsXml, ct: parts.text(ctPath)! };
  const stylesPath = pkg.stylesPath ?? addStylesPart(pkg, books);
  const stylesXml = pkg.stylesPath ? parts.text(stylesPath)! : minimalStyles(pkg.workbookRoot.ns);
  const styles = new StyleBook(stylesXml);

  if (plan.band) {
    const sheet = pkg.sheets.find((s) => s.name === plan.band!.sheet && s.worksheet);
    if (!sheet) throw new UserError(PKG_TEXT.notWorksheet(pkg.file, plan.band.sheet));
    const info = pkg.sheetInfo.get(sheet.path) ?? readSheet(pkg, sheet);
    checkBandMerges(plan.band, info.merges);
    patchBandSheet(pkg, sheet, plan.band, styles, info.lastRow);
  }
  const added = appendHistory(pkg, plan.history ?? null, styles);

  const replaced = new Set<string>();
  const order: PackageSheet[] = [...pkg.sheets];
  const newParts: { s: OwnedSheet; path: string; rId: string; sheetId: number }[] = [];
  let nextSheetId = Math.max(0, ...pkg.sheets.map((s) => Number(s.sheetId) || 0));
  const usedIds = new Set(pkg.rels.map((r) => r.id));
  let nextRid = Math.max(0, ...pkg.rels.map((r) => Number(/^rId(\d+)$/.exec(r.id)?.[1] ?? 0)));
  const wbDir = dirOf(pkg.workbookPath);
  let partNo = 0;
  for (const s of added ? [...plan.sheets, added] : plan.sheets) {
    const old = pkg.sheets.find((x) => x.name === s.name);
    if (old) {
      if (!old.worksheet) throw new UserError(PKG_TEXT.cannotKeep(pkg.file, `trang "${s.name}" không phải trang tính`));
      // The same part, id and relationship as before: a re-run changes nothing but the cells.
      replaced.add(old.sheetId);
      putIfChanged(pkg, old.path, ownedSheetXml(s, styles, pkg.workbookRoot.ns, pkg.date1904));
      parts.remove(relsOf(old.path));
      continue;
    }
    let path: string;
    do path = `${wbDir}worksheets/sheet${++partNo}.xml`;
    while (parts.has(path));
    let rId: string;
    do rId = `rId${++nextRid}`;
    while (usedIds.has(rId));
    usedIds.add(rId);
    parts.put(path, ownedSheetXml(s, styles, pkg.workbookRoot.ns, pkg.date1904));
    newParts.push({ s, path, rId, sheetId: ++nextSheetId });
    order.push({ name: s.name, sheetId: String(nextSheetId), rId, path, worksheet: true, visibility: 'Visible' });
  }
  if (newParts.length) addSheets(pkg, books, newParts);
  printTitles(pkg, books, plan.sheets, order);
  if (replaced.size) dropCalcChain(pkg, books, replaced);

  const st = styles.result();
  if (st !== null) parts.put(stylesPath, st);
  else if (!pkg.stylesPath) parts.put(stylesPath, stylesXml);
  putIfChanged(pkg, pkg.workbookPath, books.workbook, pkg.workbookXml);
  putIfChanged(pkg, pkg.relsPath, books.rels, pkg.relsXml);
  putIfChanged(pkg, ctPath, books.ct);
  return parts.toBytes();
}

/**
 * The rows appended to the user's history sheet, spliced in as the band is (cells empty before, the
 * rest of the sheet byte for byte); a history sheet the workbook lacks is returned to be added as a
 * new sheet.
 */
function appendHistory(pkg: XlsxPackage, append: HistoryAppend | null, styles: StyleBook): OwnedSheet | null {
  if (!append) return null;
  if (append.create) return append.newSheet ?? null;
  if (append.blocks.length === 0) return null;
  const sheet = pkg.sheets.find((s) => s.name === append.sheet && s.worksheet);
  if (!sheet) throw new UserError(PKG_TEXT.notWorksheet(pkg.file, append.sheet));
  const info = pkg.sheetInfo.get(sheet.path) ?? readSheet(pkg, sheet);
  const firstCol = Math.min(...append.blocks.map((b) => b.col));
  const lastCol = Math.max(...append.blocks.map((b) => b.col + Math.max(1, ...b.values.map((r) => r.length)) - 1));
  patchBandSheet(pkg, sheet, { sheet: append.sheet, firstCol, lastCol, blocks: append.blocks, columnWidths: [] }, styles, info.lastRow);
  return null;
}

/** Writes a part only when its text differs from what is there (so unchanged parts keep their bytes). */
function putIfChanged(pkg: XlsxPackage, path: string, text: string, known?: string): void {
  const now = known ?? pkg.parts.text(path);
  if (now !== text) pkg.parts.put(path, text);
}

/** <sheet> tags, relationships and content types for the owned sheets new to the workbook. */
function addSheets(pkg: XlsxPackage, books: Books, added: { s: OwnedSheet; path: string; rId: string; sheetId: number }[]): void {
  const p = pkg.workbookRoot.p;
  const rPre = relPrefix(pkg);
  if (!rPre) throw new UserError(PKG_TEXT.cannotKeep(pkg.file, 'workbook.xml không khai báo không gian tên quan hệ'));
  const wbDir = dirOf(pkg.workbookPath);
  const tags = added.map((a) => `<${p}sheet name="${escapeXml(a.s.name)}" sheetId="${a.sheetId}" ${rPre}:id="${a.rId}"/>`).join('');
  const close = `</${p}sheets>`;
  if (!books.workbook.includes(close)) throw new UserError(PKG_TEXT.cannotKeep(pkg.file, `workbook.xml không có ${close}`));
  books.workbook = books.workbook.replace(close, tags + close);
  // The types of the workbook's own worksheet relationship and content type (Transitional or Strict).
  const wsRel = pkg.rels.find((r) => /\/worksheet$/.test(r.type))?.type ?? REL_TYPE.worksheet;
  const rels = added.map((a) => `<Relationship Id="${a.rId}" Type="${wsRel}" Target="${escapeXml(a.path.slice(wbDir.length))}"/>`).join('');
  books.rels = appendInto(books.rels, 'Relationships', NS.pkgRel, rels, pkg);
  const firstSheet = pkg.sheets.find((s) => s.worksheet);
  const wsCt = (firstSheet && contentTypeOf(books.ct, firstSheet.path)) || CT.worksheet;
  const cts = added.map((a) => `<Override PartName="/${escapeXml(a.path)}" ContentType="${wsCt}"/>`).join('');
  books.ct = appendInto(books.ct, 'Types', NS.contentTypes, cts, pkg);
}

/** Items put at the end of a part's root element (its prefix applied to their tags). */
function appendInto(xml: string, local: string, ns: string, items: string, pkg: XlsxPackage): string {
  const root = readRoot(xml, local, [ns]);
  const prefixed = root.p ? items.replace(/<(\w)/g, `<${root.p}$1`) : items;
  const close = `</${root.p}${local}>`;
  const at = xml.lastIndexOf(close);
  if (at < 0) {
    // A root written empty (<Relationships …/>): open it.
    const self = xml.slice(0, root.tagEnd);
    if (!/\/>$/.test(self)) throw new UserError(PKG_TEXT.cannotKeep(pkg.file, `${local} không đóng`));
    return self.replace(/\s*\/>$/, '>') + prefixed + close + xml.slice(root.tagEnd);
  }
  return xml.slice(0, at) + prefixed + xml.slice(at);
}

/** A package without styles.xml gets one (relationship and content type too): the cells need formats. */
function addStylesPart(pkg: XlsxPackage, books: Books): string {
  const wbDir = dirOf(pkg.workbookPath);
  let path = `${wbDir}styles.xml`;
  for (let n = 2; pkg.parts.has(path); n++) path = `${wbDir}styles${n}.xml`;
  const ids = new Set(pkg.rels.map((r) => r.id));
  let n = pkg.rels.length + 1;
  while (ids.has(`rId${n}`)) n++;
  books.rels = appendInto(books.rels, 'Relationships', NS.pkgRel, `<Relationship Id="rId${n}" Type="${REL_TYPE.styles}" Target="${escapeXml(path.slice(wbDir.length))}"/>`, pkg);
  books.ct = appendInto(books.ct, 'Types', NS.contentTypes, `<Override PartName="/${escapeXml(path)}" ContentType="${CT.styles}"/>`, pkg);
  pkg.rels.push({ id: `rId${n}`, type: REL_TYPE.styles, target: path.slice(wbDir.length), external: false });
  return path;
}

/**
 * The owned sheets' repeated title rows (_xlnm.Print_Titles, local to the sheet's position): set,
 * changed in place or removed, so a re-run that changes nothing leaves workbook.xml as it was.
 */
function printTitles(pkg: XlsxPackage, books: Books, owned: OwnedSheet[], order: PackageSheet[]): void {
  const p = pkg.workbookRoot.p;
  for (const s of owned) {
    const idx = order.findIndex((o) => o.name === s.name);
    const re = new RegExp(`<${escapeRe(p)}definedName\\b(?=[^>]*\\bname="_xlnm\\.Print_Titles")(?=[^>]*\\blocalSheetId="${idx}")[^>]*>[\\s\\S]*?</${escapeRe(p)}definedName>`);
    const want = s.print.titleRows
      ? `<${p}definedName name="_xlnm.Print_Titles" localSheetId="${idx}">${escapeXml(quoteSheet(s.name))}!$${s.print.titleRows.split(':')[0]}:$${s.print.titleRows.split(':')[1] ?? s.print.titleRows.split(':')[0]}</${p}definedName>`
      : '';
    const have = re.exec(books.workbook);
    if (have) {
      if (have[0] !== want) books.workbook = books.workbook.slice(0, have.index) + want + books.workbook.slice(have.index + have[0].length);
      continue;
    }
    if (!want) continue;
    const close = `</${p}definedNames>`;
    if (books.workbook.includes(close)) books.workbook = books.workbook.replace(close, want + close);
    else {
      const sheetsClose = `</${p}sheets>`;
      books.workbook = books.workbook.replace(sheetsClose, `${sheetsClose}<${p}definedNames>${want}</${p}definedNames>`);
    }
  }
  // The view's active tab and first tab must still name a sheet.
  const count = order.length;
  books.workbook = books.workbook.replace(new RegExp(`(<${escapeRe(p)}workbookView\\b[^>]*\\b(?:activeTab|firstSheet)=")(\\d+)"`, 'g'), (all, pre: string, n: string) => (Number(n) < count ? all : `${pre}0"`));
}

/**
 * The calculation chain names formula cells by sheet id; when a replaced owned sheet held formulas
 * (a user typed some into it), the chain would name cells that are gone, and Excel repairs a file
 * whose chain is wrong (it rebuilds a missing one quietly): drop it then, and only then.
 */
function dropCalcChain(pkg: XlsxPackage, books: Books, replaced: Set<string>): void {
  const rel = pkg.rels.find((r) => /\/calcChain$/.test(r.type));
  const path = rel ? resolveTarget(dirOf(pkg.workbookPath), rel.target) : null;
  const xml = path ? pkg.parts.text(path) : null;
  if (!rel || !path || xml === null) return;
  let sheet = '';
  let hit = false;
  for (const c of elements(xml, `${readRoot(xml, 'calcChain', [NS.main, 'http://purl.oclc.org/ooxml/spreadsheetml/main']).p}c`)) {
    sheet = attr(c.attrs, 'i') ?? sheet;
    if (replaced.has(sheet)) {
      hit = true;
      break;
    }
  }
  if (!hit) return;
  pkg.parts.remove(path);
  books.rels = books.rels.replace(new RegExp(`<(\\w+:)?Relationship\\s(?=[^>]*\\bId="${escapeRe(rel.id)}")[^>]*/>`), '');
  books.ct = books.ct.replace(new RegExp(`<(\\w+:)?Override\\s(?=[^>]*\\bPartName="/${escapeRe(path)}")[^>]*/>`, 'i'), '');
}
