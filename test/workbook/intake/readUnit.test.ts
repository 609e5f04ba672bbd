import { intakeContext, readUnitFile } from '../../../src/workbook/intake/index';
import { K } from '../../../src/workbook/intake/columns';
import type { ExpectedUnit } from '../../../src/core/intake/units';
import type { CellValue } from '../../../src/workbook/model';
import { ymdToSerial } from '../../../src/core/dates';
import { INTAKE } from '../../../src/core/text/intake';
import { WB } from '../../../src/core/text/workbook';
import { oneMovementPlan, twoMovementPlan } from './helpers';

const unit = (name: string, aliases: string[] = []): ExpectedUnit => ({ name, group: null, allocation: null, aliases, isGroup: false });
const OCT = (d: number) => ymdToSerial(2026, 10, d);

function read(values: CellValue[][], o: { file?: string; units?: ExpectedUnit[]; fileDate?: number | null; plan?: ReturnType<typeof twoMovementPlan>; hidden?: boolean } = {}) {
  const ctx = intakeContext(o.plan ?? twoMovementPlan(), { units: o.units ?? [] });
  return readUnitFile({ fileName: o.file ?? 'khoa-noi.xlsx', fileDate: o.fileDate === undefined ? OCT(20) : o.fileDate, sheets: [{ name: 'DS', values, hidden: o.hidden }] }, ctx);
}

const HEAD = ['STT', 'Họ và tên', 'Đơn vị', 'Đối tượng', 'Phong trào', 'Ngày nộp', 'Tiêu chí 1', 'Tiêu chí 2'];

describe("reading one unit's list for the merge", () => {
  it('maps a two-row header with "Năm sinh" over "Nam | Nữ" and lists the columns it cannot place', () => {
    const f = read([
      ['DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG'],
      ['STT', 'Họ và tên', 'Năm sinh', null, 'Đối tượng', 'Phong trào', 'Số điện thoại', 'Tiêu chí', null],
      [null, null, 'Nam', 'Nữ', null, null, null, 1, 2],
      [1, 'Nguyễn Văn An', 1980, null, 'Cá nhân', '1', '0903', 'x', 'Đạt'],
      [2, 'Cao Thị Uyên', null, '12/03/1991', 'Cá nhân', '2', null, 'x', 'x'],
    ]);
    const s = f.sheets[0];
    expect(s.headerRow).toBe(2);
    expect(s.columns.map((c) => c.field)).toEqual(['stt', 'name', 'birthYear', 'birthYear', 'kind', 'movement', null, 'criterion', 'criterion']);
    expect(s.problems).toEqual([{ sheet: 'DS', row: 2, column: 'G', message: INTAKE.unmappedColumn('Số điện thoại', 'G') }]);
    expect(s.rows.map((r) => r.birthYear)).toEqual([1980, 1991]);
    // Marks as the unit wrote them; movements as the merged list names them.
    expect(s.rows[0].cells.get(K.criterion(2))).toBe('Đạt');
    expect(s.rows.map((r) => r.cells.get(K.movement))).toEqual(['1. Thi đua đẩy mạnh chuyển đổi số', '2. Thầy thuốc như mẹ hiền']);
  });

  it('never guesses a kind: a blank kind cell goes to review even under a "Họ và tên" header', () => {
    const f = read([HEAD, [1, 'Lý Văn Nam', 'Khoa Nội', null, '1', '02/10/2026', 'x', 'x'], [2, 'Mai Thị Lan', 'Khoa Nội', 'Khác', '1', '02/10/2026', 'x', 'x']]);
    const [blank, other] = f.sheets[0].rows;
    expect(blank.kind).toBeNull();
    // The reader names the blank cell (the same reason `score` gives the row).
    expect(blank.review).toEqual([WB.blankKind('D2', 'Đối tượng')]);
    expect(other.kind).toBeNull();
    expect(other.review[0]).toMatch(/Ô D3: không rõ tập thể hay cá nhân \("Khác"\)/);
    // Nor as a collective under "Tên tập thể" (nor does `score`).
    const tt = read([['STT', 'Tên tập thể', 'Đối tượng', 'Phong trào'], [1, 'Khoa Nội', 'Tập thể', '1'], [2, 'Tổ Điều dưỡng', null, '1']]);
    expect(tt.sheets[0].rows.map((r) => [r.kind, r.review])).toEqual([['collective', []], [null, [WB.blankKind('C3', 'Đối tượng')]]]);
  });

  it('takes the kind from a group row, or from the name header when the list has no kind column', () => {
    const grouped = read([
      ['STT', 'Họ và tên', 'Đối tượng', 'Phong trào'],
      ['I. TẬP THỂ'],
      [1, 'Khoa Nội', null, '1'],
      ['II. CÁ NHÂN'],
      [1, 'Nguyễn Văn An', '', '1'],
    ]);
    expect(grouped.sheets[0].rows.map((r) => [r.kind, r.review])).toEqual([['collective', []], ['individual', []]]);
    const byHeader = read([['STT', 'Tên tập thể', 'Phong trào'], [1, 'Khoa Nội', '2'], [2, 'Khoa Ngoại', '2']]);
    expect(byHeader.sheets[0].rows.map((r) => r.cells.get(K.kind))).toEqual(['Tập thể', 'Tập thể']);
  });

  it('sends a movement the plan does not have, or none in a plan with several, to review', () => {
    const f = read([HEAD, [1, 'A', 'Khoa Nội', 'Cá nhân', 'Phong trào tiết kiệm', null, 'x', 'x'], [2, 'B', 'Khoa Nội', 'Cá nhân', null, null, 'x', 'x'], [3, 'C', 'Khoa Nội', 'Cá nhân', 'Thầy thuốc', null, 'x', 'x']]);
    expect(f.sheets[0].rows.map((r) => r.review)).toEqual([['Không tìm thấy phong trào “Phong trào tiết kiệm” trong kế hoạch.'], ['Thiếu phong trào (kế hoạch có nhiều phong trào).'], []]);
    expect(f.sheets[0].rows[2].movement).toBe('2');
    // A plan of one movement needs no movement column.
    const one = read([['STT', 'Họ và tên', 'Đối tượng'], [1, 'A', 'Cá nhân']], { plan: oneMovementPlan() });
    expect(one.sheets[0].rows[0].review).toEqual([]);
  });

  it('sends a row without a name to review', () => {
    const f = read([HEAD, [1, null, 'Khoa Nội', 'Cá nhân', '1', null, 'x', 'x']]);
    expect(f.sheets[0].rows[0].review).toEqual(['Thiếu họ tên / tên tập thể.']);
  });

  describe('received date', () => {
    it("takes each row's own date from the column, the file's the latest, a blank cell left blank", () => {
      const f = read([HEAD, [1, 'A', 'X', 'Cá nhân', '1', '03/10/2026', 'x', 'x'], [2, 'B', 'X', 'Cá nhân', '1', OCT(5), 'x', 'x'], [3, 'C', 'X', 'Cá nhân', '1', null, 'x', 'x'], [4, 'D', 'X', 'Cá nhân', '1', '31/02/2026', 'x', 'x']]);
      const s = f.sheets[0];
      expect([s.received, s.receivedFrom]).toEqual([OCT(5), 'column']);
      expect(s.rows.map((r) => [r.received, r.receivedFrom])).toEqual([[OCT(3), 'column'], [OCT(5), 'column'], [null, 'column'], [null, 'column']]);
      // An unreadable date stays as written (`score` flags it) and is named in the problems.
      expect(s.rows[3].cells.get(K.received)).toBe('31/02/2026');
      expect(s.problems.some((p) => p.row === 5 && p.column === 'F')).toBe(true);
    });

    it('takes the signed date under the list when the column is empty or missing', () => {
      const f = read([HEAD, [1, 'A', 'X', 'Cá nhân', '1', null, 'x', 'x'], [], [null, null, null, null, 'Sông Lam, ngày 12 tháng 10 năm 2026'], [null, 'Người lập biểu']]);
      const s = f.sheets[0];
      expect([s.received, s.receivedFrom]).toEqual([OCT(12), 'document']);
      expect(s.rows[0].cells.get(K.received)).toBe(OCT(12));
    });

    it("falls back to the file's date, marked as such, or to none", () => {
      const f = read([['STT', 'Họ và tên', 'Đối tượng', 'Phong trào'], [1, 'A', 'Cá nhân', '1']], { fileDate: OCT(16) });
      expect([f.sheets[0].received, f.sheets[0].receivedFrom, f.sheets[0].rows[0].received]).toEqual([OCT(16), 'file', OCT(16)]);
      const none = read([['STT', 'Họ và tên', 'Đối tượng', 'Phong trào'], [1, 'A', 'Cá nhân', '1']], { fileDate: null });
      expect([none.sheets[0].received, none.sheets[0].receivedFrom]).toEqual([null, null]);
    });
  });

  describe('the unit that sent it', () => {
    const units = [unit('Khoa Nội'), unit('Trung tâm Y tế huyện Đồng Xuân', ['ttyt-dong-xuan']), unit('Phòng Tài chính kế toán')];
    const rows = [['STT', 'Họ và tên', 'Đơn vị', 'Đối tượng', 'Phong trào'], [1, 'A', null, 'Cá nhân', '1']];

    it("is found by the file's name (or an alias), and fills a row's blank unit", () => {
      expect(read(rows, { file: '01_KhoaNoi.xlsx', units }).sheets[0]).toMatchObject({ sender: 'Khoa Nội', senderFrom: 'file-name', senderIndex: 0 });
      expect(read(rows, { file: 'TTYT-Dong-Xuan.xlsx', units }).sheets[0].sender).toBe('Trung tâm Y tế huyện Đồng Xuân');
      expect(read(rows, { file: '03-phong-tai-chinh.csv', units }).sheets[0].rows[0].unit).toBe('Phòng Tài chính kế toán');
    });

    it("is found by the title above the list, or by most rows' unit", () => {
      expect(read([['TRUNG TÂM Y TẾ HUYỆN ĐỒNG XUÂN'], ...rows], { file: 'bao-cao.xlsx', units }).sheets[0].senderFrom).toBe('title');
      const byRows = read([rows[0], [1, 'A', 'Khoa Nội', 'Cá nhân', '1'], [2, 'B', 'Khoa Nội', 'Cá nhân', '1']], { file: 'danh-sach.xlsx', units });
      expect(byRows.sheets[0]).toMatchObject({ sender: 'Khoa Nội', senderFrom: 'rows' });
    });

    it("is the file's own name when no unit matches, and the problems say so", () => {
      const f = read(rows, { file: 'danh-sach.xlsx', units });
      expect(f.sheets[0]).toMatchObject({ sender: 'danh-sach', senderFrom: 'unmatched', senderIndex: -1 });
      expect(f.sheets[0].rows[0].unit).toBeNull();
      expect(f.sheets[0].problems.map((p) => p.message)).toContain(INTAKE.unitUnknown('danh-sach'));
    });
  });

  it('skips hidden sheets and its own merged list, and says why a file gave nothing', () => {
    const hidden = read([['STT', 'Họ và tên', 'Đối tượng'], [1, 'A', 'Cá nhân']], { hidden: true });
    expect(hidden.sheets).toEqual([]);
    expect(hidden.problems.map((p) => p.message)).toEqual([INTAKE.hiddenSheet('DS'), INTAKE.noList([])]);
    const ctx = intakeContext(twoMovementPlan());
    const merged = readUnitFile({ fileName: 'tonghop.xlsx', fileDate: null, sheets: [{ name: 'Tổng hợp', values: [[INTAKE.mergedTitle], ['STT', 'Họ và tên', 'Đối tượng'], [1, 'A', 'Cá nhân']] }] }, ctx);
    expect(merged.sheets).toEqual([]);
    expect(merged.problems[0].message).toBe(INTAKE.ownSheet('Tổng hợp'));
    expect(readUnitFile({ fileName: 'x.xlsx', fileDate: null, sheets: [{ name: 'S', values: [] }] }, ctx).problems.map((p) => p.message)).toEqual([INTAKE.emptyFile]);
    expect(readUnitFile({ fileName: 'x.xlsx', fileDate: null, sheets: [{ name: 'S', values: [['Kính gửi: Văn phòng Sở']] }] }, ctx).problems.map((p) => p.message)).toEqual([INTAKE.noList(['S'])]);
    expect(readUnitFile({ fileName: 'x.xls', fileDate: null, sheets: [], error: INTAKE.xlsOld }, ctx).problems.map((p) => p.message)).toEqual([INTAKE.xlsOld]);
  });

  it('keeps the cells as the unit wrote them: NFC text, a vote share, a formula error as its text', () => {
    const f = read([
      [...HEAD, 'Tỷ lệ phiếu (%)'],
      [1, 'Nguyễn Văn Đức'.normalize('NFD'), 'Khoa Nội', 'Cá nhân', '1', OCT(2), 'x', 'x', '92,5%'],
      [2, 'Lê Hà', 'Khoa Nội', 'Cá nhân', '1', OCT(2), 'x', 'x', { error: '#DIV/0!' }],
    ]);
    const [a, b] = f.sheets[0].rows;
    expect(a.name).toBe('Nguyễn Văn Đức');
    expect(a.cells.get(K.vote)).toBeCloseTo(0.925);
    expect(b.cells.get(K.vote)).toBe('#DIV/0!');
  });
});
