// A "Số lượng khen thưởng" section that gives counts per award form: each line is a quota of that
// form for its movement (ranked apart by the engine), not an allocation to a group of units; a
// line naming units under a form's heading stays an allocation of that form.
import { readPlanText } from '../../../src/plan';

const head = ['SỞ Y TẾ', 'KẾ HOẠCH', 'Phát động phong trào thi đua chuyển đổi số năm 2026', 'I. TIÊU CHUẨN', '1. Đối với tập thể:', '- Hoàn thành xuất sắc nhiệm vụ.', '2. Đối với cá nhân:', '- Hoàn thành xuất sắc nhiệm vụ.'];

describe('quotas per award form', () => {
  const p = readPlanText([...head, 'II. SỐ LƯỢNG KHEN THƯỞNG', '1. Bằng khen của Chủ tịch UBND tỉnh: 03 tập thể và 05 cá nhân.', '2. Giấy khen của Giám đốc Sở Y tế: 10 tập thể, 20 cá nhân.'].join('\n'));

  it('a line naming a form gives that form\'s quota on the plan\'s movement, with its source line', () => {
    expect(p.movements).toHaveLength(1);
    expect(p.movements[0].formQuotas).toEqual([
      { form: 'Bằng khen của Chủ tịch UBND tỉnh', quota: { collective: 3, individual: 5, either: null, percent: null }, quotaNote: null },
      { form: 'Giấy khen của Giám đốc Sở Y tế', quota: { collective: 10, individual: 20, either: null, percent: null }, quotaNote: null },
    ]);
    expect(p.allocations).toEqual([]);
    expect(p.sources?.['movements.0.formQuotas.1']?.text).toContain('Giấy khen của Giám đốc Sở Y tế: 10 tập thể');
  });

  it('units under a form\'s heading stay allocations of that form', () => {
    const q = readPlanText([...head, 'II. SỐ LƯỢNG KHEN THƯỞNG', '1. Bằng khen của Chủ tịch UBND tỉnh', '- Bệnh viện Đa khoa tỉnh: không quá 02 tập thể, 05 cá nhân;', '- Trung tâm Y tế các huyện: mỗi đơn vị 01 tập thể, 02 cá nhân.'].join('\n'));
    expect(q.movements[0].formQuotas ?? []).toEqual([]);
    expect(q.allocations.map((a) => [a.group, a.form])).toEqual([
      ['Bệnh viện Đa khoa tỉnh', 'Bằng khen của Chủ tịch UBND tỉnh'],
      ['Trung tâm Y tế các huyện', 'Bằng khen của Chủ tịch UBND tỉnh'],
    ]);
  });
});
