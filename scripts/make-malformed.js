#!/usr/bin/env node
'use strict';
// Generates the malformed-workbook corpus in test/fixtures/malformed/ and its manifest cases.json.
//
// Why generated rather than hand-made: every file can be recreated and reviewed from this script,
// and the odd ones (a strict-OOXML namespace, a dimension claiming 1,048,576 rows, an encrypted
// compound file) are small, deliberate edits of an otherwise valid workbook, so a failure points at
// the one thing that is odd. All zips are re-packed with fixed timestamps so the output is
// byte-for-byte reproducible (running the script twice changes nothing in git).
//
// Usage: node scripts/make-malformed.js [outDir]

const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const ExcelJS = require('exceljs');

const OUT = path.resolve(process.argv[2] || path.join(__dirname, '..', 'test', 'fixtures', 'malformed'));

// ------------------------------------------------------------------ zip (read and write)

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(buf) {
  let c = 0xffffffff;
  for (let i = 0; i < buf.length; i++) c = CRC_TABLE[(c ^ buf[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** Reads a (non-zip64) zip into [{name, data}] in central-directory order. */
function unzip(buf) {
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 65557); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) { eocd = i; break; }
  }
  if (eocd < 0) throw new Error('no end of central directory');
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const entries = [];
  for (let i = 0; i < count; i++) {
    if (buf.readUInt32LE(p) !== 0x02014b50) throw new Error('bad central directory');
    const method = buf.readUInt16LE(p + 10);
    const csize = buf.readUInt32LE(p + 20);
    const nlen = buf.readUInt16LE(p + 28);
    const xlen = buf.readUInt16LE(p + 30);
    const clen = buf.readUInt16LE(p + 32);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.slice(p + 46, p + 46 + nlen).toString('utf8');
    const lnlen = buf.readUInt16LE(local + 26);
    const lxlen = buf.readUInt16LE(local + 28);
    const start = local + 30 + lnlen + lxlen;
    const raw = buf.slice(start, start + csize);
    const data = method === 0 ? Buffer.from(raw) : zlib.inflateRawSync(raw);
    entries.push({ name, data });
    p += 46 + nlen + xlen + clen;
  }
  return entries;
}

// 1980-01-01 00:00 in DOS format: a fixed stamp keeps the corpus reproducible.
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

/** Writes [{name, data}] as a zip (deflate unless store is asked). */
function zip(entries, { store = false } = {}) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const data = Buffer.isBuffer(e.data) ? e.data : Buffer.from(e.data, 'utf8');
    const method = store ? 0 : 8;
    const comp = store ? data : zlib.deflateRawSync(data, { level: 9 });
    const crc = crc32(data);
    const lh = Buffer.alloc(30);
    lh.writeUInt32LE(0x04034b50, 0);
    lh.writeUInt16LE(20, 4);
    lh.writeUInt16LE(0x0800, 6); // UTF-8 names
    lh.writeUInt16LE(method, 8);
    lh.writeUInt16LE(DOS_TIME, 10);
    lh.writeUInt16LE(DOS_DATE, 12);
    lh.writeUInt32LE(crc, 14);
    lh.writeUInt32LE(comp.length, 18);
    lh.writeUInt32LE(data.length, 22);
    lh.writeUInt16LE(name.length, 26);
    lh.writeUInt16LE(0, 28);
    locals.push(lh, name, comp);
    const ch = Buffer.alloc(46);
    ch.writeUInt32LE(0x02014b50, 0);
    ch.writeUInt16LE(20, 4);
    ch.writeUInt16LE(20, 6);
    ch.writeUInt16LE(0x0800, 8);
    ch.writeUInt16LE(method, 10);
    ch.writeUInt16LE(DOS_TIME, 12);
    ch.writeUInt16LE(DOS_DATE, 14);
    ch.writeUInt32LE(crc, 16);
    ch.writeUInt32LE(comp.length, 20);
    ch.writeUInt32LE(data.length, 24);
    ch.writeUInt16LE(name.length, 28);
    ch.writeUInt32LE(offset, 42);
    centrals.push(ch, name);
    offset += 30 + name.length + comp.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

/** Applies fn(name, text) → text|undefined to every XML part; undefined drops the part. */
function patchParts(buf, fn) {
  const out = [];
  for (const e of unzip(buf)) {
    if (/\.(xml|rels)$/.test(e.name)) {
      const t = fn(e.name, e.data.toString('utf8'));
      if (t === undefined) continue;
      out.push({ name: e.name, data: Buffer.from(t, 'utf8') });
    } else out.push(e);
  }
  return zip(out);
}

// ------------------------------------------------------------------ compound file (OLE / CFB)

/**
 * A minimal but well-formed Compound File Binary (v3, 512-byte sectors) holding the given streams,
 * each padded to 4096 bytes so it lives in regular sectors (no mini stream needed). This is what an
 * Excel file saved with a password ("EncryptionInfo" + "EncryptedPackage") or an old .xls
 * ("Workbook") looks like from outside.
 */
function cfb(streams) {
  const SECT = 512;
  const FREE = 0xffffffff, END = 0xfffffffe, FATSECT = 0xfffffffd, NOSTREAM = 0xffffffff;
  const perStream = 8; // 4096 / 512
  const nSectors = 2 + streams.length * perStream; // FAT, directory, streams
  const header = Buffer.alloc(SECT);
  Buffer.from('D0CF11E0A1B11AE1', 'hex').copy(header, 0);
  header.writeUInt16LE(0x003e, 24);
  header.writeUInt16LE(0x0003, 26);
  header.writeUInt16LE(0xfffe, 28);
  header.writeUInt16LE(9, 30);
  header.writeUInt16LE(6, 32);
  header.writeUInt32LE(1, 44); // FAT sectors
  header.writeUInt32LE(1, 48); // first directory sector
  header.writeUInt32LE(0x1000, 56);
  header.writeUInt32LE(END, 60);
  header.writeUInt32LE(END, 68);
  for (let i = 0; i < 109; i++) header.writeUInt32LE(i === 0 ? 0 : FREE, 76 + i * 4);

  const fat = Buffer.alloc(SECT, 0xff);
  fat.writeUInt32LE(FATSECT, 0);
  fat.writeUInt32LE(END, 4);
  streams.forEach((_, si) => {
    const first = 2 + si * perStream;
    for (let k = 0; k < perStream; k++) fat.writeUInt32LE(k === perStream - 1 ? END : first + k + 1, (first + k) * 4);
  });

  const dir = Buffer.alloc(SECT);
  const entry = (i, name, type, child, right, start, size) => {
    const o = i * 128;
    const n = Buffer.from(name + '\0', 'utf16le');
    n.copy(dir, o);
    dir.writeUInt16LE(n.length, o + 64);
    dir.writeUInt8(type, o + 66);
    dir.writeUInt8(1, o + 67); // black
    dir.writeUInt32LE(NOSTREAM, o + 68);
    dir.writeUInt32LE(right, o + 72);
    dir.writeUInt32LE(child, o + 76);
    dir.writeUInt32LE(start, o + 116);
    dir.writeUInt32LE(size, o + 120);
  };
  entry(0, 'Root Entry', 5, streams.length ? 1 : NOSTREAM, NOSTREAM, END, 0);
  // Siblings as a right-leaning chain, names sorted by (length, upper-case) as the format requires.
  const sorted = streams
    .map((s, i) => ({ ...s, i }))
    .sort((a, b) => a.name.length - b.name.length || (a.name.toUpperCase() < b.name.toUpperCase() ? -1 : 1));
  sorted.forEach((s, k) => {
    const right = k + 1 < sorted.length ? 1 + k + 1 : NOSTREAM;
    entry(1 + k, s.name, 2, NOSTREAM, right, 2 + s.i * perStream, 4096);
  });
  const body = streams.map((s) => {
    const b = Buffer.alloc(4096);
    s.data.copy(b, 0, 0, Math.min(4096, s.data.length));
    return b;
  });
  const out = Buffer.concat([header, fat, dir, ...body]);
  if (out.length !== SECT * (1 + nSectors)) throw new Error('cfb size');
  return out;
}

// ------------------------------------------------------------------ the nominations table

const HEADERS = ['STT', 'Họ và tên', 'Đơn vị', 'Đối tượng', 'Ngày nộp', 'Tiêu chí 1', 'Tiêu chí 2', 'Tiêu chí 3', 'Tỷ lệ phiếu (%)'];
const HEADER_ROW = 3;
const d = (y, m, day) => new Date(Date.UTC(y, m - 1, day));

/** Six ordinary nominees, all eligible and on time (deadline "trước ngày 15/10/2024"). */
function baseRows() {
  return [
    [1, 'Khoa Khám bệnh', 'Bệnh viện Đa khoa tỉnh', 'Tập thể', d(2024, 10, 1), 'x', 'x', 'x', 95],
    [2, 'Phòng Tổ chức cán bộ', 'Sở Y tế', 'Tập thể', d(2024, 10, 2), 'x', 'x', 'x', 90],
    [3, 'Nguyễn Văn An', 'Trung tâm Y tế huyện Long Điền', 'Cá nhân', d(2024, 10, 3), 'x', 'x', 'x', 92.5],
    [4, 'Trần Thị Bình', 'Bệnh viện Lê Lợi', 'Cá nhân', d(2024, 10, 4), 'x', 'x', 'x', 88],
    [5, 'Lê Hoàng Cường', 'Trung tâm Kiểm soát bệnh tật', 'Cá nhân', d(2024, 10, 7), 'x', 'x', 'x', 85],
    [6, 'Phạm Thị Dung', 'Văn phòng Sở', 'Cá nhân', d(2024, 10, 8), 'x', 'x', 'x', 80],
  ];
}

/** Worksheet row of the i-th (0-based) nominee in the standard layout. */
const rowOf = (i) => HEADER_ROW + 1 + i;

function newWorkbook() {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'make-malformed';
  wb.created = new Date(Date.UTC(2024, 0, 1));
  wb.modified = new Date(Date.UTC(2024, 0, 1));
  return wb;
}

function setCell(cell, v) {
  cell.value = v;
  if (v instanceof Date) cell.numFmt = 'dd/mm/yyyy';
}

/** The standard sheet: merged title, blank row, header at row 3, nominees below. */
function standardSheet(wb, { rows = baseRows(), headers = HEADERS, name = 'Danh sách', title = true } = {}) {
  const ws = wb.addWorksheet(name);
  if (title) {
    ws.getCell('A1').value = 'DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG PHONG TRÀO THI ĐUA CẢI CÁCH HÀNH CHÍNH NĂM 2024';
    ws.mergeCells('A1:I1');
  }
  if (headers) headers.forEach((h, c) => (ws.getCell(HEADER_ROW, c + 1).value = h));
  rows.forEach((r, i) => r.forEach((v, c) => setCell(ws.getCell(rowOf(i), c + 1), v)));
  return ws;
}

async function xlsx(wb) {
  // Re-pack: exceljs stamps the current time into the zip entries.
  return zip(unzip(Buffer.from(await wb.xlsx.writeBuffer())));
}

async function standardXlsx(opts) {
  const wb = newWorkbook();
  standardSheet(wb, opts);
  return xlsx(wb);
}

// ------------------------------------------------------------------ the cases

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const STRICT_MAIN_NS = 'http://purl.oclc.org/ooxml/spreadsheetml/main';
const STRICT_REL_NS = 'http://purl.oclc.org/ooxml/officeDocument/relationships';

const PNG = Buffer.concat([
  Buffer.from('89504E470D0A1A0A0000000D49484452000000010000000108060000001F15C489', 'hex'),
  Buffer.from('0000000D49444154789C6360000002000154A24F5D0000000049454E44AE426082', 'hex'),
]);

const ENCRYPTION_INFO = Buffer.concat([
  Buffer.from([4, 0, 4, 0, 0x40, 0, 0, 0]),
  Buffer.from(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<encryption xmlns="http://schemas.microsoft.com/office/2006/encryption" ' +
      'xmlns:p="http://schemas.microsoft.com/office/2006/keyEncryptor/password"><keyData saltSize="16" blockSize="16" keyBits="256" ' +
      'hashSize="64" cipherAlgorithm="AES" cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512" saltValue="AAAAAAAAAAAAAAAAAAAAAA=="/>' +
      '</encryption>',
    'utf8',
  ),
]);

/**
 * Each case: file, what it is, and what the user must see when `binhxet score FILE --plan plan.txt
 * --json` runs on it. exit: 0 or 1 (never 2, never a stack trace). stderr: fragments (NFC,
 * case-insensitive) the error must contain. Otherwise, on exit 0: nominations (count), review
 * ([row, column]: that row's status is review and a warning names that cell), warn ([row, column]:
 * a warning names that cell), names (exact names that must come out verbatim), notNames (names that
 * must not be taken for nominees), received ([row, iso]), noFormulasInOutput (the written workbook
 * holds no formula cell: a name like "=cmd|..." must stay text).
 */
const cases = [];
const add = (file, what, expect, make) => cases.push({ file, what, expect, make });

// ---- not a workbook at all
add('text-renamed.xlsx', 'a plain text file renamed .xlsx', { exit: 1, stderr: ['text-renamed.xlsx'] }, () =>
  Buffer.from('STT\tHọ và tên\tĐơn vị\n1\tNguyễn Văn An\tSở Y tế\n', 'utf8'));
add('csv-renamed.xlsx', 'a CSV export renamed .xlsx', { exit: 1, stderr: ['csv-renamed.xlsx'] }, () =>
  Buffer.from('\uFEFFSTT,Họ và tên,Đơn vị,Ngày nộp\n1,Nguyễn Văn An,Sở Y tế,01/10/2024\n', 'utf8'));
add('html-table.xlsx', 'an HTML table saved with an Excel extension (what old web systems export)', { exit: 1, stderr: ['html-table.xlsx'] }, () =>
  Buffer.from('<html><body><table><tr><td>STT</td><td>Họ và tên</td></tr><tr><td>1</td><td>Nguyễn Văn An</td></tr></table></body></html>', 'utf8'));
add('image.xlsx', 'a PNG image renamed .xlsx', { exit: 1, stderr: ['image.xlsx'] }, () => PNG);
add('document.xlsx', 'a PDF (header %PDF-1.7) renamed .xlsx', { exit: 1, stderr: ['document.xlsx'] }, () =>
  Buffer.from('%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n', 'latin1'));
add('zero-byte.xlsx', 'an empty (0-byte) file', { exit: 1, stderr: ['zero-byte.xlsx'] }, () => Buffer.alloc(0));
add('truncated-half.xlsx', 'the first half of a valid workbook (download cut off)', { exit: 1, stderr: ['truncated-half.xlsx'] }, async () => {
  const b = await standardXlsx();
  return b.slice(0, Math.floor(b.length / 2));
});
add('truncated-tail.xlsx', 'a valid workbook missing its last 10 bytes (end-of-central-directory cut)', { exit: 1, stderr: ['truncated-tail.xlsx'] }, async () => {
  const b = await standardXlsx();
  return b.slice(0, b.length - 10);
});
add('corrupt-deflate.xlsx', 'a workbook whose compressed sheet data has been overwritten with garbage', { exit: 1, stderr: ['corrupt-deflate.xlsx'] }, async () => {
  const entries = unzip(await standardXlsx());
  // Store the sheet as "deflated" bytes that do not inflate: a damaged file, CRCs intact.
  const z = zip(entries);
  const name = Buffer.from('xl/worksheets/sheet1.xml');
  const at = z.indexOf(name);
  const start = at + name.length;
  for (let i = 0; i < 64; i++) z[start + i] = 0xff;
  return z;
});
add('zip-not-ooxml.xlsx', 'a zip archive holding a text file and a picture, not a workbook', { exit: 1, stderr: ['zip-not-ooxml.xlsx'] }, () =>
  zip([{ name: 'readme.txt', data: 'Danh sách đề nghị khen thưởng (bản scan kèm theo).' }, { name: 'scan.png', data: PNG }]));
add('docx-renamed.xlsx', 'a Word document (.docx, valid OOXML but not a spreadsheet) renamed .xlsx', { exit: 1, stderr: ['docx-renamed.xlsx'] }, () =>
  zip([
    { name: '[Content_Types].xml', data: '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>' },
    { name: '_rels/.rels', data: '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>' },
    { name: 'word/document.xml', data: '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>KẾ HOẠCH</w:t></w:r></w:p></w:body></w:document>' },
  ]));
add('encrypted.xlsx', 'a password-protected workbook (an OLE compound file with EncryptionInfo/EncryptedPackage)', { exit: 1, stderr: ['encrypted.xlsx', 'mật khẩu'] }, () =>
  cfb([{ name: 'EncryptionInfo', data: ENCRYPTION_INFO }, { name: 'EncryptedPackage', data: Buffer.from([0x10, 0, 0, 0, 0, 0, 0, 0]) }]));
add('legacy-xls.xlsx', 'an Excel 97–2003 .xls (OLE compound file with a Workbook stream) renamed .xlsx', { exit: 1, stderr: ['legacy-xls.xlsx', 'xls'] }, () =>
  cfb([{ name: 'Workbook', data: Buffer.from([0x09, 0x08, 0x10, 0x00, 0x00, 0x06, 0x05, 0x00]) }]));
add('bad-xml.xlsx', 'a workbook whose sheet XML is cut in the middle (not well-formed)', { exit: 1, stderr: ['bad-xml.xlsx'] }, async () =>
  patchParts(await standardXlsx(), (n, t) => (n === 'xl/worksheets/sheet1.xml' ? t.slice(0, Math.floor(t.length * 0.6)) : t)));
add('no-content-types.xlsx', 'a workbook zip without [Content_Types].xml and without its workbook part', { exit: 1, stderr: ['no-content-types.xlsx'] }, async () =>
  patchParts(await standardXlsx(), (n, t) => (n === '[Content_Types].xml' || n === 'xl/workbook.xml' ? undefined : t)));

// ---- a workbook, but an unusual one
add('strict-ooxml.xlsx', 'a Strict Open XML workbook (namespaces purl.oclc.org, as Excel\'s "Strict Open XML Spreadsheet" saves)',
  { exit: 0, nominations: 6 }, async () =>
  patchParts(await standardXlsx(), (n, t) => {
    t = t.split(MAIN_NS).join(STRICT_MAIN_NS).split(REL_NS).join(STRICT_REL_NS);
    if (n === 'xl/workbook.xml') t = t.replace('<workbook ', '<workbook conformance="strict" ');
    return t;
  }));
add('empty-sheet.xlsx', 'a valid workbook with one empty sheet', { exit: 1, stderr: ['dòng tiêu đề'] }, async () => {
  const wb = newWorkbook();
  wb.addWorksheet('Sheet1');
  return xlsx(wb);
});
add('merged-only.xlsx', 'a sheet holding only merged title cells, no table', { exit: 1, stderr: ['dòng tiêu đề'] }, async () => {
  const wb = newWorkbook();
  const ws = wb.addWorksheet('Danh sách');
  ws.getCell('A1').value = 'SỞ Y TẾ';
  ws.mergeCells('A1:D2');
  ws.getCell('E1').value = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
  ws.mergeCells('E1:I2');
  ws.getCell('A4').value = 'DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG';
  ws.mergeCells('A4:I6');
  return xlsx(wb);
});
add('no-header.xlsx', 'nominee rows without any header row', { exit: 1, stderr: ['dòng tiêu đề'] }, () =>
  standardXlsx({ headers: null, title: false }));
add('header-only.xlsx', 'a header row and no nominee below it', { exit: 1, stderr: ['không có dòng nào'] }, () =>
  standardXlsx({ rows: [] }));
add('hidden-rows-cols.xlsx', 'a normal list with a hidden nominee row (6) and a hidden column (C)',
  { exit: 0, nominations: 6 }, async () => {
  const wb = newWorkbook();
  const ws = standardSheet(wb);
  ws.getRow(rowOf(2)).hidden = true;
  ws.getColumn(3).hidden = true;
  return xlsx(wb);
});
add('huge-dimension.xlsx', 'a normal list whose <dimension> claims A1:XFD1048576', { exit: 0, nominations: 6 }, async () =>
  patchParts(await standardXlsx(), (n, t) =>
    n === 'xl/worksheets/sheet1.xml' ? t.replace(/<dimension ref="[^"]*"\s*\/>/, '<dimension ref="A1:XFD1048576"/>') : t));
add('stray-last-row.xlsx', 'a normal list plus a stray "." typed in cell A1048576, the very last row', { exit: 0, nominations: 6 }, async () => {
  const wb = newWorkbook();
  const ws = standardSheet(wb);
  ws.getCell('A1048576').value = '.';
  return xlsx(wb);
});
add('formula-errors.xlsx', 'formula errors in nominee cells: #N/A as received date (E4), #DIV/0! as a mark (F5), #REF! as the vote (I6)',
  { exit: 0, nominations: 6, review: [[rowOf(0), 'E'], [rowOf(1), 'F'], [rowOf(2), 'I']] }, () => {
  const rows = baseRows();
  rows[0][4] = { error: '#N/A' };
  rows[1][5] = { error: '#DIV/0!' };
  rows[2][8] = { error: '#REF!' };
  return standardXlsx({ rows });
});
add('formula-cached.xlsx', 'real formulas with cached results: received =DATE(2024,10,1) (E4); one =TODAY()-like formula with no cached value (E5)',
  { exit: 0, nominations: 6, received: [[rowOf(0), '2024-10-01']], review: [[rowOf(1), 'E']] }, async () => {
  const wb = newWorkbook();
  const ws = standardSheet(wb);
  ws.getCell(rowOf(0), 5).value = { formula: 'DATE(2024,10,1)', result: d(2024, 10, 1) };
  ws.getCell(rowOf(0), 5).numFmt = 'dd/mm/yyyy';
  ws.getCell(rowOf(1), 5).value = { formula: 'NGAYNOP()' };
  return xlsx(wb);
});
add('control-chars.xlsx', 'shared strings with control characters: _x0007_ escapes and a tab in names, a mark "x" followed by U+0001 (F4)',
  { exit: 0, nominations: 6, review: [[rowOf(0), 'F']] }, async () => {
  const rows = baseRows();
  rows[0][5] = 'MARKCTRL';
  rows[1][1] = 'Phòng\tTổ chức_x0007_ cán bộ';
  rows[2][1] = 'Nguyễn\u200BVăn An\uFEFF';
  return patchParts(await standardXlsx({ rows }), (n, t) => (n === 'xl/sharedStrings.xml' ? t.replace('MARKCTRL', 'x_x0001_') : t));
});
add('rtl-emoji.xlsx', 'Arabic, Hebrew and emoji names and units; marks ✓ and ✔',
  { exit: 0, nominations: 6, names: ['محمد علي', 'דוד כהן', 'Nguyễn Văn An 🎉👍🏽'], noReview: true }, () => {
  const rows = baseRows();
  rows[2][1] = 'محمد علي';
  rows[3][1] = 'דוד כהן';
  rows[4][1] = 'Nguyễn Văn An 🎉👍🏽';
  rows[4][2] = 'Khoa 🏥 Nhi';
  rows[3][5] = '✓';
  rows[4][6] = '✔';
  return standardXlsx({ rows });
});
add('pre-1900-text.xlsx', 'a received date typed as text before 1900: "15/06/1899" (E4)', { exit: 0, nominations: 6 }, () => {
  const rows = baseRows();
  rows[0][4] = '15/06/1899';
  return standardXlsx({ rows });
});
add('serial-zero-negative.xlsx', 'received-date cells holding serial 0 (E4) and −5 (E5) with a date format: Excel shows 00/01/1900 and ####',
  { exit: 0, nominations: 6, review: [[rowOf(0), 'E'], [rowOf(1), 'E']] }, async () => {
  const wb = newWorkbook();
  const ws = standardSheet(wb);
  ws.getCell(rowOf(0), 5).value = 0;
  ws.getCell(rowOf(0), 5).numFmt = 'dd/mm/yyyy';
  ws.getCell(rowOf(1), 5).value = -5;
  ws.getCell(rowOf(1), 5).numFmt = 'dd/mm/yyyy';
  return xlsx(wb);
});
add('impossible-dates.xlsx', 'impossible received dates typed as text: "31/02/2023" (E4), "29/02/2023" (E5), "32/10/2024" (E6)',
  { exit: 0, nominations: 6, review: [[rowOf(0), 'E'], [rowOf(1), 'E'], [rowOf(2), 'E']] }, () => {
  const rows = baseRows();
  rows[0][4] = '31/02/2023';
  rows[1][4] = '29/02/2023';
  rows[2][4] = '32/10/2024';
  return standardXlsx({ rows });
});
add('unreadable-marks.xlsx', 'criteria marks that are neither met nor not met: "?" (F4), "xem lại" (G5)',
  { exit: 0, nominations: 6, review: [[rowOf(0), 'F'], [rowOf(1), 'G']] }, () => {
  const rows = baseRows();
  rows[0][5] = '?';
  rows[1][6] = 'xem lại';
  return standardXlsx({ rows });
});
add('duplicate-headers.xlsx', 'two columns both headed "Họ và tên" and two headed "Ngày nộp"', { exit: 0, nominations: 6 }, () => {
  const headers = [...HEADERS, 'Họ và tên', 'Ngày nộp'];
  const rows = baseRows().map((r) => [...r, r[1], r[4]]);
  return standardXlsx({ headers, rows });
});
add('two-tables.xlsx', 'two tables in one sheet: the list, two blank rows, then a second titled table with its own header',
  { exit: 0, notNames: ['Họ và tên', 'STT'] }, async () => {
  const wb = newWorkbook();
  const ws = standardSheet(wb);
  const top = rowOf(6) + 2;
  ws.getCell(top, 1).value = 'DANH SÁCH BỔ SUNG';
  HEADERS.forEach((h, c) => (ws.getCell(top + 1, c + 1).value = h));
  baseRows().slice(0, 2).forEach((r, i) => r.forEach((v, c) => setCell(ws.getCell(top + 2 + i, c + 1), c === 1 ? v + ' (bổ sung)' : v)));
  return xlsx(wb);
});
add('long-cell.xlsx', 'a 100,000-character name (B5) — beyond Excel\'s own 32,767 limit', { exit: 0, nominations: 6, warn: [[rowOf(1), 'B']] }, () => {
  const rows = baseRows();
  rows[1][1] = 'Phòng Tổ chức cán bộ '.repeat(5000).slice(0, 100000);
  return standardXlsx({ rows });
});
add('markup-script.xlsx', 'HTML/script markup in names and units', { exit: 0, nominations: 6, names: ['<script>alert("x")</script>', '<img src=x onerror=alert(1)>'] }, () => {
  const rows = baseRows();
  rows[2][1] = '<script>alert("x")</script>';
  rows[3][1] = '<img src=x onerror=alert(1)>';
  rows[3][2] = '</td><b>Sở Y tế</b>';
  return standardXlsx({ rows });
});
add('formula-injection.xlsx', 'names that are formula-injection texts: =HYPERLINK("http://x","y"), =cmd|\' /C calc\'!A0, +SUM(1,1), @A1',
  { exit: 0, nominations: 6, names: ['=HYPERLINK("http://x","y")', "=cmd|' /C calc'!A0"], noFormulasInOutput: true }, () => {
  const rows = baseRows();
  rows[0][1] = '=HYPERLINK("http://x","y")';
  rows[2][1] = "=cmd|' /C calc'!A0";
  rows[3][1] = '+SUM(1,1)';
  rows[4][2] = '@A1';
  return standardXlsx({ rows });
});
add('decomposed-header.xlsx', 'headers and names in decomposed Unicode (NFD), as pasted from some PDFs', { exit: 0, nominations: 6, noReview: true }, () => {
  const rows = baseRows().map((r) => r.map((v) => (typeof v === 'string' ? v.normalize('NFD') : v)));
  return standardXlsx({ headers: HEADERS.map((h) => h.normalize('NFD')), rows });
});
add('two-row-header.xlsx', 'a two-row header: "Tiêu chí" merged over F3:H3 with "TC1", "TC2", "TC3" below', { exit: 0, nominations: 6, noReview: true }, async () => {
  const wb = newWorkbook();
  const ws = wb.addWorksheet('Danh sách');
  ws.getCell('A1').value = 'DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG';
  ws.mergeCells('A1:I1');
  const h1 = ['STT', 'Họ và tên', 'Đơn vị', 'Đối tượng', 'Ngày nộp', 'Tiêu chí', null, null, 'Tỷ lệ phiếu (%)'];
  h1.forEach((h, c) => h && (ws.getCell(3, c + 1).value = h));
  ['TC1', 'TC2', 'TC3'].forEach((h, c) => (ws.getCell(4, 6 + c).value = h));
  ws.mergeCells('F3:H3');
  for (const c of [1, 2, 3, 4, 5, 9]) ws.mergeCells(3, c, 4, c);
  baseRows().forEach((r, i) => r.forEach((v, c) => setCell(ws.getCell(5 + i, c + 1), v)));
  return xlsx(wb);
});
add('odd-cell-types.xlsx', 'booleans, numbers and rich text where text is expected: name 12345 (B4), kind TRUE (D5), rich-text name (B6)',
  { exit: 0, nominations: 6 }, () => {
  const rows = baseRows();
  rows[0][1] = 12345;
  rows[1][3] = true;
  rows[2][1] = { richText: [{ text: 'Nguyễn ', font: { bold: true } }, { text: 'Văn An' }] };
  return standardXlsx({ rows });
});

add('cover-sheet-first.xlsx', 'an instructions sheet first ("Hướng dẫn"), the list on the second sheet', { exit: 0, nominations: 6 }, async () => {
  const wb = newWorkbook();
  const cover = wb.addWorksheet('Hướng dẫn');
  cover.getCell('A1').value = 'HƯỚNG DẪN LẬP DANH SÁCH';
  cover.getCell('A2').value = 'Ghi ngày nộp dạng dd/mm/yyyy; đánh dấu x vào tiêu chí đạt.';
  standardSheet(wb);
  return xlsx(wb);
});
add('date1904.xlsx', 'a Mac workbook using the 1904 date system (workbookPr date1904="1"): serials count from 1904',
  { exit: 0, nominations: 6, received: [[rowOf(0), '2024-10-01'], [rowOf(5), '2024-10-08']] }, async () => {
  // Serials written for the 1904 system: 1,462 days fewer than the 1900 system for the same day.
  const rows = baseRows();
  const wb = newWorkbook();
  const ws = standardSheet(wb, { rows: rows.map((r) => r.map((v, c) => (c === 4 ? 0 : v))) });
  rows.forEach((r, i) => {
    const serial1900 = Math.round(r[4].getTime() / 86400000) + 25569;
    ws.getCell(rowOf(i), 5).value = serial1900 - 1462;
    ws.getCell(rowOf(i), 5).numFmt = 'dd/mm/yyyy';
  });
  return patchParts(await xlsx(wb), (n, t) => {
    if (n !== 'xl/workbook.xml') return t;
    return /<workbookPr\b/.test(t) ? t.replace(/<workbookPr\b/, '<workbookPr date1904="1"') : t.replace(/(<workbook\b[^>]*>)/, '$1<workbookPr date1904="1"/>');
  });
});
add('inline-strings.xlsx', 'text stored as inline strings (t="inlineStr", no sharedStrings part), as some exporters write',
  { exit: 0, nominations: 6, names: ['Nguyễn Văn An', 'Khoa Khám bệnh'] }, async () => {
  const entries = unzip(await standardXlsx());
  const sst = entries.find((e) => e.name === 'xl/sharedStrings.xml');
  const strings = [...sst.data.toString('utf8').matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => m[1]);
  const out = [];
  for (const e of entries) {
    if (e.name === 'xl/sharedStrings.xml') continue;
    let t = e.data.toString('utf8');
    if (e.name === 'xl/worksheets/sheet1.xml') {
      t = t.replace(/<c r="([A-Z]+\d+)"((?: s="\d+")?) t="s"((?: s="\d+")?)><v>(\d+)<\/v><\/c>/g, (_, r, s1, s2, i) => `<c r="${r}"${s1}${s2} t="inlineStr"><is>${strings[+i]}</is></c>`);
    }
    if (e.name === '[Content_Types].xml') t = t.replace(/<Override PartName="\/xl\/sharedStrings.xml"[^>]*\/>/, '');
    if (e.name === 'xl/_rels/workbook.xml.rels') t = t.replace(/<Relationship [^>]*Target="sharedStrings.xml"\/>/, '');
    out.push({ name: e.name, data: Buffer.from(t, 'utf8') });
  }
  return zip(out);
});
add('no-cell-refs.xlsx', 'rows and cells without their r= attributes (allowed by the format, written by some generators)',
  { exit: 0, nominations: 6 }, async () =>
  patchParts(await standardXlsx({ title: false }), (n, t) =>
    n === 'xl/worksheets/sheet1.xml' ? t.replace(/(<c) r="[A-Z]+\d+"/g, '$1').replace(/(<row) r="\d+"/g, '$1') : t));

// ------------------------------------------------------------------ plan and output

const PLAN = `SỞ Y TẾ TỈNH THỬ NGHIỆM
KẾ HOẠCH
Phát động phong trào thi đua đẩy mạnh cải cách hành chính năm 2024

I. NỘI DUNG
1. Thời gian tổ chức thực hiện phong trào thi đua: Từ ngày ban hành Kế hoạch đến ngày 31/12/2024.

II. CÔNG TÁC KHEN THƯỞNG
1. Tiêu chuẩn khen thưởng
1.1. Đối với tập thể:
- Thực hiện tốt công tác lãnh đạo, chỉ đạo triển khai các nhiệm vụ cải cách hành chính.
- Tổ chức tuyên truyền về cải cách hành chính với nhiều hình thức phù hợp.
- Hoàn thành đúng tiến độ các nhiệm vụ cải cách hành chính được giao.
1.2. Đối với cá nhân:
- Hoàn thành tốt nhiệm vụ được giao, có sáng kiến trong công tác cải cách hành chính.
- Có phẩm chất đạo đức tốt, gương mẫu chấp hành chủ trương, chính sách, pháp luật.
- Tích cực tham gia các hoạt động cải cách hành chính của đơn vị.
2. Số lượng khen thưởng: 05 tập thể và 10 cá nhân.
3. Hồ sơ đề nghị khen thưởng gửi về Văn phòng Sở trước ngày 15/10/2024.
`;

async function main() {
  fs.mkdirSync(OUT, { recursive: true });
  const manifest = [];
  for (const c of cases) {
    const bytes = await c.make();
    fs.writeFileSync(path.join(OUT, c.file), bytes);
    manifest.push({ file: c.file, what: c.what, expect: c.expect });
  }
  fs.writeFileSync(path.join(OUT, 'plan.txt'), PLAN);
  fs.writeFileSync(path.join(OUT, 'cases.json'), JSON.stringify({ plan: 'plan.txt', headerRow: HEADER_ROW, cases: manifest }, null, 2) + '\n');
  process.stdout.write(`${manifest.length} cases written to ${path.relative(process.cwd(), OUT) || OUT}\n`);
}

module.exports = { zip, unzip, crc32, cfb };

if (require.main === module) {
  main().catch((e) => {
    process.stderr.write(String(e && e.stack ? e.stack : e) + '\n');
    process.exit(2);
  });
}
