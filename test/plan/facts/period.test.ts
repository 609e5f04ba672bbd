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

it('takes no period from the dossier sentence: the title\'s year gives its end, to confirm', () => {
  const p = plan('II. Hồ sơ gửi về Sở từ ngày 01/12/2025 đến ngày 10/12/2025.');
  expect(p.period).toEqual({ from: null, to: '2025-12-31' });
  expect(p.unsure).toContain('period.to');
});

describe('the period\'s end from the title, when the text states no period', () => {
  const titled = (title: string) => readPlanText(`KẾ HOẠCH\n${title}\nI. TIÊU CHUẨN\n- Hoàn thành tốt nhiệm vụ.\nII. Hồ sơ gửi về Sở trước ngày 15/11/2025.`);
  it.each([
    ['Triển khai phong trào thi đua "Vì người nghèo" giai đoạn 2021 - 2025', '2025-12-31', false],
    ['Về việc tổ chức phong trào thi đua yêu nước trong 02 năm 2024-2025', '2025-12-31', false],
    ['Thi đua xây dựng xã hội học tập đến năm 2030', '2030-12-31', false],
    ['Phát động thi đua năm 2020', '2020-12-31', true],
  ])('"%s" ends %s (to confirm: %s)', (title, to, unsure) => {
    const p = titled(title);
    expect(p.period.to).toBe(to);
    expect(p.unsure?.includes('period.to')).toBe(unsure);
  });
  it('a school year or a title that launches no movement gives no period', () => {
    expect(titled('Hướng dẫn bình xét thi đua và chấm điểm tổ công đoàn năm 2021').period.to).toBeNull();
    expect(titled('Tổ chức các phong trào thi đua năm học 2024 - 2025').period.to).toBeNull();
    expect(titled('Hướng dẫn công nhận sáng kiến phục vụ khen thưởng năm 2023').period.to).toBeNull();
  });
});

describe('an annual plan of the thi đua – khen thưởng work', () => {
  const annual = (title: string) => readPlanText(`ỦY BAN NHÂN DÂN\nTỈNH ĐIỆN BIÊN\nSố: 21/KH-UBND\nĐiện Biên, ngày 15 tháng 02 năm 2023\nKẾ HOẠCH\n${title}\nI. MỤC ĐÍCH, YÊU CẦU\n- Tổ chức thực hiện có hiệu quả các phong trào thi đua.`);
  it('covers the year its title names, to confirm', () => {
    const p = annual('THỰC HIỆN CÔNG TÁC THI ĐUA, KHEN THƯỞNG TỈNH ĐIỆN BIÊN NĂM 2023');
    expect(p.period).toEqual({ from: '2023-01-01', to: '2023-12-31' });
    expect(p.unsure).toEqual(expect.arrayContaining(['period.from', 'period.to']));
  });
  it('not a guide to reviewing a year\'s work', () => {
    expect(annual('HƯỚNG DẪN TỔNG KẾT CÔNG TÁC THI ĐUA, KHEN THƯỞNG NĂM 2023').period).toEqual({ from: null, to: null });
  });
});

describe('the window of a đợt thi đua', () => {
  const report = (...lines: string[]) => readPlanText(['Bộ Chỉ huy Quân sự tỉnh phát động đợt thi đua cao điểm', '', ...lines].join('\n'));
  it('is its period, the anniversary beside it is not', () => {
    const p = report(
      'Sáng 12/3, Bộ Chỉ huy Quân sự tỉnh tổ chức phát động đợt thi đua chào mừng kỷ niệm 50 năm Ngày giải phóng miền Nam, thống nhất đất nước (30/4/1975 - 30/4/2025).',
      '',
      'Đợt thi đua diễn ra từ 12/3/2025 đến 30/4/2025, tập trung vào các nhiệm vụ trọng tâm: huấn luyện, sẵn sàng chiến đấu.',
    );
    expect(p.period).toEqual({ from: '2025-03-12', to: '2025-04-30' });
  });
  it('a first day without its year takes the last day\'s year, or the year before across new year', () => {
    expect(report('Đợt thi đua diễn ra từ ngày 9/10 đến 22/12/2019 với chủ đề: “75 ngày hành động”, nhằm cổ vũ cán bộ, chiến sĩ.').period).toEqual({ from: '2019-10-09', to: '2019-12-22' });
    expect(report('Đợt thi đua diễn ra từ ngày 15/11 đến ngày 31/01/2026 với chủ đề: “Tăng tốc, bứt phá”.').period).toEqual({ from: '2025-11-15', to: '2026-01-31' });
  });
});
