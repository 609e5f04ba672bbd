// `binhxet score` writes its result by patching the user's package: what it does not write must
// come out byte for byte (charts, comments… that a rebuild would drop), what it writes must follow
// the format (element order, no formulas), and the same input must give the same bytes.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { main, type Io } from '../../src/cli/main';
import { openWorkbookFile } from '../../src/cli/workbookFile';
import { UserError } from '../../src/core/errors';
import { readWorkbook, writeWorkbook } from '../../src/package';
import { inflateEntry, makeEntry, readZip, writeZip } from '../../src/package/zip';
import { SHEET_PICK_TEXT } from '../../src/core/text/package';
// The sample holds two lists (the nominations and the TDKT functions' demo copy): the command line
// says which it scored, on stderr and in the JSON warnings.
const SAMPLE_NOTE = SHEET_PICK_TEXT.note(SHEET_PICK_TEXT.several('Danh sách đề nghị', ['Hàm TDKT'])) + '\n';


const ROOT = path.join(__dirname, '../..');
const SAMPLE_XLSX = path.join(ROOT, 'assets/samples/danh-sach-de-nghi-mau.xlsx');
const SAMPLE_PLAN = path.join(ROOT, 'assets/samples/ke-hoach-mau.txt');

async function run(args: string[], cwd: string): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: Io = { out: (s) => (out += s), err: (s) => (err += s), cwd };
  const code = await main(args, io);
  return { code, out, err };
}

const COMMENTS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>Thư ký</author></authors><commentList><comment ref="B4" authorId="0"><text><r><rPr><b/><sz val="9"/><color indexed="81"/><rFont val="Tahoma"/></rPr><t>Thư ký:</t></r><r><rPr><sz val="9"/><rFont val="Tahoma"/></rPr><t xml:space="preserve"> kiểm tra lại hồ sơ</t></r></text></comment></commentList></comments>';
const VML =
  '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><v:shape id="_x0000_s1025" type="#_x0000_t202" style="position:absolute;visibility:hidden"><x:ClientData ObjectType="Note"><x:Row>3</x:Row><x:Column>1</x:Column></x:ClientData></v:shape></xml>';
const CHART =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart><c:plotArea><c:layout/></c:plotArea></c:chart></c:chartSpace>';

/** The sample workbook with a comment (and its VML shape) on the nominations sheet and a chart part. */
async function withExtraParts(file: string): Promise<void> {
  const zip = await JSZip.loadAsync(fs.readFileSync(SAMPLE_XLSX));
  const wbRels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  const wb = await zip.file('xl/workbook.xml')!.async('string');
  const rid = /<sheet [^>]*name="Danh sách đề nghị"[^>]*r:id="(rId\d+)"/.exec(wb)?.[1] ?? /<sheet [^>]*r:id="(rId\d+)"/.exec(wb)![1];
  const target = new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${rid}"`).exec(wbRels)!;
  const sheetPath = 'xl/' + (target[1] ?? target[2]).replace(/^\/?xl\//, '');
  const sheetName = sheetPath.split('/').pop()!;
  const relsPath = `xl/worksheets/_rels/${sheetName}.rels`;
  let rels = zip.file(relsPath) ? await zip.file(relsPath)!.async('string') : '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
  rels = rels.replace(
    '</Relationships>',
    '<Relationship Id="rIdC9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="../comments1.xml"/>' +
      '<Relationship Id="rIdV9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing" Target="../drawings/vmlDrawing1.vml"/></Relationships>',
  );
  zip.file(relsPath, rels);
  let sheet = await zip.file(sheetPath)!.async('string');
  if (!/xmlns:r=/.test(sheet)) sheet = sheet.replace('<worksheet ', '<worksheet xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ');
  sheet = sheet.replace('</worksheet>', '<legacyDrawing r:id="rIdV9"/></worksheet>');
  zip.file(sheetPath, sheet);
  zip.file('xl/comments1.xml', COMMENTS);
  zip.file('xl/drawings/vmlDrawing1.vml', VML);
  zip.file('xl/charts/chart1.xml', CHART);
  let ct = await zip.file('[Content_Types].xml')!.async('string');
  ct = ct.replace(
    '</Types>',
    '<Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/>' +
      '<Override PartName="/xl/comments1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"/>' +
      '<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/></Types>',
  );
  zip.file('[Content_Types].xml', ct);
  fs.writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
}

async function parts(file: string): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const out = new Map<string, Buffer>();
  for (const [name, f] of Object.entries(zip.files)) if (!f.dir) out.set(name, await f.async('nodebuffer'));
  return out;
}

describe('binhxet score patches the package', () => {
  let dir: string;
  let input: string;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bx-patch-'));
    input = path.join(dir, 'ds.xlsx');
    await withExtraParts(input);
  });

  test('parts exceljs does not model (comments, VML, a chart) and untouched parts come out byte for byte', async () => {
    const out = path.join(dir, 'out.xlsx');
    const r = await run(['score', input, '--plan', SAMPLE_PLAN, '-o', out], dir);
    expect(r.err).toBe(SAMPLE_NOTE);
    expect(r.code).toBe(0);
    const before = await parts(input);
    const after = await parts(out);
    for (const p of ['xl/comments1.xml', 'xl/drawings/vmlDrawing1.vml', 'xl/charts/chart1.xml', 'xl/theme/theme1.xml', 'xl/sharedStrings.xml', 'docProps/core.xml']) {
      if (!before.has(p)) continue;
      expect(after.get(p)?.equals(before.get(p)!)).toBe(true);
    }
    const rels = [...before.keys()].find((p) => /worksheets\/_rels\/.*\.rels$/.test(p) && before.get(p)!.toString().includes('comments1.xml'))!;
    expect(after.get(rels)?.equals(before.get(rels)!)).toBe(true);
    // The sheet kept its legacy drawing link, and no cell became a formula.
    const sheetXml = [...after.entries()].find(([p, b]) => p.startsWith('xl/worksheets/sheet') && b.toString().includes('legacyDrawing'))![1].toString();
    expect(sheetXml).toContain('<legacyDrawing r:id="rIdV9"/>');
    const fBefore = [...before.entries()].filter(([p]) => p.startsWith('xl/worksheets/sheet')).reduce((n, [, b]) => n + (b.toString().match(/<f[\s>]/g) ?? []).length, 0);
    const fAfter = [...after.entries()].filter(([p]) => p.startsWith('xl/worksheets/sheet')).reduce((n, [, b]) => n + (b.toString().match(/<f[\s>]/g) ?? []).length, 0);
    expect(fAfter).toBe(fBefore);
  });

  test('the result opens in exceljs with the band and the owned sheets, elements in schema order', async () => {
    const out = path.join(dir, 'out2.xlsx');
    expect((await run(['score', input, '--plan', SAMPLE_PLAN, '-o', out], dir)).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const names = wb.worksheets.map((w) => w.name);
    expect(names.filter((n) => n.startsWith('BX ')).length).toBeGreaterThan(0);
    const after = await parts(out);
    const ORDER = ['sheetPr', 'dimension', 'sheetViews', 'sheetFormatPr', 'cols', 'sheetData', 'mergeCells', 'dataValidations', 'pageMargins', 'pageSetup', 'legacyDrawing'];
    for (const [p, b] of after) {
      if (!/^xl\/worksheets\/sheet\d+\.xml$/.test(p)) continue;
      const xml = b.toString();
      const at = ORDER.map((t) => xml.search(new RegExp(`<${t}[\\s>/]`))).filter((i) => i >= 0);
      expect(at).toEqual([...at].sort((x, y) => x - y));
    }
  });

  test('scoring twice gives the same bytes; a second run over the result replaces the owned sheets', async () => {
    const a = path.join(dir, 'a.xlsx');
    const b = path.join(dir, 'b.xlsx');
    await run(['score', input, '--plan', SAMPLE_PLAN, '-o', a], dir);
    await run(['score', input, '--plan', SAMPLE_PLAN, '-o', b], dir);
    expect(fs.readFileSync(a).equals(fs.readFileSync(b))).toBe(true);
    const c = path.join(dir, 'c.xlsx');
    expect((await run(['score', a, '--plan', SAMPLE_PLAN, '-o', c], dir)).code).toBe(0);
    const wbA = new ExcelJS.Workbook();
    await wbA.xlsx.readFile(a);
    const wbC = new ExcelJS.Workbook();
    await wbC.xlsx.readFile(c);
    expect(wbC.worksheets.map((w) => w.name)).toEqual(wbA.worksheets.map((w) => w.name));
    const cParts = await parts(c);
    expect([...cParts.keys()].filter((p) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p)).length).toBe(wbC.worksheets.length);
    // Every part the content types and the workbook's relationships name is there (Excel repairs a file otherwise).
    const ct = cParts.get('[Content_Types].xml')!.toString();
    for (const m of ct.matchAll(/PartName="\/([^"]+)"/g)) expect([m[1], cParts.has(m[1])]).toEqual([m[1], true]);
    const rels = cParts.get('xl/_rels/workbook.xml.rels')!.toString();
    for (const m of rels.matchAll(/Target="([^"]+)"/g)) {
      const target = m[1].startsWith('/') ? m[1].slice(1) : `xl/${m[1]}`;
      expect([target, cParts.has(target)]).toEqual([target, true]);
    }
  });
});

describe('sheet size limit', () => {
  test('a sheet beyond the limit is refused with a Vietnamese message naming the sheet, the rows and the limit', async () => {
    let err: unknown = null;
    try {
      openWorkbookFile(SAMPLE_XLSX, { maxRows: 5 });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(UserError);
    const msg = (err as Error).message;
    expect(msg).toContain('danh-sach-de-nghi-mau.xlsx');
    expect(msg).toContain('vượt giới hạn 5 dòng');
    expect(msg).toContain('tách danh sách');
  });
  test('a sheet within the limit is read', async () => {
    const wb = openWorkbookFile(SAMPLE_XLSX, { maxRows: 1000 });
    expect(wb.sheets.length).toBeGreaterThan(0);
  });
});

describe('owned sheets written into the package', () => {
  test('print setup, frozen rows, validations, merges, row heights and widths reach Excel readers', async () => {
    const { pkg } = readWorkbook(new Uint8Array(fs.readFileSync(SAMPLE_XLSX)), 'mau.xlsx');
    const bytes = writeWorkbook(pkg, {
      band: null,
      sheets: [
        {
          name: "BX Thử 'nháp' 2",
          blocks: [
            { row: 1, col: 1, values: [['TIÊU ĐỀ']], bold: true, align: 'center' },
            { row: 3, col: 1, values: [['STT', 'Tên', 'Điểm'], [1, '=HYPERLINK("http://x")', 0.5], [2, '  cách  ', null]], numberFormats: [['', '', ''], ['', '', '0%'], ['', '', '']], fills: [null, 'FFF2CC', null], border: true },
          ],
          columnWidths: [6, 30, 10],
          merges: ['A1:C1'],
          print: { landscape: false, titleRows: '3:3', fitToWidth: true },
          font: { name: 'Times New Roman', size: 13 },
          freezeRows: 3,
          validations: [{ range: 'C4:C5', min: 0, max: 10, message: 'Điểm từ 0 đến 10' }],
          rowHeights: [null, 30],
        },
      ],
    });
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bx-owned-')), 'o.xlsx');
    fs.writeFileSync(file, bytes);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.getWorksheet("BX Thử 'nháp' 2")!;
    expect(ws).toBeDefined();
    expect(ws.getCell('B4').value).toBe('=HYPERLINK("http://x")');
    expect(ws.getCell('B4').type).toBe(ExcelJS.ValueType.String);
    expect(ws.getCell('B5').value).toBe('  cách  ');
    expect(ws.getCell('C4').numFmt).toBe('0%');
    expect(ws.getCell('A1').font?.bold).toBe(true);
    expect(ws.getCell('A3').font?.name).toBe('Times New Roman');
    expect((ws.getCell('A4').fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFFF2CC');
    expect(ws.getColumn(2).width).toBe(30);
    expect(ws.getCell('A1').alignment?.horizontal).toBe('center');
    expect(ws.getCell('B5').border?.bottom?.style).toBe('thin');
    expect(ws.getCell('A1').border?.bottom).toBeUndefined();
    expect(ws.getRow(2).height).toBe(30);
    expect((ws.model as unknown as { merges: string[] }).merges).toEqual(['A1:C1']);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect(ws.pageSetup.printTitlesRow).toBe('3:3');
    const dv = (ws as unknown as { dataValidations: { model: Record<string, { type: string; formulae: unknown[] }> } }).dataValidations.model;
    const rule = Object.values(dv)[0];
    expect(rule).toMatchObject({ type: 'decimal' });
    expect(rule.formulae.map(Number)).toEqual([0, 10]);
    // The user's sheets are still there, first and in order.
    const before = new ExcelJS.Workbook();
    await before.xlsx.readFile(SAMPLE_XLSX);
    expect(wb.worksheets.slice(0, before.worksheets.length).map((w) => w.name)).toEqual(before.worksheets.map((w) => w.name));
  });
});

describe('zip reader/writer', () => {
  test('a corrupt part is detected by its CRC, not returned as data', async () => {
    const src = { file: 'x.xlsx', app: 'Excel' as const };
    const enc = (t: string) => new TextEncoder().encode(t);
    const zip = writeZip([makeEntry('a.xml', enc('<a>xin chào</a>')), makeEntry('b.xml', enc('x'.repeat(1000)))]);
    const entries = readZip(zip, src);
    expect(entries.map((e) => new TextDecoder().decode(inflateEntry(e, src)))).toEqual(['<a>xin chào</a>', 'x'.repeat(1000)]);
    const bad = Buffer.from(zip);
    const e = readZip(bad, src)[1];
    const at = bad.indexOf(Buffer.from(e.data));
    bad[at + 1] ^= 0xff;
    expect(() => inflateEntry(readZip(bad, src)[1], src)).toThrow(UserError);
  });
});

describe('styles.xml additions', () => {
  test('every list we append to keeps a count equal to its items', async () => {
    const { pkg } = readWorkbook(new Uint8Array(fs.readFileSync(SAMPLE_XLSX)), 'mau.xlsx');
    const bytes = writeWorkbook(pkg, {
      band: null,
      sheets: [
        {
          name: 'BX Đếm',
          blocks: [{ row: 1, col: 1, values: [['a', 1]], bold: true, border: true, fills: ['DDEEFF'], numberFormats: '0.0##' }],
          columnWidths: [10],
          merges: [],
          print: { landscape: true, titleRows: null, fitToWidth: false },
          font: { name: 'Times New Roman', size: 12 },
          freezeRows: 0,
        },
      ],
    });
    const src = { file: 'x.xlsx', app: 'Excel' as const };
    const styles = new TextDecoder().decode(inflateEntry(readZip(bytes, src).find((e) => e.name === pkg.stylesPath)!, src));
    for (const [list, item] of [['numFmts', 'numFmt'], ['fonts', 'font'], ['fills', 'fill'], ['borders', 'border'], ['cellXfs', 'xf']]) {
      const body = new RegExp(`<${list}\\b[^>]*count="(\\d+)"[^>]*>([\\s\\S]*?)</${list}>`).exec(styles)!;
      expect([list, Number(body[1])]).toEqual([list, (body[2].match(new RegExp(`<${item}[\\s>/]`, 'g')) ?? []).length]);
    }
  });
});

describe('damaged sheet XML on the patch path (found by fuzzing)', () => {
  // A sheet whose row tags were cut leaves rows without a readable r= or without </row>: the
  // package layer refuses it (or reads rows without r= as the format defines), never an internal error.
  async function damaged(edit: (xml: string) => string): Promise<string> {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bx-damaged-'));
    const zip = await JSZip.loadAsync(fs.readFileSync(path.join(ROOT, 'test/fixtures/malformed/formula-errors.xlsx')));
    const sheet = 'xl/worksheets/sheet1.xml';
    zip.file(sheet, edit(await zip.file(sheet)!.async('string')));
    const file = path.join(dir, 'in.xlsx');
    fs.writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer' }));
    return file;
  }
  const plan = path.join(ROOT, 'test/fixtures/malformed/plan.txt');

  for (const [what, edit] of [
    ['a row whose r= is damaged', (x: string) => x.replace(/(<row[^>]*?\sr=")(\d+)(")/g, (m, a, n, b, off) => (off > 0 && n === '6' ? `${a}x${b}` : m))],
    ['a row whose closing tag was cut', (x: string) => x.replace(/<\/row>(?![\s\S]*<\/row>)/, '')],
    ['rows without r= (counted as the format defines)', (x: string) => x.replace(/(<row[^>]*?)\sr="\d+"/g, '$1')],
  ] as [string, (x: string) => string][]) {
    it(`${what}: exit 0 or 1, never an internal error`, async () => {
      const file = await damaged(edit);
      const out = path.join(path.dirname(file), 'out.xlsx');
      const r = await run(['score', file, '--plan', plan, '--json', '-o', out], path.dirname(file));
      expect([0, 1]).toContain(r.code);
      expect(r.err).not.toMatch(/Lỗi nội bộ|\n\s+at /);
    });
  }
});
