#!/usr/bin/env node
// Builds test/fixtures/plans/brvt-2023-cchc.docx: a genuine WordprocessingML package (the parts
// Word itself needs: [Content_Types].xml, _rels/.rels, word/document.xml) holding the shared real
// plan brvt-2023-cchc.txt as Word would: one paragraph per logical paragraph (the PDF copy's
// wrapped lines joined back), bold headings, and the usual two-column header table (agency |
// national motto). The package around it is scripts/docxPackage.js.
// Usage: node scripts/make-docx-fixture.js [OUT.docx]
'use strict';
const fs = require('fs');
const path = require('path');
const { docxBytes } = require('./docxPackage');

const ROOT = path.join(__dirname, '..');
const SRC = path.join(ROOT, 'test', 'fixtures', 'plans', 'real', 'brvt-2023-cchc.txt');
const OUT = process.argv[2] || path.join(ROOT, 'test', 'fixtures', 'plans', 'brvt-2023-cchc.docx');

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const MARKER = /^(?:[IVX]+\.|\d+(?:\.\d+)*\.|[a-zđ]\)|[-+•])\s*/u;

/** The PDF copy's lines joined into the paragraphs a Word author typed. */
function logicalParagraphs(text) {
  const lines = text.normalize('NFC').split(/\r?\n/).map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean);
  const out = [];
  for (const l of lines) {
    const prev = out[out.length - 1];
    const starts = !prev || MARKER.test(l) || /^(?:Căn cứ|KẾ HOẠCH|Nơi nhận)/u.test(l) || /[.;:]$/.test(prev) || /^KẾ HOẠCH$/u.test(prev);
    if (starts) out.push(l);
    else out[out.length - 1] = `${prev} ${l}`;
  }
  return out;
}

function run(text, bold) {
  const rPr = bold ? '<w:rPr><w:b/></w:rPr>' : '';
  return `<w:r>${rPr}<w:t xml:space="preserve">${esc(text)}</w:t></w:r>`;
}

function para(text, opts = {}) {
  const pPr = opts.center ? '<w:pPr><w:jc w:val="center"/></w:pPr>' : '';
  // A numbered heading in bold, its text after a colon in plain runs: Word files mix runs like this.
  const m = /^((?:[IVX]+\.|\d+(?:\.\d+)*\.)\s[^:]*:)(.*)$/u.exec(text);
  if (m) return `<w:p>${pPr}${run(m[1], true)}${m[2] ? run(m[2], false) : ''}</w:p>`;
  return `<w:p>${pPr}${run(text, !!opts.bold)}</w:p>`;
}

function cell(paras) {
  return `<w:tc><w:tcPr><w:tcW w:w="4500" w:type="dxa"/></w:tcPr>${paras.map((p) => para(p.text, p)).join('')}</w:tc>`;
}

function headerTable() {
  const left = [{ text: 'SỞ Y TẾ', bold: true, center: true }, { text: 'TỈNH BÀ RỊA - VŨNG TÀU', bold: true, center: true }, { text: 'Số: 245/KH-SYT', center: true }];
  const right = [
    { text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', bold: true, center: true },
    { text: 'Độc lập - Tự do - Hạnh phúc', bold: true, center: true },
  ];
  return `<w:tbl><w:tblPr><w:tblW w:w="9000" w:type="dxa"/></w:tblPr><w:tblGrid><w:gridCol w:w="4500"/><w:gridCol w:w="4500"/></w:tblGrid><w:tr>${cell(left)}${cell(right)}</w:tr></w:tbl>`;
}

async function main() {
  const paras = logicalParagraphs(fs.readFileSync(SRC, 'utf8'));
  const body = [headerTable()];
  for (const p of paras) body.push(para(p, { bold: /^KẾ HOẠCH$/u.test(p), center: /^KẾ HOẠCH$/u.test(p) }));
  // A fixed date keeps the committed file byte-identical when rebuilt.
  const buf = await docxBytes(body.join(''), new Date(Date.UTC(2023, 5, 1)));
  fs.writeFileSync(OUT, buf);
  process.stdout.write(`${path.relative(process.cwd(), OUT)}: ${paras.length} paragraphs, ${buf.length} bytes\n`);
}

main().catch((e) => {
  process.stderr.write(String(e && e.stack ? e.stack : e) + '\n');
  process.exit(1);
});
