import { runBinhXet } from '../../src/core/binhxet';
import { summarise } from '../../src/core/summary';
import { d, nominee, phongTrao2021, settings, cchc2023 } from './engineFixtures';

describe('summarise', () => {
  const onTime = d(1, 12, 2021);
  const rows = [
    nominee({ movement: '2.4', unit: 'Bệnh viện Bà Rịa', vote: 0.9, received: onTime }),
    nominee({ movement: '2.4', unit: 'Bệnh viện Bà Rịa', vote: 0.8, received: d(20, 12, 2021) }),
    nominee({ movement: '2.4', kind: 'collective', name: 'Khoa Nhi', unit: 'Trung tâm Y tế Long Điền', received: onTime }),
    nominee({ movement: '2.6', unit: 'trung tâm y tế long điền', vote: 0.7, received: onTime }),
    nominee({ movement: '9.9', unit: null }),
  ];
  const s = settings({ deadlineOverride: 'trước ngày 15/12/2021' });
  const { nominations, summary } = runBinhXet(phongTrao2021, rows, s);

  it('counts per movement × kind, with quota and places left', () => {
    const row = (m: string, k: string) => summary.byMovement.find((r) => r.movement === m && r.kind === k);
    expect(row('2.4', 'individual')).toMatchObject({ nominated: 2, eligible: 2, late: 1, proposed: 1, quota: 10, placesLeft: 9 });
    expect(row('2.4', 'collective')).toMatchObject({ nominated: 1, proposed: 1, quota: 5, placesLeft: 4 });
    expect(row('2.6', 'individual')).toMatchObject({ nominated: 1, proposed: 1, quota: 10 });
    // 2.6 has no collective places and no collective nominee: no row for it.
    expect(row('2.6', 'collective')).toBeUndefined();
    // Movements without nominees but with a quota are listed (places still open).
    expect(row('2.5', 'individual')).toMatchObject({ nominated: 0, proposed: 0, placesLeft: 10 });
  });

  it('per unit, matching unit names case- and diacritics-insensitively', () => {
    const ld = summary.byUnit.find((u) => u.unit === 'Trung tâm Y tế Long Điền')!;
    expect(ld).toMatchObject({ nominated: 2, proposed: 2 });
    const br = summary.byUnit.find((u) => u.unit === 'Bệnh viện Bà Rịa')!;
    expect(br).toMatchObject({ nominated: 2, proposed: 1, late: 1 });
    expect(summary.byUnit.find((u) => u.unit === '(Không rõ đơn vị)')).toMatchObject({ nominated: 1, review: 1 });
  });

  it('totals by status add up to the rows', () => {
    expect(summary.totals).toEqual({ nominated: 5, selected: 3, over_quota: 0, tie: 0, ineligible: 0, late: 1, review: 1 });
    expect(summarise(phongTrao2021, nominations, s)).toEqual(summary);
  });

  it('groups, with the allocation quota of the group', () => {
    const p = { ...cchc2023, allocations: [{ group: 'Khối bệnh viện', each: false, collective: 1, individual: 2, either: null, text: '' }] };
    const r = runBinhXet(p, [nominee({ group: 'Khối bệnh viện', marks: ['x', 'x'] }), nominee({ group: 'Khối bệnh viện', marks: ['x', ''] })], settings());
    expect(r.summary.byGroup).toEqual([{ group: 'Khối bệnh viện', nominated: 2, proposed: 1, quota: 3 }]);
  });
});
