// `binhxet vanban`: the files it writes, what it says, its JSON contract, its exit codes, and the
// "Thông tin văn bản" sheet across runs (created blank by bình xét, then never written again).
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { INFO_FIELDS } from '../../src/core/text/documents';
import { INFO_SHEET_NAME } from '../../src/core/text/documentsPane';
import { BAND_HEADERS } from '../../src/core/text/workbook';
import { openDocx, ROOT, run, SAMPLE_PLAN, SAMPLE_XLSX, scoredSampleFile, tmpDir } from '../documents/support';

jest.setTimeout(60_000);

/** The part of the sheet named `name` in an .xlsx, as bytes. */
async function sheetPart(file: string, name: string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const wb = await zip.file('xl/workbook.xml')!.async('string');
  const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  const rid = new RegExp(`<sheet [^>]*name="${name}"[^>]*r:id="(rId\\d+)"`).exec(wb)![1];
  const target = new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${rid}"`).exec(rels)![1];
  return zip.file(`xl/${target.replace(/^\/?xl\//, '')}`)!.async('nodebuffer');
}

test('writes the four documents into the folder and says what it wrote, what is missing and what to check', async () => {
  const dir = tmpDir();
  const input = await scoredSampleFile();
  const before = fs.readFileSync(input);
  const r = await run(['vanban', input, '-o', path.join(dir, 'vanban')], dir);
  expect(r.err).toBe('');
  expect(r.code).toBe(0);
  expect(fs.readdirSync(path.join(dir, 'vanban')).sort()).toEqual(['bien-ban.docx', 'chung-nhan.docx', 'quyet-dinh.docx', 'to-trinh.docx']);
  expect(r.out).toContain('18 trường hợp được đề nghị khen thưởng');
  expect(r.out).toContain('chia theo đối tượng (danh sách không có cột hình thức khen thưởng)');
  expect(r.out).toContain(`Đã ghi ${path.join(dir, 'vanban', 'quyet-dinh.docx')} — Quyết định và danh sách kèm theo, 18 trường hợp.`);
  expect(r.out).toMatch(/Còn thiếu \d+ thông tin .*Số quyết định/);
  expect(r.out).toContain('Dòng 33 ("Phạm Thu Hà") còn "Đồng hạng tại ngưỡng"');
  // The workbook is only read.
  expect(fs.readFileSync(input).equals(before)).toBe(true);
  const qd = await openDocx(fs.readFileSync(path.join(dir, 'vanban', 'quyet-dinh.docx')));
  expect(qd.text).toContain('QUYẾT ĐỊNH');
});

test('--json gives the contract: {documents: [{kind, file, rows}], missing: [field]}', async () => {
  const dir = tmpDir();
  const r = await run(['vanban', await scoredSampleFile(), '-o', dir, '--json'], dir);
  expect(r.code).toBe(0);
  const j = JSON.parse(r.out);
  expect(j.documents.map((d: { kind: string; rows: number }) => [d.kind, d.rows])).toEqual([
    ['to-trinh', 18],
    ['bien-ban', 18],
    ['quyet-dinh', 18],
    ['chung-nhan', 18],
  ]);
  for (const d of j.documents) expect(fs.existsSync(d.file)).toBe(true);
  expect(j.missing).toEqual(expect.arrayContaining(['Số quyết định', 'Ngày quyết định', 'Người ký quyết định']));
  expect(j.missing.every((m: string) => Object.values(INFO_FIELDS).some((f) => f.label === m))).toBe(true);
  expect(j.grouping).toBe('kind');
  expect(Array.isArray(j.warnings)).toBe(true);
});

test('what the secretary typed in "Thông tin văn bản" reaches the documents, and a new bình xét keeps the sheet byte for byte', async () => {
  const dir = tmpDir();
  const scored = await scoredSampleFile();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(scored);
  const ws = wb.getWorksheet(INFO_SHEET_NAME)!;
  expect(ws).toBeDefined();
  const put = (label: string, v: ExcelJS.CellValue) => {
    let found = false;
    ws.eachRow((row) => {
      if (row.getCell(1).value === label) {
        row.getCell(2).value = v;
        found = true;
      }
    });
    expect(found).toBe(true);
  };
  put(INFO_FIELDS.qdNumber.label, '7/QĐ-SYT');
  // A real date cell, as Excel stores a typed date.
  put(INFO_FIELDS.qdDate.label, new Date(Date.UTC(2024, 11, 5)));
  put(INFO_FIELDS.place.label, 'Sông Lam');
  // The council's decision over a tie, in the result column.
  const list = wb.getWorksheet('Danh sách đề nghị')!;
  const statusCol = (list.getRow(7).values as unknown[]).indexOf(BAND_HEADERS.status);
  list.getRow(33).getCell(statusCol).value = 'Hội đồng đề nghị';
  const filled = path.join(dir, 'da-dien.xlsx');
  await wb.xlsx.writeFile(filled);

  const r = await run(['vanban', filled, '-o', path.join(dir, 'out')], dir);
  expect(r.code).toBe(0);
  const qd = await openDocx(fs.readFileSync(path.join(dir, 'out', 'quyet-dinh.docx')));
  expect(qd.text).toContain('Số: 07/QĐ-SYT');
  expect(qd.text).toContain('Sông Lam, ngày 05 tháng 12 năm 2024');
  expect(qd.text).toContain('Phạm Thu Hà');
  expect(r.out).not.toContain('Số quyết định;');

  // Bình xét again over the filled workbook: the sheet is not rewritten, the council's mark stays.
  const again = path.join(dir, 'lai.xlsx');
  expect((await run(['score', filled, '--plan', SAMPLE_PLAN, '-o', again], dir)).code).toBe(0);
  expect((await sheetPart(again, INFO_SHEET_NAME)).equals(await sheetPart(filled, INFO_SHEET_NAME))).toBe(true);
  const wb2 = new ExcelJS.Workbook();
  await wb2.xlsx.readFile(again);
  expect(wb2.getWorksheet('Danh sách đề nghị')!.getRow(33).getCell(statusCol).value).toBe('Hội đồng đề nghị');
  // The same run again gives the same bytes.
  const twice = path.join(dir, 'lai2.xlsx');
  await run(['score', filled, '--plan', SAMPLE_PLAN, '-o', twice], dir);
  expect(fs.readFileSync(twice).equals(fs.readFileSync(again))).toBe(true);
});

test('an unscored list with --plan: the engine\'s own proposals, said so', async () => {
  const dir = tmpDir();
  const r = await run(['vanban', SAMPLE_XLSX, '--plan', SAMPLE_PLAN, '-o', dir, '--json'], dir);
  expect(r.code).toBe(0);
  const j = JSON.parse(r.out);
  expect(j.documents[2].rows).toBe(18);
  expect(j.warnings.join('\n')).toContain('chưa có cột "Bình Xét: Kết quả"');
  expect(j.warnings.join('\n')).toContain(`chưa có trang "${INFO_SHEET_NAME}"`);
});

test.each([
  [['vanban'], 'Thiếu tệp danh sách .xlsx'],
  [['vanban', 'a.xlsx'], 'Thiếu thư mục ghi văn bản'],
  [['vanban', 'a.txt', '-o', 'x'], 'không phải tệp .xlsx'],
  [['vanban', 'khong-co.xlsx', '-o', 'x'], 'khong-co.xlsx'],
  [['vanban', SAMPLE_XLSX, '-o', 'x'], 'Không có kế hoạch để lập văn bản'],
  [['vanban', SAMPLE_XLSX, '-o', 'x', '--bogus'], 'Tùy chọn không hợp lệ: --bogus'],
])('%j: exit 1 with a Vietnamese message and no stack trace', async (args, msg) => {
  const dir = tmpDir();
  const r = await run(args as string[], dir);
  expect(r.code).toBe(1);
  expect(r.err).toContain(msg);
  expect(r.err).not.toMatch(/\n\s+at /);
  expect(fs.readdirSync(dir)).toEqual([]);
});

test('a certificate template that is not a .docx is refused, naming the file', async () => {
  const dir = tmpDir();
  fs.writeFileSync(path.join(dir, 'mau.docx'), 'không phải docx');
  const r = await run(['vanban', await scoredSampleFile(), '-o', path.join(dir, 'out'), '--template', 'mau.docx'], dir);
  expect(r.code).toBe(1);
  expect(r.err).toContain('Không dùng được mẫu giấy khen "mau.docx"');
});

test('the command is in the usage text', async () => {
  const r = await run(['--help'], ROOT);
  expect(r.out).toContain('binhxet vanban');
});
