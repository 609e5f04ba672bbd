import { runBinhXet } from '../../src/core/binhxet';
import { matchMovement } from '../../src/core/movement';
import type { GradeBand, NominationInput, NominationResult, Rubric } from '../../src/core/types';
import { CCHC_COLLECTIVE, cchc2023, d, movement, nominee, phongTrao2021, plan, quota, settings } from './engineFixtures';

const ALL5 = ['x', 'x', 'x', 'x', 'x'];
const BOTH2 = ['x', 'x'];
const byRow = (res: NominationResult[], row: number) => res.find((r) => r.row === row)!;
const statuses = (res: NominationResult[]) => res.map((r) => r.status);
const deadline = settings({ deadlineOverride: 'trước ngày 15/12/2023' });

describe('quota cut and ranking (brvt-2023-cchc: "05 tập thể và 10 cá nhân")', () => {
  it('the first 10 individuals by vote are proposed, the rest are over quota', () => {
    const rows = Array.from({ length: 12 }, (_, i) => nominee({ row: 10 + i, marks: BOTH2, vote: 0.99 - i * 0.01 }));
    const { nominations } = runBinhXet(cchc2023, rows, deadline);
    expect(nominations.slice(0, 10).every((r) => r.status === 'selected')).toBe(true);
    expect(statuses(nominations.slice(10))).toEqual(['over_quota', 'over_quota']);
    expect(nominations.map((r) => r.rank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(byRow(nominations, 21).reasons.join(' ')).toMatch(/ngoài chỉ tiêu 10 cá nhân/);
  });

  it('collectives and individuals are ranked separately', () => {
    const rows = [
      ...Array.from({ length: 6 }, (_, i) => nominee({ row: 10 + i, kind: 'collective', name: `Khoa ${i}`, marks: ALL5, vote: 0.9 - i * 0.01 })),
      ...Array.from({ length: 3 }, (_, i) => nominee({ row: 20 + i, marks: BOTH2, vote: 0.5 })),
    ];
    const { nominations } = runBinhXet(cchc2023, rows, deadline);
    expect(statuses(nominations.slice(0, 6))).toEqual(['selected', 'selected', 'selected', 'selected', 'selected', 'over_quota']);
    expect(nominations.slice(6).every((r) => r.status === 'selected')).toBe(true);
  });

  it('equal on every key at places Q and Q+1 → all with that key tie, nobody dropped', () => {
    const rows = [
      ...Array.from({ length: 9 }, (_, i) => nominee({ row: 10 + i, marks: BOTH2, vote: 0.99 - i * 0.01 })),
      ...Array.from({ length: 3 }, (_, i) => nominee({ row: 30 + i, marks: BOTH2, vote: 0.8, received: d(5, 12, 2023) })),
      nominee({ row: 40, marks: BOTH2, vote: 0.7 }),
    ];
    const { nominations, summary } = runBinhXet(cchc2023, rows, deadline);
    expect(statuses(nominations.slice(9, 12))).toEqual(['tie', 'tie', 'tie']);
    expect(nominations.slice(9, 12).map((r) => r.rank)).toEqual([10, 10, 10]);
    expect(byRow(nominations, 40).status).toBe('over_quota');
    expect(byRow(nominations, 30).reasons.join(' ')).toMatch(/Hội đồng quyết định/);
    const ind = summary.byMovement.find((s) => s.kind === 'individual')!;
    expect(ind.proposed).toBe(9);
    expect(ind.tie).toBe(3);
  });

  it('the earlier dossier wins between equal score and vote', () => {
    const rows = [
      ...Array.from({ length: 9 }, (_, i) => nominee({ row: 10 + i, marks: BOTH2, vote: 0.99 - i * 0.01 })),
      nominee({ row: 30, marks: BOTH2, vote: 0.8, received: d(6, 12, 2023) }),
      nominee({ row: 31, marks: BOTH2, vote: 0.8, received: d(5, 12, 2023) }),
    ];
    const { nominations } = runBinhXet(cchc2023, rows, deadline);
    expect(byRow(nominations, 31).status).toBe('selected');
    expect(byRow(nominations, 30).status).toBe('over_quota');
  });
});

describe('lateness', () => {
  it('"trước ngày 15/12/2023": received on the 15th is 1 day late, on the 14th on time', () => {
    const rows = [
      nominee({ row: 10, marks: BOTH2, received: d(14, 12, 2023) }),
      nominee({ row: 11, marks: BOTH2, received: d(15, 12, 2023) }),
      nominee({ row: 12, marks: BOTH2, received: d(20, 12, 2023) }),
    ];
    const { nominations } = runBinhXet(cchc2023, rows, deadline);
    const [a, b, c] = nominations;
    expect([a.late, a.daysLate, a.status, a.lastOnTime]).toEqual([false, 0, 'selected', '2023-12-14']);
    expect([b.late, b.daysLate, b.status]).toEqual([true, 1, 'late']);
    expect([c.late, c.daysLate, c.rank]).toEqual([true, 6, null]);
    expect(c.reasons.join(' ')).toMatch(/trễ 6 ngày/);
  });

  it('a missing received date is under review, not on time', () => {
    const { nominations } = runBinhXet(cchc2023, [nominee({ marks: BOTH2, received: null })], deadline);
    expect(nominations[0].status).toBe('review');
    expect(nominations[0].late).toBe(false);
    expect(nominations[0].reasons).toContain('Thiếu ngày nhận hồ sơ.');
  });

  it('an unreadable received date is under review', () => {
    const { nominations } = runBinhXet(cchc2023, [nominee({ marks: BOTH2, received: null, receivedUnreadable: true })], deadline);
    expect(nominations[0].status).toBe('review');
    expect(nominations[0].reasons.join(' ')).toMatch(/không đọc được/);
  });

  it('no deadline known → not late, and the reason says so', () => {
    const { nominations } = runBinhXet(cchc2023, [nominee({ marks: BOTH2, received: d(31, 12, 2023) })], settings());
    expect(nominations[0].late).toBe(false);
    expect(nominations[0].status).toBe('selected');
    expect(nominations[0].reasons.join(' ')).toMatch(/Chưa có hạn nộp/);
  });

  it("the movement's own deadline, else the plan's top-level one", () => {
    const p = plan({
      year: 2023,
      deadlines: [{ text: 'trước ngày 15/12/2023', rule: 'before', inclusive: false, from: null, dates: [] }],
      movements: [
        movement({ id: '1', name: 'Phong trào A', quota: quota({ collective: 5, individual: 10 }),
          deadlines: [{ text: 'chậm nhất ngày 30/11/2023', rule: 'by', inclusive: true, from: null, dates: [] }] }),
        movement({ id: '2', name: 'Phong trào B', quota: quota({ collective: 5, individual: 10 }) }),
      ],
    });
    const rows = [nominee({ row: 10, movement: '1', received: d(1, 12, 2023) }), nominee({ row: 11, movement: '2', received: d(1, 12, 2023) })];
    const { nominations } = runBinhXet(p, rows, settings());
    expect([nominations[0].late, nominations[0].daysLate, nominations[0].lastOnTime]).toEqual([true, 1, '2023-11-30']);
    expect([nominations[1].late, nominations[1].lastOnTime]).toEqual([false, '2023-12-14']);
  });

  it('a relative deadline cannot be dated: not late, reason given', () => {
    const { nominations } = runBinhXet(cchc2023, [nominee({ marks: BOTH2 })], settings({ deadlineOverride: 'trước ngày trao thưởng ít nhất 07 ngày' }));
    expect(nominations[0].late).toBe(false);
    expect(nominations[0].lastOnTime).toBeNull();
    expect(nominations[0].reasons.join(' ')).toMatch(/chưa xét trễ hạn/);
  });
});

describe('movement cells', () => {
  it('cells naming different movements in any order are each matched to their own ("4" and "48" share a cache slot)', () => {
    const mv = (id: string) => movement({ id, name: `Phong trào số ${id}`, quota: quota({ collective: 5, individual: 10 }) });
    const p = plan({ year: 2023, movements: ['4', '48', '5'].map(mv) });
    const cells = ['4', '48', '4', '5', '48', '48', '4', '7'];
    const { nominations } = runBinhXet(p, cells.map((m) => nominee({ movement: m })), deadline);
    expect(nominations.map((r) => r.movement)).toEqual(['4', '48', '4', '5', '48', '48', '4', null]);
  });
});

describe('deadline year', () => {
  it('"chậm nhất đến trước ngày 15 tháng 10 hàng năm" is measured in the year asked, else the received year', () => {
    const p = plan({
      year: null,
      movements: [movement({ id: '1', name: 'CCHC', quota: quota({ collective: 5, individual: 10 }),
        deadlines: [{ text: 'chậm nhất đến trước ngày 15 tháng 10 hàng năm', rule: 'annual', inclusive: false, from: null, dates: [] }] })],
    });
    const rows = [nominee({ received: d(14, 10, 2025) }), nominee({ received: d(15, 10, 2026) })];
    const own = runBinhXet(p, rows, settings());
    expect(own.nominations.map((r) => [r.lastOnTime, r.late])).toEqual([['2025-10-14', false], ['2026-10-14', true]]);
    const asked = runBinhXet(p, rows, settings({ year: 2026 }));
    expect(asked.nominations.map((r) => r.late)).toEqual([false, true]);
    expect(asked.nominations[0].lastOnTime).toBe('2026-10-14');
  });
});

describe('one-movement plan', () => {
  it('needs no movement column; a cell naming something else is assumed to be the movement, with a note', () => {
    const { nominations } = runBinhXet(cchc2023, [nominee({ marks: BOTH2 }), nominee({ marks: BOTH2, movement: 'CCHC 2023 đợt 2' })], deadline);
    expect(nominations.map((r) => r.movement)).toEqual(['1', '1']);
    expect(statuses(nominations)).toEqual(['selected', 'selected']);
    expect(nominations[1].reasons.join(' ')).toMatch(/kế hoạch chỉ có phong trào 1/);
  });
});

describe('eligibility by criteria', () => {
  it('an unmet criterion is listed by number and text', () => {
    const { nominations } = runBinhXet(cchc2023, [nominee({ kind: 'collective', marks: ['x', 'x', 'Không', 'x', 'x'] })], deadline);
    const r = nominations[0];
    expect([r.status, r.eligible, r.criteriaMet, r.criteriaTotal, r.score, r.rank]).toEqual(['ineligible', false, 4, 5, 4, null]);
    expect(r.reasons).toContain(`Chưa đạt tiêu chí 3: ${CCHC_COLLECTIVE[2]}`);
  });

  it('an individual counts only the 2 individual criteria; a mark beyond them is a warning', () => {
    const { nominations } = runBinhXet(cchc2023, [nominee({ row: 7, marks: ['x', 'Đạt', 'x', '', ''] })], deadline);
    const r = nominations[0];
    expect([r.status, r.criteriaMet, r.criteriaTotal]).toEqual(['selected', 2, 2]);
    expect(r.reasons.join(' ')).toMatch(/Ô H7: có đánh dấu ngoài 2 tiêu chí của cá nhân/);
  });

  it('an unreadable mark puts the row under review, naming the cell', () => {
    const { nominations } = runBinhXet(cchc2023, [nominee({ row: 12, marks: ['?', 'x'] })], deadline);
    expect(nominations[0].status).toBe('review');
    expect(nominations[0].eligible).toBe(false);
    expect(nominations[0].reasons).toContain('Ô F12: “?” không đọc được là đạt/không đạt.');
  });

  it('without plan criteria the sheet columns are the criteria, all required', () => {
    const p = plan({ year: 2021, movements: [movement({ id: '1', name: 'X', quota: quota({ collective: 5, individual: 10 }) })] });
    const { nominations } = runBinhXet(p, [nominee({ row: 10, marks: ['x', '', 'x'] }), nominee({ row: 11, marks: ['x', 'x', 'x'] })], settings());
    expect([nominations[0].status, nominations[0].criteriaTotal]).toEqual(['ineligible', 3]);
    expect(nominations[0].reasons.join(' ')).toMatch(/Chưa đạt tiêu chí 2 \(ô G10\)/);
    expect(nominations[1].status).toBe('selected');
  });

  it('a vote below the threshold is ineligible; a missing vote is under review', () => {
    const s = settings({ deadlineOverride: 'trước ngày 15/12/2023', minVote: 0.8 });
    const { nominations } = runBinhXet(cchc2023, [nominee({ marks: BOTH2, vote: 0.75 }), nominee({ marks: BOTH2, vote: 0.8 }), nominee({ marks: BOTH2 })], s);
    expect(statuses(nominations)).toEqual(['ineligible', 'selected', 'review']);
    expect(nominations[0].reasons.join(' ')).toMatch(/75% dưới ngưỡng 80%/);
  });
});

describe('row checks and precedence', () => {
  it('missing name or kind → review', () => {
    const { nominations } = runBinhXet(cchc2023, [nominee({ name: null, marks: BOTH2 }), nominee({ kind: null, marks: BOTH2 })], deadline);
    expect(statuses(nominations)).toEqual(['review', 'review']);
    expect(nominations[0].reasons.join(' ')).toMatch(/Thiếu họ tên/);
    expect(nominations[1].reasons.join(' ')).toMatch(/tập thể hay cá nhân/);
  });

  it("the reader's row problems put the row under review", () => {
    const { nominations } = runBinhXet(cchc2023, [nominee({ row: 9, marks: BOTH2, problems: [{ column: 'E', message: 'không đọc được tỷ lệ phiếu' }] })], deadline);
    expect(nominations[0].status).toBe('review');
    expect(nominations[0].reasons).toContain('Ô E9: không đọc được tỷ lệ phiếu');
  });

  it('review › late › ineligible, with the flags still reported', () => {
    const rows = [
      nominee({ marks: ['x', 'Không'], received: d(20, 12, 2023) }),
      nominee({ marks: ['x', '?'], received: d(20, 12, 2023) }),
    ];
    const { nominations } = runBinhXet(cchc2023, rows, deadline);
    expect([nominations[0].status, nominations[0].late, nominations[0].eligible]).toEqual(['late', true, false]);
    expect([nominations[1].status, nominations[1].late]).toEqual(['review', true]);
  });

  it('the same name + unit twice in one movement: both duplicates, the later one under review', () => {
    const rows = [
      nominee({ row: 10, name: 'Nguyễn Thị Hòa', unit: 'Trung tâm Y tế Long Điền', marks: BOTH2 }),
      nominee({ row: 11, name: 'NGUYỄN THỊ HÒA'.normalize('NFD'), unit: 'Trung tâm y tế Long Điền ', marks: BOTH2 }),
      nominee({ row: 12, name: 'Nguyễn Thị Hòa', unit: 'Bệnh viện Bà Rịa', marks: BOTH2 }),
    ];
    const { nominations } = runBinhXet(cchc2023, rows, deadline);
    expect(nominations.map((r) => r.duplicate)).toEqual([true, true, false]);
    expect(statuses(nominations)).toEqual(['selected', 'review', 'selected']);
    expect(nominations[1].reasons.join(' ')).toMatch(/dòng 10/);
    expect(nominations[0].reasons.join(' ')).toMatch(/dòng 11/);
  });
});

describe('movements of brvt-2021-phong-trao', () => {
  it('matches ids and names', () => {
    expect(matchMovement(phongTrao2021, '2.4').movement?.id).toBe('2.4');
    expect(matchMovement(phongTrao2021, '2.4.').movement?.id).toBe('2.4');
    expect(matchMovement(phongTrao2021, 'Phong trào 2.4').movement?.id).toBe('2.4');
    expect(matchMovement(phongTrao2021, '2.4. Thầy thuốc như mẹ hiền').movement?.id).toBe('2.4');
    expect(matchMovement(phongTrao2021, 'thay thuoc nhu me hien').movement?.id).toBe('2.4');
    expect(matchMovement(phongTrao2021, 'Điều dưỡng, hộ sinh, trưởng trạm y tế giỏi').movement?.id).toBe('2.6');
  });
  it('an ambiguous or unknown cell finds nothing, with a message', () => {
    const amb = matchMovement(phongTrao2021, 'y tế');
    expect(amb.movement).toBeNull();
    expect(amb.message).toMatch(/2\.5, 2\.6/);
    expect(matchMovement(phongTrao2021, 'Bóng đá').movement).toBeNull();
    expect(matchMovement(phongTrao2021, null).movement).toBeNull();
    expect(matchMovement(cchc2023, null).movement?.id).toBe('1');
  });
  it('2.6 rewards individuals only: a collective is over quota with the reason', () => {
    const rows = [nominee({ movement: '2.6', kind: 'collective', name: 'Trạm Y tế xã Long Sơn' }), nominee({ movement: '2.6' })];
    const { nominations } = runBinhXet(phongTrao2021, rows, settings());
    expect(statuses(nominations)).toEqual(['over_quota', 'selected']);
    expect(nominations[0].reasons.join(' ')).toMatch(/không có chỉ tiêu khen thưởng cho tập thể/);
  });
  it('"theo số lượng phân bổ": no quota known → all eligible proposed, noted', () => {
    const rows = Array.from({ length: 25 }, () => nominee({ movement: '1.1' }));
    const { nominations, summary } = runBinhXet(phongTrao2021, rows, settings());
    expect(nominations.every((r) => r.status === 'selected')).toBe(true);
    expect(nominations[0].reasons.join(' ')).toMatch(/chưa có chỉ tiêu.*phân bổ/);
    const row = summary.byMovement.find((s) => s.movement === '1.1')!;
    expect([row.quota, row.placesLeft, row.proposed]).toEqual([null, null, 25]);
  });
  it('a row without a movement in a many-movement plan is under review', () => {
    const { nominations } = runBinhXet(phongTrao2021, [nominee({ movement: null })], settings());
    expect(nominations[0].status).toBe('review');
    expect(nominations[0].movement).toBeNull();
  });
});

describe('points and grading (domain.md example)', () => {
  const rubric: Rubric = {
    items: [{ id: '1', text: 'Chỉ đạo', maxPoints: 10 }, { id: '2', text: 'Kết quả', maxPoints: 90 }],
    bonusMax: 3, penaltyMax: 3, total: 100,
  };
  const grades: GradeBand[] = [
    { name: 'Hoàn thành xuất sắc', minScore: 95, noZeroCriterion: true },
    { name: 'Hoàn thành tốt', minScore: 85, noZeroCriterion: true },
    { name: 'Hoàn thành', minScore: 75, noZeroCriterion: false },
    { name: 'Không hoàn thành', minScore: 0, noZeroCriterion: false },
  ];
  const mk = (awardGrade?: string) =>
    plan({ year: 2024, rubric, grades, movements: [movement({ id: '1', name: 'CCHC', quota: quota({ collective: 2, individual: 0 }), awardGrade })] });
  const rows = (): NominationInput[] => [
    nominee({ row: 10, kind: 'collective', points: [10, 86], bonus: 1 }), // 97
    nominee({ row: 11, kind: 'collective', points: [0, 90], bonus: 3 }), // 93, zero criterion
    nominee({ row: 12, kind: 'collective', points: [9, 81] }), // 90
    nominee({ row: 13, kind: 'collective', points: [12, 85] }), // over the maximum
    nominee({ row: 14, kind: 'collective', points: [10, 86], bonus: 1 }), // 97 again
    nominee({ row: 15, kind: 'collective', points: [10, 85] }), // 95
  ];
  it('grades each total; eligible means reaching the best band; 93 with a zero → Hoàn thành', () => {
    const { nominations, summary } = runBinhXet(mk(), rows(), settings());
    const g = (row: number) => byRow(nominations, row);
    expect([g(10).score, g(10).grade, g(10).status]).toEqual([97, 'Hoàn thành xuất sắc', 'selected']);
    expect([g(11).score, g(11).grade, g(11).status]).toEqual([93, 'Hoàn thành', 'ineligible']);
    expect(g(11).reasons.join(' ')).toMatch(/tiêu chí 0 điểm/);
    expect([g(12).grade, g(12).status]).toEqual(['Hoàn thành tốt', 'ineligible']);
    expect(g(13).status).toBe('review');
    expect(g(13).reasons.join(' ')).toMatch(/R13: 12 điểm vượt điểm chuẩn 10/);
    // 97, 97, 95 with quota 2: the two 97s are proposed, 95 over quota.
    expect([g(14).status, g(15).status, g(15).rank]).toEqual(['selected', 'over_quota', 3]);
    // Row 13 (12 + 85 = 97) has a data error: its total is no grade, and it is not counted.
    expect([g(13).grade, g(13).eligible]).toEqual([null, false]);
    expect(g(13).reasons.join(' ')).toMatch(/Chưa xếp loại vì điểm có lỗi ở ô R13/);
    expect(summary.grades['Hoàn thành xuất sắc']).toBe(3);
    expect(summary.grades['Hoàn thành']).toBe(1);
  });
  it('a plan naming another award grade widens eligibility; equal totals at the cut tie', () => {
    const { nominations } = runBinhXet(mk('Hoàn thành tốt'), rows().filter((r) => r.row !== 14), settings());
    const g = (row: number) => byRow(nominations, row);
    expect([g(10).status, g(15).status, g(12).status, g(11).status]).toEqual(['selected', 'selected', 'over_quota', 'ineligible']);
    const tie = runBinhXet(mk(), [nominee({ kind: 'collective', points: [10, 86] }), nominee({ kind: 'collective', points: [10, 86] }), nominee({ kind: 'collective', points: [10, 86] })], settings({ year: 2024 }));
    expect(statuses(tie.nominations)).toEqual(['tie', 'tie', 'tie']);
  });
  it('a negative penalty is a data error too; a row under review for another reason keeps its grade', () => {
    const { nominations, summary } = runBinhXet(mk(), [
      nominee({ row: 20, kind: 'collective', points: [10, 88], penalty: -2 }), // 98 + 2 = 100, from an error
      nominee({ row: 21, kind: 'collective', name: null, points: [10, 80] }), // 90, no name
      nominee({ row: 22, kind: 'collective', points: [11, 91], bonus: 4 }), // three cells out of range
    ], settings());
    const g = (row: number) => byRow(nominations, row);
    expect([g(20).status, g(20).grade]).toEqual(['review', null]);
    expect(g(20).reasons.join(' ')).toMatch(/Chưa xếp loại vì điểm có lỗi ở ô X20/);
    expect([g(21).status, g(21).grade]).toEqual(['review', 'Hoàn thành tốt']);
    expect(g(22).reasons.join(' ')).toMatch(/ở ô R22, S22, W22/);
    expect(summary.grades).toEqual({ 'Hoàn thành tốt': 1 });
  });
  it('a minimum score from the plan', () => {
    const p = plan({ year: 2024, movements: [movement({ id: '1', name: 'X', quota: quota({ collective: 5, individual: 5 }), minScore: 80 })] });
    const { nominations } = runBinhXet(p, [nominee({ givenScore: 79.5 }), nominee({ givenScore: 80 })], settings());
    expect(statuses(nominations)).toEqual(['ineligible', 'selected']);
    expect(nominations[0].reasons.join(' ')).toMatch(/79,5 điểm, dưới điểm tối thiểu 80/);
  });
});

describe('quota forms', () => {
  it('a pool "02 trường hợp (tập thể hoặc cá nhân)" ranks both kinds together', () => {
    const p = plan({ year: 2023, movements: [movement({ id: '1', name: 'X', quota: quota({ either: 2 }) })] });
    const rows = [
      nominee({ kind: 'collective', name: 'Khoa Nội', vote: 0.7 }),
      nominee({ kind: 'individual', vote: 0.95 }),
      nominee({ kind: 'collective', name: 'Khoa Ngoại', vote: 0.9 }),
      nominee({ kind: 'individual', vote: 0.6 }),
    ];
    const { nominations, summary } = runBinhXet(p, rows, settings());
    expect(statuses(nominations)).toEqual(['over_quota', 'selected', 'selected', 'over_quota']);
    expect(nominations.map((r) => r.rank)).toEqual([3, 1, 2, 4]);
    expect(summary.byMovement).toHaveLength(1);
    expect(summary.byMovement[0]).toMatchObject({ kind: 'either', nominated: 4, proposed: 2, quota: 2, placesLeft: 0 });
  });

  it('a percentage: unknown without participants, ⌊p% × participants⌋ with them', () => {
    const p = plan({ year: 2023, movements: [movement({ id: '1', name: 'X', quota: quota({ percent: { collective: 10, individual: 5 } }) })] });
    const rows = Array.from({ length: 4 }, (_, i) => nominee({ vote: 0.9 - i * 0.05 }));
    const without = runBinhXet(p, rows, settings());
    expect(without.nominations.every((r) => r.status === 'selected')).toBe(true);
    expect(without.nominations[0].reasons.join(' ')).toMatch(/chưa nhập số cá nhân tham gia/);
    expect(without.summary.byMovement[0].quota).toBeNull();
    const withP = runBinhXet(p, rows, settings({ participants: { collective: null, individual: 59 } }));
    expect(statuses(withP.nominations)).toEqual(['selected', 'selected', 'over_quota', 'over_quota']);
    expect(withP.summary.byMovement[0]).toMatchObject({ quota: 2, proposed: 2 });
  });

  it('allocations: each group/unit is cut first, then the movement quota', () => {
    const p = plan({
      year: 2025,
      allocations: [
        { group: 'Cơ quan Trung ương', each: false, collective: null, individual: 2, either: null, text: 'Cơ quan Trung ương: xét tối đa 2 cá nhân' },
        { group: 'xã, phường', each: true, collective: null, individual: 1, either: null, text: 'mỗi xã, phường chọn 01 cá nhân' },
      ],
      movements: [movement({ id: '1', name: 'X', quota: quota({ collective: 5, individual: 3 }) })],
    });
    const rows = [
      nominee({ row: 10, group: 'Cơ quan Trung ương', unit: 'Cục Thuế', vote: 0.99 }),
      nominee({ row: 11, group: 'Cơ quan Trung ương', unit: 'Kho bạc', vote: 0.98 }),
      nominee({ row: 12, group: 'Cơ quan Trung ương', unit: 'Cục Thống kê', vote: 0.97 }),
      nominee({ row: 13, unit: 'Phường 1', vote: 0.96 }),
      nominee({ row: 14, unit: 'Phường 1', vote: 0.95 }),
      nominee({ row: 15, unit: 'Xã Long Sơn', vote: 0.94 }),
    ];
    const { nominations } = runBinhXet(p, rows, settings());
    expect(statuses(nominations)).toEqual(['selected', 'selected', 'over_quota', 'selected', 'over_quota', 'over_quota']);
    expect(byRow(nominations, 12).reasons.join(' ')).toMatch(/Ngoài chỉ tiêu của khối “Cơ quan Trung ương” \(2 cá nhân, xếp thứ 3\)/);
    expect(byRow(nominations, 14).reasons.join(' ')).toMatch(/Ngoài chỉ tiêu của đơn vị “Phường 1” \(1 cá nhân mỗi xã, phường, xếp thứ 2\)/);
    expect(byRow(nominations, 15).reasons.join(' ')).toMatch(/ngoài chỉ tiêu 3 cá nhân/);
  });
});

describe('layered allocations: each unit, then the group, then the movement', () => {
  // "… xã, phường: tối đa N cá nhân" (a group cap) and "mỗi đơn vị đề nghị không quá M cá nhân" (a
  // per-unit cap) both apply to a ward; the movement may add its own quota. Votes decide the order.
  type A = { group: string; each: boolean; individual: number | null; collective?: number | null; either?: number | null };
  const mk = (allocs: A[], q: { collective?: number; individual?: number } | null = null) =>
    plan({
      year: 2025,
      allocations: allocs.map((a) => ({ collective: null, either: null, text: '', ...a })),
      movements: [movement({ id: '1', name: 'X', quota: q ? quota(q) : null })],
    });
  const ward = (row: number, unit: string, vote: number) => nominee({ row, unit, group: 'Các xã, phường', vote });
  const reasons = (res: NominationResult[], row: number) => byRow(res, row).reasons.join(' ');

  it('a unit over its per-unit cap inside a group within its cap: the unit cap still cuts', () => {
    const p = mk([{ group: 'xã, phường', each: false, individual: 30 }, { group: 'đơn vị', each: true, individual: 3 }]);
    const rows = [ward(10, 'Phường 1', 0.99), ward(11, 'Phường 1', 0.98), ward(12, 'Phường 1', 0.97), ward(13, 'Phường 1', 0.96), ward(14, 'Phường 2', 0.95)];
    const { nominations } = runBinhXet(p, rows, settings());
    // Phường 1 sends 4 for 3 places: its 4th (96%) is out, although the ward group has 30 places.
    expect(statuses(nominations)).toEqual(['selected', 'selected', 'selected', 'over_quota', 'selected']);
    expect(reasons(nominations, 13)).toMatch(/Ngoài chỉ tiêu của đơn vị “Phường 1” \(3 cá nhân mỗi đơn vị, xếp thứ 4\)/);
    // The allocation limited every row: no "chưa có chỉ tiêu", the quotas that applied instead.
    for (const r of nominations) expect(r.reasons.join(' ')).not.toMatch(/chưa có chỉ tiêu/);
    // Phường 2's nominee is 1st in its unit and 4th of the 4 ward survivors (99, 98, 97, 95).
    expect(reasons(nominations, 14)).toMatch(
      /Trong chỉ tiêu của đơn vị “Phường 2” \(3 cá nhân mỗi đơn vị, xếp thứ 1\); của khối “xã, phường” \(30 cá nhân, xếp thứ 4\)\./,
    );
  });

  it('a group over its cap: ranked across its units', () => {
    const p = mk([{ group: 'xã, phường', each: false, individual: 2 }, { group: 'đơn vị', each: true, individual: 3 }]);
    const rows = [ward(10, 'Phường 1', 0.99), ward(11, 'Phường 1', 0.9), ward(12, 'Phường 2', 0.95), ward(13, 'Xã An Ngãi', 0.8)];
    const { nominations } = runBinhXet(p, rows, settings());
    // Ward order 99, 95, 90, 80: two places.
    expect(statuses(nominations)).toEqual(['selected', 'over_quota', 'selected', 'over_quota']);
    expect(reasons(nominations, 11)).toMatch(/Ngoài chỉ tiêu của khối “xã, phường” \(2 cá nhân, xếp thứ 3\)/);
    expect(reasons(nominations, 13)).toMatch(/xếp thứ 4/);
  });

  it('both caps, then the movement quota', () => {
    const allocs: A[] = [{ group: 'xã, phường', each: false, individual: 2 }, { group: 'đơn vị', each: true, individual: 1 }];
    const rows = () => [ward(10, 'Phường 1', 0.99), ward(11, 'Phường 1', 0.98), ward(12, 'Phường 2', 0.97), ward(13, 'Phường 3', 0.96)];
    // Unit stage: Phường 1 keeps 99 and loses 98. Group stage among 99, 97, 96: two places, 96 out.
    const both = runBinhXet(mk(allocs), rows(), settings()).nominations;
    expect(statuses(both)).toEqual(['selected', 'over_quota', 'selected', 'over_quota']);
    expect(reasons(both, 11)).toMatch(/Ngoài chỉ tiêu của đơn vị “Phường 1” \(1 cá nhân mỗi đơn vị, xếp thứ 2\)/);
    expect(reasons(both, 13)).toMatch(/Ngoài chỉ tiêu của khối “xã, phường” \(2 cá nhân, xếp thứ 3\)/);
    // A movement quota of 1 individual: of the survivors 99 and 97, only 99. The rank is within the
    // movement (99, 98, 97, 96 → 97 is 3rd).
    const withMovement = runBinhXet(mk(allocs, { collective: 0, individual: 1 }), rows(), settings()).nominations;
    expect(statuses(withMovement)).toEqual(['selected', 'over_quota', 'over_quota', 'over_quota']);
    expect(reasons(withMovement, 12)).toMatch(/Xếp hạng 3, ngoài chỉ tiêu 1 cá nhân/);
    expect(reasons(withMovement, 11)).toMatch(/của đơn vị “Phường 1”/);
  });

  it('a tie at a unit cap stays a tie unless a later stage cuts it', () => {
    const tied = () => [ward(10, 'Phường 1', 0.9), ward(11, 'Phường 1', 0.9)];
    const loose = runBinhXet(mk([{ group: 'xã, phường', each: false, individual: 30 }, { group: 'đơn vị', each: true, individual: 1 }]), tied(), settings());
    expect(statuses(loose.nominations)).toEqual(['tie', 'tie']);
    expect(reasons(loose.nominations, 10)).toMatch(/Đồng hạng tại ngưỡng chỉ tiêu của đơn vị “Phường 1” \(1 cá nhân mỗi đơn vị, xếp thứ 1\): 2 hồ sơ/);
    // Group cap 1 and a better ward elsewhere: the tied pair is 2nd and 2nd of the ward, both out.
    const tight = runBinhXet(
      mk([{ group: 'xã, phường', each: false, individual: 1 }, { group: 'đơn vị', each: true, individual: 1 }]),
      [...tied(), ward(12, 'Phường 2', 0.99)],
      settings(),
    );
    expect(statuses(tight.nominations)).toEqual(['over_quota', 'over_quota', 'selected']);
    expect(reasons(tight.nominations, 10)).toMatch(/Ngoài chỉ tiêu của khối “xã, phường” \(1 cá nhân, xếp thứ 2\)/);
  });

  it('a pooled per-unit cap of a named group and the any-unit cap both apply, the narrowest first', () => {
    const p = mk([
      { group: 'xã, phường', each: true, individual: null, either: 2 }, // "mỗi xã, phường chọn 02 trường hợp"
      { group: 'đơn vị', each: true, individual: 3, collective: 1 }, // "mỗi đơn vị … 01 tập thể, 03 cá nhân"
    ]);
    const rows = [
      nominee({ row: 10, unit: 'Phường 1', kind: 'collective', name: 'Phường 1', vote: 0.97 }),
      nominee({ row: 11, unit: 'Phường 1', kind: 'collective', name: 'Công an Phường 1', vote: 0.99 }),
      nominee({ row: 12, unit: 'Phường 1', vote: 0.98 }),
      nominee({ row: 13, unit: 'Phường 1', vote: 0.96 }),
    ];
    const { nominations } = runBinhXet(p, rows, settings());
    // Pool of 2 in Phường 1 (99 TT, 98 CN, 97 TT, 96 CN): 97 and 96 out; then 1 TT, 3 CN: both fit.
    expect(statuses(nominations)).toEqual(['over_quota', 'selected', 'selected', 'over_quota']);
    expect(reasons(nominations, 10)).toMatch(/Ngoài chỉ tiêu của đơn vị “Phường 1” \(2 trường hợp \(tập thể hoặc cá nhân\) mỗi xã, phường, xếp thứ 3\)/);
  });

  it('"chưa có chỉ tiêu" only where no quota at all limited the row', () => {
    const p = mk([{ group: 'Cơ quan Trung ương', each: false, individual: 2 }]);
    const rows = [
      nominee({ row: 10, group: 'Cơ quan Trung ương', unit: 'Cục Thuế', vote: 0.9 }),
      nominee({ row: 11, group: 'Cơ quan Trung ương', unit: 'Kho bạc', kind: 'collective', name: 'Kho bạc' }), // no collective number
      nominee({ row: 12, unit: 'Bệnh viện Bà Rịa', vote: 0.8 }), // no allocation names it
    ];
    const { nominations } = runBinhXet(p, rows, settings());
    expect(statuses(nominations)).toEqual(['selected', 'selected', 'selected']);
    expect(reasons(nominations, 10)).not.toMatch(/chưa có chỉ tiêu/);
    expect(reasons(nominations, 10)).toMatch(/Trong chỉ tiêu của khối “Cơ quan Trung ương” \(2 cá nhân, xếp thứ 1\)/);
    expect(reasons(nominations, 11)).toMatch(/chưa có chỉ tiêu/);
    expect(reasons(nominations, 12)).toMatch(/chưa có chỉ tiêu/);
  });
});

describe('duplicates in a long list', () => {
  it('flags every repeated name + unit of a movement, written with other case, diacritics form or spacing, and nothing else', () => {
    const mv = movement({ id: '1', quota: quota({ collective: 1000, individual: 1000 }), criteria: { collective: [], individual: ['Hoàn thành tốt nhiệm vụ'] } });
    const p = plan({ year: 2024, movements: [mv], deadlines: [] });
    const rows: NominationInput[] = [];
    for (let i = 0; i < 3000; i++) rows.push(nominee({ row: i + 5, name: `Nguyễn Văn Số ${i}`, unit: `Khoa ${i % 7}`, kind: 'individual', movement: '1', received: 45570, marks: ['x'] }));
    // The same person sent again, 1,000 rows later, as another hand typed it.
    rows.push(nominee({ row: 3005, name: 'nguyễn  văn số 17'.normalize('NFD'), unit: 'KHOA 3', kind: 'individual', movement: '1', received: 45571, marks: ['x'] }));
    // Same name, other unit: a namesake, not a duplicate.
    rows.push(nominee({ row: 3006, name: 'Nguyễn Văn Số 18', unit: 'Khoa 0', kind: 'individual', movement: '1', received: 45571, marks: ['x'] }));
    const res = runBinhXet(p, rows, settings({ year: 2024 }));
    const dups = res.nominations.filter((n) => n.duplicate);
    expect(dups.map((n) => n.row)).toEqual([22, 3005]);
    expect(res.nominations[17].reasons).toContain('Trùng tên và đơn vị với dòng 3005 trong cùng phong trào.');
    expect(res.nominations[3000].status).toBe('review');
    expect(res.nominations[3001].duplicate).toBe(false);
  });
});
