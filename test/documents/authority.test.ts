// Which forms of a draft decision a unit head would not grant: named only when the decision's
// authority is a unit head's, never for a province's or a ministry's own decision.
import { formsAboveAuthority } from '../../src/documents/authority';
import type { Group } from '../../src/documents/groups';

const group = (form: string | null): Group => ({ form, kind: 'individual', awardees: [] });
const LIST = [group('Lao động tiên tiến'), group('Bằng khen của Chủ tịch UBND tỉnh'), group('Chiến sĩ thi đua cơ sở'), group('Bằng khen của Chủ tịch UBND tỉnh'), group(null)];

describe('forms above a unit head', () => {
  it('names the province\'s forms once, in list order, under a Sở\'s authority or none', () => {
    expect(formsAboveAuthority(LIST, 'GIÁM ĐỐC SỞ Y TẾ')).toEqual(['Bằng khen của Chủ tịch UBND tỉnh']);
    expect(formsAboveAuthority(LIST, null)).toEqual(['Bằng khen của Chủ tịch UBND tỉnh']);
  });

  it('names none when the decision is the province\'s or a ministry\'s own', () => {
    expect(formsAboveAuthority(LIST, 'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH SÔNG LAM')).toEqual([]);
    expect(formsAboveAuthority(LIST, 'Bộ trưởng Bộ Y tế')).toEqual([]);
  });

  it('names none for a list of cơ sở forms and Giấy khen', () => {
    expect(formsAboveAuthority([group('Giấy khen của Giám đốc Sở'), group('Lao động tiên tiến')], 'GIÁM ĐỐC SỞ Y TẾ')).toEqual([]);
  });
});
