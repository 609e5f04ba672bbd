// Opening an .xlsx-family package: the zip checked (parts.ts), then the bookkeeping parts read —
// content types, the package and workbook relationships, workbook.xml (sheets, their visibility,
// the date system), shared strings and styles. Sheets are read later, one at a time (sheetReader).
import { UserError } from '../core/errors';
import { PKG_TEXT, XML_PROBLEM } from '../core/text/package';
import { Parts } from './parts';
import { readSharedStrings } from './sharedStrings';
import { NO_STYLES, parseStyles, type StyleInfo } from './styles';
import { attr, attrsOf, elements, NS, prefixFor, readRoot, SPREADSHEET_NS, XmlProblem, type Root } from './xml';
import type { ZipLimits } from './zip';
import { looksLikeZip } from './zip';

export type WorkbookType = 'xlsx' | 'xlsm' | 'xltx' | 'xltm';

/** The workbook part's content type for each kind of file (ECMA-376 Part 1; MS-OFFMACRO2 for macros). */
export const WORKBOOK_TYPES: Record<string, WorkbookType> = {
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml': 'xlsx',
  'application/vnd.ms-excel.sheet.macroenabled.main+xml': 'xlsm',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml': 'xltx',
  'application/vnd.ms-excel.template.macroenabled.main+xml': 'xltm',
};

export type Visibility = 'Visible' | 'Hidden' | 'VeryHidden';

export interface PackageSheet {
  name: string;
  sheetId: string;
  rId: string;
  /** Zip path of the sheet part, e.g. "xl/worksheets/sheet1.xml" (as stored). */
  path: string;
  /** Only worksheets hold cells; chart sheets, dialog and macro sheets are kept but not read. */
  worksheet: boolean;
  visibility: Visibility;
}

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

export interface XlsxPackage {
  parts: Parts;
  file: string;
  type: WorkbookType;
  workbookPath: string;
  workbookXml: string;
  workbookRoot: Root;
  relsPath: string;
  relsXml: string;
  rels: Relationship[];
  sheets: PackageSheet[];
  date1904: boolean;
  /** The sheet Excel opens on (index into sheets). */
  activeTab: number;
  shared: (string | null)[];
  stylesPath: string | null;
  styles: StyleInfo;
  /** What reading each worksheet learnt that writing needs (merges, last row), by part path. */
  sheetInfo: Map<string, { merges: string[]; lastRow: number }>;
}

/** The folder of a part ("xl/" for "xl/workbook.xml"). */
export function dirOf(part: string): string {
  return part.slice(0, part.lastIndexOf('/') + 1);
}

/** The relationships part of a part ("xl/_rels/workbook.xml.rels"). */
export function relsOf(part: string): string {
  const dir = dirOf(part);
  return `${dir}_rels/${part.slice(dir.length)}.rels`;
}

/** A relationship target resolved against the folder of the part that holds it; null when it leaves the package. */
export function resolveTarget(baseDir: string, target: string): string | null {
  const clean = target.split('#')[0];
  let decoded: string;
  try {
    decoded = decodeURIComponent(clean);
  } catch {
    decoded = clean;
  }
  const parts = (decoded.startsWith('/') ? decoded.slice(1) : baseDir + decoded).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') {
      if (!out.length) return null;
      out.pop();
    } else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}

export function parseRels(xml: string): Relationship[] {
  const root = readRoot(xml, 'Relationships', [NS.pkgRel]);
  return elements(xml, `${root.p}Relationship`).map((e) => {
    const a = attrsOf(e.attrs);
    return { id: a.Id ?? '', type: a.Type ?? '', target: a.Target ?? '', external: a.TargetMode === 'External' };
  });
}

/** The content type of a part, from [Content_Types].xml (an Override, else the Default of its extension). */
export function contentTypeOf(ctXml: string, part: string): string | null {
  const root = readRoot(ctXml, 'Types', [NS.contentTypes]);
  const lower = '/' + part.toLowerCase();
  for (const e of elements(ctXml, `${root.p}Override`)) {
    const a = attrsOf(e.attrs);
    if ((a.PartName ?? '').toLowerCase() === lower) return a.ContentType ?? null;
  }
  const ext = part.slice(part.lastIndexOf('.') + 1).toLowerCase();
  for (const e of elements(ctXml, `${root.p}Default`)) {
    const a = attrsOf(e.attrs);
    if ((a.Extension ?? '').toLowerCase() === ext) return a.ContentType ?? null;
  }
  return null;
}

/** Rejects what is not a zip at all with the message that fits what it is. */
export function checkContainer(bytes: Uint8Array, file: string): void {
  if (bytes.length === 0) throw new UserError(PKG_TEXT.empty(file));
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    // An OLE compound file: an encrypted .xlsx (EncryptedPackage stream) or an old .xls.
    throw new UserError(hasUtf16(bytes, 'EncryptedPackage') ? PKG_TEXT.encrypted(file) : PKG_TEXT.oldXls(file));
  }
  if (!looksLikeZip(bytes)) throw new UserError(PKG_TEXT.notZip(file, 'Excel'));
}

function hasUtf16(bytes: Uint8Array, s: string): boolean {
  const pat = new Uint8Array(s.length * 2);
  for (let i = 0; i < s.length; i++) pat[i * 2] = s.charCodeAt(i);
  outer: for (let i = bytes.indexOf(pat[0]); i >= 0 && i + pat.length <= bytes.length; i = bytes.indexOf(pat[0], i + 1)) {
    for (let k = 1; k < pat.length; k++) if (bytes[i + k] !== pat[k]) continue outer;
    return true;
  }
  return false;
}

const VISIBILITY: Record<string, Visibility> = { visible: 'Visible', hidden: 'Hidden', veryHidden: 'VeryHidden' };

/** xsd:boolean: "1" or "true". */
const isTrue = (v: string | null) => v === '1' || v === 'true';

/** The text of a part the workbook names (UserError when it is missing). */
function textOf(parts: Parts, part: string): string {
  const xml = parts.text(part);
  if (xml === null) throw new UserError(PKG_TEXT.missingPart(parts.file, part));
  return xml;
}

/** f's answer, a problem in the XML reported as the part's. */
function parse<T>(parts: Parts, part: string, f: () => T): T {
  try {
    return f();
  } catch (e) {
    return parts.fail(part, e);
  }
}

/** The workbook part the package's relationships name, and its kind (from its content type). */
function findWorkbook(parts: Parts): { path: string; type: WorkbookType } {
  const file = parts.file;
  const ctXml = parts.text('[Content_Types].xml');
  const rootRelsXml = parts.text('_rels/.rels');
  if (ctXml === null || rootRelsXml === null) throw new UserError(PKG_TEXT.notSpreadsheet(file));
  const officeDoc = parse(parts, '_rels/.rels', () => parseRels(rootRelsXml)).find((r) => /\/officeDocument$/.test(r.type) && !r.external);
  const target = officeDoc ? resolveTarget('', officeDoc.target) : null;
  const path = target ? parts.stored(target) : null;
  if (!path) throw new UserError(PKG_TEXT.notSpreadsheet(file));
  const ct = (parse(parts, '[Content_Types].xml', () => contentTypeOf(ctXml, path)) ?? '').toLowerCase();
  // A workbook part that is no workbook of the .xlsx family: a .docx renamed, an .xlsb (binary).
  if (ct && !WORKBOOK_TYPES[ct] && !/^(application|text)\/xml$/.test(ct)) {
    throw new UserError(/binary/.test(ct) ? PKG_TEXT.binaryWorkbook(file) : PKG_TEXT.notSpreadsheet(file));
  }
  return { path, type: WORKBOOK_TYPES[ct] ?? 'xlsx' };
}

/**
 * Opens a package and reads its bookkeeping parts. Throws UserError, naming the file and what to
 * do, for anything that is not a readable workbook of the .xlsx family.
 */
export function openXlsx(bytes: Uint8Array, file: string, limits?: ZipLimits): XlsxPackage {
  checkContainer(bytes, file);
  const parts = new Parts(bytes, { file, app: 'Excel', limits });
  const { path: workbookPath, type } = findWorkbook(parts);
  const workbookXml = textOf(parts, workbookPath);
  let workbookRoot: Root;
  try {
    workbookRoot = readRoot(workbookXml, 'workbook', SPREADSHEET_NS);
  } catch (e) {
    if (e instanceof XmlProblem) throw new UserError(PKG_TEXT.notSpreadsheet(file));
    throw e;
  }
  const dir = dirOf(workbookPath);
  const relsPath = parts.stored(relsOf(workbookPath)) ?? relsOf(workbookPath);
  const relsXml = textOf(parts, relsPath);
  const rels = parse(parts, relsPath, () => parseRels(relsXml));
  const { sheets, date1904, activeTab } = parse(parts, workbookPath, () => workbookInfo(workbookXml, workbookRoot));
  const partOf = (rel: Relationship | undefined) => {
    const target = rel && !rel.external ? resolveTarget(dir, rel.target) : null;
    return target ? parts.stored(target) : null;
  };
  const out: PackageSheet[] = sheets.map((s) => {
    const rel = rels.find((r) => r.id === s.rId);
    const path = partOf(rel);
    if (!rel || !path) throw new UserError(PKG_TEXT.missingPart(file, rel ? rel.target : `${s.name} (${s.rId})`));
    return { ...s, path, worksheet: /\/worksheet$/.test(rel.type) };
  });
  const sstPath = partOf(rels.find((r) => /\/sharedStrings$/.test(r.type)));
  const stylesPath = partOf(rels.find((r) => /\/styles$/.test(r.type)));
  const shared = sstPath ? parse(parts, sstPath, () => readSharedStrings(parts.textChunks(sstPath)!)) : [];
  const styles = stylesPath ? parse(parts, stylesPath, () => parseStyles(textOf(parts, stylesPath))) : NO_STYLES;
  return { parts, file, type, workbookPath, workbookXml, workbookRoot, relsPath, relsXml, rels, sheets: out, date1904, activeTab, shared, stylesPath, styles, sheetInfo: new Map() };
}

function workbookInfo(xml: string, root: Root): { sheets: Omit<PackageSheet, 'path' | 'worksheet'>[]; date1904: boolean; activeTab: number } {
  const p = root.p;
  const rPrefixes = [...root.decls].filter(([, uri]) => uri === NS.rel || uri === NS.strictRel).map(([pre]) => pre);
  const sheets = elements(xml, `${p}sheet`).map((e) => {
    const a = attrsOf(e.attrs);
    const idKey = rPrefixes.map((pre) => `${pre}:id`).find((k) => a[k] !== undefined) ?? Object.keys(a).find((k) => /:id$/.test(k));
    if (!a.name || !idKey) throw new XmlProblem(XML_PROBLEM.missingAttr(`${p}sheet`, a.name ? 'r:id' : 'name'));
    return { name: a.name, sheetId: a.sheetId ?? '', rId: a[idKey], visibility: VISIBILITY[a.state ?? 'visible'] ?? 'Visible' };
  });
  const pr = elements(xml, `${p}workbookPr`)[0];
  const view = elements(xml, `${p}workbookView`)[0];
  return {
    sheets,
    date1904: pr ? isTrue(attr(pr.attrs, 'date1904')) : false,
    activeTab: view ? Number(attr(view.attrs, 'activeTab') ?? 0) || 0 : 0,
  };
}

/** The prefix workbook.xml binds to the relationships namespace (for new <sheet r:id>). */
export function relPrefix(pkg: XlsxPackage): string | null {
  const pre = prefixFor(pkg.workbookRoot, [NS.rel, NS.strictRel]);
  return pre ? pre.slice(0, -1) : null;
}
