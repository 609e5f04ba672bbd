// The bundled units' sample (scripts/make-sample-units.js), merged by `binhxet demo --gop`: the
// outcomes below were worked out by hand from the sample plan (last on-time day 14/11/2024).
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main, type Io } from '../../src/cli/main';
import { DEMO_GOP_OUTPUT } from '../../src/cli/demoCommand';

async function run(args: string[], cwd: string) {
  let out = '';
  let err = '';
  const io: Io = { out: (s) => (out += s), err: (s) => (err += s), cwd };
  const code = await main(args, io);
  return { code, out, err };
}

describe('binhxet demo --gop', () => {
  it('merges the sample units’ lists: one unit late, one not sent, one person from two units', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bx-demo-gop-'));
    const r = await run(['demo', '--gop', '--json'], dir);
    expect(r.code).toBe(0);
    expect(fs.existsSync(path.join(dir, DEMO_GOP_OUTPUT))).toBe(false);
    const j = JSON.parse(r.out);
    expect(j.files.map((f: { file: string; unit: string; rows: number; merged: number }) => [f.file, f.unit, f.rows, f.merged])).toEqual([
      ['benh-vien-da-khoa-tinh.xlsx', 'Bệnh viện Đa khoa tỉnh', 5, 5],
      ['to-trinh-khen-thuong.docx', 'Trung tâm Y tế huyện Tuy An', 3, 3],
      ['trung-tam-kiem-soat-benh-tat.xlsx', 'Trung tâm Kiểm soát bệnh tật', 4, 4],
      ['ttyt-dong-xuan.xlsx', 'Trung tâm Y tế huyện Đồng Xuân', 4, 3],
      ['ttyt-tp-song-lam.xlsx', 'Trung tâm Y tế thành phố Sông Lam', 4, 4],
      ['y-hoc-co-truyen.csv', 'Bệnh viện Y học cổ truyền', 4, 4],
    ]);
    expect(j.files[3]).toMatchObject({ received: '2024-11-18', receivedFrom: 'document' });
    expect(j.files[0]).toMatchObject({ received: '2024-11-08', receivedFrom: 'document' });
    // The Word list: its second table (the first is the header block), its unit named in the header
    // block (the file's name names none), its place-date line the received date, on time.
    expect(j.files[1]).toMatchObject({ sheet: 'Bảng 2', unitFrom: 'title', received: '2024-11-12', receivedFrom: 'document', headerRow: 1, problems: [] });
    expect(j.files[4].problems.map((p: { message: string }) => p.message)).toEqual([
      expect.stringContaining('"Nháp" đang ẩn'),
      expect.stringContaining('"Số điện thoại"'),
    ]);
    expect(j.review).toEqual([{ file: 'ttyt-dong-xuan.xlsx', sheet: 'Đề nghị khen thưởng', row: 8, reason: expect.stringContaining('tập thể hay cá nhân') }]);
    expect(j.duplicates).toEqual([{ rows: [{ file: 'trung-tam-kiem-soat-benh-tat.xlsx', sheet: 'DS', row: 3 }, { file: 'ttyt-tp-song-lam.xlsx', sheet: 'Danh sách', row: 5 }], exact: false }]);
    expect(j.units.map((u: { unit: string; missing: boolean; over: number }) => [u.unit, u.missing, u.over])).toEqual([
      ['Bệnh viện Đa khoa tỉnh', false, 1],
      ['Trung tâm Kiểm soát bệnh tật', false, 0],
      ['Bệnh viện Y học cổ truyền', false, 0],
      ['Bệnh viện Phổi', true, 0],
      ['Trung tâm Y tế huyện Đồng Xuân', false, 1],
      ['Trung tâm Y tế thành phố Sông Lam', false, 0],
      ['Trung tâm Y tế huyện Tuy An', false, 0],
    ]);
  });

  it('writes binhxet-demo-tonghop.xlsx, which `score` reads with the late unit late', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bx-demo-gop-'));
    const r = await run(['demo', '--gop'], dir);
    expect(r.code).toBe(0);
    expect(r.err.trim().split('\n')).toHaveLength(6);
    expect(r.err).toContain('to-trinh-khen-thuong.docx: bảng 2, 3 dòng, đơn vị Trung tâm Y tế huyện Tuy An');
    expect(r.out).toContain('chưa gửi: Bệnh viện Phổi');
    const plan = path.join(__dirname, '../../assets/samples/ke-hoach-mau.txt');
    const s = await run(['score', DEMO_GOP_OUTPUT, '--plan', plan, '--json'], dir);
    expect(s.code).toBe(0);
    const late = JSON.parse(s.out).nominations.filter((n: { late: boolean }) => n.late);
    expect(late.map((n: { unit: string; daysLate: number }) => [n.unit, n.daysLate])).toEqual([
      ['Trung tâm Y tế huyện Đồng Xuân', 4],
      ['Trung tâm Y tế huyện Đồng Xuân', 4],
      ['Trung tâm Y tế huyện Đồng Xuân', 4],
    ]);
  });
});
