// The engine's check stage with an award history (core/engine/history.ts): the decision pass and the
// reasons come from the same conditions, so the reasons never disagree with the decisions; the
// conditions of a form with no rule on are never weighed; "đạt khen cao" marks proposed rows only.
import { decide } from '../../../src/core/binhxet';
import { tableFromInputs } from '../../../src/core/table';
import { buildHistoryIndex, makeRecord, type HistoryRecord } from '../../../src/core/history/historyIndex';
import { ALL_RULES_ON, ruleSwitch } from '../../../src/core/forms/rules';
import { DEFAULT_SETTINGS, type NominationInput } from '../../../src/core/types';
import { movement, plan, quota } from '../engineFixtures';

const UNITS = ['Trung tâm Y tế huyện Long Điền', 'Bệnh viện Bà Rịa', 'Trạm Y tế xã Phước Tỉnh'];
const NAMES = ['Nguyễn Thị Lan', 'Trần Văn Nam', 'Lê Thị Hoa', 'Phạm Văn Đức', 'Khoa Nội', 'Võ Minh Tâm'];
const FORMS = ['Chiến sĩ thi đua cơ sở', 'Hoàn thành xuất sắc nhiệm vụ', 'Lao động tiên tiến', 'Sáng kiến', 'Chiến sĩ thi đua cấp tỉnh', 'Tập thể lao động xuất sắc', 'Bằng khen của Chủ tịch UBND tỉnh'];
const PROPOSED = ['Bằng khen của Chủ tịch UBND tỉnh', 'Chiến sĩ thi đua cấp tỉnh', 'Chiến sĩ thi đua toàn quốc', 'Chiến sĩ thi đua cơ sở', 'Lao động tiên tiến', 'Tập thể lao động xuất sắc', 'Giấy khen', null];
const PLAN = plan({ year: 2025, movements: [movement({ id: '1', name: 'Thi đua năm 2025', quota: quota({ collective: 3, individual: 6 }) })] });

/** Seeded PRNG (mulberry32). */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function world(seed: number) {
  const r = rng(seed);
  const pick = <T,>(a: readonly T[]) => a[Math.floor(r() * a.length)];
  const records: HistoryRecord[] = [];
  for (let i = 0; i < 60; i++) {
    records.push(makeRecord({ row: i + 2, name: pick(NAMES), unit: pick(UNITS), year: 2020 + Math.floor(r() * 6), formText: pick(FORMS), decision: `${i}/QĐ-SYT`, kind: null, birthYear: null, initiatives: r() < 0.5 ? Math.floor(r() * 3) : null }));
  }
  const rows: NominationInput[] = [];
  for (let i = 0; i < 40; i++) {
    const name = pick(NAMES);
    rows.push({
      row: i + 3, name, unit: pick(UNITS), position: null, kind: name.startsWith('Khoa') ? 'collective' : r() < 0.1 ? null : 'individual', movement: '1', group: null,
      received: null, noReceivedColumn: true, marks: [], points: [], bonus: null, penalty: null, givenScore: null, vote: r() < 0.7 ? Math.round(r() * 100) / 100 : null, problems: [], form: pick(PROPOSED),
    });
  }
  return { records, rows };
}

describe('the history in the check stage', () => {
  it('the reasons a row is given never disagree with what decided it (300 random histories, every rule on)', () => {
    let checked = 0;
    for (let seed = 1; seed <= 300; seed++) {
      const { records, rows } = world(seed);
      const index = buildHistoryIndex(records);
      const settings = { ...DEFAULT_SETTINGS, year: 2025 };
      const d = decide(PLAN, tableFromInputs(rows), settings, { history: { index, year: 2025, on: ALL_RULES_ON } });
      const eligible = [...d.eligible];
      const status = [...d.status];
      // Explaining every row runs the same check again, writing the same columns.
      const results = d.results();
      expect([...d.eligible]).toEqual(eligible);
      expect([...d.status]).toEqual(status);
      for (const n of results) {
        const sourced = n.reasons.filter((x) => / — theo .*\((đã xác nhận|nguồn thứ cấp|chưa xác nhận)\)\.$/.test(x));
        if (sourced.length) checked++;
        // A row refused by the history says why, with its source.
        if (!n.eligible && n.status === 'ineligible') expect(sourced.length).toBeGreaterThan(0);
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });

  it('a form with no rule on is never weighed: the same decisions as without a history', () => {
    const { records, rows } = world(7);
    const none = ruleSwitch({ formRules: Object.fromEntries(['bang-khen-tinh.d74-1d'].map((id) => [id, false])) });
    const withHistory = decide(PLAN, tableFromInputs(rows), { ...DEFAULT_SETTINGS, year: 2025 }, { history: { index: buildHistoryIndex(records), year: 2025, on: none } });
    const without = decide(PLAN, tableFromInputs(rows), { ...DEFAULT_SETTINGS, year: 2025 });
    expect([...withHistory.status]).toEqual([...without.status]);
    expect(withHistory.results().map((n) => n.reasons)).toEqual(without.results().map((n) => n.reasons));
  });

  it('"đạt khen cao" only on proposed rows whose form is above every award in their history', () => {
    const rec = (name: string, year: number, formText: string) => makeRecord({ row: 0, name, unit: UNITS[0], year, formText, decision: null, kind: null, birthYear: null, initiatives: null });
    const index = buildHistoryIndex([rec('Nguyễn Thị Lan', 2023, 'Lao động tiên tiến'), rec('Nguyễn Thị Lan', 2024, 'Chiến sĩ thi đua cơ sở'), rec('Lê Thị Hoa', 2024, 'Lao động tiên tiến'), rec('Phạm Văn Đức', 2024, 'Lao động tiên tiến')]);
    const row = (n: number, name: string, form: string, vote: number): NominationInput => ({
      row: n, name, unit: UNITS[0], position: null, kind: 'individual', movement: '1', group: null, received: null, noReceivedColumn: true, marks: [], points: [], bonus: null, penalty: null, givenScore: null, vote, problems: [], form,
    });
    const p = plan({ year: 2025, movements: [movement({ id: '1', quota: quota({ collective: 0, individual: 3 }) })] });
    // Lan for Bằng khen (above her CSTĐCS); Hoa for LĐTT again (not above); Nam, no history (not
    // counted); Đức for CSTĐCS above his LĐTT, but over quota (not proposed, not counted).
    const rows = [row(3, 'Nguyễn Thị Lan', 'Bằng khen của Chủ tịch UBND tỉnh', 0.95), row(4, 'Lê Thị Hoa', 'Lao động tiên tiến', 0.9), row(5, 'Trần Văn Nam', 'Bằng khen của Chủ tịch UBND tỉnh', 0.85), row(6, 'Phạm Văn Đức', 'Chiến sĩ thi đua cơ sở', 0.8)];
    const off = ruleSwitch({ formRules: { 'bang-khen-tinh.d74-1d': false } });
    const d = decide(p, tableFromInputs(rows), { ...DEFAULT_SETTINGS, year: 2025 }, { history: { index, year: 2025, on: off } });
    expect(d.results().map((n) => [n.name, n.status, n.highForm])).toEqual([
      ['Nguyễn Thị Lan', 'selected', true],
      ['Lê Thị Hoa', 'selected', false],
      ['Trần Văn Nam', 'selected', false],
      ['Phạm Văn Đức', 'over_quota', false],
    ]);
    expect(d.summary.forms.map((f) => [f.form, f.proposed, f.highForm])).toEqual([
      ['Bằng khen của Chủ tịch UBND tỉnh', 2, 1],
      ['Lao động tiên tiến', 1, 0],
      ['Chiến sĩ thi đua cơ sở', 0, 0],
    ]);
  });
});
