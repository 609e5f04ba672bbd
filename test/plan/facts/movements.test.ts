// Movements: sibling headings that carry their own fields, or the rows of a table of movements; a
// list of contents is no set of movements.
import * as fs from 'fs';
import * as path from 'path';
import { readPlanText } from '../../../src/plan';

const FIX = path.join(__dirname, '..', '..', 'fixtures', 'plans');

it('reads movements listed as the rows of a table, each with its quota and time of review', () => {
  const p = readPlanText(
    [
      'SỞ Y TẾ TỈNH SÔNG LAM',
      'KẾ HOẠCH',
      'Phát động các phong trào thi đua ngành Y tế năm 2025',
      'I. CÁC CHUYÊN ĐỀ THI ĐUA',
      '| STT | Chuyên đề thi đua | Đơn vị chủ trì | Số lượng khen thưởng | Thời điểm xét khen thưởng |',
      '|---|---|---|---|---|',
      '| 1 | Thi đua thực hiện "Thầy thuốc như mẹ hiền" | Công đoàn ngành | 05 tập thể, 10 cá nhân | Trước ngày 15/12/2025 |',
      '| 2 | Thi đua đẩy mạnh chuyển đổi số | Phòng Nghiệp vụ | 03 tập thể, 06 cá nhân | Tháng 11/2025 |',
      '| 3 | Khen thưởng đột xuất | Văn phòng Sở | Theo số lượng phân bổ | Trong năm 2025 |',
      'II. TIÊU CHUẨN KHEN THƯỞNG',
      '1. Đối với tập thể:',
      '- Hoàn thành xuất sắc nhiệm vụ được giao.',
    ].join('\n'),
  );
  expect(p.movements.map((m) => [m.id, m.name, m.quota?.collective ?? null, m.quota?.individual ?? null, m.quotaNote, m.deadlines.map((d) => d.dates[0].lastOnTime)])).toEqual([
    ['1', 'Thi đua thực hiện "Thầy thuốc như mẹ hiền"', 5, 10, null, ['2025-12-14']],
    ['2', 'Thi đua đẩy mạnh chuyển đổi số', 3, 6, null, ['2025-11-30']],
    ['3', 'Khen thưởng đột xuất', null, null, 'Theo số lượng phân bổ', ['2025-12-31']],
  ]);
  // The criteria outside the table apply to every movement.
  expect(p.movements.map((m) => m.criteria.collective)).toEqual([['Hoàn thành xuất sắc nhiệm vụ được giao'], ['Hoàn thành xuất sắc nhiệm vụ được giao'], ['Hoàn thành xuất sắc nhiệm vụ được giao']]);
  expect(p.sources?.['movements.1.quota']?.lines).toEqual([8, 8]);
});

it('reads the sample plan\'s three movements with their fields, and the criteria written once for all', () => {
  const p = readPlanText(fs.readFileSync(path.join(FIX, '..', '..', '..', 'assets', 'samples', 'ke-hoach-mau.txt'), 'utf8'));
  expect(p.movements.map((m) => [m.id, m.quota?.collective, m.quota?.individual, m.criteria.collective.length, m.criteria.individual.length])).toEqual([
    ['1', 2, 4, 5, 2],
    ['2', 2, 5, 5, 2],
    ['3', 3, 3, 5, 2],
  ]);
  expect(p.movements[0].criteriaGroups).toBeUndefined();
});

it('takes a list of contents ("Nội dung thi đua" 1. … 5.) for what one movement is about (nghean)', () => {
  const p = readPlanText(fs.readFileSync(path.join(FIX, 'real', 'nghean-2025-dai-hoi-xiv.txt'), 'utf8'));
  expect(p.movements.map((m) => m.id)).toEqual(['1']);
});
