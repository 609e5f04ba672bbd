import { parseAllocationText, parseQuotaText } from '../../src/core/quotaText';

const q = (c: number | null, i: number | null, either: number | null = null) => ({ collective: c, individual: i, either, percent: null });

describe('parseQuotaText', () => {
  it('reads "05 tập thể và 10 cá nhân"', () => {
    expect(parseQuotaText('05 tập thể và 10 cá nhân.')).toEqual({ quota: q(5, 10), note: null });
  });
  it('reads one kind alone as zero for the other', () => {
    expect(parseQuotaText('10 cá nhân.')).toEqual({ quota: q(0, 10), note: null });
    expect(parseQuotaText('không quá 05 cá nhân')).toEqual({ quota: q(0, 5), note: null });
    expect(parseQuotaText('Xét chọn 03 tập thể')).toEqual({ quota: q(3, 0), note: null });
  });
  it('reads a pool for both kinds', () => {
    expect(parseQuotaText('02 trường hợp (tập thể hoặc cá nhân)')).toEqual({ quota: q(null, null, 2), note: null });
  });
  it('reads percentages', () => {
    const r = parseQuotaText('tỷ lệ không quá 10% tập thể, 5% cá nhân đối tượng trực tiếp tham gia phong trào');
    expect(r?.quota).toEqual({ collective: null, individual: null, either: null, percent: { collective: 10, individual: 5 } });
    expect(parseQuotaText('không quá 7,5% cá nhân')?.quota?.percent).toEqual({ collective: null, individual: 7.5 });
  });
  it('keeps "cho mỗi chương trình" as a note with the same numbers', () => {
    expect(parseQuotaText('05 tập thể và 10 cá nhân cho mỗi chương trình mục tiêu quốc gia.')).toEqual({
      quota: q(5, 10),
      note: 'cho mỗi chương trình mục tiêu quốc gia',
    });
  });
  it('says the quota is allocated later', () => {
    expect(parseQuotaText('Theo số lượng phân bổ của từng nội dung thi đua.')).toEqual({
      quota: null,
      note: 'Theo số lượng phân bổ của từng nội dung thi đua',
    });
    const r = parseQuotaText('căn cứ vào chỉ tiêu khen thưởng được Ủy ban nhân dân tỉnh phân bổ, Sở Y tế sẽ xét chọn tập thể và cá nhân có thành tích xuất sắc');
    expect(r?.quota).toBeNull();
    expect(r?.note).toMatch(/^căn cứ vào chỉ tiêu/);
  });
  it('returns null without a quota', () => {
    expect(parseQuotaText('Khen thưởng của Sở Y tế.')).toBeNull();
    expect(parseQuotaText('')).toBeNull();
  });
  it('reads decomposed Unicode and Markdown emphasis', () => {
    expect(parseQuotaText('**05 tâ\u0323p thê\u0309** và 10 ca\u0301 nhân')?.quota).toEqual(q(5, 10));
  });
});

describe('parseAllocationText', () => {
  it('reads different numbers per group', () => {
    const a = parseAllocationText(
      'Cơ quan Trung ương trên địa bàn thành phố: Xét tối đa 2 tập thể và 4 cá nhân; các xã, phường: tối đa 15 tập thể và 30 cá nhân.',
    );
    expect(a.map(({ group, each, collective, individual, either }) => ({ group, each, collective, individual, either }))).toEqual([
      { group: 'Cơ quan Trung ương trên địa bàn thành phố', each: false, collective: 2, individual: 4, either: null },
      { group: 'các xã, phường', each: false, collective: 15, individual: 30, either: null },
    ]);
    expect(a[0].text).toBe('Cơ quan Trung ương trên địa bàn thành phố: Xét tối đa 2 tập thể và 4 cá nhân');
  });
  it('reads "mỗi đơn vị" as numbers for each unit', () => {
    expect(parseAllocationText('mỗi đơn vị đề nghị không quá 01 tập thể, 03 cá nhân')).toMatchObject([
      { group: 'đơn vị', each: true, collective: 1, individual: 3, either: null },
    ]);
  });
  it('reads "01 cá nhân/01 ban"', () => {
    expect(parseAllocationText('01 cá nhân/01 ban')).toMatchObject([{ group: 'ban', each: true, collective: 0, individual: 1 }]);
  });
  it('reads a pool per unit', () => {
    expect(parseAllocationText('Mỗi xã, phường chọn 02 trường hợp (tập thể hoặc cá nhân)')).toMatchObject([
      { group: 'xã, phường', each: true, collective: null, individual: null, either: 2 },
    ]);
  });
  it('skips a movement quota per programme', () => {
    expect(parseAllocationText('05 tập thể và 10 cá nhân cho mỗi chương trình')).toEqual([]);
  });
});

describe('parseAllocationText on sentences from unseen plans', () => {
  const rows = (s: string) => parseAllocationText(s).map((a) => [a.group, a.each, a.collective, a.individual]);
  it('takes a group named with its own number ("Cụm thi đua số 1")', () => {
    expect(rows('- Cụm thi đua số 1: 02 tập thể, 04 cá nhân; - Cụm thi đua số 2: 01 tập thể, 03 cá nhân.')).toEqual([
      ['Cụm thi đua số 1', false, 2, 4],
      ['Cụm thi đua số 2', false, 1, 3],
    ]);
  });
  it('reads "…/đơn vị" after a named group as each unit of that group', () => {
    expect(rows('Cơ quan cấp tỉnh: 01 tập thể, 02 cá nhân/đơn vị; cấp huyện: 02 tập thể, 03 cá nhân/đơn vị')).toEqual([
      ['Cơ quan cấp tỉnh', true, 1, 2],
      ['cấp huyện', true, 2, 3],
    ]);
  });
  it('does not take a period ("mỗi năm") or the total ("Tổng số") for a group', () => {
    expect(rows('mỗi năm khen thưởng không quá 03 tập thể và 10 cá nhân')).toEqual([]);
    expect(rows('Tổng số không quá 14 tập thể và 28 cá nhân')).toEqual([]);
    expect(parseQuotaText('Tổng số không quá 14 tập thể và 28 cá nhân')?.quota).toEqual(q(14, 28));
  });
});

describe('parseAllocationText on labelled lines', () => {
  it('takes the group after a "Phân bổ:" label, not the label', () => {
    const a = parseAllocationText(
      '2. Phân bổ: Cơ quan Trung ương trên địa bàn thành phố: Xét tối đa 2 tập thể và 4 cá nhân; các xã, phường: tối đa 15 tập thể và 30 cá nhân.',
    );
    expect(a.map((x) => [x.group, x.collective, x.individual])).toEqual([
      ['Cơ quan Trung ương trên địa bàn thành phố', 2, 4],
      ['các xã, phường', 15, 30],
    ]);
  });

  it('does not read the movement quota ("Số lượng khen thưởng: …") as a group', () => {
    expect(parseAllocationText('1. Số lượng khen thưởng: 03 tập thể và 05 cá nhân.')).toEqual([]);
    expect(parseAllocationText('Chỉ tiêu: 02 tập thể, 04 cá nhân')).toEqual([]);
  });
});

describe('forms of the genre seen in real plans', () => {
  it('reads a count with its number in words ("01 (một) tập thể")', () => {
    expect(parseQuotaText('Số lượng: 01 (một) tập thể và 03 (ba) cá nhân.')?.quota).toEqual(q(1, 3));
    expect(parseQuotaText('02 (hai) trường hợp (tập thể hoặc cá nhân)')?.quota).toEqual(q(null, null, 2));
  });
  it('reads a percentage "trên tổng số" the kind', () => {
    expect(parseQuotaText('không quá 15% trên tổng số cá nhân đạt danh hiệu Lao động tiên tiến')?.quota?.percent).toEqual({ collective: null, individual: 15 });
  });
});

