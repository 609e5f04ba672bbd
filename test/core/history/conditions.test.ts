// Multi-year conditions against a history: the reasons name the years found and missing and the
// rule's source; a rule that is not confirmed is off until the secretary turns it on; names in
// decomposed Unicode and units renamed in 2025 still find their history.
import { buildHistoryIndex, historyOf, makeRecord, type HistoryRecord } from '../../../src/core/history/historyIndex';
import { checkForm, checkNominee, decideNominee } from '../../../src/core/history/conditions';
import { ALL_RULES_ON, ruleSwitch } from '../../../src/core/forms/rules';
import { BANG_KHEN_TINH, CSTD_TINH, CSTD_TQ, CSTDCS, formById, GIAY_KHEN, LDTT } from '../../../src/core/forms/catalogue';

const rec = (name: string, unit: string | null, year: number, formText: string, more: Partial<HistoryRecord> = {}): HistoryRecord =>
  makeRecord({ row: 0, name, unit, year, formText, decision: null, kind: null, birthYear: null, initiatives: null, ...more });

const UNIT = 'Trung tâm Y tế huyện Long Điền';
const defaults = ruleSwitch(null);

describe('a history of three years with gaps', () => {
  // CSTĐCS in 2021, 2023, 2024 (none in 2022), two initiatives in 2023–2024; the review is for 2025.
  const records = [
    rec('Nguyễn Thị Lan', UNIT, 2021, 'Chiến sĩ thi đua cơ sở', { decision: '120/QĐ-SYT' }),
    rec('Nguyễn Thị Lan', UNIT, 2023, 'CSTĐCS', { decision: '88/QĐ-SYT', initiatives: 1 }),
    rec('Nguyễn Thị Lan', UNIT, 2024, 'Chiến sỹ thi đua cơ sở', { decision: '91/QĐ-SYT', initiatives: 1 }),
    rec('Nguyễn Thị Lan', UNIT, 2022, 'Lao động tiên tiến'),
  ];
  const index = buildHistoryIndex(records);
  const who = { name: 'Nguyễn Thị Lan', unit: UNIT, kind: 'individual' as const };

  test('CSTĐ cấp tỉnh (03 lần liên tục): the reason names the two years found and the missing one', () => {
    const on = ruleSwitch({ formRules: { [`${CSTD_TINH}.d22`]: true } });
    const c = checkNominee(index, { ...who, formText: 'Chiến sĩ thi đua cấp tỉnh', year: 2025 }, on);
    expect(c.result).toBe('failed');
    expect(c.reasons[0]).toMatch(/^Có CSTĐCS năm 2023, 2024; thiếu năm 2022 — theo Luật Thi đua, khen thưởng số 06\/2022\/QH15, Điều 22 khoản 1 \(nguồn thứ cấp\)\.$/);
    expect(c.history).toHaveLength(4);
  });

  test('the same rule is off by default (its 2022 text is only secondary): nothing is enforced', () => {
    const c = checkNominee(index, { ...who, formText: 'Chiến sĩ thi đua cấp tỉnh', year: 2025 }, defaults);
    expect(c.result).toBe('ok');
    expect(c.rules).toEqual([]);
    expect(c.reasons).toEqual([]);
  });

  test('Bằng khen of the province (on by default, Article 74): two CSTĐCS in a row and two initiatives in those years', () => {
    const c = checkNominee(index, { ...who, formText: 'Bằng khen của Chủ tịch UBND tỉnh', year: 2025 }, defaults);
    expect(c.result).toBe('ok');
    expect(c.rules.map((r) => r.rule)).toEqual([`${BANG_KHEN_TINH}.d74-1d`]);
    expect(c.reasons).toEqual([
      'Có CSTĐCS năm 2023, 2024 (02 năm liên tục); 2 sáng kiến trong các năm đó — theo Luật Thi đua, khen thưởng số 06/2022/QH15, Điều 74 khoản 1 điểm d (đã xác nhận).',
    ]);
  });

  test('the year under review counts when it is already recorded: 2024 and 2025 with CSTĐCS in 2025', () => {
    const more = buildHistoryIndex([...records, rec('Nguyễn Thị Lan', UNIT, 2025, 'CSTĐCS', { initiatives: 1 })]);
    const c = checkNominee(more, { ...who, formText: 'Bằng khen UBND tỉnh', year: 2025 }, defaults);
    expect(c.reasons[0]).toMatch(/^Có CSTĐCS năm 2024, 2025 \(02 năm liên tục\); 2 sáng kiến/);
  });

  test('too few initiatives leaves Article 74 (1)(d) open, naming what is missing and the other standards', () => {
    const one = buildHistoryIndex(records.map((r) => (r.year === 2023 ? { ...r, initiatives: 0 } : r)));
    const c = checkNominee(one, { ...who, formText: 'Bằng khen UBND tỉnh', year: 2025 }, defaults);
    expect(c.result).toBe('unknown');
    expect(c.reasons[0]).toContain('Có CSTĐCS năm 2023, 2024 (02 năm liên tục); chỉ có 1 sáng kiến trong các năm đó (cần 02; hoặc 02 đề tài khoa học: cần kiểm tra)');
    expect(c.reasons[0]).toContain('hoặc Không có HTXSNV năm 2023, 2024');
    expect(c.reasons[0]).toContain('các tiêu chuẩn khác của Điều 74 khoản 1');
  });

  test('a history without initiatives cannot tell them: open, said so', () => {
    const none = buildHistoryIndex(records.map((r) => ({ ...r, initiatives: null })));
    const c = checkNominee(none, { ...who, formText: 'Bằng khen UBND tỉnh', year: 2025 }, defaults);
    expect(c.result).toBe('unknown');
    expect(c.reasons[0]).toContain('lịch sử không ghi sáng kiến: cần kiểm tra số sáng kiến');
  });

  test('initiatives recorded as rows of their own ("Sáng kiến") count in the years of the run', () => {
    const rows = [
      rec('Trần Văn Nam', UNIT, 2023, 'Hoàn thành xuất sắc nhiệm vụ'),
      rec('Trần Văn Nam', UNIT, 2024, 'HTXSNV'),
      rec('Trần Văn Nam', UNIT, 2023, 'Sáng kiến'),
      rec('Trần Văn Nam', UNIT, 2024, 'Sáng kiến'),
      rec('Trần Văn Nam', UNIT, 2019, 'Sáng kiến'),
    ];
    const c = checkNominee(buildHistoryIndex(rows), { name: 'Trần Văn Nam', unit: UNIT, kind: 'individual', formText: 'Bằng khen UBND tỉnh', year: 2025 }, defaults);
    expect(c.result).toBe('ok');
    expect(c.reasons[0]).toMatch(/^Có HTXSNV năm 2023, 2024 \(02 năm liên tục\); 2 sáng kiến/);
  });

  test('records after the year under review are not used', () => {
    const c = checkForm(formById(CSTD_TINH)!, null, records, { kind: 'individual', year: 2023, hasInitiatives: true }, ALL_RULES_ON);
    expect(c.reasons[0]).toMatch(/^Có CSTĐCS năm 2021, 2023; thiếu năm 2022/);
  });
});

describe('finding a person', () => {
  test('a decomposed (NFD) name and a unit in other case and spacing find the same history', () => {
    const index = buildHistoryIndex([rec('Phạm Thị Hạnh'.normalize('NFD'), 'Trạm Y tế xã Phước Hưng', 2024, 'CSTĐCS')]);
    expect(historyOf(index, { name: 'Phạm Thị Hạnh', unit: '  TRẠM Y TẾ XÃ  PHƯỚC HƯNG ' })).toHaveLength(1);
    expect(historyOf(index, { name: 'Phạm Thị Hạnh'.normalize('NFD').toUpperCase(), unit: 'Trạm Y tế xã Phước Hưng' })).toHaveLength(1);
    expect(historyOf(index, { name: 'Phạm Thị Hạnh', unit: 'Trạm Y tế xã Phước Hòa' })).toHaveLength(0);
  });

  test('a unit merged in 2025 keeps its history under the old name when an alias says old → new (chains followed)', () => {
    const records = [
      rec('Lê Văn Tâm', 'Trạm Y tế xã Phước Hưng', 2023, 'CSTĐCS', { initiatives: 1 }),
      rec('Lê Văn Tâm', 'Trạm Y tế thị trấn Long Điền', 2024, 'CSTĐCS', { initiatives: 1 }),
    ];
    const q = { name: 'Lê Văn Tâm', unit: 'Trạm Y tế xã Long Điền', kind: 'individual' as const, formText: 'Bằng khen UBND tỉnh', year: 2025 };
    const without = checkNominee(buildHistoryIndex(records), q, defaults);
    expect(without.history).toEqual([]);
    expect(without.reasons.join(' ')).toContain('Có lịch sử của người/tập thể cùng tên ở đơn vị khác (Trạm Y tế xã Phước Hưng; Trạm Y tế thị trấn Long Điền)');
    const aliases = [
      { from: 'Trạm Y tế xã Phước Hưng', to: 'Trạm Y tế thị trấn Long Điền' },
      { from: 'Trạm Y tế thị trấn Long Điền', to: 'Trạm Y tế xã Long Điền' },
    ];
    const withAliases = checkNominee(buildHistoryIndex(records, { unitAliases: aliases }), q, defaults);
    expect(withAliases.history).toHaveLength(2);
    expect(withAliases.result).toBe('ok');
    expect(withAliases.reasons[0]).toMatch(/^Có CSTĐCS năm 2023, 2024/);
  });

  test('namesakes in one unit are told apart by birth year and kind when both sides give them', () => {
    const index = buildHistoryIndex([
      rec('Nguyễn Văn An', UNIT, 2024, 'CSTĐCS', { birthYear: 1980 }),
      rec('Nguyễn Văn An', UNIT, 2023, 'CSTĐCS', { birthYear: 1992 }),
      rec('Nguyễn Văn An', UNIT, 2022, 'Giấy khen', { kind: 'collective' }),
    ]);
    expect(historyOf(index, { name: 'Nguyễn Văn An', unit: UNIT, birthYear: 1980, kind: 'individual' }).map((r) => r.year)).toEqual([2024]);
    expect(historyOf(index, { name: 'Nguyễn Văn An', unit: UNIT }).map((r) => r.year)).toEqual([2024, 2023, 2022]);
  });
});

describe('other conditions', () => {
  const records = [
    rec('Võ Thị Mai', UNIT, 2025, 'Giấy khen của Giám đốc Sở', { decision: '1234/QĐ-SYT' }),
    rec('Võ Thị Mai', UNIT, 2025, 'Lao động tiên tiến'),
    rec('Võ Thị Mai', UNIT, 2021, 'Chiến sĩ thi đua cấp tỉnh'),
    rec('Võ Thị Mai', UNIT, 2024, 'CSTĐ cấp tỉnh'),
  ];
  const index = buildHistoryIndex(records);
  const who = { name: 'Võ Thị Mai', unit: UNIT, kind: 'individual' as const, year: 2025 };

  test('the same form already given for the year (off by default, secondary): turned on, it names the decision', () => {
    const id = `${GIAY_KHEN}.mot-thanh-tich`;
    expect(checkNominee(index, { ...who, formText: 'Giấy khen' }, defaults).result).toBe('ok');
    const c = checkNominee(index, { ...who, formText: 'Giấy khen' }, ruleSwitch({ formRules: { [id]: true } }));
    expect(c.result).toBe('failed');
    expect(c.reasons).toEqual([
      'Đã được tặng Giấy khen năm 2025 (Quyết định số 1234/QĐ-SYT) — theo Luật Thi đua, khen thưởng số 06/2022/QH15, Chương I, nguyên tắc khen thưởng (khoản chưa đối chiếu) (nguồn thứ cấp).',
    ]);
  });

  test('CSTĐCS needs Lao động tiên tiến of the same year (not confirmed: only when turned on); missing is open, not failed', () => {
    const on = ruleSwitch({ formRules: { [`${CSTDCS}.ldtt`]: true } });
    const ok = checkNominee(index, { ...who, formText: 'CSTĐCS' }, on);
    expect(ok.reasons[0]).toMatch(/^Có LĐTT năm 2025 — theo .*Điều 23 \(chưa xác nhận\)\.$/);
    const open = checkNominee(index, { ...who, year: 2024, formText: 'CSTĐCS' }, on);
    expect(open.result).toBe('unknown');
    expect(open.reasons[0]).toMatch(/^Chưa thấy LĐTT năm 2024 trong lịch sử: cần kiểm tra/);
  });

  test('CSTĐ toàn quốc counts two CSTĐ cấp tỉnh, the latest this year or last, and names them', () => {
    const on = ruleSwitch({ formRules: { [`${CSTD_TQ}.d21`]: true } });
    const c = checkNominee(index, { ...who, formText: 'Chiến sĩ thi đua toàn quốc' }, on);
    expect(c.result).toBe('ok');
    expect(c.reasons[0]).toMatch(/^Có CSTĐ cấp tỉnh các năm 2021, 2024 \(Hội đồng xác nhận các lần là liên tục\)/);
    const late = checkNominee(index, { ...who, year: 2027, formText: 'Chiến sĩ thi đua toàn quốc' }, on);
    expect(late.result).toBe('failed');
    expect(late.reasons[0]).toMatch(/^Chỉ có CSTĐ cấp tỉnh năm 2021, 2024 \(cần 02 lần, lần gần nhất năm 2026 hoặc 2027\)/);
  });

  test('a vote threshold (not confirmed) is off by default; on, it compares the share and says what it is counted over', () => {
    const id = `${CSTDCS}.phieu`;
    expect(checkNominee(index, { ...who, formText: 'CSTĐCS', vote: 0.7 }, defaults).result).toBe('ok');
    const on = ruleSwitch({ formRules: { [id]: true } });
    const low = checkNominee(index, { ...who, formText: 'CSTĐCS', vote: 0.75 }, on);
    expect(low.result).toBe('failed');
    expect(low.reasons[0]).toMatch(/^Tỷ lệ phiếu 75% dưới 80% \(tính trên tổng số thành viên Hội đồng\) — theo Nghị định 98\/2023\/NĐ-CP .*\(chưa xác nhận\)\.$/);
    expect(checkNominee(index, { ...who, formText: 'CSTĐCS', vote: 0.8 }, on).result).toBe('ok');
    expect(checkNominee(index, { ...who, formText: 'CSTĐCS' }, on).result).toBe('unknown');
  });

  test('a form for individuals proposed for a collective, an unknown form and no form are open, never failed', () => {
    expect(checkNominee(index, { ...who, kind: 'collective', formText: 'Lao động tiên tiến' }, defaults)).toMatchObject({
      result: 'unknown', form: LDTT, reasons: ['Lao động tiên tiến không dành cho tập thể: cần kiểm tra.'],
    });
    expect(checkNominee(index, { ...who, formText: 'Huân chương Lao động hạng Ba' }, defaults).reasons).toEqual([
      'Không nhận ra hình thức "Huân chương Lao động hạng Ba": không kiểm tra điều kiện khen thưởng.',
    ]);
    expect(checkNominee(index, { ...who, formText: null }, defaults).result).toBe('unknown');
    // A Bằng khen for a nominee of unknown kind: which standard applies is not known.
    expect(checkNominee(index, { ...who, kind: null, formText: 'Bằng khen UBND tỉnh' }, defaults).reasons[0]).toMatch(/^Chưa rõ cá nhân hay tập thể/);
  });

  test('a collective: two years in a row of HTXSNV or TTLĐXS for the province rule (Bắc Ninh), when turned on', () => {
    const coll = buildHistoryIndex([
      rec('Khoa Nội', UNIT, 2023, 'Tập thể lao động xuất sắc', { kind: 'collective' }),
      rec('Khoa Nội', UNIT, 2024, 'Hoàn thành xuất sắc nhiệm vụ', { kind: 'collective' }),
    ]);
    const q = { name: 'Khoa Nội', unit: UNIT, kind: 'collective' as const, year: 2025, formText: 'Bằng khen UBND tỉnh' };
    expect(checkNominee(coll, q, defaults).rules).toEqual([]);
    const c = checkNominee(coll, q, ruleSwitch({ formRules: { [`${BANG_KHEN_TINH}.bn-tap-the`]: true } }));
    expect(c.result).toBe('ok');
    expect(c.reasons[0]).toBe(
      'Có HTXSNV hoặc TTLĐXS năm 2023, 2024 (02 năm liên tục) — theo Quy định về công tác thi đua, khen thưởng tỉnh Bắc Ninh (ban hành kèm Quyết định số 86/2025/QĐ-UBND ngày 03/12/2025, hiệu lực 15/12/2025), Điều 3 khoản 3 điểm c (Bằng khen của Chủ tịch UBND tỉnh, tập thể) (đã xác nhận).',
    );
  });
});

describe('the decision pass (no reason text) decides as the explained check', () => {
  const records = [
    rec('Nguyễn Thị Lan', UNIT, 2023, 'CSTĐCS', { initiatives: 1, decision: '1/QĐ' }),
    rec('Nguyễn Thị Lan', UNIT, 2024, 'CSTĐCS', { initiatives: 0 }),
    rec('Nguyễn Thị Lan', UNIT, 2025, 'Lao động tiên tiến'),
    rec('Khoa Nội', UNIT, 2024, 'HTXSNV', { kind: 'collective' }),
    rec('Khoa Nội', UNIT, 2025, 'Tập thể lao động xuất sắc', { kind: 'collective' }),
  ];
  const index = buildHistoryIndex(records);
  const switches = [ruleSwitch(null), ALL_RULES_ON];
  const forms = [null, 'Bằng khen UBND tỉnh', 'CSTĐ cấp tỉnh', 'CSTĐCS', 'Lao động tiên tiến', 'Chiến sĩ thi đua toàn quốc', 'Cờ thi đua', 'Huân chương', 'Giấy khen'];
  test('for every form, kind, vote and switch', () => {
    let compared = 0;
    for (const on of switches) {
      for (const formText of forms) {
        for (const name of ['Nguyễn Thị Lan', 'Khoa Nội', 'Người Khác']) {
          for (const kind of [null, 'individual', 'collective'] as const) {
            for (const vote of [undefined, 0.5, 0.95]) {
              const q = { name, unit: UNIT, kind, formText, year: 2025, vote };
              expect([q, decideNominee(index, q, on)]).toEqual([q, checkNominee(index, q, on).result]);
              compared++;
            }
          }
        }
      }
    }
    expect(compared).toBe(2 * 9 * 3 * 3 * 3);
  });
});
