// The catalogue is data with sources: every rule names a source that exists, the quoted words are
// the words of the real text (Bắc Ninh's Quy định, a fixture copied from the document), sheets'
// ways of writing a form find it, and only a confirmed national text is on by default.
import * as fs from 'fs';
import * as path from 'path';
import { FORMS, formById, BANG_KHEN_TINH, CSTDCS, CSTD_TINH, GIAY_KHEN, LDTT, HTXS, BANG_KHEN_TTG, TTLDXS } from '../../../src/core/forms/catalogue';
import { LEGAL_SOURCES, legalSource } from '../../../src/core/forms/sources';
import { matchForm } from '../../../src/core/forms/match';
import { listRules, ruleDefault, ruleSwitch } from '../../../src/core/forms/rules';
import type { Condition } from '../../../src/core/forms/types';
import { foldKey } from '../../../src/core/normalize';

const BAC_NINH = fs.readFileSync(path.join(__dirname, '../../fixtures/law/bacninh-86-2025-dieu-3-4.txt'), 'utf8');
/** The text as one line of folded words, so PDF line breaks do not matter. */
const flat = (s: string) => foldKey(s.replace(/…/g, ' '));

function formsIn(c: Condition): string[] {
  switch (c.type) {
    case 'yearsInRow':
    case 'recentTimes':
    case 'sameYear':
      return c.forms;
    case 'any':
    case 'all':
      return c.of.flatMap(formsIn);
    default:
      return [];
  }
}

describe('the forms catalogue', () => {
  test('every rule and vote names a source that exists, and every form a condition names is in the catalogue', () => {
    for (const f of FORMS) {
      for (const r of [...f.rules, ...f.votes]) expect(() => legalSource(r.source)).not.toThrow();
      for (const s of f.standards) expect(() => legalSource(s.source)).not.toThrow();
      for (const r of f.rules) for (const id of formsIn(r.condition)) expect([r.id, formById(id)?.id]).toEqual([r.id, id]);
    }
    const ids = [...FORMS.flatMap((f) => [...f.rules, ...f.votes].map((r) => r.id))];
    expect(new Set(ids).size).toBe(ids.length);
  });

  test("Bắc Ninh's quoted words are the words of its Quy định (every part between cuts)", () => {
    const text = flat(BAC_NINH);
    for (const s of LEGAL_SOURCES.filter((x) => x.id.startsWith('bn-'))) {
      for (const part of s.quote.split('…').map(flat).filter((p) => p.length > 0)) expect([s.id, text.includes(part)]).toEqual([s.id, true]);
    }
  });

  test('the Law Article 74 (1)(d) text the default rule rests on is word for word in the province\'s Quy định', () => {
    expect(flat(BAC_NINH)).toContain(flat(legalSource('luat-2022-d74-1d').quote));
  });

  test("the 80% in Bắc Ninh's Quy định is a quorum of members present, not a vote share: no vote rule cites it", () => {
    expect(flat(BAC_NINH)).toContain(flat('phải có ít nhất 80% tổng số Ủy viên Hội đồng tham dự'));
    for (const f of FORMS) for (const v of f.votes) expect(legalSource(v.source).status).toBe('not-confirmed');
  });

  test('only confirmed national rules are on by default; a province rule and secondary ones wait for the secretary', () => {
    const on = listRules().filter((r) => r.defaultOn).map((r) => r.id);
    expect(on).toEqual([`${BANG_KHEN_TINH}.d74-1d`]);
    const bn = listRules().find((r) => r.id === `${BANG_KHEN_TINH}.bn-tap-the`)!;
    expect(bn).toMatchObject({ status: 'confirmed', defaultOn: false, on: false });
    expect(bn.source.scope).toBe('province');
    const cstd = formById(CSTD_TINH)!.rules[0];
    expect(ruleDefault(cstd)).toBe(false);
    expect(ruleSwitch({ formRules: { [cstd.id]: true } })(cstd)).toBe(true);
    expect(ruleSwitch({ formRules: { [`${BANG_KHEN_TINH}.d74-1d`]: false } })(formById(BANG_KHEN_TINH)!.rules[0])).toBe(false);
    expect(listRules({ formRules: { [cstd.id]: true } }).find((r) => r.id === cstd.id)).toMatchObject({ on: true, defaultOn: false, status: 'secondary' });
  });

  test('every form is found by its name, short name and aliases, also decomposed and in capitals', () => {
    for (const f of FORMS) {
      for (const t of [f.name, f.short, ...f.aliases]) {
        expect([t, matchForm(t)?.id]).toEqual([t, f.id]);
        expect([t, matchForm(t.normalize('NFD').toUpperCase())?.id]).toEqual([t, f.id]);
      }
    }
  });

  test('texts as sheets write them', () => {
    expect(matchForm('Chiến sỹ thi đua cơ sở')?.id).toBe(CSTDCS);
    expect(matchForm('Danh hiệu "Lao động tiên tiến"')?.id).toBe(LDTT);
    expect(matchForm('Giấy khen của Giám đốc Sở Y tế')?.id).toBe(GIAY_KHEN);
    expect(matchForm('Bằng khen của Chủ tịch UBND tỉnh Bắc Ninh')?.id).toBe(BANG_KHEN_TINH);
    expect(matchForm('Đề nghị tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh')?.id).toBe(BANG_KHEN_TINH);
    expect(matchForm('Bằng khen của Thủ tướng Chính phủ')?.id).toBe(BANG_KHEN_TTG);
    expect(matchForm('Tập thể Lao động xuất sắc')?.id).toBe(TTLDXS);
    expect(matchForm('Hoàn thành xuất sắc nhiệm vụ')?.id).toBe(HTXS);
    // Whose Bằng khen, which Chiến sĩ thi đua: never guessed.
    expect(matchForm('Bằng khen')).toBeNull();
    expect(matchForm('Chiến sĩ thi đua')).toBeNull();
    expect(matchForm('Huân chương Lao động hạng Ba')).toBeNull();
    expect(matchForm('')).toBeNull();
  });

  test('the order of forms tells a higher form: Bằng khen of the province above Giấy khen, CSTĐ cấp tỉnh above CSTĐCS', () => {
    const rank = (id: string) => formById(id)!.rank;
    expect(rank(BANG_KHEN_TINH)).toBeGreaterThan(rank(GIAY_KHEN));
    expect(rank(CSTD_TINH)).toBeGreaterThan(rank(CSTDCS));
    expect(rank(CSTDCS)).toBeGreaterThan(rank(LDTT));
    expect(rank(BANG_KHEN_TTG)).toBeGreaterThan(rank(BANG_KHEN_TINH));
  });
});
