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

describe('summarise: allocations and grades', () => {
  it('a group whose name also fits a per-unit allocation still shows its group quota', () => {
    const p = {
      ...cchc2023,
      movements: [{ ...cchc2023.movements[0], quota: null }],
      allocations: [
        { group: 'xã, phường', each: false, collective: 15, individual: 30, either: null, text: '' },
        { group: 'các xã, phường', each: true, collective: null, individual: null, either: 2, text: '' },
      ],
    };
    const r = runBinhXet(p, [nominee({ group: 'Các xã, phường', unit: 'Phường 1', marks: ['x', 'x'] })], settings());
    expect(r.summary.byGroup).toEqual([{ group: 'Các xã, phường', nominated: 1, proposed: 1, quota: 45 }]);
    // No movement quota, but allocations: the note says which quotas apply.
    expect(r.summary.byMovement[0]).toMatchObject({ quota: null, note: expect.stringMatching(/chỉ tiêu phân bổ/) });
  });

  it('rows whose total comes from a data error are not counted in the grades', () => {
    const p = {
      ...cchc2023,
      rubric: { items: [{ id: '1', text: 'A', maxPoints: 50 }, { id: '2', text: 'B', maxPoints: 50 }], bonusMax: 0, penaltyMax: 5, total: 100 },
      grades: [
        { name: 'Xuất sắc', minScore: 90, noZeroCriterion: false },
        { name: 'Khá', minScore: 0, noZeroCriterion: false },
      ],
    };
    const rows = [
      nominee({ kind: 'collective', name: 'A', points: [50, 45] }), // 95
      nominee({ kind: 'collective', name: 'B', points: [60, 45] }), // 60 > 50
      nominee({ kind: 'collective', name: 'C', points: [40, 40], penalty: -3 }), // negative penalty
      nominee({ kind: 'collective', name: 'D', points: [30, 30] }), // 60
    ];
    const { summary } = runBinhXet(p, rows, settings());
    expect(summary.grades).toEqual({ 'Xuất sắc': 1, Khá: 1 });
    expect(summary.totals.review).toBe(2);
  });
});
