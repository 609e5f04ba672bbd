// The package layer's pieces on their own: what each must guarantee whatever the shape of its
// input (chunk boundaries, zip64, names, entities), which the corpus exercises only in passing.
import { UserError } from '../../src/core/errors';
import { crc32 } from '../../src/package/crc32';
import { splitSheet, splitItems } from '../../src/package/sheetStream';
import { StyleBook } from '../../src/package/styleBook';
import { decodeXml, DtdScanner, readRoot, SPREADSHEET_NS, XmlProblem } from '../../src/package/xml';
import { inflateEntry, makeEntry, readZip, unsafeName, writeZip } from '../../src/package/zip';
import { readWorkbook } from '../../src/package';
import { newWorkbook } from '../../src/package/blank';
import * as zlib from 'zlib';

const enc = (s: string) => new TextEncoder().encode(s);
const SRC = { file: 'x.xlsx', app: 'Excel' as const };

/** `s` cut into pieces of `n` characters (the last may be shorter). */
const pieces = (s: string, n: number) => Array.from({ length: Math.ceil(s.length / n) }, (_, i) => s.slice(i * n, i * n + n));

describe('zip', () => {
  test('crc32 agrees with zlib at every length around its 8-byte steps', () => {
    const b = enc('Danh sách đề nghị khen thưởng năm 2024 — Sở Y tế');
    for (let n = 0; n < b.length; n++) expect(crc32(b.subarray(0, n))).toBe(zlib.crc32(Buffer.from(b.subarray(0, n))));
    expect(crc32(b.subarray(9), crc32(b.subarray(0, 9)))).toBe(zlib.crc32(Buffer.from(b)));
  });

  test('names that could climb out or are no part name are unsafe; ordinary part names are not', () => {
    for (const n of ['../a.xml', 'xl/../../a.xml', '/etc/passwd', 'C:/x.xml', 'xl\\sheet.xml', 'xl/./a.xml', '', 'a\0b']) expect([n, unsafeName(n)]).toEqual([n, true]);
    for (const n of ['xl/workbook.xml', '[Content_Types].xml', 'xl/media/ảnh 1.png', 'customXml/item1.xml', 'xl/..x/a.xml']) expect([n, unsafeName(n)]).toEqual([n, false]);
  });

  test('more than 65,535 entries are written with zip64 end records and read back', () => {
    const e = makeEntry('a.xml', enc('<a/>'));
    const many = Array.from({ length: 70000 }, (_, i) => ({ ...e, name: `p/${i}.xml` }));
    const back = readZip(writeZip(many), SRC);
    expect(back).toHaveLength(70000);
    expect(back[69999].name).toBe('p/69999.xml');
    expect(new TextDecoder().decode(inflateEntry(back[69999], SRC))).toBe('<a/>');
  });

  test('the same entries always give the same bytes', () => {
    const entries = () => [makeEntry('a.xml', enc('<a>xin chào</a>')), makeEntry('b.bin', new Uint8Array([1, 2, 3]))];
    expect(Buffer.from(writeZip(entries())).equals(Buffer.from(writeZip(entries())))).toBe(true);
  });

  test('caps: a part past the per-part cap, or parts past the total, are refused from their declared sizes', () => {
    const z = writeZip([makeEntry('a.xml', enc('x'.repeat(5000))), makeEntry('b.xml', enc('y'.repeat(5000)))]);
    expect(() => readZip(z, { ...SRC, limits: { part: 4000, total: 1e9 } })).toThrow(/"a.xml".*vượt giới hạn/);
    expect(() => readZip(z, { ...SRC, limits: { part: 1e9, total: 8000 } })).toThrow(/vượt giới hạn .* tổng cộng/);
    expect(readZip(z, { ...SRC, limits: { part: 5000, total: 10000 } })).toHaveLength(2);
  });
});

describe('xml', () => {
  test('the predefined entities and character references decode; anything else is refused', () => {
    expect(decodeXml('a &amp; b &lt;c&gt; &quot;d&quot; &apos;e&apos; &#7843; &#x1EA1;')).toBe('a & b <c> "d" \'e\' ả ạ');
    for (const bad of ['&lol9;', '&#0;', '&#xD800;', '& b', '&amp']) expect(() => decodeXml(bad)).toThrow(XmlProblem);
  });

  test('a DTD is found wherever the chunks cut it, and nothing else is', () => {
    for (const decl of ['<!DOCTYPE x [<!ENTITY a "b">]>', '<!ENTITY a "b">']) {
      const doc = enc(`<?xml version="1.0"?>\n${decl}<x>&a;</x>`);
      for (let cut = 1; cut < doc.length; cut++) {
        const s = new DtdScanner();
        s.push(doc.subarray(0, cut));
        s.push(doc.subarray(cut));
        expect([decl, cut, s.found]).toEqual([decl, cut, true]);
      }
      const bytewise = new DtdScanner();
      for (const b of doc) bytewise.push(new Uint8Array([b]));
      expect(bytewise.found).toBe(true);
    }
    const clean = new DtdScanner();
    clean.push(enc('<?xml version="1.0"?><!-- Khen thưởng! --><x a="!">Đạt! <![CDATA[x]]></x>'));
    expect(clean.found).toBe(false);
  });

  test('the root names the prefix every element carries, in the Transitional or the Strict namespace', () => {
    expect(readRoot('<?xml version="1.0"?><x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>', 'worksheet', SPREADSHEET_NS).p).toBe('x:');
    expect(readRoot('<worksheet xmlns="http://purl.oclc.org/ooxml/spreadsheetml/main">', 'worksheet', SPREADSHEET_NS).p).toBe('');
    expect(() => readRoot('<x:worksheet xmlns:x="urn:other"/>', 'worksheet', SPREADSHEET_NS)).toThrow(XmlProblem);
  });
});

describe('sheetStream', () => {
  const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const long = 'Phòng Tổ chức cán bộ '.repeat(500);
  const sheet =
    `<?xml version="1.0"?>\n<x:worksheet xmlns:x="${NS}"><x:dimension ref="A1:B3"/><x:sheetData>\n` +
    `<x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>${long}</x:t></x:is></x:c></x:row>\n<x:row r="2"/>` +
    '<x:row r="3"><x:c r="B3"><x:v>7</x:v></x:c></x:row></x:sheetData><x:mergeCells count="1"><x:mergeCell ref="A1:B1"/></x:mergeCells></x:worksheet>';
  /** The events in order ("row:" + row text, "gap:", "head:"), the tail joined into one. */
  const cut = (chunks: string[]) => {
    const out: string[] = [];
    let tail = '';
    splitSheet(chunks, { head: (t) => out.push(`head:${t}`), row: (t) => out.push(`row:${t}`), gap: (t) => out.push(`gap:${t}`), tail: (t) => (tail += t) });
    return [...out, `tail:${tail}`];
  };

  test('the same head, rows and tail however the text is cut (a row longer than a piece included)', () => {
    const whole = cut([sheet]);
    expect(whole.filter((e) => e.startsWith('row:'))).toHaveLength(3);
    expect(whole.map((e) => e.slice(e.indexOf(':') + 1)).join('')).toBe(sheet);
    for (const n of [1, 2, 7, 64, 1000]) expect([n, cut(pieces(sheet, n))]).toEqual([n, whole]);
  });

  test('shared-string items come out whole however the text is cut', () => {
    const sst = `<sst xmlns="${NS}" count="2"><si><t>A</t></si><si><r><t>Nguyễn </t></r><r><rPr><b/></rPr><t>Văn An</t></r></si><si/></sst>`;
    for (const n of [1, 3, 1000]) {
      const items: string[] = [];
      splitItems(pieces(sst, n), 'sst', 'si', (x) => items.push(x));
      expect(items).toEqual(['<si><t>A</t></si>', '<si><r><t>Nguyễn </t></r><r><rPr><b/></rPr><t>Văn An</t></r></si>', '<si/>']);
    }
  });

  test('text in <sheetData> that is no row is refused, not skipped', () => {
    expect(() => cut([sheet.replace('<x:row r="2"/>', '<!-- <x:row r="9"/> -->')])).toThrow(XmlProblem);
  });
});

describe('styles', () => {
  test('a second writer over the first one\'s styles.xml finds every format and adds none', () => {
    const xml = '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="11"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellXfs></styleSheet>';
    const looks = [
      { numFmt: 'dd/mm/yyyy', bold: false, font: null, fill: 'FFEB9C', wrap: true, align: null, border: true },
      { numFmt: null, bold: true, font: { name: 'Times New Roman', size: 13 }, fill: null, wrap: false, align: 'center' as const, border: false },
    ];
    const first = new StyleBook(xml);
    const ids = looks.map((k) => first.id(k));
    const after = first.result()!;
    expect(after).not.toBeNull();
    const second = new StyleBook(after);
    expect(looks.map((k) => second.id(k))).toEqual(ids);
    expect(second.result()).toBeNull();
  });
});

describe('date systems', () => {
  const book = () =>
    newWorkbook({ band: null, sheets: [{ name: 'S', blocks: [{ row: 1, col: 1, values: [[45566]], numberFormats: 'dd/mm/yyyy' }], columnWidths: [10], merges: [], print: { landscape: false, titleRows: null, fitToWidth: false }, font: { name: 'Times New Roman', size: 12 }, freezeRows: 0 }] });
  const withPr = (pr: string) => {
    const entries = readZip(book(), SRC).map((e) => {
      if (e.name !== 'xl/workbook.xml') return e;
      const xml = new TextDecoder().decode(inflateEntry(e, SRC)).replace('<bookViews>', `<workbookPr${pr}/><bookViews>`);
      return makeEntry(e.name, enc(xml));
    });
    return readWorkbook(writeZip(entries), 'd.xlsx').sheets[0].values[0][0] as Date;
  };
  test.each([
    ['', '2024-10-01'],
    [' date1904="0"', '2024-10-01'],
    [' date1904="false"', '2024-10-01'],
    [' date1904="1"', '2028-10-02'],
    [' date1904="true"', '2028-10-02'],
  ])('workbookPr%s: serial 45566 is %s', (pr, iso) => {
    expect(withPr(pr).toISOString().slice(0, 10)).toBe(iso);
  });
});

test('a refusal is a UserError (exit 1), never an internal error', () => {
  expect(() => readZip(enc('PK\u0005\u0006'), SRC)).toThrow(UserError);
});

test('a single row of more than 32 million characters is refused, not held', () => {
  const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const chunk = ' '.repeat(1 << 20);
  function* sheet() {
    yield `<worksheet xmlns="${NS}"><sheetData><row r="1"><c r="A1"><v>1</v></c>`;
    for (let i = 0; i < 40; i++) yield chunk;
    yield '</row></sheetData></worksheet>';
  }
  expect(() => splitSheet(sheet(), { head: () => undefined, row: () => undefined, gap: () => undefined, tail: () => undefined })).toThrow(/dài quá 32 triệu ký tự/);
});
