#!/usr/bin/env node
'use strict';
// Generates the package-layer corpus in test/fixtures/package/ and its manifest cases.json:
//
//   writers/   one nominations list as each writer's package looks: Excel (Windows, Mac 1904),
//              LibreOffice (its real output, converted here by `soffice --headless` when it is
//              installed), Google Sheets, WPS, a program on the OpenXML SDK (x: prefixes, no r=,
//              t="str"/inlineStr, no styles part), openpyxl (its real output, via python3 when
//              openpyxl is installed), exceljs; zip64 containers; .xlsm/.xltx/.xltm with macros.
//   features/  the same list inside workbooks that use what offices use: merged titles, two-row
//              headers, validation, conditional formats, notes and threaded comments, hyperlinks,
//              formulas of every kind, defined names, a Table, filters, frozen panes, hidden rows,
//              columns and sheets, a chart, an image, rich text, many styles, 50 sheets, NFD text.
//   hostile/   what must be refused: zip bombs, names that climb out, duplicates, DTDs, cells and
//              styles outside the grid, a lying central directory, truncation, and hostile .docx.
//
// Where no writer is at hand, the package is written here following what that writer emits (the
// namespaces, attributes and parts named in each builder); the real LibreOffice and openpyxl files
// are kept as they came. The biggest zip bombs are not here: the tests make them at run time.
// Every zip is written with fixed timestamps, so running the script twice changes nothing in git
// (except the LibreOffice output, whose app.xml carries LibreOffice's version).
//
// Usage: node scripts/make-package-fixtures.js

const fs = require('fs');
const os = require('os');
const path = require('path');
const zlib = require('zlib');
const { spawnSync } = require('child_process');
const ExcelJS = require('exceljs');
const { crc32 } = require('./make-malformed.js');

const OUT = path.join(__dirname, '..', 'test', 'fixtures', 'package');

// ------------------------------------------------------------------ zip

const DOS_DATE = (0 << 9) | (1 << 5) | 1; // 1980-01-01

/**
 * Writes entries [{name, data, method?}] as a zip. opts.zip64 writes zip64 extra fields and end
 * records (as .NET's and Java's writers do when asked, or for large parts); opts.edit(buf) may
 * change the bytes afterwards. For the lying ones an entry may carry its own crc, size, flags, raw
 * compressed bytes, or `claim` (bytes added to the compressed size its headers state).
 */
function zip(entries, opts = {}) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  const z64 = !!opts.zip64;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const data = Buffer.isBuffer(e.data) ? e.data : Buffer.from(e.data, 'utf8');
    const method = e.method ?? 8;
    const comp = e.raw ?? (method === 0 ? data : zlib.deflateRawSync(data, { level: 9 }));
    const crc = e.crc ?? crc32(data);
    const size = e.size ?? data.length;
    const extra = z64 ? Buffer.alloc(4 + 16) : Buffer.alloc(0);
    if (z64) {
      extra.writeUInt16LE(1, 0);
      extra.writeUInt16LE(16, 2);
      extra.writeBigUInt64LE(BigInt(size), 4);
      extra.writeBigUInt64LE(BigInt(comp.length + (e.claim ?? 0)), 12);
    }
    const lh = Buffer.alloc(30);
    lh.writeUInt32LE(0x04034b50, 0);
    lh.writeUInt16LE(z64 ? 45 : 20, 4);
    lh.writeUInt16LE(0x0800 | (e.flags ?? 0), 6);
    lh.writeUInt16LE(method, 8);
    lh.writeUInt16LE(0, 10);
    lh.writeUInt16LE(DOS_DATE, 12);
    lh.writeUInt32LE(crc, 14);
    const csize = comp.length + (e.claim ?? 0);
    lh.writeUInt32LE(z64 ? 0xffffffff : csize, 18);
    lh.writeUInt32LE(z64 ? 0xffffffff : size, 22);
    lh.writeUInt16LE(name.length, 26);
    lh.writeUInt16LE(extra.length, 28);
    const cExtra = z64 ? Buffer.alloc(4 + 24) : Buffer.alloc(0);
    if (z64) {
      cExtra.writeUInt16LE(1, 0);
      cExtra.writeUInt16LE(24, 2);
      cExtra.writeBigUInt64LE(BigInt(size), 4);
      cExtra.writeBigUInt64LE(BigInt(csize), 12);
      cExtra.writeBigUInt64LE(BigInt(offset), 20);
    }
    const ch = Buffer.alloc(46);
    ch.writeUInt32LE(0x02014b50, 0);
    ch.writeUInt16LE(z64 ? 45 : 20, 4);
    ch.writeUInt16LE(z64 ? 45 : 20, 6);
    ch.writeUInt16LE(0x0800 | (e.flags ?? 0), 8);
    ch.writeUInt16LE(method, 10);
    ch.writeUInt16LE(0, 12);
    ch.writeUInt16LE(DOS_DATE, 14);
    ch.writeUInt32LE(crc, 16);
    ch.writeUInt32LE(z64 ? 0xffffffff : csize, 20);
    ch.writeUInt32LE(z64 ? 0xffffffff : size, 24);
    ch.writeUInt16LE(name.length, 28);
    ch.writeUInt16LE(cExtra.length, 30);
    ch.writeUInt32LE(z64 ? 0xffffffff : offset, 42);
    locals.push(lh, name, extra, comp);
    offset += 30 + name.length + extra.length + comp.length;
    centrals.push(ch, name, cExtra);
  }
  const cd = Buffer.concat(centrals);
  const tail = [];
  if (z64) {
    const end64 = Buffer.alloc(56);
    end64.writeUInt32LE(0x06064b50, 0);
    end64.writeBigUInt64LE(44n, 4);
    end64.writeUInt16LE(45, 12);
    end64.writeUInt16LE(45, 14);
    end64.writeBigUInt64LE(BigInt(entries.length), 24);
    end64.writeBigUInt64LE(BigInt(entries.length), 32);
    end64.writeBigUInt64LE(BigInt(cd.length), 40);
    end64.writeBigUInt64LE(BigInt(offset), 48);
    const loc = Buffer.alloc(20);
    loc.writeUInt32LE(0x07064b50, 0);
    loc.writeBigUInt64LE(BigInt(offset + cd.length), 8);
    loc.writeUInt32LE(1, 16);
    tail.push(end64, loc);
  }
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(z64 ? 0xffff : entries.length, 8);
  end.writeUInt16LE(z64 ? 0xffff : entries.length, 10);
  end.writeUInt32LE(z64 ? 0xffffffff : cd.length, 12);
  end.writeUInt32LE(z64 ? 0xffffffff : offset, 16);
  const buf = Buffer.concat([...locals, cd, ...tail, end]);
  if (opts.edit) opts.edit(buf);
  return buf;
}

/** The entries of a (non-zip64) zip as [{name, data}], in order. */
function unzip(buf) {
  const { unzip: u } = require('./make-malformed.js');
  return u(buf);
}

// ------------------------------------------------------------------ the list every package holds

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CT_NS = 'http://schemas.openxmlformats.org/package/2006/content-types';
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const R = (t) => `http://schemas.openxmlformats.org/officeDocument/2006/relationships/${t}`;
const CT = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
  xlsm: 'application/vnd.ms-excel.sheet.macroEnabled.main+xml',
  xltx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml',
  xltm: 'application/vnd.ms-excel.template.macroEnabled.main+xml',
  sheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  sst: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml',
  styles: 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml',
  theme: 'application/vnd.openxmlformats-officedocument.theme+xml',
  core: 'application/vnd.openxmlformats-package.core-properties+xml',
  app: 'application/vnd.openxmlformats-officedocument.extended-properties+xml',
};

const TITLE = 'DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG PHONG TRÀO THI ĐUA CẢI CÁCH HÀNH CHÍNH NĂM 2024';
const HEADERS = ['STT', 'Họ và tên', 'Đơn vị', 'Đối tượng', 'Ngày nộp', 'Tiêu chí 1', 'Tiêu chí 2', 'Tiêu chí 3', 'Tỷ lệ phiếu (%)'];
const HEADER_ROW = 3;
/** Six nominees: the plan's deadline is "trước ngày 15/10/2024", so the last one (16/10) is 2 days late. */
const NOMINEES = [
  [1, 'Khoa Khám bệnh', 'Bệnh viện Đa khoa tỉnh', 'Tập thể', '2024-10-01', 'x', 'x', 'x', 95],
  [2, 'Phòng Tổ chức cán bộ', 'Sở Y tế', 'Tập thể', '2024-10-02', 'x', 'x', 'x', 90],
  [3, 'Nguyễn Văn An', 'Trung tâm Y tế huyện Long Điền', 'Cá nhân', '2024-10-03', 'x', 'x', 'x', 92.5],
  [4, 'Trần Thị Bình', 'Bệnh viện Lê Lợi', 'Cá nhân', '2024-10-04', 'x', 'x', 'x', 88],
  [5, 'Lê Hoàng Cường', 'Trung tâm Kiểm soát bệnh tật', 'Cá nhân', '2024-10-07', 'x', 'x', 'x', 85],
  [6, 'Phạm Thị Dung', 'Văn phòng Sở', 'Cá nhân', '2024-10-16', 'x', 'x', 'x', 80],
];
const serial1900 = (iso) => Math.round((Date.parse(iso + 'T00:00:00Z') - Date.UTC(1899, 11, 30)) / 86400000);
/** What a user must see for the list: each nominee's row, received date and status. */
const LIST_EXPECT = {
  nominations: 6,
  rows: NOMINEES.map((n, i) => [HEADER_ROW + 1 + i, n[1], n[4], i === 5 ? 'late' : 'selected']),
};

const col = (n) => {
  let s = '';
  for (; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
};
const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Shared strings collected as cells are written. */
class Sst {
  constructor() {
    this.list = [];
    this.at = new Map();
    this.count = 0;
  }
  id(s) {
    this.count++;
    if (!this.at.has(s)) this.at.set(s, this.list.push(s) - 1);
    return this.at.get(s);
  }
  xml(p = '', rich = {}) {
    const si = this.list.map((s) => (rich[s] ? `<${p}si>${rich[s]}</${p}si>` : `<${p}si><${p}t${/^\s|\s$/.test(s) ? ' xml:space="preserve"' : ''}>${esc(s)}</${p}t></${p}si>`));
    return `${DECL}<${p ? p.slice(0, -1) + ':' : ''}sst xmlns${p ? ':' + p.slice(0, -1) : ''}="${MAIN}" count="${this.count}" uniqueCount="${this.list.length}">${si.join('')}</${p}sst>`;
  }
}

/**
 * The list's rows as cells: {r, cells: [{c, v, kind}]}; kind "text", "num", "date" (a serial in the
 * workbook's date system, or ISO text for t="d").
 */
function listRows({ date = '1900', extraCols = [], title = true } = {}) {
  const rows = [];
  if (title) rows.push({ r: 1, cells: [{ c: 1, v: TITLE, kind: 'text', style: 'title' }] });
  rows.push({ r: HEADER_ROW, cells: [...HEADERS, ...extraCols.map((x) => x.header)].map((h, i) => ({ c: i + 1, v: h, kind: 'text', style: 'header' })) });
  NOMINEES.forEach((n, i) => {
    const r = HEADER_ROW + 1 + i;
    const cells = n.map((v, c) => {
      if (c === 4) {
        if (date === 'iso') return { c: 5, v: `${v}T00:00:00`, kind: 'isodate' };
        return { c: 5, v: serial1900(v) - (date === '1904' ? 1462 : 0), kind: 'date' };
      }
      return { c: c + 1, v, kind: typeof v === 'number' ? 'num' : 'text' };
    });
    extraCols.forEach((x, k) => cells.push({ c: HEADERS.length + 1 + k, ...x.cell(r, i) }));
    rows.push({ r, cells });
  });
  return rows;
}

/**
 * A worksheet's XML. style: p (element prefix with colon), refs (r= on rows and cells), text
 * ("shared" | "inline" | "str"), styles {title, header, date} (s= indexes, or null), rowAttrs(r),
 * ns (extra namespace declarations), head (before <sheetData>), tail (after </sheetData>).
 */
function sheetXml(rows, o) {
  const p = o.p ?? '';
  const st = o.styles ?? { title: null, header: null, date: null };
  const s = (k) => (st[k] !== null && st[k] !== undefined ? ` s="${st[k]}"` : '');
  const cellXml = (r, cell) => {
    const ref = o.refs === false ? '' : ` r="${col(cell.c)}${r}"`;
    if (cell.xml) return cell.xml.replace('<c ', `<${p}c `).replace(/<c>/, `<${p}c>`).replace('REF', `${col(cell.c)}${r}`);
    const sty = cell.style ? s(cell.style) : '';
    if (cell.kind === 'num') return `<${p}c${ref}${sty}><${p}v>${cell.v}</${p}v></${p}c>`;
    if (cell.kind === 'date') return `<${p}c${ref}${s('date')}><${p}v>${cell.v}</${p}v></${p}c>`;
    if (cell.kind === 'isodate') return `<${p}c${ref}${s('date')} t="d"><${p}v>${cell.v}</${p}v></${p}c>`;
    if (o.text === 'inline') return `<${p}c${ref}${sty} t="inlineStr"><${p}is><${p}t>${esc(cell.v)}</${p}t></${p}is></${p}c>`;
    if (o.text === 'str') return `<${p}c${ref}${sty} t="str"><${p}v>${esc(cell.v)}</${p}v></${p}c>`;
    return `<${p}c${ref}${sty} t="s"><${p}v>${o.sst.id(cell.v)}</${p}v></${p}c>`;
  };
  const rowsXml = rows
    .map((row) => `<${p}row${o.refs === false ? '' : ` r="${row.r}"`}${o.rowAttrs ? o.rowAttrs(row) : ''}>${row.cells.map((c) => cellXml(row.r, c)).join('')}</${p}row>`)
    .join(o.pretty ? '\n' : '');
  const root = p ? `${p.slice(0, -1)}:worksheet xmlns:${p.slice(0, -1)}="${MAIN}"` : `worksheet xmlns="${MAIN}"`;
  return `${DECL}<${root} xmlns:r="${REL}"${o.ns ?? ''}>${o.head ?? ''}<${p}sheetData>${rowsXml}</${p}sheetData>${o.tail ?? ''}</${p}worksheet>`;
}

/** A styles part with cell formats: 0 default, 1 title (bold 14), 2 header (bold, wrap, border), 3 date dd/mm/yyyy. */
function stylesXml({ p = '', extraXfs = 0, dxfs = '', numFmtDate = 'dd/mm/yyyy', x14ac = false } = {}) {
  const e = (t) => `${p}${t}`;
  const xfs = [
    `<${e('xf')} numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>`,
    `<${e('xf')} numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>`,
    `<${e('xf')} numFmtId="0" fontId="2" fillId="0" borderId="1" xfId="0" applyFont="1" applyBorder="1" applyAlignment="1"><${e('alignment')} horizontal="center" vertical="center" wrapText="1"/></${e('xf')}>`,
    `<${e('xf')} numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>`,
  ];
  for (let i = 0; i < extraXfs; i++) {
    xfs.push(`<${e('xf')} numFmtId="${[0, 2, 4, 9, 10, 164][i % 6]}" fontId="${i % 3}" fillId="${2 + (i % 4)}" borderId="${i % 2}" xfId="0" applyFill="1"/>`);
  }
  const fills = ['none', 'gray125'].map((t) => `<${e('fill')}><${e('patternFill')} patternType="${t}"/></${e('fill')}>`);
  for (const rgb of ['FFC6EFCE', 'FFFFEB9C', 'FFFFC7CE', 'FFDDEBF7']) fills.push(`<${e('fill')}><${e('patternFill')} patternType="solid"><${e('fgColor')} rgb="${rgb}"/><${e('bgColor')} indexed="64"/></${e('patternFill')}></${e('fill')}>`);
  const root = p ? `${p.slice(0, -1)}:styleSheet xmlns:${p.slice(0, -1)}="${MAIN}"` : `styleSheet xmlns="${MAIN}"`;
  const ac = x14ac ? ' xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac"' : '';
  return (
    `${DECL}<${root}${ac}>` +
    `<${e('numFmts')} count="1"><${e('numFmt')} numFmtId="164" formatCode="${esc(numFmtDate)}"/></${e('numFmts')}>` +
    `<${e('fonts')} count="3"><${e('font')}><${e('sz')} val="11"/><${e('name')} val="Times New Roman"/><${e('family')} val="1"/></${e('font')}>` +
    `<${e('font')}><${e('b')}/><${e('sz')} val="14"/><${e('name')} val="Times New Roman"/><${e('family')} val="1"/></${e('font')}>` +
    `<${e('font')}><${e('b')}/><${e('sz')} val="11"/><${e('name')} val="Times New Roman"/><${e('family')} val="1"/></${e('font')}></${e('fonts')}>` +
    `<${e('fills')} count="${fills.length}">${fills.join('')}</${e('fills')}>` +
    `<${e('borders')} count="2"><${e('border')}><${e('left')}/><${e('right')}/><${e('top')}/><${e('bottom')}/><${e('diagonal')}/></${e('border')}>` +
    `<${e('border')}><${e('left')} style="thin"/><${e('right')} style="thin"/><${e('top')} style="thin"/><${e('bottom')} style="thin"/><${e('diagonal')}/></${e('border')}></${e('borders')}>` +
    `<${e('cellStyleXfs')} count="1"><${e('xf')} numFmtId="0" fontId="0" fillId="0" borderId="0"/></${e('cellStyleXfs')}>` +
    `<${e('cellXfs')} count="${xfs.length}">${xfs.join('')}</${e('cellXfs')}>` +
    `<${e('cellStyles')} count="1"><${e('cellStyle')} name="Normal" xfId="0" builtinId="0"/></${e('cellStyles')}>` +
    (dxfs ? `<${e('dxfs')} count="1">${dxfs}</${e('dxfs')}>` : `<${e('dxfs')} count="0"/>`) +
    `<${e('tableStyles')} count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>` +
    `</${p}styleSheet>`
  );
}

const THEME =
  `${DECL}<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office Theme"><a:themeElements><a:clrScheme name="Office"><a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1><a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1><a:dk2><a:srgbClr val="44546A"/></a:dk2><a:lt2><a:srgbClr val="E7E6E6"/></a:lt2><a:accent1><a:srgbClr val="4472C4"/></a:accent1><a:accent2><a:srgbClr val="ED7D31"/></a:accent2><a:accent3><a:srgbClr val="A5A5A5"/></a:accent3><a:accent4><a:srgbClr val="FFC000"/></a:accent4><a:accent5><a:srgbClr val="5B9BD5"/></a:accent5><a:accent6><a:srgbClr val="70AD47"/></a:accent6><a:hlink><a:srgbClr val="0563C1"/></a:hlink><a:folHlink><a:srgbClr val="954F72"/></a:folHlink></a:clrScheme>` +
  `<a:fontScheme name="Office"><a:majorFont><a:latin typeface="Calibri Light"/><a:ea typeface=""/><a:cs typeface=""/></a:majorFont><a:minorFont><a:latin typeface="Calibri"/><a:ea typeface=""/><a:cs typeface=""/></a:minorFont></a:fontScheme><a:fmtScheme name="Office"><a:fillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:fillStyleLst><a:lnStyleLst><a:ln w="6350"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln><a:ln w="12700"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln><a:ln w="19050"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln></a:lnStyleLst><a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle></a:effectStyleLst><a:bgFillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:bgFillStyleLst></a:fmtScheme></a:themeElements></a:theme>`;

const core = (creator) =>
  `${DECL}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>${esc(creator)}</dc:creator><cp:lastModifiedBy>${esc(creator)}</cp:lastModifiedBy><dcterms:created xsi:type="dcterms:W3CDTF">2024-10-20T08:00:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2024-10-20T08:00:00Z</dcterms:modified></cp:coreProperties>`;
const app = (application, sheets) =>
  `${DECL}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>${esc(application)}</Application><TitlesOfParts><vt:vector size="${sheets.length}" baseType="lpstr">${sheets.map((s) => `<vt:lpstr>${esc(s)}</vt:lpstr>`).join('')}</vt:vector></TitlesOfParts></Properties>`;

/**
 * A package from its sheets and extra parts. sheets: [{name, xml, state?, rels?: [{id,type,target}],
 * parts?: {path: data}}]. o: type (xlsx…), p (workbook prefix), ids(i) (relationship ids),
 * workbookPr, sst, styles, extraCt, extraParts, definedNames, rootExtra, app name.
 */
function packageOf(sheets, o = {}) {
  const p = o.p ?? '';
  const ids = o.ids ?? ((i) => `rId${i + 1}`);
  const entries = [];
  const overrides = [];
  const wbRels = [];
  sheets.forEach((s, i) => {
    const target = s.path ?? `worksheets/sheet${i + 1}.xml`;
    wbRels.push(`<Relationship Id="${ids(i)}" Type="${R('worksheet')}" Target="${target}"/>`);
    overrides.push(`<Override PartName="/xl/${target}" ContentType="${CT.sheet}"/>`);
    entries.push({ name: `xl/${target}`, data: s.xml });
    if (s.rels) {
      const dir = target.slice(0, target.lastIndexOf('/'));
      const base = target.slice(target.lastIndexOf('/') + 1);
      entries.push({ name: `xl/${dir}/_rels/${base}.rels`, data: `${DECL}<Relationships xmlns="${PKG_REL}">${s.rels.map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${esc(r.target)}"${r.external ? ' TargetMode="External"' : ''}/>`).join('')}</Relationships>` });
    }
  });
  let n = sheets.length;
  if (o.theme !== false) {
    wbRels.push(`<Relationship Id="${ids(n++)}" Type="${R('theme')}" Target="theme/theme1.xml"/>`);
    overrides.push(`<Override PartName="/xl/theme/theme1.xml" ContentType="${CT.theme}"/>`);
    entries.push({ name: 'xl/theme/theme1.xml', data: THEME });
  }
  if (o.styles !== null) {
    wbRels.push(`<Relationship Id="${ids(n++)}" Type="${R('styles')}" Target="styles.xml"/>`);
    overrides.push(`<Override PartName="/xl/styles.xml" ContentType="${CT.styles}"/>`);
    entries.push({ name: 'xl/styles.xml', data: o.styles ?? stylesXml() });
  }
  if (o.sst) {
    wbRels.push(`<Relationship Id="${ids(n++)}" Type="${R('sharedStrings')}" Target="sharedStrings.xml"/>`);
    overrides.push(`<Override PartName="/xl/sharedStrings.xml" ContentType="${CT.sst}"/>`);
    entries.push({ name: 'xl/sharedStrings.xml', data: o.sstXml ?? o.sst.xml(o.sstPrefix ?? '') });
  }
  for (const x of o.wbRels ?? []) {
    wbRels.push(`<Relationship Id="${ids(n++)}" Type="${x.type}" Target="${x.target}"/>`);
    if (x.ct) overrides.push(`<Override PartName="/xl/${x.target}" ContentType="${x.ct}"/>`);
    entries.push({ name: `xl/${x.target}`, data: x.data });
  }
  const sheetTags = sheets
    .map((s, i) => `<${p}sheet name="${esc(s.name)}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="${ids(i)}"/>`)
    .join('');
  const wbRoot = p ? `${p.slice(0, -1)}:workbook xmlns:${p.slice(0, -1)}="${MAIN}"` : `workbook xmlns="${MAIN}"`;
  const workbook =
    `${DECL}<${wbRoot} xmlns:r="${REL}"${o.rootExtra ?? ''}>${o.beforeSheets ?? ''}<${p}workbookPr${o.workbookPr ?? ''}/>` +
    `<${p}bookViews><${p}workbookView activeTab="${o.activeTab ?? 0}"/></${p}bookViews><${p}sheets>${sheetTags}</${p}sheets>` +
    (o.definedNames ? `<${p}definedNames>${o.definedNames}</${p}definedNames>` : '') +
    `${o.afterSheets ?? ''}</${p}workbook>`;
  const type = o.type ?? 'xlsx';
  const head = [
    { name: '[Content_Types].xml', data: `${DECL}<Types xmlns="${CT_NS}"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${o.extraDefaults ?? ''}<Override PartName="/xl/workbook.xml" ContentType="${CT[type]}"/>${overrides.join('')}${o.extraCt ?? ''}<Override PartName="/docProps/core.xml" ContentType="${CT.core}"/><Override PartName="/docProps/app.xml" ContentType="${CT.app}"/></Types>` },
    { name: '_rels/.rels', data: `${DECL}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId3" Type="${R('extended-properties')}" Target="docProps/app.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId1" Type="${R('officeDocument')}" Target="xl/workbook.xml"/></Relationships>` },
    { name: 'docProps/app.xml', data: app(o.app ?? 'Microsoft Excel', sheets.map((s) => s.name)) },
    { name: 'docProps/core.xml', data: core(o.creator ?? 'Văn phòng Sở') },
    { name: 'xl/workbook.xml', data: workbook },
    { name: 'xl/_rels/workbook.xml.rels', data: `${DECL}<Relationships xmlns="${PKG_REL}">${wbRels.join('')}</Relationships>` },
  ];
  return [...head, ...entries, ...(o.extraParts ?? [])];
}

// ------------------------------------------------------------------ the writers

const cases = [];
const add = (dir, file, what, expect, make) => cases.push({ dir, file, what, expect, make });

/** Excel 365 on Windows: default namespace, mc:Ignorable extensions, spans and x14ac:dyDescent on rows, shared strings. */
function excelWindows({ date = '1900', workbookPr = ' defaultThemeVersion="166925"', type = 'xlsx', extra = {} } = {}) {
  const sst = new Sst();
  const rows = listRows({ date });
  const xml = sheetXml(rows, {
    sst,
    styles: { title: 1, header: 2, date: 3 },
    ns: ' xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac xr xr2 xr3" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision" xmlns:xr2="http://schemas.microsoft.com/office/spreadsheetml/2015/revision2" xmlns:xr3="http://schemas.microsoft.com/office/spreadsheetml/2016/revision3" xr:uid="{6E2C5B1A-3A6B-4F5E-9D8C-2B1A0F9E8D7C}"',
    rowAttrs: (row) => ` spans="1:9"${row.r === 1 ? ' ht="18.75" customHeight="1"' : ''} x14ac:dyDescent="0.25"`,
    head: '<dimension ref="A1:I9"/><sheetViews><sheetView tabSelected="1" workbookViewId="0"><selection activeCell="B4" sqref="B4"/></sheetView></sheetViews><sheetFormatPr defaultRowHeight="15" x14ac:dyDescent="0.25"/><cols><col min="1" max="1" width="5.7109375" customWidth="1"/><col min="2" max="3" width="30.7109375" customWidth="1"/><col min="4" max="9" width="12.7109375" customWidth="1"/></cols>',
    tail: '<mergeCells count="1"><mergeCell ref="A1:I1"/></mergeCells><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><pageSetup paperSize="9" orientation="landscape"/>',
    ...extra.sheet,
  });
  return packageOf([{ name: 'Danh sách', xml }, ...(extra.sheets ?? [])], {
    sst,
    type,
    styles: stylesXml({ x14ac: true }),
    rootExtra: ' xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x15 xr xr6 xr10 xr2" xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main" xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision" xmlns:xr6="http://schemas.microsoft.com/office/spreadsheetml/2016/revision6" xmlns:xr10="http://schemas.microsoft.com/office/spreadsheetml/2016/revision10" xmlns:xr2="http://schemas.microsoft.com/office/spreadsheetml/2015/revision2"',
    beforeSheets: '<fileVersion appName="xl" lastEdited="7" lowestEdited="7" rupBuild="27425"/>',
    workbookPr,
    afterSheets: '<calcPr calcId="191029"/>',
    ...extra.pkg,
  });
}

add('writers', 'excel-windows.xlsx', 'Excel 365 (Windows): shared strings, spans, x14ac:dyDescent, mc:Ignorable extensions, a merged title', LIST_EXPECT, () => zip(excelWindows()));
add('writers', 'excel-mac-1904.xlsx', 'Excel for Mac in the 1904 date system (workbookPr date1904="1"): serials count from 1904', LIST_EXPECT, () =>
  zip(excelWindows({ date: '1904', workbookPr: ' date1904="1" defaultThemeVersion="166925"' })));

/** Google Sheets' export: mx/mv/x14ac namespaces, outlinePr summaryBelow="0", customHeight rows, an empty drawing. */
add('writers', 'google-sheets.xlsx', 'Google Sheets export: mv/mx/x14ac namespaces, sheetPr outlinePr, sheetFormatPr customHeight, shared strings, dates with a custom format', LIST_EXPECT, () => {
  const sst = new Sst();
  const xml = sheetXml(listRows(), {
    sst,
    styles: { title: 1, header: 2, date: 3 },
    ns: ' xmlns:mx="http://schemas.microsoft.com/office/mac/excel/2008/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:mv="urn:schemas-microsoft-com:mac:vml" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"',
    rowAttrs: () => ' ht="15.75" customHeight="1"',
    head: '<sheetPr><outlinePr summaryBelow="0" summaryRight="0"/></sheetPr><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr customHeight="1" defaultColWidth="12.63" defaultRowHeight="15.75"/><cols><col customWidth="1" min="2" max="3" width="30.0"/></cols>',
    tail: '<mergeCells count="1"><mergeCell ref="A1:I1"/></mergeCells><drawing r:id="rId1"/>',
  });
  const drawing = `${DECL}<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${REL}" xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:cx="http://schemas.microsoft.com/office/drawing/2014/chartex" xmlns:cx1="http://schemas.microsoft.com/office/drawing/2015/9/8/chartex" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:dgm="http://schemas.openxmlformats.org/drawingml/2006/diagram" xmlns:x3Unk="http://schemas.microsoft.com/office/drawing/2010/slicer" xmlns:sle15="http://schemas.microsoft.com/office/drawing/2012/slicer"/>`;
  return zip(
    packageOf([{ name: 'Danh sách', xml, rels: [{ id: 'rId1', type: R('drawing'), target: '../drawings/drawing1.xml' }] }], {
      sst,
      styles: stylesXml({ numFmtDate: 'd/m/yyyy' }),
      theme: false,
      app: 'Google Sheets',
      workbookPr: '',
      extraCt: '<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>',
      extraParts: [{ name: 'xl/drawings/drawing1.xml', data: drawing }],
    }),
  );
});

/** WPS Spreadsheets: Excel-like parts plus its custom properties (KSOProductBuildVer) and a custom number format. */
add('writers', 'wps.xlsx', 'WPS Spreadsheets: Excel-like parts, docProps/custom.xml with KSOProductBuildVer, a yyyy/m/d date format', LIST_EXPECT, () => {
  const custom = `${DECL}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="KSOProductBuildVer"><vt:lpwstr>1066-12.2.0.17562</vt:lpwstr></property><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="ICV"><vt:lpwstr>3F8D7B2E1A4C4B5E9F0A1B2C3D4E5F60</vt:lpwstr></property></Properties>`;
  const entries = excelWindows({ extra: { pkg: { app: 'WPS Spreadsheets', styles: stylesXml({ numFmtDate: 'yyyy/m/d' }), extraCt: '<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/>', extraParts: [{ name: 'docProps/custom.xml', data: custom }] } } });
  const rels = entries.find((e) => e.name === '_rels/.rels');
  rels.data = rels.data.replace('</Relationships>', `<Relationship Id="rId4" Type="${R('custom-properties')}" Target="docProps/custom.xml"/></Relationships>`);
  return zip(entries);
});

/**
 * A program on the OpenXML SDK (what such programs write unless told otherwise): every element
 * with the x: prefix, rows and cells without r=, text as t="str" (CellValues.String) and as inline
 * strings, relationship ids like "R3f2a…", no styles part and no shared strings.
 */
add('writers', 'openxml-sdk.xlsx', 'OpenXML SDK program: x: prefix everywhere, rows and cells without r=, t="str" and inlineStr text, random rIds, no styles part', LIST_EXPECT, () => {
  const rows = listRows({ title: false });
  rows.unshift({ r: 1, cells: [{ c: 1, v: TITLE, kind: 'text' }] });
  // Without r= a row is the one after the previous: the blank row 2 is written empty.
  rows.splice(1, 0, { r: 2, cells: [] });
  const xml = sheetXml(rows, { p: 'x:', refs: false, text: 'str', styles: { title: null, header: null, date: null } }).replace(/ t="str"><x:v>(Tập thể|Cá nhân)<\/x:v>/g, ' t="inlineStr"><x:is><x:t>$1</x:t></x:is>');
  const ids = (i) => `R${(0x3f2a9c01 + i * 7919).toString(16)}e5d4c3b2`;
  return zip(packageOf([{ name: 'Sheet1', xml }], { p: 'x:', ids, styles: null, theme: false, app: 'DocumentFormat.OpenXml', workbookPr: '' }));
});
add('writers', 'openxml-sdk-zip64.xlsx', 'the OpenXML SDK package in a zip64 container (zip64 extra fields and end records, as .NET and Java write them for large or forced zip64)', LIST_EXPECT, () =>
  zip(unzip(fs.readFileSync(path.join(OUT, 'writers', 'openxml-sdk.xlsx'))), { zip64: true }));
add('writers', 'excel-zip64.xlsx', 'an Excel package in a zip64 container', LIST_EXPECT, () => zip(excelWindows(), { zip64: true }));

/** Strict Open XML (Excel's "Strict Open XML Spreadsheet"): purl.oclc.org namespaces, ISO dates as t="d". */
add('writers', 'excel-strict.xlsx', 'Excel "Strict Open XML Spreadsheet": purl.oclc.org namespaces, relationship types and ISO 8601 dates (t="d")', LIST_EXPECT, () => {
  const entries = excelWindows({ extra: { sheet: {} } });
  const sheet = entries.find((e) => e.name === 'xl/worksheets/sheet1.xml');
  sheet.data = sheet.data.replace(/<c r="(E\d+)" s="3"><v>(\d+)<\/v><\/c>/g, (m, ref, v) => `<c r="${ref}" s="3" t="d"><v>${new Date(Date.UTC(1899, 11, 30) + Number(v) * 86400000).toISOString().slice(0, 19)}</v></c>`);
  for (const e of entries) {
    if (typeof e.data !== 'string') continue;
    e.data = e.data
      .split(MAIN).join('http://purl.oclc.org/ooxml/spreadsheetml/main')
      .split('http://schemas.openxmlformats.org/officeDocument/2006/relationships').join('http://purl.oclc.org/ooxml/officeDocument/relationships')
      .split('http://schemas.openxmlformats.org/drawingml/2006/main').join('http://purl.oclc.org/ooxml/drawingml/main');
    if (e.name === 'xl/workbook.xml') e.data = e.data.replace('<workbook ', '<workbook conformance="strict" ');
  }
  return zip(entries);
});

/** exceljs (what a Node program writes): its own styles and shared strings. */
add('writers', 'exceljs.xlsx', 'exceljs (a Node program): exceljs\'s styles, shared strings, merged title, date cells', LIST_EXPECT, async () => {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'exceljs';
  wb.created = new Date(Date.UTC(2024, 9, 20));
  wb.modified = wb.created;
  const ws = wb.addWorksheet('Danh sách');
  ws.getCell('A1').value = TITLE;
  ws.mergeCells('A1:I1');
  HEADERS.forEach((h, i) => (ws.getCell(HEADER_ROW, i + 1).value = h));
  NOMINEES.forEach((n, i) =>
    n.forEach((v, c) => {
      const cell = ws.getCell(HEADER_ROW + 1 + i, c + 1);
      cell.value = c === 4 ? new Date(v + 'T00:00:00Z') : v;
      if (c === 4) cell.numFmt = 'dd/mm/yyyy';
    }),
  );
  return zip(unzip(Buffer.from(await wb.xlsx.writeBuffer())));
});

// Macro-enabled and template packages: the workbook part's content type says which; macros live
// in xl/vbaProject.bin (an OLE file) related from workbook.xml.
const VBA = Buffer.concat([Buffer.from('D0CF11E0A1B11AE1', 'hex'), Buffer.from(Array.from({ length: 1528 }, (_, i) => (i * 37 + 11) & 0xff))]);
const withMacros = (entries) => {
  const ct = entries.find((e) => e.name === '[Content_Types].xml');
  ct.data = ct.data.replace('<Default Extension="xml"', '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/><Default Extension="xml"');
  const rels = entries.find((e) => e.name === 'xl/_rels/workbook.xml.rels');
  rels.data = rels.data.replace('</Relationships>', '<Relationship Id="rId99" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>');
  const wb = entries.find((e) => e.name === 'xl/workbook.xml');
  wb.data = wb.data.replace('<workbookPr', '<workbookPr codeName="ThisWorkbook"');
  return [...entries, { name: 'xl/vbaProject.bin', data: VBA }];
};
add('writers', 'macros.xlsm', 'a macro-enabled workbook (.xlsm): macroEnabled content type and xl/vbaProject.bin', { ...LIST_EXPECT, ext: '.xlsm', keep: ['xl/vbaProject.bin'] }, () => zip(withMacros(excelWindows({ type: 'xlsm' }))));
add('writers', 'template.xltx', 'an Excel template (.xltx): template content type', { ...LIST_EXPECT, ext: '.xltx' }, () => zip(excelWindows({ type: 'xltx' })));
add('writers', 'macro-template.xltm', 'a macro-enabled template (.xltm)', { ...LIST_EXPECT, ext: '.xltm', keep: ['xl/vbaProject.bin'] }, () => zip(withMacros(excelWindows({ type: 'xltm' }))));

// ------------------------------------------------------------------ the features

const HYPER = R('hyperlink');
add('features', 'formulas.xlsx', 'formulas of every kind with cached results: plain, shared (t="shared"), array (t="array"), a string result (t="str"), a boolean, an error, one never calculated', LIST_EXPECT, () => {
  const extraCols = [
    { header: 'Số TC đạt', cell: (r, i) => ({ xml: i === 0 ? `<c r="REF"><f t="shared" ref="J4:J9" si="0">COUNTIF(F${r}:H${r},"x")</f><v>3</v></c>` : '<c r="REF"><f t="shared" si="0"/><v>3</v></c>' }) },
    { header: 'Tổng', cell: (r, i) => ({ xml: i === 0 ? `<c r="REF"><f t="array" ref="K4">SUM(IF(F4:H4="x",1,0))</f><v>3</v></c>` : `<c r="REF"><f>J${r}</f><v>3</v></c>` }) },
    { header: 'Ghi chú', cell: (r, i) => ({ xml: `<c r="REF" t="str"><f>IF(I${r}&gt;=90,"Cao","Thường")</f><v>${NOMINEES[i][8] >= 90 ? 'Cao' : 'Thường'}</v></c>` }) },
    { header: 'Đủ?', cell: (r) => ({ xml: `<c r="REF" t="b"><f>J${r}=3</f><v>1</v></c>` }) },
    { header: 'Kiểm tra', cell: (r, i) => ({ xml: i === 2 ? `<c r="REF" t="e"><f>1/0</f><v>#DIV/0!</v></c>` : i === 3 ? `<c r="REF"><f>NGAYNOP()</f></c>` : `<c r="REF"><v>${i}</v></c>` }) },
  ];
  const sst = new Sst();
  const xml = sheetXml(listRows({ extraCols }), { sst, styles: { title: 1, header: 2, date: 3 }, tail: '<mergeCells count="1"><mergeCell ref="A1:I1"/></mergeCells>' });
  const calc = `${DECL}<calcChain xmlns="${MAIN}"><c r="J4" i="1" l="1"/><c r="J5"/><c r="J6"/><c r="J7"/><c r="J8"/><c r="J9"/><c r="K4" a="1"/><c r="L4"/><c r="M4"/><c r="N6"/><c r="N7"/></calcChain>`;
  return zip(packageOf([{ name: 'Danh sách', xml }], { sst, wbRels: [{ type: R('calcChain'), target: 'calcChain.xml', ct: 'application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml', data: calc }] }));
});

add('features', 'office-features.xlsx', 'merged title, two-row-wide header styles, data validation, conditional formatting (dxf), frozen panes, autofilter, hidden row and column, hyperlinks, defined names, rich text', LIST_EXPECT, () => {
  const sst = new Sst();
  const rich = {
    'Nguyễn Văn An': '<r><rPr><b/><sz val="11"/><rFont val="Times New Roman"/></rPr><t xml:space="preserve">Nguyễn </t></r><r><rPr><sz val="11"/><rFont val="Times New Roman"/></rPr><t>Văn An</t></r>',
  };
  const xml = sheetXml(listRows(), {
    sst,
    styles: { title: 1, header: 2, date: 3 },
    rowAttrs: (row) => (row.r === 6 ? ' hidden="1"' : ''),
    head: '<sheetPr filterMode="0"><tabColor rgb="FF00B050"/></sheetPr><dimension ref="A1:I9"/><sheetViews><sheetView workbookViewId="0"><pane ySplit="3" topLeftCell="A4" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A4" sqref="A4"/></sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/><cols><col min="3" max="3" width="30" hidden="1" customWidth="1"/></cols>',
    tail:
      '<autoFilter ref="A3:I9"/><mergeCells count="1"><mergeCell ref="A1:I1"/></mergeCells>' +
      '<conditionalFormatting sqref="I4:I9"><cfRule type="cellIs" dxfId="0" priority="1" operator="lessThan"><formula>85</formula></cfRule></conditionalFormatting>' +
      '<dataValidations count="1"><dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" sqref="D4:D9"><formula1>"Tập thể,Cá nhân"</formula1></dataValidation></dataValidations>' +
      '<hyperlinks><hyperlink ref="C4" r:id="rId1" display="Bệnh viện Đa khoa tỉnh"/></hyperlinks>' +
      '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>',
  });
  return zip(
    packageOf([{ name: 'Danh sách', xml, rels: [{ id: 'rId1', type: HYPER, target: 'https://benhvien.example.vn/', external: true }] }], {
      sst,
      sstXml: sst.xml('', rich),
      styles: stylesXml({ dxfs: '<dxf><font><color rgb="FF9C0006"/></font><fill><patternFill><bgColor rgb="FFFFC7CE"/></patternFill></fill></dxf>' }),
      definedNames: `<definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">'Danh sách'!$A$3:$I$9</definedName><definedName name="DanhSach">'Danh sách'!$A$3:$I$9</definedName><definedName name="_xlnm.Print_Titles" localSheetId="0">'Danh sách'!$3:$3</definedName>`,
    }),
  );
});

/** Comments (legacy notes with their VML) and threaded comments with their persons part. */
add('features', 'comments.xlsx', 'notes (comments + VML shapes) and threaded comments (threadedComments + persons)', LIST_EXPECT, () => {
  const sst = new Sst();
  const xml = sheetXml(listRows(), { sst, styles: { title: 1, header: 2, date: 3 }, tail: '<mergeCells count="1"><mergeCell ref="A1:I1"/></mergeCells><legacyDrawing r:id="rId2"/>' });
  const comments = `${DECL}<comments xmlns="${MAIN}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="xr" xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision"><authors><author>tc={7F8E9D0C-1B2A-4C3D-8E9F-0A1B2C3D4E5F}</author><author>Thư ký</author></authors><commentList><comment ref="B5" authorId="0" shapeId="0" xr:uid="{7F8E9D0C-1B2A-4C3D-8E9F-0A1B2C3D4E5F}"><text><t>[Threaded comment]\nKiểm tra lại hồ sơ phòng này.</t></text></comment><comment ref="E6" authorId="1" shapeId="0"><text><r><rPr><b/><sz val="9"/><rFont val="Tahoma"/></rPr><t>Thư ký:</t></r><r><rPr><sz val="9"/><rFont val="Tahoma"/></rPr><t xml:space="preserve"> nhận qua bưu điện</t></r></text></comment></commentList></comments>`;
  const vml = '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype><v:shape id="_x0000_s1025" type="#_x0000_t202" style="position:absolute;visibility:hidden"><x:ClientData ObjectType="Note"><x:Row>4</x:Row><x:Column>1</x:Column></x:ClientData></v:shape><v:shape id="_x0000_s1026" type="#_x0000_t202" style="position:absolute;visibility:hidden"><x:ClientData ObjectType="Note"><x:Row>5</x:Row><x:Column>4</x:Column></x:ClientData></v:shape></xml>';
  const threaded = `${DECL}<ThreadedComments xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments" xmlns:x="${MAIN}"><threadedComment ref="B5" dT="2024-10-20T08:15:00.00" personId="{A1B2C3D4-E5F6-4A5B-8C9D-0E1F2A3B4C5D}" id="{7F8E9D0C-1B2A-4C3D-8E9F-0A1B2C3D4E5F}"><text>Kiểm tra lại hồ sơ phòng này.</text></threadedComment></ThreadedComments>`;
  const persons = `${DECL}<personList xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments" xmlns:x="${MAIN}"><person displayName="Thư ký" id="{A1B2C3D4-E5F6-4A5B-8C9D-0E1F2A3B4C5D}" userId="thuky@so.example.vn" providerId="None"/></personList>`;
  return zip(
    packageOf(
      [{ name: 'Danh sách', xml, rels: [{ id: 'rId1', type: R('comments'), target: '../comments1.xml' }, { id: 'rId2', type: R('vmlDrawing'), target: '../drawings/vmlDrawing1.vml' }, { id: 'rId3', type: 'http://schemas.microsoft.com/office/2017/10/relationships/threadedComment', target: '../threadedComments/threadedComment1.xml' }] }],
      {
        sst,
        wbRels: [{ type: 'http://schemas.microsoft.com/office/2017/10/relationships/person', target: 'persons/person.xml', ct: 'application/vnd.ms-excel.person+xml', data: persons }],
        extraDefaults: '<Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/>',
        extraCt: '<Override PartName="/xl/comments1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"/><Override PartName="/xl/threadedComments/threadedComment1.xml" ContentType="application/vnd.ms-excel.threadedcomments+xml"/>',
        extraParts: [
          { name: 'xl/comments1.xml', data: comments },
          { name: 'xl/drawings/vmlDrawing1.vml', data: vml },
          { name: 'xl/threadedComments/threadedComment1.xml', data: threaded },
        ],
      },
    ),
  );
});

/** A Table (ListObject) over the list, a chart and an image in a drawing. */
add('features', 'table-chart-image.xlsx', 'a Table (ListObject) over the list, a chart and a PNG image in the sheet\'s drawing', LIST_EXPECT, () => {
  const sst = new Sst();
  const xml = sheetXml(listRows(), { sst, styles: { title: 1, header: 2, date: 3 }, tail: '<mergeCells count="1"><mergeCell ref="A1:I1"/></mergeCells><drawing r:id="rId2"/><tableParts count="1"><tablePart r:id="rId1"/></tableParts>' });
  const table = `${DECL}<table xmlns="${MAIN}" id="1" name="DanhSach" displayName="DanhSach" ref="A3:I9" totalsRowShown="0"><autoFilter ref="A3:I9"/><tableColumns count="9">${HEADERS.map((h, i) => `<tableColumn id="${i + 1}" name="${esc(h)}"/>`).join('')}</tableColumns><tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`;
  const drawing = `${DECL}<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><xdr:twoCellAnchor><xdr:from><xdr:col>10</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>2</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>17</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>16</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Biểu đồ 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="${REL}" r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor><xdr:oneCellAnchor><xdr:from><xdr:col>10</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>17</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:ext cx="952500" cy="952500"/><xdr:pic><xdr:nvPicPr><xdr:cNvPr id="3" name="Logo"/><xdr:cNvPicPr><a:picLocks noChangeAspect="1"/></xdr:cNvPicPr></xdr:nvPicPr><xdr:blipFill><a:blip xmlns:r="${REL}" r:embed="rId2"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill><xdr:spPr><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic><xdr:clientData/></xdr:oneCellAnchor></xdr:wsDr>`;
  const chart = `${DECL}<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><c:chart><c:autoTitleDeleted val="1"/><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:ser><c:idx val="0"/><c:order val="0"/><c:cat><c:strRef><c:f>'Danh sách'!$B$4:$B$9</c:f></c:strRef></c:cat><c:val><c:numRef><c:f>'Danh sách'!$I$4:$I$9</c:f></c:numRef></c:val></c:ser><c:axId val="1"/><c:axId val="2"/></c:barChart><c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:axPos val="b"/><c:crossAx val="2"/></c:catAx><c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:axPos val="l"/><c:crossAx val="1"/></c:valAx></c:plotArea></c:chart></c:chartSpace>`;
  const PNG = Buffer.from('89504E470D0A1A0A0000000D49484452000000010000000108060000001F15C4890000000D49444154789C6360000002000154A24F5D0000000049454E44AE426082', 'hex');
  return zip(
    packageOf([{ name: 'Danh sách', xml, rels: [{ id: 'rId1', type: R('table'), target: '../tables/table1.xml' }, { id: 'rId2', type: R('drawing'), target: '../drawings/drawing1.xml' }] }], {
      sst,
      extraDefaults: '<Default Extension="png" ContentType="image/png"/>',
      extraCt:
        '<Override PartName="/xl/tables/table1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml"/><Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/><Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>',
      extraParts: [
        { name: 'xl/tables/table1.xml', data: table },
        { name: 'xl/drawings/drawing1.xml', data: drawing },
        { name: 'xl/drawings/_rels/drawing1.xml.rels', data: `${DECL}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${R('chart')}" Target="../charts/chart1.xml"/><Relationship Id="rId2" Type="${R('image')}" Target="../media/image1.png"/></Relationships>` },
        { name: 'xl/charts/chart1.xml', data: chart },
        { name: 'xl/media/image1.png', data: PNG },
      ],
    }),
  );
});

/** Hidden and very hidden sheets before the list, each holding last year's list: never scored unless named. */
add('features', 'hidden-sheets.xlsx', 'a hidden sheet (last year\'s list) and a very hidden one (a lookup list) before the visible list: the visible one is scored, and the skip is said', { ...LIST_EXPECT, sheet: 'Danh sách', warn: ['DS 2023', 'Tra cứu'] }, () => {
  const sst = new Sst();
  const oldRows = listRows();
  oldRows.find((r) => r.r === HEADER_ROW + 1).cells[1].v = 'Khoa Khám bệnh (2023)';
  const old = sheetXml(oldRows, { sst, styles: { title: 1, header: 2, date: 3 } });
  const xml = sheetXml(listRows(), { sst, styles: { title: 1, header: 2, date: 3 } });
  return zip(packageOf([{ name: 'DS 2023', xml: old, state: 'hidden' }, { name: 'Tra cứu', xml: old, state: 'veryHidden' }, { name: 'Danh sách', xml }], { sst, activeTab: 2 }));
});

add('features', 'several-lists.xlsx', 'two visible sheets that look like lists: the first is scored and the choice is said (warning and stderr)', { ...LIST_EXPECT, sheet: 'Danh sách', warn: ['Bổ sung'] }, () => {
  const sst = new Sst();
  const xml = sheetXml(listRows(), { sst, styles: { title: 1, header: 2, date: 3 } });
  return zip(packageOf([{ name: 'Danh sách', xml }, { name: 'Bổ sung', xml }], { sst }));
});

add('features', 'many-styles.xlsx', '404 cell formats, 6 fills and a custom date format: the re-run must not add one', LIST_EXPECT, () => {
  const sst = new Sst();
  const xml = sheetXml(listRows(), { sst, styles: { title: 1, header: 2, date: 3 } });
  return zip(packageOf([{ name: 'Danh sách', xml }], { sst, styles: stylesXml({ extraXfs: 400 }) }));
});

add('features', 'fifty-sheets.xlsx', '50 sheets: 49 notes sheets around the list (the 25th), each its own part', { ...LIST_EXPECT, sheet: 'Danh sách' }, () => {
  const sst = new Sst();
  const list = sheetXml(listRows(), { sst, styles: { title: 1, header: 2, date: 3 } });
  const sheets = [];
  for (let i = 1; i <= 50; i++) {
    if (i === 25) sheets.push({ name: 'Danh sách', xml: list });
    else sheets.push({ name: `Ghi chép ${i}`, xml: sheetXml([{ r: 1, cells: [{ c: 1, v: `Ghi chép số ${i}`, kind: 'text' }, { c: 2, v: i, kind: 'num' }] }], { sst }) });
  }
  return zip(packageOf(sheets, { sst, activeTab: 24 }));
});

add('features', 'nfd-text.xlsx', 'headers and names in decomposed Unicode (NFD), as pasted from a PDF', { nominations: 6, rows: LIST_EXPECT.rows.map(([r, n, d, s]) => [r, n.normalize('NFC'), d, s]) }, () => {
  const sst = new Sst();
  const rows = listRows().map((row) => ({ ...row, cells: row.cells.map((c) => (c.kind === 'text' ? { ...c, v: c.v.normalize('NFD') } : c)) }));
  return zip(packageOf([{ name: 'Danh sách', xml: sheetXml(rows, { sst, styles: { title: 1, header: 2, date: 3 } }) }], { sst }));
});

add('features', 'two-row-header.xlsx', 'a two-row header: "Tiêu chí" merged over F3:H3 with TC1–TC3 under it, other headers merged over both rows', { nominations: 6, rows: LIST_EXPECT.rows.map(([r, n, d, s]) => [r + 1, n, d, s]) }, () => {
  const sst = new Sst();
  const rows = listRows().map((row) => (row.r >= HEADER_ROW + 1 ? { ...row, r: row.r + 1 } : row));
  const h = rows.find((r) => r.r === HEADER_ROW);
  h.cells = h.cells.filter((c) => c.c < 6 || c.c > 8).concat([{ c: 6, v: 'Tiêu chí', kind: 'text', style: 'header' }]).sort((a, b) => a.c - b.c);
  rows.splice(2, 0, { r: HEADER_ROW + 1, cells: ['TC1', 'TC2', 'TC3'].map((t, i) => ({ c: 6 + i, v: t, kind: 'text', style: 'header' })) });
  const merges = ['A1:I1', 'F3:H3', ...[1, 2, 3, 4, 5, 9].map((c) => `${col(c)}3:${col(c)}4`)];
  const xml = sheetXml(rows, { sst, styles: { title: 1, header: 2, date: 3 }, tail: `<mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>` });
  return zip(packageOf([{ name: 'Danh sách', xml }], { sst }));
});

// ------------------------------------------------------------------ hostile

const HOSTILE_PLAN = 'plan.txt';
const base = () => excelWindows();
const edited = (edit) => {
  const entries = base();
  edit(entries);
  return entries;
};
const part = (entries, name) => entries.find((e) => e.name === name);
const refuse = (...fragments) => ({ exit: 1, stderr: fragments });

add('hostile', 'billion-laughs.xlsx', 'a DOCTYPE with nested entities in sharedStrings.xml (entity expansion bomb)', refuse('sharedStrings.xml', 'DOCTYPE'), () =>
  zip(edited((e) => {
    const sst = part(e, 'xl/sharedStrings.xml');
    const lol = ['<!ENTITY lol "lol">', ...Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i === 0 ? '' : i};`.repeat(10)}">`)].join('');
    sst.data = sst.data.replace(DECL, `${DECL}<!DOCTYPE sst [${lol}]>`).replace('<t>Nguyễn Văn An</t>', '<t>&lol9;</t>');
  })));
add('hostile', 'xxe-workbook.xlsx', 'an external entity (XXE) declared in workbook.xml', refuse('workbook.xml', 'DOCTYPE'), () =>
  zip(edited((e) => {
    const wb = part(e, 'xl/workbook.xml');
    wb.data = wb.data.replace(DECL, `${DECL}<!DOCTYPE workbook [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>`);
  })));
add('hostile', 'doctype-unread-part.xlsx', 'a DOCTYPE in docProps/app.xml, a part the reader never needs', refuse('docProps/app.xml', 'DOCTYPE'), () =>
  zip(edited((e) => {
    const a = part(e, 'docProps/app.xml');
    a.data = a.data.replace(DECL, `${DECL}<!DOCTYPE Properties [<!ENTITY a "aaaaaaaaaa">]>`);
  })));
add('hostile', 'path-traversal.xlsx', 'an entry named ../../evil.xml (climbs out of any folder it is unpacked into)', refuse('../../evil.xml'), () => zip([...base(), { name: '../../evil.xml', data: '<evil/>' }]));
add('hostile', 'absolute-path.xlsx', 'an entry with an absolute name (/tmp/evil.xml)', refuse('/tmp/evil.xml'), () => zip([...base(), { name: '/tmp/evil.xml', data: '<evil/>' }]));
add('hostile', 'backslash-name.xlsx', 'an entry named with backslashes (xl\\worksheets\\sheet2.xml)', refuse('xl\\worksheets\\sheet2.xml'), () => zip([...base(), { name: 'xl\\worksheets\\sheet2.xml', data: '<worksheet/>' }]));
add('hostile', 'duplicate-entry.xlsx', 'two entries named xl/worksheets/sheet1.xml (one would be read, the other patched)', refuse('hai mục nén cùng tên', 'xl/worksheets/sheet1.xml'), () => {
  const e = base();
  return zip([...e, { name: 'xl/worksheets/sheet1.xml', data: part(e, 'xl/worksheets/sheet1.xml').data.replace('Khoa Khám bệnh', 'Khoa Giả mạo') }]);
});
add('hostile', 'duplicate-case.xlsx', 'xl/worksheets/sheet1.xml and XL/Worksheets/Sheet1.xml (the same part name: OPC names ignore case)', refuse('hai mục nén cùng tên'), () => {
  const e = base();
  return zip([...e, { name: 'XL/Worksheets/Sheet1.xml', data: part(e, 'xl/worksheets/sheet1.xml').data }]);
});
const cellEdit = (re, to) => () => zip(edited((e) => {
  const s = part(e, 'xl/worksheets/sheet1.xml');
  s.data = s.data.replace(re, to);
}));
add('hostile', 'cell-a0.xlsx', 'a cell A0 (row 0 does not exist)', refuse('"A0"'), cellEdit('<c r="A4"', '<c r="A0"'));
add('hostile', 'cell-xfe1.xlsx', 'a cell XFE4 (past the last column XFD)', refuse('"XFE4"'), cellEdit('<c r="I4"', '<c r="XFE4"'));
add('hostile', 'cell-row-1048577.xlsx', 'a row 1048577 with a cell A1048577 (past the last row)', refuse('1048577'), cellEdit('</sheetData>', '<row r="1048577"><c r="A1048577"><v>1</v></c></row></sheetData>'));
add('hostile', 'row-zero.xlsx', 'a row numbered 0', refuse('dòng số "0"'), cellEdit('<row r="1"', '<row r="0"'));
add('hostile', 'rows-out-of-order.xlsx', 'row 9 written before row 4', refuse('dòng số "4"'), () => zip(edited((e) => {
  const s = part(e, 'xl/worksheets/sheet1.xml');
  const r9 = /<row r="9"[\s\S]*?<\/row>/.exec(s.data)[0];
  s.data = s.data.replace(r9, '').replace('<row r="4"', `${r9}<row r="4"`);
})));
add('hostile', 'style-minus-one.xlsx', 'a cell with s="-1"', refuse('B5', '-1'), cellEdit(/<c r="B5" t="s">/, '<c r="B5" s="-1" t="s">'));
add('hostile', 'style-past-table.xlsx', 'a cell with s="99" where styles.xml has 4 cell formats', refuse('B5', '99'), cellEdit(/<c r="B5" t="s">/, '<c r="B5" s="99" t="s">'));
add('hostile', 'shared-string-past-table.xlsx', 'a shared-string index past the table', refuse('B5', '9999'), cellEdit(/(<c r="B5" t="s"><v>)\d+(<\/v>)/, '$19999$2'));
add('hostile', 'lying-size.xlsx', 'a central directory that says the sheet is 100 bytes (it inflates to more)', refuse('mục lục'), () => {
  const e = base();
  const s = part(e, 'xl/worksheets/sheet1.xml');
  return zip(e.map((x) => (x === s ? { ...x, size: 100 } : x)));
});
add('hostile', 'lying-crc.xlsx', 'a sheet whose CRC does not match its bytes', refuse('sheet1.xml', 'bị hỏng'), () => {
  const e = base();
  const s = part(e, 'xl/worksheets/sheet1.xml');
  return zip(e.map((x) => (x === s ? { ...x, crc: 0x12345678 } : x)));
});
add('hostile', 'overlapping-entries.xlsx', 'an entry whose stated size runs into the next entry\'s bytes (how overlapping-zip bombs share data)', refuse('dùng chung dữ liệu'), () =>
  zip(base().map((x) => (x.name === 'docProps/app.xml' ? { ...x, claim: 64 } : x))));
add('hostile', 'truncated-entry.xlsx', 'the last entry\'s data shorter than its headers say (the file was cut and its directory rebuilt)', refuse('không đầy đủ'), () => {
  const e = base();
  return zip(e.map((x, i) => (i === e.length - 1 ? { ...x, claim: 100000 } : x)));
});
add('hostile', 'count-lies.xlsx', 'an end record that says 200 entries where the directory holds 12', refuse('mục lục'), () =>
  zip(base(), { edit: (buf) => { const end = buf.length - 22; buf.writeUInt16LE(200, end + 8); buf.writeUInt16LE(200, end + 10); } }));
add('hostile', 'encrypted-entry.xlsx', 'zip-level encryption on the sheet entry (flag bit 0)', refuse('mã hóa'), () => {
  const e = base();
  const s = part(e, 'xl/worksheets/sheet1.xml');
  return zip(e.map((x) => (x === s ? { ...x, flags: 1 } : x)));
});
add('hostile', 'bzip2-entry.xlsx', 'the sheet compressed with method 12 (bzip2), which no office program writes', refuse('kiểu 12'), () => {
  const e = base();
  const s = part(e, 'xl/worksheets/sheet1.xml');
  return zip(e.map((x) => (x === s ? { ...x, method: 12, raw: Buffer.from('BZh91AY&SY') } : x)));
});
add('hostile', 'bomb-small.xlsx', 'a sheet part that declares 300 MB (past the 200 MB cap): refused before inflating', refuse('200 MB'), () => {
  const e = base();
  const s = part(e, 'xl/worksheets/sheet1.xml');
  return zip(e.map((x) => (x === s ? { ...x, size: 300 * 1024 * 1024 } : x)));
});

// Hostile .docx plans: refused before mammoth reads them.
const DOCX = (body, extra = []) => [
  { name: '[Content_Types].xml', data: `${DECL}<Types xmlns="${CT_NS}"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>` },
  { name: '_rels/.rels', data: `${DECL}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${R('officeDocument')}" Target="word/document.xml"/></Relationships>` },
  { name: 'word/document.xml', data: body },
  ...extra,
];
const DOC_BODY = `${DECL}<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>KẾ HOẠCH</w:t></w:r></w:p><w:p><w:r><w:t>Hồ sơ gửi về Văn phòng Sở trước ngày 15/10/2024.</w:t></w:r></w:p></w:body></w:document>`;
add('hostile', 'plan-doctype.docx', 'a plan .docx whose document.xml declares entities', { ...refuse('document.xml', 'DOCTYPE'), command: 'plan' }, () =>
  zip(DOCX(DOC_BODY.replace(DECL, `${DECL}<!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaaaaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>`))));
add('hostile', 'plan-traversal.docx', 'a plan .docx with an entry named ../evil.xml', { ...refuse('../evil.xml'), command: 'plan' }, () => zip(DOCX(DOC_BODY, [{ name: '../evil.xml', data: '<x/>' }])));
add('hostile', 'plan-lying-size.docx', 'a plan .docx whose document.xml inflates past its declared size', { ...refuse('mục lục'), command: 'plan' }, () =>
  zip(DOCX(DOC_BODY).map((x) => (x.name === 'word/document.xml' ? { ...x, size: 64 } : x))));

// ------------------------------------------------------------------ made by the real programs

/** LibreOffice's own output: the Excel-shaped package opened and saved again by soffice. */
function libreOffice(srcEntries, name) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bx-lo-'));
  try {
    const src = path.join(dir, 'src', name);
    fs.mkdirSync(path.dirname(src));
    fs.writeFileSync(src, zip(srcEntries));
    const r = spawnSync('soffice', ['--headless', '--norestore', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', dir, src], { encoding: 'utf8', timeout: 120000 });
    const out = path.join(dir, name);
    if (r.status !== 0 || !fs.existsSync(out)) return null;
    return fs.readFileSync(out);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
const haveSoffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;
add('writers', 'libreoffice.xlsx', 'LibreOffice Calc\'s own output (soffice --convert-to xlsx of the Excel package)', { ...LIST_EXPECT, external: 'soffice' }, () => (haveSoffice ? libreOffice(excelWindows(), 'libreoffice.xlsx') : null));
add('writers', 'libreoffice-1904.xlsx', 'LibreOffice Calc\'s output of a 1904 workbook: it writes date1904="true"', { ...LIST_EXPECT, external: 'soffice', date1904: 'true' }, () =>
  haveSoffice ? libreOffice(excelWindows({ date: '1904', workbookPr: ' date1904="1"' }), 'libreoffice-1904.xlsx') : null);

/** openpyxl's own output (a Python program), when python3 has openpyxl. */
const OPENPYXL = `
import sys, datetime, openpyxl
from openpyxl.styles import Font
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Danh sách"
ws["A1"] = ${JSON.stringify(TITLE)}
ws.merge_cells("A1:I1")
for i, h in enumerate(${JSON.stringify(HEADERS)}):
    ws.cell(row=${HEADER_ROW}, column=i + 1, value=h).font = Font(bold=True)
for i, n in enumerate(${JSON.stringify(NOMINEES)}):
    for c, v in enumerate(n):
        cell = ws.cell(row=${HEADER_ROW + 1} + i, column=c + 1, value=datetime.datetime.strptime(v, "%Y-%m-%d") if c == 4 else v)
        if c == 4: cell.number_format = "dd/mm/yyyy"
wb.properties.created = datetime.datetime(2024, 10, 20)
wb.properties.modified = datetime.datetime(2024, 10, 20)
wb.save(sys.argv[1])
`;
const havePython = spawnSync('python3', ['-c', 'import openpyxl'], { encoding: 'utf8' }).status === 0;
add('writers', 'openpyxl.xlsx', 'openpyxl\'s own output (a Python program)', { ...LIST_EXPECT, external: 'openpyxl' }, () => {
  if (!havePython) return null;
  const file = path.join(os.tmpdir(), `bx-openpyxl-${process.pid}.xlsx`);
  const r = spawnSync('python3', ['-c', OPENPYXL, file], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  const b = fs.readFileSync(file);
  fs.rmSync(file);
  return zip(unzip(b));
});

// ------------------------------------------------------------------ write

const PLAN = fs.readFileSync(path.join(__dirname, '..', 'test', 'fixtures', 'malformed', 'plan.txt'), 'utf8');

async function main() {
  const manifest = [];
  for (const c of cases) {
    const dir = path.join(OUT, c.dir);
    fs.mkdirSync(dir, { recursive: true });
    const file = path.join(dir, c.file);
    const bytes = await c.make();
    if (bytes === null) {
      if (!fs.existsSync(file)) throw new Error(`${c.file}: ${c.expect.external} is not installed and no committed copy exists`);
      process.stdout.write(`kept ${c.dir}/${c.file} (${c.expect.external} not installed)\n`);
    } else fs.writeFileSync(file, bytes);
    if (fs.statSync(file).size > 1024 * 1024) throw new Error(`${c.file} is over 1 MB`);
    manifest.push({ file: `${c.dir}/${c.file}`, what: c.what, expect: c.expect });
  }
  fs.writeFileSync(path.join(OUT, HOSTILE_PLAN), PLAN);
  fs.writeFileSync(path.join(OUT, 'cases.json'), JSON.stringify({ plan: HOSTILE_PLAN, headerRow: HEADER_ROW, cases: manifest }, null, 2) + '\n');
  process.stdout.write(`${manifest.length} cases written to ${path.relative(process.cwd(), OUT)}\n`);
}

module.exports = { zip, unzip };

if (require.main === module) {
  main().catch((e) => {
    process.stderr.write(String(e && e.stack ? e.stack : e) + '\n');
    process.exit(2);
  });
}
