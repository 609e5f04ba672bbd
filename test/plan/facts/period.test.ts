// The period of the movement, in the forms plans write it.
import { readPlanText } from '../../../src/plan';

const plan = (line: string) => readPlanText(`KẾ HOẠCH\nPhát động phong trào thi đua năm 2025\nI. TIÊU CHUẨN\n- Hoàn thành tốt nhiệm vụ.\n${line}`);

it.each([
  ['II. THỜI GIAN THỰC HIỆN: Từ ngày 01/3/2025 đến ngày 31/10/2025.', '2025-03-01', '2025-10-31'],
  ['II. THỜI GIAN\nPhong trào được triển khai từ tháng 10 năm 2025 đến hết tháng 3 năm 2026.', '2025-10-01', '2026-03-31'],
  ['II. Thời gian thực hiện: năm 2025.', '2025-01-01', '2025-12-31'],
  ['II. Thời gian thi đua: từ ngày 01/7/2025 đến trước ngày 01/12/2025.', '2025-07-01', '2025-11-30'],
  ['II. Thời gian thực hiện: từ ngày ban hành Kế hoạch đến khi tổng kết phong trào.', null, null],
])('"%s"', (line, from, to) => {
  expect(plan(line).period).toEqual({ from, to });
});

it('takes no period from the dossier sentence', () => {
  expect(plan('II. Hồ sơ gửi về Sở từ ngày 01/12/2025 đến ngày 10/12/2025.').period).toEqual({ from: null, to: null });
});
