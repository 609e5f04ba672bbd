import * as path from 'path';
import { main } from '../../src/cli/main';

function io() {
  const o = { out: '', err: '', cwd: path.join(__dirname, '..', 'fixtures', 'plans') };
  return { o, io: { out: (s: string) => { o.out += s; }, err: (s: string) => { o.err += s; }, cwd: o.cwd } };
}

it('prints the plan JSON with --json', async () => {
  const { o, io: x } = io();
  expect(await main(['plan', 'real/brvt-2023-cchc.txt', '--json'], x)).toBe(0);
  const p = JSON.parse(o.out);
  expect(p.movements[0].quota).toEqual({ collective: 5, individual: 10, either: null, percent: null });
  expect(p.period.to).toBe('2023-12-31');
});

it('prints a Vietnamese summary with weekday dates', async () => {
  const { o, io: x } = io();
  expect(await main(['plan', 'real/angiang-2023-2030-cchc.txt', '--year', '2024'], x)).toBe(0);
  expect(o.out).toMatch(/tiêu chuẩn: 4 tập thể, 4 cá nhân/);
  expect(o.out).toMatch(/Thứ Hai 14\/10\/2024/);
});

it('exits 1 with a Vietnamese message for a missing file', async () => {
  const { o, io: x } = io();
  expect(await main(['plan', 'khong-co.txt'], x)).toBe(1);
  expect(o.err).toMatch(/Không mở được tệp/);
});

it('prints each fact with its source lines with --explain', async () => {
  const { o, io: x } = io();
  expect(await main(['plan', 'real/nghean-2025-dai-hoi-xiv.txt', '--explain'], x)).toBe(0);
  expect(o.out).toContain('- Cơ quan ban hành: Ủy ban nhân dân tỉnh Nghệ An\n    dòng 2–3: «ỦY BAN NHÂN DÂN / TỈNH NGHỆ AN»');
  expect(o.out).toContain('- Ngày ban hành: 19/11/2025\n    dòng 14–15: «Nghệ An, ngày 19 tháng 11 năm 2025»');
  expect(o.out).toMatch(/- Phong trào 1 — tiêu chuẩn cá nhân 1: Cán bộ, công chức[^\n]*\n {4}dòng 187–194: «Cán bộ, công chức/);
});

it('adds number, date, kind and sources to the JSON', async () => {
  const { o, io: x } = io();
  expect(await main(['plan', 'real/daklak-2025-bau-cu.txt', '--json'], x)).toBe(0);
  const p = JSON.parse(o.out);
  expect([p.number, p.date, p.kind]).toEqual(['0125/KH-UBND', '2025-11-18', 'ke-hoach']);
  expect(p.sources.number).toEqual({ lines: [12, 12], text: 'Số: 0125/KH-UBND' });
  expect(p.unsure).toEqual(expect.arrayContaining(['allocations.9']));
});
