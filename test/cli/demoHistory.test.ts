// `binhxet demo --lich-su`: the second bundled sample (scripts/make-sample-history.js), whose list
// names each nominee's award form and whose workbook keeps a 2021–2023 award history with gaps.
// What a secretary sees on it: the form in the result band, section V of "BX Tổng hợp", one part of
// "BX Đề nghị" per form, the history reasons naming the years and the law, "đạt khen cao", the
// statistics sheet; then --ghi-lich-su on the result, and `vanban` with the Quyết định's lists per form.
//
// Every expected count is derived from the golden file the script writes beside the sample: the
// outcomes worked out by hand for each row and the history rows as written, never the program's output.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { DEMO_HISTORY_OUTPUT, SAMPLE_HISTORY_WORKBOOK, SAMPLE_PLAN } from '../../src/cli/demoCommand';
import { readPlanFile } from '../../src/plan/index';
import { matchForm } from '../../src/core/forms/match';
import { FORM_TEXT } from '../../src/core/text/forms';
import { KIND_LABEL } from '../../src/core/text/status';
import { OWNED_SHEETS } from '../../src/core/text/workbook';
import { HISTORY_CLI_TEXT, HISTORY_SHEET_NAME, HISTORY_SOURCE_TEXT, HISTORY_STATS_SHEET, STATS_TEXT } from '../../src/core/text/history';
import { DOC, QUYET_DINH } from '../../src/core/text/documents';
import { changedCells, fingerprintFile } from '../support/fingerprint';
import { openDocx, run } from '../documents/support';

jest.setTimeout(120_000);

type Kind = 'collective' | 'individual';
interface Expected {
  row: number;
  name: string;
  unit: string;
  kind: Kind;
  form: string;
  movementIndex: number;
  status: string;
  rank?: number;
  highForm: boolean;
  history?: 'ok' | 'review';
  years?: number[];
  missing?: number[];
  initiatives?: number;
  renamedFrom?: string;
  withAlias?: { status: string; rank: number; years: number[] };
  d22Missing?: number[];
}
interface HistoryRow { name: string; unit: string; kind: Kind; year: number; form: string; decision: string; initiatives: number | null }
interface Golden { plan: string; workbook: string; sheet: string; headerRow: number; historyHeaderRow: number; year: number; renamed: { from: string; to: string }; nominations: Expected[]; history: HistoryRow[] }

const ROOT = path.join(__dirname, '../..');
const golden: Golden = JSON.parse(fs.readFileSync(path.join(__dirname, 'golden/sample-history.json'), 'utf8'));
const PLAN = path.join(ROOT, SAMPLE_PLAN);
const proposed = golden.nominations.filter((n) => n.status === 'selected');
const years = (ys: number[]) => ys.join(', ');
/** The one reason line of a rule: it cites its source after " — theo ". */
const ruleLine = (reasons: string[]) => reasons.find((r) => r.includes(' — theo '));

function count<T>(xs: T[], key: (x: T) => string): Map<string, number> {
  const m = new Map<string, number>();
  for (const x of xs) m.set(key(x), (m.get(key(x)) ?? 0) + 1);
  return m;
}

/** A sheet's rows as plain values (formula results, rich text joined), 1-based rows kept as indexes. */
async function sheetRows(file: string, name: string): Promise<unknown[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  const rows: unknown[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    rows[r] = ((row.values as unknown[]) ?? []).slice(1).map((v) => {
      if (v && typeof v === 'object' && 'result' in v) return (v as { result: unknown }).result;
      if (v && typeof v === 'object' && 'richText' in v) return (v as { richText: { text: string }[] }).richText.map((t) => t.text).join('');
      return v;
    });
  });
  return rows;
}

let dir: string;
let result: string;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bx-demo-lichsu-'));
  const r = await run(['demo', '--lich-su'], dir);
  if (r.code !== 0) throw new Error(r.err);
  result = path.join(dir, DEMO_HISTORY_OUTPUT);
});

describe('binhxet demo --lich-su', () => {
  it('writes binhxet-demo-lichsu-ketqua.xlsx, says how much history it read, and leaves the sample and its cells as they were', async () => {
    const d = fs.mkdtempSync(path.join(os.tmpdir(), 'bx-demo-lichsu-'));
    const sample = path.join(ROOT, SAMPLE_HISTORY_WORKBOOK);
    const before = fs.readFileSync(sample);
    const r = await run(['demo', '--lich-su'], d);
    expect([r.code, r.err]).toEqual([0, '']);
    expect(r.out).toContain(HISTORY_CLI_TEXT.read(golden.history.length, [HISTORY_SHEET_NAME]));
    expect(r.out).toContain(`Bình xét trang "${golden.sheet}" (tiêu đề ở dòng ${golden.headerRow}): ${golden.nominations.length} trường hợp.`);
    expect(fs.readFileSync(sample).equals(before)).toBe(true);
    expect(changedCells(await fingerprintFile(sample), await fingerprintFile(path.join(d, DEMO_HISTORY_OUTPUT)))).toEqual([]);
    // The run creates the documents' sheet and the statistics; the sample has neither.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(sample);
    expect(wb.worksheets.map((w) => w.name)).toEqual([golden.sheet, HISTORY_SHEET_NAME]);
  });

  it('--gop and --lich-su are two different samples', async () => {
    const r = await run(['demo', '--gop', '--lich-su'], dir);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^Lỗi: Chọn một trong hai: --gop .* hoặc --lich-su/);
  });

  it('--json: each row\'s form, outcome and "đạt khen cao" as worked out by hand', async () => {
    const r = await run(['demo', '--lich-su', '--json'], dir);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    // The rank where the hand-worked outcome fixes one (late, ineligible and review rows have none to check).
    const byRow = new Map<number, Record<string, unknown>>(j.nominations.map((n: { row: number }) => [n.row, n]));
    const got = golden.nominations.map((e) => {
      const n = byRow.get(e.row) ?? {};
      return { row: n.row, name: n.name, form: n.form, status: n.status, highForm: n.highForm === true, ...(e.rank ? { rank: n.rank } : {}) };
    });
    const want = golden.nominations.map((e) => ({ row: e.row, name: e.name, form: e.form, status: e.status, highForm: e.highForm, ...(e.rank ? { rank: e.rank } : {}) }));
    expect(j.nominations).toHaveLength(golden.nominations.length);
    expect(got).toEqual(want);
    expect(golden.nominations.some((e) => e.highForm)).toBe(true);
    expect(j.history).toMatchObject({ sources: [HISTORY_SHEET_NAME], records: golden.history.length });
  });

  it('the Bằng khen rows give the years found and missing and cite Điều 74 of the Law', async () => {
    const j = JSON.parse((await run(['demo', '--lich-su', '--json'], dir)).out);
    const byRow = new Map<number, { reasons: string[]; status: string }>(j.nominations.map((n: { row: number }) => [n.row, n]));
    const checked = golden.nominations.filter((e) => e.history);
    expect(new Set(checked.map((e) => e.history))).toEqual(new Set(['ok', 'review']));
    for (const e of checked) {
      const n = byRow.get(e.row)!;
      const line = ruleLine(n.reasons);
      expect(line).toMatch(/— theo Luật Thi đua, khen thưởng số 06\/2022\/QH15, Điều 74 khoản 1 điểm d \(đã xác nhận\)\.$/);
      if (e.years && !e.missing) expect(line).toContain(`Có CSTĐCS năm ${years(e.years)} (02 năm liên tục)`);
      if (e.missing) expect(line).toContain(`Có CSTĐCS năm ${years(e.years!)}; thiếu năm ${years(e.missing)}`);
      if (e.initiatives !== undefined) expect(line).toContain(`chỉ có ${e.initiatives} sáng kiến`);
      if (e.renamedFrom) expect(n.reasons.join(' ')).toContain(e.renamedFrom);
      expect(n.status).toBe(e.history === 'ok' ? 'selected' : 'review');
    }
  });

  it('the result band shows each row\'s form', async () => {
    const rows = await sheetRows(result, golden.sheet);
    const col = rows[golden.headerRow].indexOf(FORM_TEXT.bandHeader);
    expect(col).toBeGreaterThan(0);
    expect(golden.nominations.map((e) => rows[e.row][col])).toEqual(golden.nominations.map((e) => e.form));
  });

  it('"BX Tổng hợp" section V counts each movement × form × kind, with "Đạt khen cao"', async () => {
    const plan = await readPlanFile(fs.readFileSync(PLAN), 'ke-hoach-mau.txt');
    const rows = await sheetRows(result, OWNED_SHEETS.summary);
    const start = rows.findIndex((r) => r?.[0] === FORM_TEXT.summaryTitle);
    expect(start).toBeGreaterThan(0);
    const head = rows[start + 1] as string[];
    expect(head[head.length - 1]).toBe(FORM_TEXT.highFormHeader);
    const at = (h: string) => head.indexOf(h);
    const got = new Map<string, number[]>();
    for (let r = start + 2; rows[r] && typeof rows[r][3] === 'number'; r++) {
      const line = rows[r];
      got.set(`${line[0]}|${line[1]}|${line[2]}`, [line[at('Số đề nghị')], line[at('Đề nghị khen thưởng')], line[at(FORM_TEXT.highFormHeader)]] as number[]);
    }
    const key = (e: Expected) => `${plan.movements[e.movementIndex].id}|${e.form}|${KIND_LABEL[e.kind]}`;
    const nominated = count(golden.nominations, key);
    const selected = count(proposed, key);
    const high = count(proposed.filter((e) => e.highForm), key);
    expect(got).toEqual(new Map([...nominated.keys()].map((k) => [k, [nominated.get(k), selected.get(k) ?? 0, high.get(k) ?? 0]])));
  });

  it('"BX Đề nghị" lists the proposed in one part per form', async () => {
    const rows = await sheetRows(result, OWNED_SHEETS.proposal);
    const forms = new Set(golden.nominations.map((e) => e.form));
    const parts = new Map<string, string[]>();
    let current: string | null = null;
    for (const r of rows) {
      if (!r) continue;
      if (r[0] == null && forms.has(r[1] as string)) {
        expect(parts.has(r[1] as string)).toBe(false);
        parts.set((current = r[1] as string), []);
      } else if (typeof r[0] === 'number' && current) parts.get(current)!.push(r[1] as string);
    }
    const want = new Map<string, string[]>();
    for (const e of proposed) want.set(e.form, [...(want.get(e.form) ?? []), e.name]);
    expect(new Map([...parts].map(([f, names]) => [f, names.sort()]))).toEqual(new Map([...want].map(([f, names]) => [f, names.sort()])));
  });

  it('"BX Thống kê khen thưởng" counts the history\'s awards per form × kind × year', async () => {
    const rows = await sheetRows(result, HISTORY_STATS_SHEET);
    const start = rows.findIndex((r) => r?.[0] === STATS_TEXT.byForm);
    const head = rows[start + 1];
    // A rating (Hoàn thành xuất sắc nhiệm vụ) is a record of the history, not an award.
    const awards = golden.history.filter((h) => !matchForm(h.form)!.record);
    expect(awards.length).toBeLessThan(golden.history.length);
    const ys = [...new Set(awards.map((h) => h.year))].sort();
    expect(head).toEqual([STATS_TEXT.form, STATS_TEXT.kind, ...ys.map(String), STATS_TEXT.total]);
    const got = new Map<string, unknown[]>();
    for (let r = start + 2; rows[r]?.[0]; r++) got.set(`${rows[r][0]}|${rows[r][1]}`, rows[r].slice(2));
    const key = (h: HistoryRow, y = h.year) => `${matchForm(h.form)!.name}|${KIND_LABEL[h.kind]}|${y}`;
    const n = count(awards, key);
    const total = count(awards, (h) => `${matchForm(h.form)!.name}|${KIND_LABEL[h.kind]}`);
    const want = new Map([...total].map(([k, t]) => [k, [...ys.map((y) => n.get(`${k}|${y}`) ?? 0), t]]));
    expect(got).toEqual(want);
  });

  it('the unit\'s former name (--unit-alias) finds the run, and Điều 22 turned on (--rule) fails the gap', async () => {
    const { from, to } = golden.renamed;
    const r = await run(['score', path.join(ROOT, SAMPLE_HISTORY_WORKBOOK), '--plan', PLAN, '--json', '--unit-alias', `${from}=${to}`, '--rule', 'chien-si-thi-dua-cap-tinh.d22=on'], dir);
    expect(r.code).toBe(0);
    const byRow = new Map<number, { status: string; rank: number; reasons: string[] }>(JSON.parse(r.out).nominations.map((n: { row: number }) => [n.row, n]));
    const renamed = golden.nominations.find((e) => e.withAlias)!;
    const n = byRow.get(renamed.row)!;
    expect([n.status, n.rank]).toEqual([renamed.withAlias!.status, renamed.withAlias!.rank]);
    expect(ruleLine(n.reasons)).toContain(`Có CSTĐCS năm ${years(renamed.withAlias!.years)} (02 năm liên tục)`);
    const gap = golden.nominations.find((e) => e.d22Missing)!;
    const g = byRow.get(gap.row)!;
    expect(g.status).toBe('ineligible');
    expect(ruleLine(g.reasons)).toMatch(new RegExp(`thiếu năm ${years(gap.d22Missing!)} — theo .*Điều 22`));
  });
});

describe('binhxet score --ghi-lich-su on the demo\'s result', () => {
  it('appends the proposed rows once: a second run adds none, a third gives the same bytes', async () => {
    const r1 = await run(['score', result, '--plan', PLAN, '--ghi-lich-su', '-o', 'lan1.xlsx'], dir);
    expect(r1.code).toBe(0);
    expect(r1.out).toContain(HISTORY_SOURCE_TEXT.appended(proposed.length, HISTORY_SHEET_NAME, 0));
    const rows = await sheetRows(path.join(dir, 'lan1.xlsx'), HISTORY_SHEET_NAME);
    const first = golden.historyHeaderRow + golden.history.length + 1;
    const added = rows.slice(first).filter((r) => r && r[1]);
    // Name, unit, kind, year, form: the history sheet's own columns.
    expect(added.map((r) => [r[1], r[2], r[3], r[4], r[5]]).sort()).toEqual(
      proposed.map((e) => [e.name, e.unit, KIND_LABEL[e.kind], golden.year, e.form]).sort(),
    );
    const r2 = await run(['score', 'lan1.xlsx', '--plan', PLAN, '--ghi-lich-su', '-o', 'lan2.xlsx'], dir);
    expect(r2.out).toContain(HISTORY_SOURCE_TEXT.appended(0, HISTORY_SHEET_NAME, proposed.length));
    expect((await sheetRows(path.join(dir, 'lan2.xlsx'), HISTORY_SHEET_NAME)).filter((r) => r && r[1]).length).toBe(rows.filter((r) => r && r[1]).length);
    const r3 = await run(['score', 'lan2.xlsx', '--plan', PLAN, '--ghi-lich-su', '-o', 'lan3.xlsx'], dir);
    expect(r3.code).toBe(0);
    expect(fs.readFileSync(path.join(dir, 'lan3.xlsx')).equals(fs.readFileSync(path.join(dir, 'lan2.xlsx')))).toBe(true);
  });

  it('scoring the same year again after the append still counts the same "đạt khen cao" rows', async () => {
    const r = await run(['score', 'lan1.xlsx', '--plan', PLAN, '--json'], dir);
    expect(r.code).toBe(0);
    const high = JSON.parse(r.out).nominations.filter((n: { highForm?: boolean }) => n.highForm === true).map((n: { row: number }) => n.row);
    expect(high.sort((a: number, b: number) => a - b)).toEqual(golden.nominations.filter((e) => e.highForm).map((e) => e.row).sort((a, b) => a - b));
  });
});

describe('binhxet vanban on the demo\'s result', () => {
  it('the Quyết định awards each form and prints a list per form and kind', async () => {
    const out = path.join(dir, 'vanban');
    const r = await run(['vanban', result, '-o', out, '--json'], dir);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.grouping).toBe('form');
    const qd = j.documents.find((d: { kind: string }) => d.kind === 'quyet-dinh');
    expect(qd.rows).toBe(proposed.length);
    const text = (await openDocx(fs.readFileSync(qd.file))).text;
    const forms = [...new Set(proposed.map((e) => e.form))];
    for (const form of forms) {
      const of = (k: Kind) => proposed.filter((e) => e.form === form && e.kind === k).length;
      expect(text).toContain(QUYET_DINH.awardLine(form, DOC.counts(of('collective'), of('individual'))).slice(0, -1));
      for (const k of ['collective', 'individual'] as const) {
        const title = QUYET_DINH.listTitle(DOC.kindGroup[k]) + form.toUpperCase();
        expect(text.includes(title)).toBe(of(k) > 0);
      }
    }
    for (const e of proposed) expect(text).toContain(e.name);
  });

  it('names each certificate file by its award form, with the people awarded it', async () => {
    const r = await run(['vanban', result, '-o', path.join(dir, 'vanban-text')], dir);
    expect(r.code).toBe(0);
    const forms = [...new Set(proposed.map((e) => e.form))];
    for (const form of forms) {
      const n = proposed.filter((e) => e.form === form).length;
      expect(r.out).toMatch(new RegExp(`chung-nhan-[a-z-]+\\.docx — ${form}, mỗi trang một người, ${n} trường hợp`));
    }
    expect(r.out).not.toMatch(/— Giấy khen, mỗi trang/);
    // The Sở's own draft decision lists the province's forms too, and says they are decided above.
    const note = r.out.split('\n').find((l) => l.includes('không thuộc thẩm quyền của thủ trưởng đơn vị'))!;
    expect(note).toContain('"Bằng khen của Chủ tịch UBND tỉnh"');
    expect(note).toContain('"Chiến sĩ thi đua cấp tỉnh"');
    for (const own of ['Chiến sĩ thi đua cơ sở', 'Lao động tiên tiến', 'Giấy khen của Giám đốc Sở']) expect(note).not.toContain(`"${own}"`);
  });
});
