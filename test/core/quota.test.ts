import { allocationMatcher, effectiveQuota, isPooled, matchAllocation } from '../../src/core/quota';
import type { Allocation, Quota } from '../../src/core/types';

const none = { collective: null, individual: null };
const q = (p: Partial<Quota>): Quota => ({ collective: null, individual: null, either: null, percent: null, ...p });

describe('effectiveQuota', () => {
  it('"05 tập thể và 10 cá nhân"', () => {
    const quota = q({ collective: 5, individual: 10 });
    expect(effectiveQuota(quota, 'collective', none).value).toBe(5);
    expect(effectiveQuota(quota, 'individual', none).value).toBe(10);
  });
  it('"10 cá nhân" alone: no collective places', () => {
    const quota = q({ collective: 0, individual: 10 });
    expect(effectiveQuota(quota, 'collective', none).value).toBe(0);
  });
  it('"theo số lượng phân bổ" (no quota) is unknown, with a note', () => {
    const r = effectiveQuota(null, 'individual', none);
    expect(r.value).toBeNull();
    expect(r.note).toBeTruthy();
  });
  it('a pool for both kinds', () => {
    const quota = q({ either: 2 });
    expect(isPooled(quota)).toBe(true);
    expect(effectiveQuota(quota, 'either', none).value).toBe(2);
    expect(isPooled(q({ collective: 5, individual: 10 }))).toBe(false);
  });
  it('a percentage is unknown until participants are given, then rounded down', () => {
    const quota = q({ percent: { collective: 10, individual: 5 } });
    const unknown = effectiveQuota(quota, 'individual', none);
    expect(unknown.value).toBeNull();
    expect(unknown.note).toMatch(/chưa nhập số cá nhân tham gia/);
    expect(effectiveQuota(quota, 'collective', { collective: 125, individual: 3400 }).value).toBe(12);
    expect(effectiveQuota(quota, 'individual', { collective: 125, individual: 3410 }).value).toBe(170);
    expect(effectiveQuota(q({ percent: { collective: 7, individual: null } }), 'collective', { collective: 100, individual: null }).value).toBe(7);
  });
});

describe('matchAllocation', () => {
  const allocs: Allocation[] = [
    { group: 'Cơ quan Trung ương trên địa bàn thành phố', each: false, collective: 2, individual: 4, either: null, text: '' },
    { group: 'xã, phường', each: true, collective: 15, individual: 30, either: null, text: '' },
  ];
  it('matches a group by containment in either direction', () => {
    expect(matchAllocation(allocs, 'Cơ quan Trung ương', null)?.collective).toBe(2);
    expect(matchAllocation(allocs, 'CO QUAN TRUNG UONG TREN DIA BAN THANH PHO', null)?.collective).toBe(2);
  });
  it('matches a unit that starts with one of the listed words', () => {
    expect(matchAllocation(allocs, null, 'Phường 5')?.collective).toBe(15);
    expect(matchAllocation(allocs, null, 'Xã Long Sơn')?.collective).toBe(15);
  });
  it('no match → null', () => {
    expect(matchAllocation(allocs, null, 'Bệnh viện Bà Rịa')).toBeNull();
  });
});

describe('allocationMatcher.layers: every allocation that applies, by level', () => {
  const a = (group: string, each: boolean, individual: number | null): Allocation =>
    ({ group, each, collective: null, individual, either: null, text: '' });
  // ke-hoach-phan-bo: two group caps and "Mỗi đơn vị đề nghị không quá 01 tập thể, 03 cá nhân".
  const allocs = [a('Cơ quan Trung ương trên địa bàn thành phố', false, 4), a('các xã, phường', false, 30), a('đơn vị', true, 3), a('xã, phường', true, 2)];
  const m = allocationMatcher(allocs);
  it('a ward gets its per-ward cap, the any-unit cap and the ward group cap', () => {
    const l = m.layers('Các xã, phường', 'Phường Ninh Kiều');
    expect([l.eachSpecific?.index, l.eachGeneric?.index, l.group?.index]).toEqual([3, 2, 1]);
    expect(l.eachGeneric?.generic).toBe(true);
  });
  it('a unit named "Xã …" matches "các xã, phường" without a group column', () => {
    expect(m.layers(null, 'Xã Long Sơn').group?.index).toBe(1);
  });
  it('a central agency: its group cap and the any-unit cap, no ward cap', () => {
    const l = m.layers('Cơ quan Trung ương', 'Cục Thuế');
    expect([l.eachSpecific, l.eachGeneric?.index, l.group?.index]).toEqual([null, 2, 0]);
  });
  it('a unit no group names still has the any-unit cap', () => {
    const l = m.layers(null, 'Bệnh viện Bà Rịa');
    expect([l.eachSpecific, l.eachGeneric?.index, l.group]).toEqual([null, 2, null]);
  });
  it('match() answers the allocation whose text best names the row', () => {
    expect(m.match('Các xã, phường', 'Phường 1')?.alloc.individual).toBe(30);
  });
});
