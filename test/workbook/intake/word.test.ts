// A unit's Word "Tờ trình / Danh sách đề nghị khen thưởng" read for the merge: its list tables as
// sheets (rows numbered as the table's), the document's date as the received date, the sending
// unit from its header block, group rows and headings giving the kind.
import { intakeContext, mergeReads, readUnitFile, unitFileFromBytes } from '../../../src/workbook/intake/index';
import { K } from '../../../src/workbook/intake/columns';
import type { ExpectedUnit } from '../../../src/core/intake/units';
import { ymdToSerial } from '../../../src/core/dates';
import { INTAKE } from '../../../src/core/text/intake';
import { WB } from '../../../src/core/text/workbook';
import { twoMovementPlan } from './helpers';
import { headerBlock, wordFile, type Part } from './wordDoc';

const unit = (name: string): ExpectedUnit => ({ name, group: null, allocation: null, aliases: [], isGroup: false });
const noXlsx = () => {
  throw new Error('no .xlsx here');
};

async function readWord(parts: Part[], o: { file?: string; units?: ExpectedUnit[] } = {}) {
  const file = await unitFileFromBytes(await wordFile(parts), o.file ?? 'to-trinh.docx', ymdToSerial(2026, 10, 30), noXlsx);
  const ctx = intakeContext(twoMovementPlan(), { units: o.units ?? [] });
  return { read: readUnitFile(file, ctx), ctx };
}

const TO_TRINH: Part[] = [
  headerBlock(['SỞ Y TẾ TỈNH SÔNG LAM', 'TRUNG TÂM Y TẾ HUYỆN ĐỒNG XUÂN'], 'Số: 45/TTr-TTYT', 'Đồng Xuân, ngày 12 tháng 10 năm 2026'),
  'TỜ TRÌNH',
  'Về việc đề nghị khen thưởng phong trào thi đua năm 2026',
  'Kính gửi: Hội đồng Thi đua - Khen thưởng Sở Y tế',
  'DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG',
  {
    table: [
      [{ text: 'STT', rows: 2 }, { text: 'Họ và tên', rows: 2 }, { text: 'Chức vụ', rows: 2 }, { text: 'Đối tượng', rows: 2 }, { text: 'Phong trào', rows: 2 }, { text: 'Tiêu chí', span: 2 }, { text: 'Tỷ lệ phiếu (%)', rows: 2 }],
      ['1', '2'],
      ['1', 'Võ Quốc Dũng', 'Kỹ thuật viên', 'Cá nhân', '1', 'x', 'x', '88'],
      ['2', 'Trạm Y tế xã Tân Phú', '', 'Tập thể', '2', 'x', 'Đạt', '90,5'],
      ['3', '<b>Trương Minh Khoa</b>', 'Bác sĩ', '', '2', 'x', 'x', '95'],
    ],
  },
  'Nơi nhận:',
  '- Như trên;',
  'GIÁM ĐỐC',
];

describe("a unit's Word list", () => {
  it('reads the list table under a title and a two-row header: rows numbered as the table’s, the document’s date, the unit from its header block', async () => {
    const { read } = await readWord(TO_TRINH);
    expect(read.problems).toEqual([]);
    expect(read.sheets).toHaveLength(1);
    const s = read.sheets[0];
    // Table 1 is the header block; the list is the second table, its header two rows.
    expect([s.sheet, s.headerRow, s.received, s.receivedFrom]).toEqual(['Bảng 2', 1, ymdToSerial(2026, 10, 12), 'document']);
    expect([s.sender, s.senderFrom]).toEqual(['Trung tâm Y tế huyện Đồng Xuân', 'document']);
    expect(s.columns.map((c) => [c.header, c.field])).toEqual([
      ['STT', 'stt'], ['Họ và tên', 'name'], ['Chức vụ', 'position'], ['Đối tượng', 'kind'], ['Phong trào', 'movement'],
      ['Tiêu chí / 1', 'criterion'], ['Tiêu chí / 2', 'criterion'], ['Tỷ lệ phiếu (%)', 'vote'],
    ]);
    expect(s.rows.map((r) => [r.row, r.name, r.kind, r.movement, r.received])).toEqual([
      [3, 'Võ Quốc Dũng', 'individual', '1', ymdToSerial(2026, 10, 12)],
      [4, 'Trạm Y tế xã Tân Phú', 'collective', '2', ymdToSerial(2026, 10, 12)],
      // A cell's markup is its text; a blank kind is never guessed.
      [5, '<b>Trương Minh Khoa</b>', null, '2', ymdToSerial(2026, 10, 12)],
    ]);
    expect(s.rows[1].cells.get(K.criterion(2))).toBe('Đạt');
    expect(s.rows[1].cells.get(K.vote)).toBeCloseTo(0.905);
    // The kind column is there and its cell blank: the reason names the cell to fill.
    expect(s.rows[2].review).toEqual([WB.blankKind('D5', 'Đối tượng')]);
  });

  it('takes the unit from the units list when the header block names one, and says where a row is', async () => {
    const { read, ctx } = await readWord(TO_TRINH, { units: [unit('Trung tâm Y tế huyện Đồng Xuân'), unit('Bệnh viện Phổi')] });
    expect([read.sheets[0].sender, read.sheets[0].senderFrom]).toEqual(['Trung tâm Y tế huyện Đồng Xuân', 'title']);
    const o = mergeReads([read], ctx);
    expect(o.json.files[0]).toMatchObject({ file: 'to-trinh.docx', sheet: 'Bảng 2', unit: 'Trung tâm Y tế huyện Đồng Xuân', received: '2026-10-12', receivedFrom: 'document', rows: 3, merged: 2 });
    expect(o.json.review).toEqual([{ file: 'to-trinh.docx', sheet: 'Bảng 2', row: 5, reason: WB.blankKind('D5', 'Đối tượng') }]);
    expect(o.json.units.map((u) => [u.unit, u.missing])).toEqual([['Trung tâm Y tế huyện Đồng Xuân', false], ['Bệnh viện Phổi', true]]);
    // A Word table is a table, not a sheet, when a place is written out.
    expect(INTAKE.place('to-trinh.docx', 'Bảng 2', 5)).toBe('to-trinh.docx, bảng 2, dòng 5');
  });

  it('gives group rows "I. TẬP THỂ" / "II. CÁ NHÂN" their kind, skips the total, and dates the list by its signature', async () => {
    const { read } = await readWord([
      headerBlock(['TRUNG TÂM Y TẾ HUYỆN ĐỒNG XUÂN', 'TRẠM Y TẾ XÃ HÒA BÌNH'], 'Số: 03/TYT', 'Hòa Bình, ngày      tháng 10 năm 2026'),
      'DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG',
      {
        table: [
          ['TT', 'Tập thể/Cá nhân được đề nghị', 'Chức danh', 'Nội dung thi đua', 'TC1', 'TC2'],
          [{ text: 'I. TẬP THỂ', span: 6 }],
          ['1', 'Trạm Y tế xã Hòa Bình', '', '1', 'x', 'x'],
          [{ text: 'II. CÁ NHÂN', span: 6 }],
          ['1', 'Đào Thị Mến', 'Y sĩ', '1', 'x', 'x'],
          ['2', 'La Văn Tùng', 'Trạm trưởng', '2', 'x', 'Đạt'],
          [{ text: 'Cộng: 01 tập thể, 02 cá nhân', span: 6 }],
        ],
      },
      'Hòa Bình, ngày 07 tháng 10 năm 2026',
      'TRẠM TRƯỞNG',
    ]);
    const s = read.sheets[0];
    expect(s.rows.map((r) => [r.row, r.name, r.kind, r.movement])).toEqual([
      [3, 'Trạm Y tế xã Hòa Bình', 'collective', '1'],
      [5, 'Đào Thị Mến', 'individual', '1'],
      [6, 'La Văn Tùng', 'individual', '2'],
    ]);
    // The unsigned draft date in the header block is no date; the signature's is.
    expect([s.received, s.receivedFrom]).toEqual([ymdToSerial(2026, 10, 7), 'document']);
    // The header block's last body is the unit when the reader does not know its kind of body.
    expect([s.sender, s.senderFrom]).toEqual(['Trạm y tế xã Hòa Bình', 'document']);
  });

  it('takes the kind of a table’s rows from the heading over it', async () => {
    const head = ['STT', 'Họ tên', 'Chức vụ', 'Phong trào'];
    const { read } = await readWord([
      'I. TẬP THỂ',
      { table: [head, ['1', 'Khoa Sản', '', '1']] },
      'II. CÁ NHÂN',
      { table: [head, ['1', 'Đinh Thị Hoa', 'Hộ sinh', '1'], ['2', 'Lý Văn Nam', 'Bác sĩ', '1']] },
    ]);
    expect(read.sheets.map((s) => [s.sheet, s.rows.map((r) => [r.row, r.kind])])).toEqual([
      ['Bảng 1', [[2, 'collective']]],
      ['Bảng 2', [[2, 'individual'], [3, 'individual']]],
    ]);
  });

  it('reports a Word file with no list, or that is no Word file, and merges the others', async () => {
    const { read: letter } = await readWord(['Kính gửi: Văn phòng Sở', 'Đơn vị xin gửi danh sách qua đường bưu điện.'], { file: 'cong-van.docx' });
    expect(letter.problems.map((p) => p.message)).toEqual([INTAKE.noWordList([])]);
    const { read: layoutOnly } = await readWord([headerBlock(['KHOA NỘI'], 'Số: 1/KN', 'Sông Lam, ngày 01 tháng 10 năm 2026'), 'Không có ai đủ tiêu chuẩn.']);
    expect(layoutOnly.problems.map((p) => p.message)).toEqual([INTAKE.noWordList(['Bảng 1'])]);
    const broken = await unitFileFromBytes(new TextEncoder().encode('not a zip'), 'hong.docx', null, noXlsx);
    expect(broken.error).toBe(INTAKE.badDocx('hong.docx'));
  });
});
