// Shared by the documents tests: the bundled sample scored as `binhxet score` writes it (read back
// with the CLI's reader), cell edits on the sheets as a secretary would make them, and a generated
// .docx opened the way a reader would — its XML parts unzipped, its text through mammoth.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { main, type Io } from '../../src/cli/main';
import { readSheets } from '../../src/cli/vanbanCommand';
import type { CellValue, SheetData } from '../../src/workbook/model';
import { parseRef } from '../../src/workbook/a1';
import { cellText } from '../../src/workbook/cell';
import { INFO_FIELDS, type InfoKey } from '../../src/core/text/documents';
import { INFO_SHEET_NAME } from '../../src/core/text/documentsPane';

export const ROOT = path.join(__dirname, '../..');
export const SAMPLE_XLSX = path.join(ROOT, 'assets/samples/danh-sach-de-nghi-mau.xlsx');
export const SAMPLE_PLAN = path.join(ROOT, 'assets/samples/ke-hoach-mau.txt');
export const SAMPLE_SHEET = 'Danh sách đề nghị';

export function tmpDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'bx-vanban-'));
}

export async function run(args: string[], cwd: string): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: Io = { out: (s) => (out += s), err: (s) => (err += s), cwd };
  const code = await main(args, io);
  return { code, out, err };
}

let scored: string | null = null;

/** The sample scored by the CLI (once per test file): the file's path. */
export async function scoredSampleFile(): Promise<string> {
  if (scored) return scored;
  const out = path.join(tmpDir(), 'ketqua.xlsx');
  const r = await run(['score', SAMPLE_XLSX, '--plan', SAMPLE_PLAN, '-o', out], ROOT);
  if (r.code !== 0) throw new Error(r.err);
  scored = out;
  return out;
}

/** The scored sample's sheets as the CLI reads them (a fresh copy each call, to edit freely). */
export async function scoredSample(): Promise<SheetData[]> {
  return readSheets(await scoredSampleFile());
}

/** Sets one cell (A1 reference) of a sheet, growing the grid as needed. */
export function setCell(sheets: SheetData[], sheet: string, ref: string, value: CellValue): void {
  const s = sheets.find((x) => x.name === sheet);
  const at = parseRef(ref);
  if (!s || !at) throw new Error(`no ${sheet}!${ref}`);
  while (s.values.length < at.row) s.values.push([]);
  const row = s.values[at.row - 1];
  while (row.length < at.col) row.push(null);
  row[at.col - 1] = value;
}

/** The column letter-free way to edit a nominee's result: the row whose column B holds `name`. */
export function rowOf(sheets: SheetData[], name: string): number {
  const s = sheets.find((x) => x.name === SAMPLE_SHEET)!;
  const i = s.values.findIndex((r) => cellText(r?.[1]) === name);
  if (i < 0) throw new Error(`no row for ${name}`);
  return i + 1;
}

/** The column (1-based) of a header text on the sample's header row (7). */
export function colOf(sheets: SheetData[], header: string): number {
  const s = sheets.find((x) => x.name === SAMPLE_SHEET)!;
  const c = s.values[6].findIndex((v) => cellText(v) === header);
  if (c < 0) throw new Error(`no column ${header}`);
  return c + 1;
}

/** Types values into the "Thông tin văn bản" sheet, next to their labels, as the secretary does. */
export function fillInfo(sheets: SheetData[], values: Partial<Record<InfoKey, CellValue>>): void {
  const s = sheets.find((x) => x.name === INFO_SHEET_NAME);
  if (!s) throw new Error('no info sheet');
  for (const [k, v] of Object.entries(values)) {
    const label = INFO_FIELDS[k as InfoKey].label;
    const i = s.values.findIndex((r) => cellText(r?.[0]) === label);
    if (i < 0) throw new Error(`no row for ${label}`);
    while (s.values[i].length < 2) s.values[i].push(null);
    s.values[i][1] = v;
  }
}

/** A complete sheet for the tests that want no placeholder. */
export const FULL_INFO: Partial<Record<InfoKey, CellValue>> = {
  parent: 'UBND TỈNH SÔNG LAM',
  issuer: 'SỞ Y TẾ',
  place: 'Sông Lam',
  drafter: 'VP',
  planNumber: '125/KH-SYT',
  planDate: '15/03/2024',
  form: 'Giấy khen của Giám đốc Sở Y tế',
  ttNumber: '12/TTr-HĐTĐKT',
  ttDate: '21/11/2024',
  ttSigner: 'Trần Quang Khải',
  bbNumber: '3/BB-HĐTĐKT',
  bbDate: '20/11/2024',
  bbTime: '14 giờ 00',
  bbEnd: '16 giờ 30',
  bbVenue: 'Phòng họp tầng 2, Sở Y tế',
  bbChair: 'Trần Quang Khải',
  bbChairTitle: 'Giám đốc Sở, Chủ tịch Hội đồng',
  bbSecretary: 'Nguyễn Thị Thu',
  bbSecretaryTitle: 'Chuyên viên Văn phòng Sở',
  bbMembers: 9,
  bbPresent: 'Trần Quang Khải, Giám đốc Sở\nĐoàn Văn Sáng, Chánh Văn phòng\nLê Thị Hoa, Trưởng phòng Tổ chức\nPhạm Văn Đông, Chủ tịch Công đoàn ngành\nVõ Thị Mai, Trưởng phòng Nghiệp vụ Y\nHồ Văn Tâm, Trưởng phòng Kế hoạch - Tài chính\nNguyễn Thị Thu, Chuyên viên',
  bbAbsent: 'Bùi Văn Nam, Phó Giám đốc Sở (đi công tác)',
  qdNumber: '5/QĐ-SYT',
  qdDate: '05/02/2025',
  qdSignerTitle: 'GIÁM ĐỐC',
  qdSigner: 'Trần Quang Khải',
};

export interface OpenedDocx {
  /** word/document.xml */
  xml: string;
  styles: string;
  /** Header parts by file name (header1.xml …). */
  headers: Record<string, string>;
  /** The text as a reader sees it (mammoth), paragraphs on their own lines. */
  text: string;
}

export async function openDocx(bytes: Uint8Array): Promise<OpenedDocx> {
  const zip = await JSZip.loadAsync(bytes);
  const part = async (p: string) => (await zip.file(p)?.async('string')) ?? '';
  const headers: Record<string, string> = {};
  for (const name of Object.keys(zip.files).filter((n) => /^word\/header\d*\.xml$/.test(n))) headers[name.slice(5)] = await part(name);
  const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
  return { xml: await part('word/document.xml'), styles: await part('word/styles.xml'), headers, text: value };
}

/** The text of each table row of the document (cells joined with " | "), top-level and nested alike. */
export function tableRows(xml: string): string[][] {
  const rows: string[][] = [];
  for (const tr of xml.matchAll(/<w:tr\b[\s\S]*?<\/w:tr>/g)) {
    const cells = [...tr[0].matchAll(/<w:tc\b[\s\S]*?<\/w:tc>/g)].map((tc) =>
      [...tc[0].matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => unescape(m[1])).join(''),
    );
    rows.push(cells);
  }
  return rows;
}

/** The XML text of one paragraph containing `text` (its properties and runs), or ''. */
export function paragraphWith(xml: string, text: string): string {
  for (const p of xml.matchAll(/<w:p\b[\s\S]*?<\/w:p>/g)) {
    const t = [...p[0].matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => unescape(m[1])).join('');
    if (t.includes(text)) return p[0];
  }
  return '';
}

function unescape(s: string): string {
  return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}
