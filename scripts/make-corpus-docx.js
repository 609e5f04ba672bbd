#!/usr/bin/env node
// Builds the .docx twins of three corpus documents (test/fixtures/plans/corpus/*-word.docx) so the
// reader's .docx path meets real text with real Word tables: the two-cell header block of a Kế
// hoạch (Thanh Hóa 130/KH-UBND, Ninh Thuận 2870/KH-UBND) and a scoring form that is one table
// (TP.HCM "Bảng biểu 4"). Every word comes from the committed text copy of the same document; only
// the site's chrome lines are left out and the flattened table is laid back out in rows. The package around the
// body is scripts/docxPackage.js (jszip, already installed with exceljs).
// Usage: node scripts/make-corpus-docx.js
'use strict';
const fs = require('fs');
const path = require('path');
const { docxBytes } = require('./docxPackage');

const DIR = path.join(__dirname, '..', 'test', 'fixtures', 'plans', 'corpus');

const xml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const lines = (file) => fs.readFileSync(path.join(DIR, file), 'utf8').split('\n');

/** One Word paragraph; `bold` and `center` as a typist would set them on headings. */
function p(text, { bold = false, center = false } = {}) {
  const props = center ? '<w:pPr><w:jc w:val="center"/></w:pPr>' : '';
  const runProps = bold ? '<w:rPr><w:b/></w:rPr>' : '';
  return `<w:p>${props}<w:r>${runProps}<w:t xml:space="preserve">${xml(text)}</w:t></w:r></w:p>`;
}

/** A table: rows of cells, each cell a list of paragraph texts; a row of one cell spans all columns. */
function table(rows, widths) {
  const grid = widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('');
  const body = rows
    .map((cells) => {
      const tcs = cells.map((texts, i) => {
        const span = cells.length === 1 && widths.length > 1 ? `<w:gridSpan w:val="${widths.length}"/>` : '';
        const width = cells.length === 1 ? widths.reduce((a, b) => a + b, 0) : widths[i];
        return `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/>${span}</w:tcPr>${[].concat(texts).map((t) => p(t)).join('')}</w:tc>`;
      });
      return `<w:tr>${tcs.join('')}</w:tr>`;
    })
    .join('');
  const borders = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((b) => `<w:${b} w:val="single" w:sz="4" w:space="0" w:color="000000"/>`).join('');
  return `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblBorders>${borders}</w:tblBorders></w:tblPr><w:tblGrid>${grid}</w:tblGrid>${body}</w:tbl>`;
}

const heading = (t) => /^(?:KẾ HOẠCH|[A-ZĐÀ-Ỹ ,“”\-]{12,})$/u.test(t);
const paras = (ls) => ls.filter((l) => l.trim()).map((l) => p(l, { bold: heading(l), center: heading(l) }));

/** Thanh Hóa: the stored pipe header (line 2–3) becomes a 2×2 table; line 1 is the site's banner. */
function thanhHoa() {
  const ls = lines('thanhhoa-2025-kh130-chuyen-doi-so.md');
  const cells = (l) => l.split('|').map((c) => c.trim()).filter(Boolean);
  return [table([cells(ls[1]), cells(ls[2])], [4000, 5600]), ...paras(ls.slice(3))];
}

/** Ninh Thuận: the header's cells are split over lines 1–6 of the stored copy. */
function ninhThuan() {
  const ls = lines('ninhthuan-2022-kh2870-vi-nguoi-ngheo.md');
  const clean = (l) => l.replace(/\|/g, '').trim();
  const header = table(
    [
      [[clean(ls[0])], [clean(ls[2]), clean(ls[3])]],
      [[clean(ls[4])], [clean(ls[5])]],
    ],
    [4000, 5600],
  );
  return [header, ...paras(ls.slice(6))];
}

/** TP.HCM Bảng biểu 4: the flattened run "STT Tên … I. Cụm Thi đua 1 1 Quận 1 2 Quận 3 …" laid out as rows. */
function tphcm() {
  const text = lines('tphcm-bang-bieu-4-cham-diem-quan-huyen.txt').join('\n');
  const start = text.indexOf('I. Cụm Thi đua 1');
  const end = text.indexOf('Ghi chú:');
  // The preview's list markers ("\n  2. ") cut the table mid-row; they are the site's, not the form's.
  const flat = text.slice(start, end).replace(/\n\s*\d+\.\s/g, ' ').trim();
  const rows = [['STT', 'Tên quận - huyện', 'Điểm', 'Xếp hạng (+ điểm thưởng)']];
  for (const part of flat.split(/\s(?=(?:I|II|III|IV)\. Cụm Thi đua)/u)) {
    const m = /^((?:I|II|III|IV)\. Cụm Thi đua \d)\s+(.*)$/u.exec(part);
    rows.push([[m[1]]]);
    for (const u of m[2].matchAll(/(\d+) ((?:Quận|Huyện) .+?)(?=\s\d+ (?:Quận|Huyện)|$)/gu)) rows.push([u[1], u[2], '', '']);
  }
  const notes = text
    .slice(end, text.indexOf('\nnguon'))
    .split(/(?<=[.:])\s(?=[-+] |Ví dụ:)/u)
    .map((s) => s.trim());
  return [
    p('1. Tên đơn vị:'),
    p('Bảng biểu 4', { bold: true }),
    p('SỞ - BAN - NGÀNH THÀNH PHỐ CHẤM ĐIỂM XẾP HẠNG CHO QUẬN - HUYỆN', { bold: true, center: true }),
    table(rows, [900, 3900, 1600, 3200]),
    ...notes.map((n) => p(n)),
  ];
}

async function write(name, body) {
  const buf = await docxBytes(body.join(''), new Date(Date.UTC(2026, 11, 6)));
  fs.writeFileSync(path.join(DIR, name), buf);
  process.stdout.write(`${name}: ${buf.length} bytes\n`);
}

(async () => {
  await write('thanhhoa-2025-kh130-word.docx', thanhHoa());
  await write('ninhthuan-2022-kh2870-word.docx', ninhThuan());
  await write('tphcm-bang-bieu-4-word.docx', tphcm());
})().catch((e) => {
  process.stderr.write(String(e && e.stack ? e.stack : e) + '\n');
  process.exit(1);
});
