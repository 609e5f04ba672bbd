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
