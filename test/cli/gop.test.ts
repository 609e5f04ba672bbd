import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { main, type Io } from '../../src/cli/main';
import { GOP_TEXT, INTAKE, INTAKE_SHEETS } from '../../src/core/text/intake';
import { changedCells, fingerprintFile } from '../support/fingerprint';

const FIX = path.join(__dirname, '../fixtures/intake');

async function run(args: string[], cwd: string) {
  let out = '';
  let err = '';
  const io: Io = { out: (s) => (out += s), err: (s) => (err += s), cwd };
  const code = await main(args, io);
  return { code, out, err };
}

/** A working folder with the corpus's units' files, plan and units list. */
function workDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bx-gop-'));
  fs.cpSync(FIX, dir, { recursive: true });
  return dir;
}

const FILES = fs.readdirSync(path.join(FIX, 'don-vi')).length;

describe('binhxet gop', () => {
  it('merges a folder into tonghop.xlsx with a progress line per file and a Vietnamese summary', async () => {
    const dir = workDir();
    const r = await run(['gop', 'don-vi', '--plan', 'ke-hoach.json', '--units', 'don-vi.csv'], dir);
    expect(r.code).toBe(0);
    const progress = r.err.trim().split('\n');
    expect(progress).toHaveLength(FILES);
    expect(progress[0]).toMatch(/^\[1\/16\] don-vi\/01-khoa-noi\.xlsx: trang "Danh sách", 5 dòng, đơn vị Khoa Nội$/);
    expect(progress[13]).toMatch(/^\[14\/16\] .*14-hong\.xlsx: không gộp được — Tệp "14-hong\.xlsx" không đầy đủ/);
    expect(r.out).toContain('gộp 34, trùng khớp (không thêm lại) 4, có thể trùng 1 nhóm, cần kiểm tra 5');
    expect(r.out).toContain('chưa gửi: Khoa Răng hàm mặt');
    const out = path.join(dir, 'tonghop.xlsx');
    expect(r.out).toContain(GOP_TEXT.written(out));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual([INTAKE_SHEETS.merged, INTAKE_SHEETS.units, INTAKE_SHEETS.review]);
    // The received date is a real date cell the secretary can edit.
    const merged = wb.getWorksheet(INTAKE_SHEETS.merged)!;
    expect(merged.getCell('B6').value).toBe('Khoa Nội');
    const header = (merged.getRow(5).values as unknown[]).indexOf('Ngày nhận hồ sơ');
    expect(merged.getCell(6, header).value).toEqual(new Date(Date.UTC(2026, 9, 5)));
    expect(merged.getCell(6, header).numFmt).toBe('dd/mm/yyyy');

    // gộp, then score: the merged list is the sheet `score` picks.
    const s = await run(['score', 'tonghop.xlsx', '--plan', 'ke-hoach.json', '--json'], dir);
    expect(s.code).toBe(0);
    const scored = JSON.parse(s.out);
    expect(scored.sheet).toBe(INTAKE_SHEETS.merged);
    expect(scored.nominations).toHaveLength(34);
    const tram = scored.nominations.filter((n: { unit: string }) => n.unit === 'Trạm Y tế xã Hòa Bình');
    expect(tram.map((n: { late: boolean; daysLate: number; kind: string }) => [n.kind, n.late, n.daysLate])).toEqual([['collective', true, 6], ['collective', true, 6]]);
  });

  it('prints the JSON contract and writes nothing without -o', async () => {
    const dir = workDir();
    const r = await run(['gop', 'don-vi', '--plan', 'ke-hoach.json', '--units', 'don-vi.csv', '--json'], dir);
    expect(r.code).toBe(0);
    expect(fs.existsSync(path.join(dir, 'tonghop.xlsx'))).toBe(false);
    const j = JSON.parse(r.out);
    expect(Object.keys(j)).toEqual(['files', 'merged', 'duplicates', 'review', 'units']);
    for (const f of j.files) expect(Object.keys(f).slice(0, 8)).toEqual(['file', 'sheet', 'unit', 'received', 'receivedFrom', 'rows', 'merged', 'problems']);
    for (const p of j.files.flatMap((f: { problems: unknown[] }) => f.problems)) expect(Object.keys(p)).toEqual(['sheet', 'row', 'column', 'message']);
    expect(Object.keys(j.duplicates[0])).toEqual(['rows', 'exact']);
    expect(Object.keys(j.duplicates[0].rows[0])).toEqual(['file', 'sheet', 'row']);
    expect(Object.keys(j.review[0])).toEqual(['file', 'sheet', 'row', 'reason']);
    expect(Object.keys(j.units[0]).slice(0, 5)).toEqual(['unit', 'files', 'rows', 'allocation', 'missing']);
    expect(j.files.find((f: { file: string }) => f.file === '02-khoa-ngoai.xlsx')).toMatchObject({ received: '2026-10-05', receivedFrom: 'document' });
  });

  it('refuses what it cannot do with a Vietnamese message and exit 1', async () => {
    const dir = workDir();
    const cases: [string[], string][] = [
      [['gop', '--plan', 'ke-hoach.json'], GOP_TEXT.missingFiles],
      [['gop', 'don-vi'], GOP_TEXT.missingPlan],
      [['gop', 'khong-co', '--plan', 'ke-hoach.json'], GOP_TEXT.noInput('khong-co')],
      [['gop', 'don-vi', '--plan', 'ke-hoach.json', '-o', 'tonghop.csv'], GOP_TEXT.notXlsxOutput('tonghop.csv')],
      [['gop', 'don-vi', '--plan', 'ke-hoach.json', '--bogus'], 'Tùy chọn không hợp lệ: --bogus.'],
      [['gop', 'don-vi', '--plan', 'ke-hoach.json', '--units', 'trong.txt'], INTAKE.unitsListEmpty(path.join(dir, 'trong.txt'))],
    ];
    fs.writeFileSync(path.join(dir, 'trong.txt'), '\n\n');
    for (const [args, message] of cases) {
      const r = await run(args, dir);
      expect([r.code, r.err]).toEqual([1, `Lỗi: ${message}\n`]);
    }
    // Nothing readable at all: the files are reported, and it is the user's to fix.
    const bad = await run(['gop', 'don-vi/05-khoa-cdha-trong.xlsx', 'don-vi/14-hong.xlsx', '--plan', 'ke-hoach.json', '--json'], dir);
    expect(bad.code).toBe(1);
    expect(JSON.parse(bad.out).files.map((f: { problems: unknown[] }) => f.problems.length)).toEqual([1, 1]);
  });

  it('writes into an existing workbook keeping the user’s sheets, and takes its "Đơn vị" sheet as the units list', async () => {
    const dir = workDir();
    const out = path.join(dir, 'ho-so-2026.xlsx');
    const wb = new ExcelJS.Workbook();
    const own = wb.addWorksheet('Đơn vị');
    own.addRow(['STT', 'Đơn vị', 'Tên tệp']);
    own.addRow([1, 'Khoa Nội', null]);
    own.addRow([2, 'Khoa Nhi', null]);
    own.addRow([3, 'Khoa Tâm thần', null]);
    const notes = wb.addWorksheet('Ghi chép');
    notes.getCell('A1').value = 'Sổ theo dõi hồ sơ';
    notes.getCell('B3').value = { formula: '1+1', result: 2 };
    notes.mergeCells('A5:C5');
    await wb.xlsx.writeFile(out);
    const before = await fingerprintFile(out);
    const r = await run(['gop', 'don-vi', '--plan', 'ke-hoach.json', '-o', 'ho-so-2026.xlsx', '--json'], dir);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.units.filter((u: { expected: boolean }) => u.expected).map((u: { unit: string; missing: boolean }) => [u.unit, u.missing])).toEqual([['Khoa Nội', false], ['Khoa Nhi', false], ['Khoa Tâm thần', true]]);
    const after = await fingerprintFile(out);
    expect(changedCells(before, after, ['Đơn vị', 'Ghi chép'])).toEqual([]);
    expect(after.sheets).toEqual(['Đơn vị', 'Ghi chép', INTAKE_SHEETS.merged, INTAKE_SHEETS.units, INTAKE_SHEETS.review]);
    // Merged again into the same workbook: its own sheets are replaced, the result is the same.
    const again = await run(['gop', 'don-vi', '--plan', 'ke-hoach.json', '-o', 'ho-so-2026.xlsx', '--json'], dir);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.out)).toEqual(j);
    expect(changedCells(after, await fingerprintFile(out))).toEqual([]);
  });

  it('never replaces a user’s own sheet named like its own, and skips its output and units list inside the input folder', async () => {
    const dir = workDir();
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet(INTAKE_SHEETS.merged).getCell('A1').value = 'Bảng tổng hợp của tôi';
    await wb.xlsx.writeFile(path.join(dir, 'cua-toi.xlsx'));
    const r = await run(['gop', 'don-vi', '--plan', 'ke-hoach.json', '-o', 'cua-toi.xlsx'], dir);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/Lỗi: .*Tổng hợp/);

    // The units list kept in the same folder is no unit's list either.
    fs.copyFileSync(path.join(dir, 'don-vi.csv'), path.join(dir, 'don-vi', 'don-vi.csv'));
    const first = await run(['gop', 'don-vi', '--plan', 'ke-hoach.json', '--units', 'don-vi/don-vi.csv', '-o', 'don-vi/tonghop.xlsx'], dir);
    const second = await run(['gop', 'don-vi', '--plan', 'ke-hoach.json', '--units', 'don-vi/don-vi.csv', '-o', 'don-vi/tonghop.xlsx'], dir);
    expect([first.code, second.code]).toEqual([0, 0]);
    expect(second.err.trim().split('\n')).toHaveLength(FILES);
    expect(second.err).not.toMatch(/tonghop\.xlsx|don-vi\.csv/);
  });
});
