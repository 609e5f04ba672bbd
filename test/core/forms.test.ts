// Award forms as a dimension of the bình xét: quotas per (movement, form, kind), form-specific
// allocations, ties at a form's cut-off, and what a row whose form the plan does not name becomes.
// Plans are modelled on the real plans in shared/plans:
// - daklak-2025-bau-cu (Kế hoạch 0125/KH-UBND): "2. Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh …
//   b) Đối với xã, phường: Mỗi xã, phường chọn 02 trường hợp (tập thể hoặc cá nhân)"; "3. Giấy khen
//   của Thủ trưởng các cơ quan, đơn vị; Chủ tịch UBND xã, phường: … quy định số lượng khen thưởng
//   theo thẩm quyền"; "1. Khen thưởng cấp Nhà nước: … (theo Hướng dẫn 7886/HD-BNV …)".
// - nghean-2025-dai-hoi-xiv: "a) Hình thức khen thưởng - Huân chương Lao động; - Bằng khen của Thủ
//   tướng Chính phủ; - Bằng khen của Chủ tịch UBND tỉnh; - Giấy khen."
// - brvt-2021-phong-trao: movement 2.4 "05 tập thể và 10 cá nhân" (here split by form, as the
//   secretary may on the "Kế hoạch" sheet).
import fc from 'fast-check';
import { runBinhXet } from '../../src/core/binhxet';
import { summarise } from '../../src/core/summary';
import { matchForm, sameForm } from '../../src/core/engine/forms';
import type { Allocation, FormQuota, NominationResult, Plan } from '../../src/core/types';
import { d, movement, nominee, phongTrao2021, plan, quota, settings, type RowSpec } from './engineFixtures';

const BK_TINH = 'Bằng khen của Chủ tịch UBND tỉnh';
const BK_TTG = 'Bằng khen của Thủ tướng Chính phủ';
const GIAY_KHEN = 'Giấy khen của Thủ trưởng các cơ quan, đơn vị; Chủ tịch UBND xã, phường';
const form = (name: string, q: FormQuota['quota'], quotaNote: string | null = null): FormQuota => ({ form: name, quota: q, quotaNote });

const daklakAllocations: Allocation[] = [
  { group: 'Ban Chỉ đạo bầu cử của tỉnh', each: false, collective: null, individual: 5, either: null, text: 'Ban Chỉ đạo bầu cử của tỉnh: Không quá 05 cá nhân', form: BK_TINH },
  { group: 'xã, phường', each: true, collective: null, individual: null, either: 2, text: 'Đối với xã, phường: Mỗi xã, phường chọn 02 trường hợp (tập thể hoặc cá nhân)', form: BK_TINH },
];
const daklak = plan({
  title: 'Kế hoạch phát động phong trào thi đua thực hiện thành công cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031',
  year: 2025,
  movements: [
    movement({
      id: '1',
      name: 'Thi đua thực hiện thành công cuộc bầu cử',
      formQuotas: [
        form(BK_TTG, null, 'theo Hướng dẫn 7886/HD-BNV ngày 14/9/2025 của Bộ Nội vụ'),
        form(BK_TINH, null),
        form(GIAY_KHEN, null, 'quy định số lượng khen thưởng theo thẩm quyền'),
      ],
    }),
  ],
  allocations: daklakAllocations,
});

// Movement 2.4 of the 2021 plan with its "05 tập thể và 10 cá nhân" split by form.
const split24: Plan = {
  ...phongTrao2021,
  movements: phongTrao2021.movements.map((m) =>
    m.id === '2.4'
      ? { ...m, formQuotas: [form('Giấy khen của Giám đốc Sở Y tế', quota({ collective: 4, individual: 8 })), form('Bằng khen của UBND tỉnh', quota({ collective: 1, individual: 2 }))] }
      : m,
  ),
};
const onTime = settings({ deadlineOverride: 'trước ngày 15/12/2021' });
const row = (s: RowSpec & { form?: string | null }) => ({ ...nominee({ movement: '2.4', received: d(1, 12, 2021), ...s }), form: s.form });
const byRow = (res: NominationResult[], r: number) => res.find((n) => n.row === r)!;

describe('quotas per (movement, form, kind)', () => {
  it('each form is ranked and cut at its own quota; a tie at a form\'s cut-off goes to the council', () => {
    const rows = [
      row({ row: 10, form: 'Bằng khen của UBND tỉnh', vote: 0.95 }),
      row({ row: 11, form: 'Bằng khen của UBND tỉnh', vote: 0.9 }),
      row({ row: 12, form: 'Bằng khen của UBND tỉnh', vote: 0.9 }),
      row({ row: 13, form: 'Bằng khen của UBND tỉnh', vote: 0.5 }),
      ...Array.from({ length: 9 }, (_, i) => row({ row: 20 + i, form: 'Giấy khen của Giám đốc Sở Y tế', vote: 0.99 - i * 0.01 })),
    ];
    const { nominations } = runBinhXet(split24, rows, onTime);
    // Bằng khen: 2 places; rows 11 and 12 equal on every key at places 2 and 3.
    expect([10, 11, 12, 13].map((r) => byRow(nominations, r).status)).toEqual(['selected', 'tie', 'tie', 'over_quota']);
    expect(byRow(nominations, 11).reasons.join(' ')).toMatch(/Đồng hạng 2 .* tại ngưỡng chỉ tiêu 2 cá nhân: Hội đồng quyết định \(hình thức “Bằng khen của UBND tỉnh”\)/);
    // Giấy khen: 8 places, ranked apart (ranks start at 1 again).
    const gk = Array.from({ length: 9 }, (_, i) => byRow(nominations, 20 + i));
    expect(gk.map((n) => n.rank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(gk.map((n) => n.status)).toEqual([...new Array(8).fill('selected'), 'over_quota']);
    expect(gk[8].reasons.join(' ')).toMatch(/Xếp hạng 9, ngoài chỉ tiêu 8 cá nhân \(hình thức “Giấy khen của Giám đốc Sở Y tế”\)/);
    expect(gk[0]).toMatchObject({ form: 'Giấy khen của Giám đốc Sở Y tế', formName: 'Giấy khen của Giám đốc Sở Y tế' });
  });

  it('a form quota of 0 for a kind says so, naming the form', () => {
    const p: Plan = { ...split24, movements: split24.movements.map((m) => (m.id === '2.4' ? { ...m, formQuotas: [form('Bằng khen của UBND tỉnh', quota({ collective: 0, individual: 2 }))] } : m)) };
    const { nominations } = runBinhXet(p, [row({ row: 10, kind: 'collective', name: 'Khoa Nội', marks: [], form: 'Bằng khen của UBND tỉnh' })], onTime);
    expect(nominations[0].status).toBe('over_quota');
    expect(nominations[0].reasons).toContain('Hình thức “Bằng khen của UBND tỉnh” của phong trào 2.4 không có chỉ tiêu khen thưởng cho tập thể.');
  });

  it('the form as offices abbreviate it, in decomposed Unicode, or as a sub-phrase is matched; the band shows the plan\'s name', () => {
    const rows = [
      row({ row: 10, form: 'BK UBND tỉnh' }),
      row({ row: 11, form: 'Bằng khen của Ủy ban nhân dân tỉnh'.normalize('NFD') }),
      row({ row: 12, form: 'giấy khen giám đốc sở' }),
    ];
    const { nominations } = runBinhXet(split24, rows, onTime);
    expect(nominations.map((n) => n.formName)).toEqual(['Bằng khen của UBND tỉnh', 'Bằng khen của UBND tỉnh', 'Giấy khen của Giám đốc Sở Y tế']);
    expect(nominations.map((n) => n.status)).toEqual(['selected', 'selected', 'selected']);
    // The text as written (NFC) stays what the JSON shows.
    expect(nominations[1].form).toBe('Bằng khen của Ủy ban nhân dân tỉnh');
  });
});

describe('rows whose form the plan does not give', () => {
  it('a form named in none of the movement\'s form quotas goes under review, listing the plan\'s forms', () => {
    const { nominations } = runBinhXet(split24, [row({ row: 10, form: 'Chiến sĩ thi đua cơ sở' })], onTime);
    expect(nominations[0].status).toBe('review');
    expect(nominations[0].rank).toBeNull();
    expect(nominations[0].reasons[0]).toBe(
      'Hình thức “Chiến sĩ thi đua cơ sở” không có trong chỉ tiêu của phong trào 2.4 (“Giấy khen của Giám đốc Sở Y tế”; “Bằng khen của UBND tỉnh”): sửa ô hình thức hoặc thêm hình thức vào trang Kế hoạch.',
    );
  });

  it('a blank form under several form quotas is under review; under one, that form is taken with a note', () => {
    expect(runBinhXet(split24, [row({ row: 10, form: null })], onTime).nominations[0]).toMatchObject({
      status: 'review',
      reasons: [expect.stringMatching(/^Thiếu hình thức khen thưởng đề nghị: phong trào 2\.4 có chỉ tiêu riêng cho/)],
    });
    const one: Plan = { ...split24, movements: split24.movements.map((m) => (m.id === '2.4' ? { ...m, formQuotas: [m.formQuotas![1]] } : m)) };
    const n = runBinhXet(one, [row({ row: 10, form: null })], onTime).nominations[0];
    expect(n).toMatchObject({ status: 'selected', formName: 'Bằng khen của UBND tỉnh', form: null });
    expect(n.reasons[0]).toBe('Không ghi hình thức khen thưởng: phong trào 2.4 chỉ có hình thức “Bằng khen của UBND tỉnh” nên tính theo hình thức này.');
  });

  it('"Bằng khen" alone, with two Bằng khen in the plan (nghean-2025), is ambiguous: review', () => {
    const nghean = plan({
      movements: [movement({ id: '1', name: 'Đợt thi đua', formQuotas: [form('Huân chương Lao động', null), form(BK_TTG, null), form(BK_TINH, null), form('Giấy khen', null)] })],
    });
    const n = runBinhXet(nghean, [{ ...nominee({ received: d(1, 12, 2025) }), form: 'Bằng khen' }], settings()).nominations[0];
    expect(n.status).toBe('review');
    expect(n.reasons[0]).toBe(`Hình thức “Bằng khen” khớp nhiều hình thức (“${BK_TTG}”; “${BK_TINH}”): ghi rõ tên hình thức.`);
  });

  it('a movement without form quotas: forms are labels, all share the movement\'s quota as before', () => {
    const rows = [
      row({ row: 10, movement: '2.5', form: 'Giấy khen', vote: 0.9 }),
      row({ row: 11, movement: '2.5', form: 'Bằng khen', vote: 0.8 }),
    ];
    const plain = runBinhXet(phongTrao2021, rows.map(({ form: _f, ...r }) => r), onTime).nominations;
    const labelled = runBinhXet(phongTrao2021, rows, onTime).nominations;
    expect(labelled.map((n) => [n.status, n.rank, n.reasons])).toEqual(plain.map((n) => [n.status, n.rank, n.reasons]));
    expect(labelled.map((n) => n.formName)).toEqual(['Giấy khen', 'Bằng khen']);
  });
});

describe('no form column: exactly as without forms', () => {
  it('a plan with form quotas and rows naming no form (no column) rank at the movement\'s quota', () => {
    const rows = Array.from({ length: 12 }, (_, i) => nominee({ row: 10 + i, movement: '2.4', received: d(1, 12, 2021), vote: 0.99 - i * 0.01 }));
    const a = runBinhXet(phongTrao2021, rows, onTime);
    const b = runBinhXet(split24, rows, onTime);
    expect(b).toEqual(a);
    expect(b.summary.forms).toEqual([]);
    expect(b.nominations.every((n) => n.form === undefined && n.formName === null)).toBe(true);
  });
});

describe('allocations of a form (daklak-2025)', () => {
  it('"Mỗi xã, phường chọn 02 trường hợp" of the Bằng khen cuts that form only; Giấy khen has its own, unknown quota', () => {
    const rows = [
      ...[0.95, 0.9, 0.85].map((vote, i) => ({ ...nominee({ row: 10 + i, unit: 'Phường 1', movement: '1', vote, received: d(1, 3, 2026) }), form: BK_TINH })),
      ...[0.95, 0.9, 0.85].map((vote, i) => ({ ...nominee({ row: 20 + i, unit: 'Phường 1', movement: '1', vote, received: d(1, 3, 2026) }), form: 'Giấy khen' })),
    ];
    const { nominations, summary } = runBinhXet(daklak, rows, settings({ deadlineOverride: 'trước ngày 31/3/2026' }));
    expect([10, 11, 12].map((r) => byRow(nominations, r).status)).toEqual(['selected', 'selected', 'over_quota']);
    expect(byRow(nominations, 12).reasons.join(' ')).toMatch(/Ngoài chỉ tiêu của đơn vị “Phường 1” \(2 trường hợp \(tập thể hoặc cá nhân\) mỗi xã, phường, xếp thứ 3\)/);
    // "Giấy khen" names the plan's Giấy khen (its words in order); no allocation of its own, no number: all proposed.
    expect([20, 21, 22].map((r) => byRow(nominations, r).status)).toEqual(['selected', 'selected', 'selected']);
    expect(byRow(nominations, 20).formName).toBe(GIAY_KHEN);
    expect(byRow(nominations, 20).reasons.join(' ')).toMatch(/quy định số lượng khen thưởng theo thẩm quyền/);
    const line = (f: string) => summary.forms.find((r) => r.form === f && r.kind === 'individual');
    expect(line(BK_TINH)).toMatchObject({ nominated: 3, proposed: 2, quota: null });
    expect(line(GIAY_KHEN)).toMatchObject({ nominated: 3, proposed: 3, quota: null, note: 'quy định số lượng khen thưởng theo thẩm quyền' });
  });
});

describe('summary.forms: per movement × form × kind', () => {
  const rows = [
    row({ row: 10, form: 'Bằng khen của UBND tỉnh', vote: 0.9 }),
    row({ row: 11, form: 'Bằng khen của UBND tỉnh', vote: 0.8, received: d(20, 12, 2021) }),
    row({ row: 12, form: 'Chiến sĩ thi đua cơ sở' }),
    row({ row: 13, kind: 'collective', name: 'Khoa Nhi', form: 'Giấy khen của Giám đốc Sở Y tế' }),
    row({ row: 14, movement: '2.5', form: 'Giấy khen' }),
    row({ row: 15, movement: '2.5', form: 'giấy khen' }),
  ];
  const { nominations, summary } = runBinhXet(split24, rows, onTime);

  it('lists the plan\'s form quotas in order (places still open too), then forms outside them', () => {
    expect(summary.forms.map((f) => [f.movement, f.form, f.kind, f.nominated, f.proposed, f.quota, f.placesLeft])).toEqual([
      ['2.4', 'Giấy khen của Giám đốc Sở Y tế', 'collective', 1, 1, 4, 3],
      ['2.4', 'Giấy khen của Giám đốc Sở Y tế', 'individual', 0, 0, 8, 8],
      ['2.4', 'Bằng khen của UBND tỉnh', 'collective', 0, 0, 1, 1],
      ['2.4', 'Bằng khen của UBND tỉnh', 'individual', 2, 1, 2, 1],
      ['2.4', 'Chiến sĩ thi đua cơ sở', 'individual', 1, 0, null, null],
      // Texts folding alike share a line, shown as first written; the movement's quota is shared.
      ['2.5', 'Giấy khen', 'individual', 2, 2, null, null],
    ]);
    expect(summary.forms.find((f) => f.form === 'Bằng khen của UBND tỉnh' && f.kind === 'individual')).toMatchObject({ late: 1, review: 0 });
    expect(summary.forms.find((f) => f.form === 'Chiến sĩ thi đua cơ sở')).toMatchObject({ review: 1, note: 'Hình thức không có trong kế hoạch.' });
    expect(summary.forms.find((f) => f.movement === '2.5')!.note).toBe('Chỉ tiêu chung của phong trào, không chia theo hình thức.');
  });

  it('the movement\'s own line counts its places as the sum of its forms\' quotas', () => {
    const line = (k: string) => summary.byMovement.find((r) => r.movement === '2.4' && r.kind === k);
    expect(line('individual')).toMatchObject({ nominated: 3, proposed: 1, quota: 10, placesLeft: 9, note: 'Tổng chỉ tiêu các hình thức khen thưởng (chi tiết ở mục V).' });
    expect(line('collective')).toMatchObject({ quota: 5 });
    // Movement 2.5 has no form quotas: its own quota, as before.
    expect(summary.byMovement.find((r) => r.movement === '2.5' && r.kind === 'individual')).toMatchObject({ quota: 10, note: null });
  });

  it('the same summary from the results as objects', () => {
    expect(summarise(split24, nominations, onTime)).toEqual(summary);
  });
});

describe('matching form texts', () => {
  it('equal after folding, abbreviations spelled out, or the words of one in order in the other (two words at least)', () => {
    expect(sameForm('CSTĐCS', 'Chiến sĩ thi đua cơ sở')).toBe(true);
    expect(sameForm('LĐTT', 'Lao động tiên tiến')).toBe(true);
    expect(sameForm('Tập thể LĐXS', 'Tập thể lao động xuất sắc')).toBe(true);
    expect(sameForm('Tập thể LĐXS', 'Tập thể lao động tiên tiến')).toBe(false);
    expect(sameForm('TTLĐXS', 'Tập thể lao động xuất sắc')).toBe(true);
    expect(sameForm('Bằng khen UBND tỉnh', BK_TINH)).toBe(true);
    expect(sameForm('Bằng khen UBND tỉnh', BK_TTG)).toBe(false);
    expect(sameForm('tỉnh', BK_TINH)).toBe(false);
    expect(sameForm('Giấy khen', 'giấy khen')).toBe(true);
  });

  it('a movement without form quotas reads every text as clear', () => {
    expect(matchForm('1', undefined, 'bất kỳ')).toEqual({ slot: 0, message: null, review: false });
    expect(matchForm('1', [], null)).toEqual({ slot: 0, message: null, review: false });
  });
});

describe('whatever the forms written', () => {
  const FORMS = [
    'Bằng khen của UBND tỉnh', 'BK UBND tỉnh', 'bằng khen của ủy ban nhân dân tỉnh'.normalize('NFD'), 'Giấy khen của Giám đốc Sở Y tế',
    'giấy khen giám đốc sở', 'Chiến sĩ thi đua cơ sở', 'Bằng khen', '', null,
  ];
  const rowArb = (r: number) =>
    fc.record({
      kind: fc.constantFrom<'collective' | 'individual'>('collective', 'individual', 'individual'),
      form: fc.constantFrom(...FORMS),
      vote: fc.constantFrom(0.6, 0.8, 0.9, 1),
      day: fc.integer({ min: 1, max: 20 }),
      marks: fc.constantFrom<string[]>(['x', 'x'], ['x', ''], ['x', 'x', 'x', 'x', 'x']),
    }).map((x) => ({ ...nominee({ row: r, movement: '2.4', kind: x.kind, name: `Người ${r}`, vote: x.vote, received: d(x.day, 12, 2021), marks: x.marks }), form: x.form }));
  const rowsArb = fc.integer({ min: 0, max: 40 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => rowArb(i + 5))));

  it('never more proposed per form and kind than its quota; a form outside the plan or blank is never ranked', () => {
    fc.assert(
      fc.property(rowsArb, (rows) => {
        const { nominations, summary } = runBinhXet(split24, rows, onTime);
        const quotas: Record<string, Record<string, number>> = {
          'Giấy khen của Giám đốc Sở Y tế': { collective: 4, individual: 8 },
          'Bằng khen của UBND tỉnh': { collective: 1, individual: 2 },
        };
        for (const [f, q] of Object.entries(quotas)) {
          for (const k of ['collective', 'individual']) {
            expect(nominations.filter((n) => n.formName === f && n.kind === k && n.status === 'selected').length).toBeLessThanOrEqual(q[k]);
          }
        }
        for (const n of nominations) {
          if (!n.formName || !(n.formName in quotas)) expect([n.status, n.rank]).toEqual(['review', null]);
        }
        expect(summary.forms.reduce((a, f) => a + f.nominated, 0)).toBe(rows.length);
        expect(summarise(split24, nominations, onTime)).toEqual(summary);
      }),
      { numRuns: 300, seed: 2024 },
    );
  });
});
