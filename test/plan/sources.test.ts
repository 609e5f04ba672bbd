// Every fact keeps where it was read: its input lines and the text quoted from them, so the
// secretary can check it (binhxet plan --explain, the pane); facts the reader is unsure of are
// listed to confirm.
import * as fs from 'fs';
import * as path from 'path';
import { readPlanText } from '../../src/plan';
import { explainPlan } from '../../src/plan/explain';
import { readLines } from '../../src/plan/document/lines';

const FIX = path.join(__dirname, '..', 'fixtures', 'plans');
const files = [
  ...fs.readdirSync(path.join(FIX, 'real')).map((f) => path.join('real', f)),
  ...fs.readdirSync(path.join(FIX, 'unseen')).filter((f) => f.endsWith('.txt')).map((f) => path.join('unseen', f)),
  'rubric-allocation.txt',
  'percent.txt',
];
const fold = (s: string) => s.normalize('NFC').replace(/[|*#\s]+/g, ' ').trim();

describe.each(files)('%s', (file) => {
  const text = fs.readFileSync(path.join(FIX, file), 'utf8');
  const plan = readPlanText(text);
  const lines = readLines(text.normalize('NFC'));
  it('has a source for its facts', () => expect(Object.keys(plan.sources ?? {}).length).toBeGreaterThan(3));
  it('quotes text that stands on the lines it names', () => {
    for (const [field, s] of Object.entries(plan.sources ?? {})) {
      expect({ field, ok: s.lines[0] >= 1 && s.lines[0] <= s.lines[1] && s.lines[1] <= lines[lines.length - 1].no }).toEqual({ field, ok: true });
      const there = fold(lines.filter((l) => l.no >= s.lines[0] && l.no <= s.lines[1]).map((l) => l.text).join(' '));
      const quoted = fold(s.text.replace(/…$/, '')).split(' / ')[0].slice(0, 30);
      expect({ field, found: there.includes(quoted) }).toEqual({ field, found: true });
    }
  });
  it('lists only facts it has among those to confirm', () => {
    for (const u of plan.unsure ?? []) expect(u).toMatch(/^(?:title|issuer|number|date|kind|year|period\.\w+|movements\.\d+(?:\.\w+)*|allocations\.\d+|deadlines(?:\.\d+)?|forms\.\d+|council|grades\.\d+|rubric(?:\.\w+)*|schedule\.\d+)$/);
  });
});

describe('sources of particular facts', () => {
  const read = (f: string) => readPlanText(fs.readFileSync(path.join(FIX, 'real', f), 'utf8'));
  it('the issuer of Nghệ An: the header\'s two upper-case lines', () => {
    expect(read('nghean-2025-dai-hoi-xiv.txt').sources?.issuer).toEqual({ lines: [2, 3], text: 'ỦY BAN NHÂN DÂN / TỈNH NGHỆ AN' });
  });
  it('the quota of brvt-2023: its line', () => {
    expect(read('brvt-2023-cchc.txt').sources?.['movements.0.quota']?.lines).toEqual([158, 158]);
  });
  it('each movement\'s deadline of brvt-2021: the line of its field', () => {
    const s = read('brvt-2021-phong-trao.txt').sources ?? {};
    expect(s['movements.2.deadlines.0']).toEqual({ lines: [221, 221], text: 'Thời điểm xét khen thưởng: Cuối năm 2021.' });
  });
});

describe('explainPlan', () => {
  it('prints each fact with its Vietnamese label and source lines, and marks what to confirm', () => {
    const p = readPlanText(fs.readFileSync(path.join(FIX, 'real', 'daklak-2025-bau-cu.txt'), 'utf8'));
    const out = explainPlan(p, 'daklak.txt').join('\n');
    expect(out).toContain('- Cơ quan ban hành: Ủy ban nhân dân tỉnh Đắk Lắk\n    dòng 2–3: «ỦY BAN NHÂN DÂN / TỈNH ĐẮK LẮK»');
    expect(out).toContain('- Số, ký hiệu: 0125/KH-UBND\n    dòng 12: «Số: 0125/KH-UBND»');
    expect(out).toContain('- Thời hạn nộp hồ sơ: trước ngày 31/3/2026 → ngày cuối đúng hạn 30/03/2026');
    expect(out).toMatch(/- Phân bổ chỉ tiêu: Các cơ quan, đơn vị cấp tỉnh còn lại [^\n]*⚠ cần xác nhận/);
  });
});

it('lists a fact to confirm that has no source, by its label (brvt-2021: a deadline written "Đầu năm 2021")', () => {
  const p = readPlanText(fs.readFileSync(path.join(FIX, 'real', 'brvt-2021-phong-trao.txt'), 'utf8'));
  const out = explainPlan(p, 'brvt-2021.txt').join('\n');
  expect(out).toContain('Cần xác nhận (người đọc chưa chắc chắn):\n- Phong trào 2.10 — thời hạn');
});
