import { main, Io } from '../../src/cli/main';

function capture(): Io & { stdout: string; stderr: string } {
  const io = { stdout: '', stderr: '', cwd: process.cwd(), out: (s: string) => { io.stdout += s; }, err: (s: string) => { io.stderr += s; } };
  return io;
}

describe('binhxet deadline', () => {
  test('human output in Vietnamese with weekdays and the day-off note', async () => {
    const io = capture();
    const code = await main(['deadline', 'chậm nhất đến trước ngày 15 tháng 10 hàng năm', '--year', '2029'], io);
    expect(code).toBe(0);
    expect(io.stdout).toContain('Hằng năm');
    expect(io.stdout).toContain('Thứ Hai 15/10/2029');
    expect(io.stdout).toContain('Ngày cuối còn đúng hạn: Chủ nhật 14/10/2029');
    expect(io.stdout).toContain('Hạn cuối rơi vào Chủ nhật 14/10/2029');
  });
  test('--json prints the contract shape', async () => {
    const io = capture();
    expect(await main(['deadline', 'chậm nhất đến trước ngày 15 tháng 10 hàng năm', '--year', '2029', '--json'], io)).toBe(0);
    const d = JSON.parse(io.stdout);
    expect(d).toMatchObject({
      text: 'chậm nhất đến trước ngày 15 tháng 10 hàng năm', rule: 'annual', inclusive: false, from: null,
      dates: [{ due: '2029-10-15', lastOnTime: '2029-10-14' }],
    });
  });
  test('--shift-days-off moves the last day to the next working day', async () => {
    const io = capture();
    await main(['deadline', 'chậm nhất đến trước ngày 15 tháng 10 hàng năm', '--year=2029', '--json', '--shift-days-off'], io);
    expect(JSON.parse(io.stdout).dates).toEqual([{ due: '2029-10-15', lastOnTime: '2029-10-15' }]);
  });
  test('an unreadable phrase or impossible date is a user error (exit 1, no stack)', async () => {
    for (const phrase of ['xin chào', 'trước ngày 31/02/2023']) {
      const io = capture();
      expect(await main(['deadline', phrase], io)).toBe(1);
      expect(io.stderr).toMatch(/^Lỗi: /);
      expect(io.stderr).not.toContain('    at ');
    }
  });
  test('missing phrase and bad year are user errors', async () => {
    const a = capture();
    expect(await main(['deadline'], a)).toBe(1);
    const b = capture();
    expect(await main(['deadline', 'trước ngày 15/12', '--year', '24'], b)).toBe(1);
    expect(b.stderr).toContain('Năm không hợp lệ');
  });
  test('external phrase: no date, said so', async () => {
    const io = capture();
    expect(await main(['deadline', 'Theo lịch của Khối trưởng'], io)).toBe(0);
    expect(io.stdout).toContain('Không có ngày hạn cụ thể');
  });
});
