// The real corpus (test/fixtures/plans/corpus): documents of the genre exactly as public copies
// store them, each with the facts a secretary would confirm, written by reading the document (never
// from a program's output). Each document goes through the product's public reader; the test prints
// facts right / total per document and overall, and holds the count at or above a floor — a ratchet
// against regressions, raised as the reader improves, not a statement of what is right. Documents marked
// `"holdout": true` were gathered after the reader was tuned and are never tuned on: their figure is
// printed and ratcheted apart from the rest, as the honest measure of reading unseen documents. Once
// a holdout set has been tuned on, a new set is gathered (`"set": "holdout2"`, …) and graded apart again.
import * as fs from 'fs';
import * as path from 'path';
import { readPlanFile } from '../../src/plan';
import type { Deadline, Plan } from '../../src/core/types';

const DIR = path.join(__dirname, '..', 'fixtures', 'plans', 'corpus');
/** Facts right on the tuned corpus (documents without `holdout`) with the reader as it stands (see
 *  README); raise it, never lower it. */
const FLOOR = 128;
/** Facts right on the holdout documents with the reader as it stands (README, "Holdout"); a ratchet
 *  like FLOOR, kept apart so that gains on one set cannot hide losses on the other. */
const HOLDOUT_FLOOR = 68;
/** Facts right on the second holdout set (README, "Holdout 2"): 29 on first contact, 46 after one
 *  round of fixes for the patterns it showed (so now tuned on); a ratchet like the others, never set
 *  above what the reader does today. */
const HOLDOUT2_FLOOR = 46;
/** Facts right on the third holdout set (README, "Holdout 3"), gathered after the reader read the
 *  others whole: 23 of 36 on first contact, 36 after one round of fixes for the patterns it showed
 *  (so now tuned on); a ratchet like the others, never set above what the reader does today. */
const HOLDOUT3_FLOOR = 36;
/**
 * The fourth holdout set ("set": "holdout4"), graded by reading and committed before the reader
 * ever ran on it; its first contact was with the reader after plan5: 36 of 61, one refused. 51, none
 * refused, after one round of fixes for the patterns it showed (so now tuned on once); a ratchet like
 * the others, never set above what the reader does today.
 */
const HOLDOUT4_FLOOR = 51;
/**
 * The fifth holdout set ("set": "holdout5"), graded by reading and committed before the reader
 * ever ran on it; first contact with the reader after plan6: 36 of 61, none refused (the honest
 * figure today). Never tuned on.
 */
const HOLDOUT5_FLOOR = 36;
/** Documents the reader refused when they were graded (README, "Grading" and "Holdout"): every one of
 *  them has facts, so each is a failure to fix; the list may only shrink. */
const KNOWN_REFUSALS: string[] = [];

const DOC_EXTENSIONS = ['.txt', '.md', '.html', '.docx'];
const KINDS = ['ke-hoach', 'quyet-dinh', 'quy-dinh', 'huong-dan', 'cong-van', 'thong-bao'];

// ------------------------------------------------------------------ comparison

/** Folds what differs between copies of one text but not in meaning: Unicode form, case, spaces,
 *  dash and quote glyphs, spaces around a dash, and the old/new place of the tone mark (hoá/hóa). */
function normText(s: string): string {
  return s
    .normalize('NFC')
    .toLocaleLowerCase('vi')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[“”„‟«»]/g, '"')
    .replace(/[‘’‚‛′`]/g, "'")
    .replace(/\s*-\s*/g, ' - ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/o([àáảãạ])/gu, (_, v: string) => TONE_ON_O[v] + 'a')
    .replace(/o([èéẻẽẹ])/gu, (_, v: string) => TONE_ON_O['aàáảãạ'['eèéẻẽẹ'.indexOf(v)]] + 'e')
    .replace(/u([ỳýỷỹỵ])/gu, (_, v: string) => 'ùúủũụ'['ỳýỷỹỵ'.indexOf(v)] + 'y');
}
const TONE_ON_O: Record<string, string> = { à: 'ò', á: 'ó', ả: 'ỏ', ã: 'õ', ạ: 'ọ', a: 'o' };

/** Words that open a title without being part of it ("KẾ HOẠCH", "HƯỚNG DẪN VỀ VIỆC …"). */
const KIND_WORDS = ['kế hoạch', 'hướng dẫn', 'quyết định', 'quy định', 'quy chế', 'thông báo', 'công văn', 'thông tư', 'về việc', 'v/v'].map(normText);

/** A title compared without the document-kind words that open it. */
function normTitle(s: string): string {
  let t = normText(s);
  for (let w = KIND_WORDS.find((k) => t.startsWith(k)); w; w = KIND_WORDS.find((k) => t.startsWith(k))) {
    t = t.slice(w.length).replace(/^\s*[:.]?\s*/, '');
  }
  return t;
}

const sameString = (a: unknown, b: unknown) => typeof a === 'string' && typeof b === 'string' && normText(a) === normText(b);

/** Equal, or one contains the other and the shorter has at least 80% of the longer's length. */
function sameTitle(expected: unknown, actual: unknown): boolean {
  if (typeof expected !== 'string' || typeof actual !== 'string') return false;
  const [e, a] = [normTitle(expected), normTitle(actual)];
  if (!e || !a) return false;
  if (e === a) return true;
  const [short, long] = e.length <= a.length ? [e, a] : [a, e];
  return long.includes(short) && short.length >= 0.8 * long.length;
}

const sameSet = (expected: unknown, actual: unknown, eq: (x: unknown, y: unknown) => boolean) => {
  if (!Array.isArray(expected) || !Array.isArray(actual)) return false;
  return expected.every((x) => actual.some((y) => eq(x, y))) && actual.every((y) => expected.some((x) => eq(x, y)));
};

function sameObject(expected: unknown, actual: unknown, keys: Record<string, (x: unknown, y: unknown) => boolean>): boolean {
  if (!expected || !actual || typeof expected !== 'object' || typeof actual !== 'object') return expected === actual;
  const e = expected as Record<string, unknown>;
  const a = actual as Record<string, unknown>;
  return Object.entries(keys).every(([k, eq]) => eq(e[k] ?? null, a[k] ?? null));
}

const exact = (x: unknown, y: unknown) => x === y;
const percentEq = (x: unknown, y: unknown) => sameObject(x, y, { collective: exact, individual: exact });
const quotaEq = (x: unknown, y: unknown) => sameObject(x, y, { collective: exact, individual: exact, either: exact, percent: percentEq });
const allocationEq = (x: unknown, y: unknown) => sameObject(x, y, { group: sameString, each: exact, collective: exact, individual: exact, either: exact });
const gradeEq = (x: unknown, y: unknown) => sameObject(x, y, { name: sameString, minScore: exact, noZeroCriterion: exact });

// ------------------------------------------------------------------ facts

type Kind = 'kind' | 'string' | 'title' | 'date' | 'int' | 'number' | 'dates' | 'strings' | 'quota' | 'allocation' | 'grades';

const isDate = (v: unknown) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v));
const isNumOrNull = (v: unknown) => v === null || typeof v === 'number';

/** Whether an expected value has the shape its kind of fact needs. */
const VALID: Record<Kind, (v: unknown) => boolean> = {
  kind: (v) => typeof v === 'string' && KINDS.includes(v),
  string: (v) => typeof v === 'string' && v.trim() !== '',
  title: (v) => typeof v === 'string' && v.trim() !== '',
  date: isDate,
  int: (v) => Number.isInteger(v),
  number: (v) => typeof v === 'number',
  dates: (v) => Array.isArray(v) && v.length > 0 && v.every(isDate),
  strings: (v) => Array.isArray(v) && v.length > 0 && v.every((s) => typeof s === 'string' && s.trim() !== ''),
  quota: (v) => !!v && typeof v === 'object' && ['collective', 'individual', 'either'].every((k) => isNumOrNull((v as Record<string, unknown>)[k])) && 'percent' in v,
  allocation: (v) => !!v && typeof v === 'object' && typeof (v as Record<string, unknown>).group === 'string' && typeof (v as Record<string, unknown>).each === 'boolean',
  grades: (v) => Array.isArray(v) && v.every((g) => g && typeof g.name === 'string' && typeof g.minScore === 'number' && typeof g.noZeroCriterion === 'boolean'),
};

const SAME: Record<Kind, (expected: unknown, actual: unknown) => boolean> = {
  kind: exact,
  string: sameString,
  title: sameTitle,
  date: exact,
  int: exact,
  number: exact,
  dates: (e, a) => sameSet(e, a, exact),
  strings: (e, a) => sameSet(e, a, sameString),
  quota: quotaEq,
  allocation: allocationEq,
  grades: (e, a) => Array.isArray(e) && Array.isArray(a) && e.length === a.length && e.every((g, i) => gradeEq(g, a[i])),
};

const lastOnTimes = (ds: Deadline[] | undefined) => (ds ?? []).flatMap((d) => d.dates.map((x) => x.lastOnTime));
/** Keys the contract may add before the Plan type has them (number, date, kind, forms, council). */
const extra = (p: Plan, k: string): unknown => (p as unknown as Record<string, unknown>)[k];
const named = (v: unknown): unknown => (v && typeof v === 'object' ? ((v as Record<string, unknown>).name ?? (v as Record<string, unknown>).text) : v);
const mv = (p: Plan, m: RegExpExecArray) => p.movements[Number(m[1])];

/** One line per fact key: its pattern, its kind, and where the reader keeps it. */
const FACTS: [RegExp, Kind, (p: Plan, m: RegExpExecArray) => unknown][] = [
  [/^kind$/, 'kind', (p) => extra(p, 'kind')],
  [/^issuer$/, 'string', (p) => p.issuer],
  [/^number$/, 'string', (p) => extra(p, 'number')],
  [/^date$/, 'date', (p) => extra(p, 'date')],
  [/^title$/, 'title', (p) => p.title],
  [/^year$/, 'int', (p) => p.year],
  [/^period\.(from|to)$/, 'date', (p, m) => p.period?.[m[1] as 'from' | 'to']],
  [/^movements\.count$/, 'int', (p) => p.movements.length],
  [/^movements\.(\d+)\.name$/, 'title', (p, m) => mv(p, m)?.name],
  [/^movements\.(\d+)\.quota$/, 'quota', (p, m) => mv(p, m)?.quota],
  [/^movements\.(\d+)\.criteria\.(collective|individual)\.count$/, 'int', (p, m) => mv(p, m)?.criteria[m[2] as 'collective' | 'individual'].length],
  [/^movements\.(\d+)\.deadlines\.lastOnTime$/, 'dates', (p, m) => mv(p, m) && lastOnTimes(mv(p, m).deadlines)],
  // Deadlines not tied to a movement; a one-movement reading may hold them in its only movement.
  [/^deadlines\.lastOnTime$/, 'dates', (p) => [...lastOnTimes(p.deadlines), ...(p.movements.length === 1 ? lastOnTimes(p.movements[0].deadlines) : [])]],
  [/^allocations\.count$/, 'int', (p) => p.allocations.length],
  [/^allocations\.(\d+)$/, 'allocation', (p, m) => p.allocations[Number(m[1])]],
  [/^rubric\.total$/, 'number', (p) => p.rubric?.total],
  [/^rubric\.items\.count$/, 'int', (p) => p.rubric?.items.length],
  [/^rubric\.(bonusMax|penaltyMax)$/, 'number', (p, m) => p.rubric?.[m[1] as 'bonusMax' | 'penaltyMax']],
  [/^grades$/, 'grades', (p) => p.grades],
  // The reader keeps each form as an object with its name (and kinds, criteria): the name is the fact.
  [/^forms$/, 'strings', (p) => (extra(p, 'forms') as unknown[] | undefined)?.map(named)],
  [/^council$/, 'string', (p) => named(extra(p, 'council'))],
];

function factOf(key: string): { kind: Kind; get: (p: Plan) => unknown } | null {
  for (const [re, kind, get] of FACTS) {
    const m = re.exec(key);
    if (m) return { kind, get: (p) => get(p, m) };
  }
  return null;
}

// ------------------------------------------------------------------ the corpus

/** Later holdout sets, each gathered after the reader was tuned on the one before it. */
const HOLDOUT_SETS = ['holdout2', 'holdout3', 'holdout4', 'holdout5'];

interface Expected {
  holdout?: boolean;
  /** Which later holdout set the document belongs to (absent: the first holdout or the tuned corpus). */
  set?: string;
  source: { url: string; title: string; corpus: string; retrieved: string };
  complete: boolean;
  cut: string | null;
  mess: string[];
  sector?: string;
  facts: Record<string, unknown>;
  notes?: string[];
}

const TOP_KEYS = ['holdout', 'set', 'source', 'complete', 'cut', 'mess', 'sector', 'facts', 'notes'];
const slugs = fs
  .readdirSync(DIR)
  .filter((f) => f.endsWith('.expected.json'))
  .map((f) => f.slice(0, -'.expected.json'.length))
  .sort();
const docFiles = fs.readdirSync(DIR).filter((f) => DOC_EXTENSIONS.includes(path.extname(f)));
const expectedOf = (slug: string) => JSON.parse(fs.readFileSync(path.join(DIR, `${slug}.expected.json`), 'utf8')) as Expected;

/** What is wrong with one expected file, in words. */
function problems(slug: string, e: Expected): string[] {
  const out: string[] = [];
  for (const k of Object.keys(e)) if (!TOP_KEYS.includes(k)) out.push(`unknown key "${k}"`);
  const s = e.source;
  if (!s || ['url', 'title', 'corpus'].some((k) => typeof (s as unknown as Record<string, unknown>)[k] !== 'string') || !isDate(s.retrieved)) out.push('source needs url, title, corpus and a retrieved date');
  if (e.holdout !== undefined && typeof e.holdout !== 'boolean') out.push('holdout must be true or false');
  if (e.set !== undefined && (!HOLDOUT_SETS.includes(e.set) || e.holdout !== true)) out.push(`set must be one of ${HOLDOUT_SETS.join(', ')}, on a holdout document`);
  if (typeof e.complete !== 'boolean') out.push('complete must be true or false');
  if (e.complete === false && (typeof e.cut !== 'string' || !e.cut.trim())) out.push('an incomplete copy must say where it is cut');
  if (e.complete === true && e.cut != null) out.push('a complete copy has no cut');
  if (!Array.isArray(e.mess) || !e.mess.every((m) => typeof m === 'string')) out.push('mess must be a list of words');
  if (e.notes !== undefined && !(Array.isArray(e.notes) && e.notes.every((n) => typeof n === 'string'))) out.push('notes must be a list of sentences');
  if (!e.facts || typeof e.facts !== 'object' || !Object.keys(e.facts).length) out.push('facts must name at least one fact');
  for (const [k, v] of Object.entries(e.facts ?? {})) {
    const f = factOf(k);
    if (!f) out.push(`unknown fact "${k}"`);
    else if (!VALID[f.kind](v)) out.push(`fact "${k}" is not a valid ${f.kind}: ${JSON.stringify(v)}`);
  }
  const docs = docFiles.filter((d) => path.basename(d, path.extname(d)) === slug);
  if (docs.length !== 1) out.push(`needs exactly one document file, found ${docs.length}`);
  return out;
}

interface Graded {
  slug: string;
  holdout: boolean;
  set: string | null;
  right: number;
  total: number;
  refused: string | null;
  wrong: { key: string; expected: unknown; actual: unknown }[];
}

async function grade(slug: string): Promise<Graded> {
  const e = expectedOf(slug);
  const file = docFiles.find((d) => path.basename(d, path.extname(d)) === slug)!;
  const facts = Object.entries(e.facts);
  const holdout = e.holdout === true;
  const set = e.set ?? null;
  let plan: Plan;
  try {
    plan = await readPlanFile(new Uint8Array(fs.readFileSync(path.join(DIR, file))), file);
  } catch (err) {
    const refused = err instanceof Error ? err.message : String(err);
    return { slug, holdout, set, right: 0, total: facts.length, refused, wrong: facts.map(([key, expected]) => ({ key, expected, actual: '(refused)' })) };
  }
  const wrong: Graded['wrong'] = [];
  for (const [key, expected] of facts) {
    const f = factOf(key)!;
    const actual = f.get(plan);
    if (!SAME[f.kind](expected, actual)) wrong.push({ key, expected, actual: actual ?? null });
  }
  return { slug, holdout, set, right: facts.length - wrong.length, total: facts.length, refused: null, wrong };
}

/** Facts right, facts in all and refusals over a set of graded documents. */
function tally(gs: Graded[]): { right: number; total: number; refused: number; documents: number } {
  return { right: gs.reduce((n, g) => n + g.right, 0), total: gs.reduce((n, g) => n + g.total, 0), refused: gs.filter((g) => g.refused).length, documents: gs.length };
}

const figure = (name: string, t: ReturnType<typeof tally>, floor: number) =>
  `${name}: ${t.right} / ${t.total} facts right over ${t.documents} documents, ${t.refused} refused (floor ${floor})`;

describe('the real corpus, graded by reading', () => {
  let graded: Graded[] = [];
  const tuned = () => graded.filter((g) => !g.holdout);
  const holdout = () => graded.filter((g) => g.holdout && !g.set);
  const holdout2 = () => graded.filter((g) => g.set === 'holdout2');
  const holdout3 = () => graded.filter((g) => g.set === 'holdout3');
  const holdout4 = () => graded.filter((g) => g.set === 'holdout4');
  const holdout5 = () => graded.filter((g) => g.set === 'holdout5');

  beforeAll(async () => {
    graded = [];
    for (const slug of slugs) if (!problems(slug, expectedOf(slug)).length) graded.push(await grade(slug));
    console.table(graded.map((g) => ({ document: g.slug, set: g.set ?? (g.holdout ? 'holdout' : 'tuned'), right: g.right, total: g.total, refused: g.refused ? 'REFUSED' : '' })));
    const nowRead = KNOWN_REFUSALS.filter((s) => graded.some((g) => g.slug === s && !g.refused));
    console.log(
      `${figure('corpus (tuned on)', tally(tuned()), FLOOR)}\n${figure('holdout (tuned on once)', tally(holdout()), HOLDOUT_FLOOR)}\n` +
        `${figure('holdout2 (tuned on once)', tally(holdout2()), HOLDOUT2_FLOOR)}\n` +
        `${figure('holdout3 (tuned on once)', tally(holdout3()), HOLDOUT3_FLOOR)}\n` +
        `${figure('holdout4 (tuned on once)', tally(holdout4()), HOLDOUT4_FLOOR)}\n` +
        `${figure('holdout5 (never tuned on)', tally(holdout5()), HOLDOUT5_FLOOR)}\n` +
        (nowRead.length ? `no longer refused (remove from KNOWN_REFUSALS): ${nowRead.join(', ')}\n` : '') +
        graded
          .flatMap((g) => (g.refused ? [`${g.slug}: refused — ${g.refused}`] : g.wrong.map((w) => `${g.slug}: ${w.key} expected ${JSON.stringify(w.expected)}, read ${JSON.stringify(w.actual)}`)))
          .join('\n'),
    );
  });

  it('holds at least 20 documents, every one with a well-formed expected file', () => {
    expect(slugs.length).toBeGreaterThanOrEqual(20);
    const bad = slugs.map((s) => [s, problems(s, expectedOf(s))] as const).filter(([, p]) => p.length);
    expect(bad).toEqual([]);
    const orphans = docFiles.filter((d) => !slugs.includes(path.basename(d, path.extname(d))) && d !== 'README.md');
    expect(orphans).toEqual([]);
  });

  it('refuses no document beyond those it refused when the corpus was graded', () => {
    const refused = graded.filter((g) => g.refused).map((g) => g.slug);
    expect(refused.filter((s) => !KNOWN_REFUSALS.includes(s))).toEqual([]);
  });

  it('keeps the facts right on the tuned corpus at or above its floor', () => {
    expect(tally(tuned()).right).toBeGreaterThanOrEqual(FLOOR);
  });

  it('keeps the facts right on the holdout documents at or above their floor', () => {
    expect(holdout().length).toBeGreaterThan(0);
    expect(tally(holdout()).right).toBeGreaterThanOrEqual(HOLDOUT_FLOOR);
  });

  it('keeps the facts right on the second holdout set at or above their floor', () => {
    expect(holdout2().length).toBeGreaterThanOrEqual(12);
    expect(tally(holdout2()).right).toBeGreaterThanOrEqual(HOLDOUT2_FLOOR);
  });

  it('keeps the facts right on the third holdout set at or above their floor', () => {
    expect(holdout3().length).toBeGreaterThanOrEqual(12);
    expect(tally(holdout3()).right).toBeGreaterThanOrEqual(HOLDOUT3_FLOOR);
  });

  it('keeps the facts right on the fourth holdout set at or above their floor', () => {
    expect(holdout4().length).toBeGreaterThanOrEqual(12);
    expect(tally(holdout4()).right).toBeGreaterThanOrEqual(HOLDOUT4_FLOOR);
  });

  it('keeps the facts right on the fifth holdout set at or above their floor', () => {
    expect(holdout5().length).toBeGreaterThanOrEqual(12);
    expect(tally(holdout5()).right).toBeGreaterThanOrEqual(HOLDOUT5_FLOOR);
  });
});

describe('grading rules', () => {
  it('folds case, spaces, dashes, quotes and the place of the tone mark', () => {
    expect(normText('Thanh  Hoá – “Ủy ban”')).toBe(normText('thanh hóa - "ủy ban"'));
    expect(normText('Uỷ ban nhân dân')).toBe(normText('Ủy ban nhân dân'));
    expect(normText('2019 - 2025')).toBe(normText('2019-2025'));
    expect(normText('Sở Y tế')).not.toBe(normText('Sở Y tê'));
  });
  it('takes a title without its kind word, or contained in the other at 80% of its length', () => {
    expect(sameTitle('Phát động thi đua năm 2020', 'KẾ HOẠCH PHÁT ĐỘNG THI ĐUA NĂM 2020')).toBe(true);
    expect(sameTitle('Về việc tổ chức phong trào thi đua', 'HƯỚNG DẪN VỀ VIỆC TỔ CHỨC PHONG TRÀO THI ĐUA')).toBe(true);
    expect(sameTitle('Phát động thi đua năm 2020', 'Phát động thi đua năm 2020 và giai đoạn 2021 - 2025 của Bệnh viện')).toBe(false);
    expect(sameTitle('Phát động thi đua năm 2020', 'Phát động thi đua năm 2021')).toBe(false);
  });
  it('compares dates and forms as sets, quotas and allocations field by field', () => {
    expect(SAME.dates(['2024-03-14', '2024-06-14'], ['2024-06-14', '2024-03-14'])).toBe(true);
    expect(SAME.dates(['2024-03-14'], ['2024-03-14', '2024-06-14'])).toBe(false);
    expect(SAME.strings(['Giấy khen của Giám đốc Sở'], ['giấy khen của giám đốc sở'])).toBe(true);
    expect(SAME.quota({ collective: 0, individual: 10, either: null, percent: null }, { collective: 0, individual: 10, either: null, percent: null })).toBe(true);
    expect(SAME.quota({ collective: 0, individual: 10, either: null, percent: null }, { collective: null, individual: 10, either: null, percent: null })).toBe(false);
    expect(SAME.allocation({ group: 'xã, phường', each: true, collective: 1, individual: 3, either: null }, { group: 'Xã, phường', each: true, collective: 1, individual: 3, either: null, text: 'mỗi xã, phường …' })).toBe(true);
  });
  it('counts a fact the reader has no key for as wrong', () => {
    const plan = { title: 'x', issuer: '', year: null, period: { from: null, to: null }, movements: [], deadlines: [], allocations: [], rubric: null, grades: [] } as Plan;
    expect(SAME.strings(['Bằng khen'], factOf('forms')!.get(plan))).toBe(false);
    expect(SAME.string('Hội đồng Thi đua - Khen thưởng Sở Y tế', factOf('council')!.get(plan))).toBe(false);
  });
});
