// Property-based fuzzing of every text parser. In `npm test` each property takes FUZZ_RUNS (default
// 2,000) inputs from a fixed seed, so a failure is reproducible; `npm run fuzz` (scripts/fuzz.js) runs
// the same properties with a random seed and many more inputs, and prints the counts.
//
// What must hold for any input: no exception escapes (readPlanText may throw UserError — "this is no
// plan" — and nothing else), results keep their contract (dates "YYYY-MM-DD", vote shares 0–1,
// quotas never negative), and the round trips the user relies on work.
import * as fs from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import { parseDate, formatVN, toIso, ymdToSerial, daysInMonth, MAX_SERIAL } from '../../src/core/dates';
import { parseDeadline, resolveDeadline, lastOnTimeFor, cachedParseDeadline, findDeadlinePhrases } from '../../src/core/deadline';
import { parseMark, parseVote, parseNumber } from '../../src/core/marks';
import { parseQuotaText, parseAllocationText } from '../../src/core/quotaText';
import { nfc, foldKey } from '../../src/core/normalize';
import { isUserError } from '../../src/core/errors';
import { detectHeader } from '../../src/workbook/header';
import { readPlanText } from '../../src/plan/index';
import type { Quota } from '../../src/core/types';
import * as G from './generators';

const RUNS = Number(process.env.FUZZ_RUNS) || 2000;
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : 20241015;
const counts: Record<string, number> = {};

function check<Ts extends [unknown, ...unknown[]]>(
  name: string,
  arbs: { [K in keyof Ts]: fc.Arbitrary<Ts[K]> },
  body: (...args: Ts) => void,
  runs = RUNS,
) {
  counts[name] = 0;
  fc.assert(
    fc.property(...(arbs as unknown as [fc.Arbitrary<unknown>]), ((...args: Ts) => {
      counts[name]++;
      body(...args);
    }) as unknown as (a: unknown) => void),
    { numRuns: runs, seed: SEED },
  );
}

afterAll(() => {
  if (process.env.FUZZ_REPORT) fs.writeFileSync(process.env.FUZZ_REPORT, JSON.stringify({ seed: SEED, runs: RUNS, counts }, null, 2));
});

const ISO = /^\d{4}-\d{2}-\d{2}$/;
const isNonNegOrNull = (n: number | null | undefined) => n === null || n === undefined || (Number.isFinite(n) && n >= 0);

function expectQuotaSane(q: Quota | null, where: string) {
  if (!q) return;
  for (const k of ['collective', 'individual', 'either'] as const) {
    if (!isNonNegOrNull(q[k])) throw new Error(`${where}: quota.${k} = ${q[k]}`);
  }
  if (q.percent) {
    for (const k of ['collective', 'individual'] as const) {
      if (!isNonNegOrNull(q.percent[k])) throw new Error(`${where}: quota.percent.${k} = ${q.percent[k]}`);
    }
  }
}

describe('dates', () => {
  test('parseDate never throws and answers in its contract for any cell value or date-like text', () => {
    check('parseDate', [fc.oneof(G.cellValue, G.damaged(G.dateLike), fc.anything()), G.askedYear], (v, year) => {
      const r = parseDate(v, { year });
      if (r.ok) {
        expect(Number.isInteger(r.serial)).toBe(true);
        expect(r.serial).toBeLessThanOrEqual(MAX_SERIAL);
      } else {
        expect(typeof r.message).toBe('string');
        expect(r.message.length).toBeGreaterThan(0);
      }
    });
  });

  test('formatVN(s) and toIso(s) parse back to s for every Excel day', () => {
    const serial = fc.integer({ min: 1, max: MAX_SERIAL }).filter((s) => s !== 60);
    check('formatVN round trip', [serial], (s) => {
      const vn = parseDate(formatVN(s));
      const iso = parseDate(toIso(s));
      expect(vn).toEqual({ ok: true, serial: s });
      expect(iso).toEqual({ ok: true, serial: s });
    });
  });

  test('d/m/yyyy in every separator is the day it names; day 32 or 31/02 is refused, not guessed', () => {
    check(
      'parseDate d/m/y',
      [fc.integer({ min: 1900, max: 2200 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 33 }), fc.constantFrom('/', '-', '.')],
      (y, m, d, sep) => {
        const r = parseDate(`${d}${sep}${m}${sep}${y}`);
        if (d <= daysInMonth(y, m) && !(y === 1900 && m === 2 && d === 29)) expect(r).toEqual({ ok: true, serial: ymdToSerial(y, m, d) });
        else expect(r.ok).toBe(false);
      },
    );
  });
});

describe('deadline phrases', () => {
  test('parse + resolve never throw; every last on-time day is on or before its due date (no day-off shift)', () => {
    check('parseDeadline/resolveDeadline', [G.anyDeadlineText, G.askedYear], (text, year) => {
      const p = parseDeadline(text, { year });
      if (!p.ok) {
        expect(typeof p.message).toBe('string');
        return;
      }
      const d = resolveDeadline(p.spec, year, { shiftDaysOff: false });
      for (const x of d.dates) {
        expect(x.due).toMatch(ISO);
        expect(x.lastOnTime).toMatch(ISO);
        expect({ text, ...x, order: x.lastOnTime <= x.due }).toEqual({ text, ...x, order: true });
      }
      if (d.from !== null) expect(d.from).toMatch(ISO);
    });
  });

  test('lastOnTimeFor never throws and never gives a last on-time day after the due date', () => {
    check(
      'lastOnTimeFor',
      [G.anyDeadlineText, G.askedYear, fc.oneof(fc.constant(null), fc.integer({ min: 1, max: MAX_SERIAL }), fc.integer({ min: 36000, max: 60000 }))],
      (text, year, received) => {
        const p = parseDeadline(text, { year });
        if (!p.ok) return;
        const r = lastOnTimeFor(p.spec, { year, received, shiftDaysOff: false });
        if (r !== null) {
          expect(Number.isFinite(r.due)).toBe(true);
          expect(r.lastOnTime).toBeLessThanOrEqual(r.due);
        }
      },
    );
  });

  test('findDeadlinePhrases in running text: every phrase it finds is one parseDeadline reads', () => {
    check('findDeadlinePhrases', [fc.oneof(G.anyPlanText, fc.array(G.anyDeadlineText, { maxLength: 5 }).map((xs) => xs.join('. ')))], (text) => {
      for (const f of findDeadlinePhrases(text)) {
        expect(f.index).toBeGreaterThanOrEqual(0);
        expect({ phrase: f.phrase, ok: parseDeadline(f.phrase).ok }).toEqual({ phrase: f.phrase, ok: true });
      }
    }, Math.max(200, Math.floor(RUNS / 2)));
  });

  test('the cached parse answers exactly as the parse', () => {
    check('cachedParseDeadline', [G.anyDeadlineText, G.askedYear], (text, year) => {
      expect(cachedParseDeadline(text, year)).toEqual(parseDeadline(text, { year }));
    });
  });
});

describe('marks, numbers and vote shares', () => {
  test('parseMark, parseNumber and parseVote never throw and stay in range', () => {
    check('marks/vote/number', [fc.oneof(G.markLike, G.voteLike, G.hostObject)], (v) => {
      expect(['met', 'unmet', 'unreadable']).toContain(parseMark(v));
      const n = parseNumber(v);
      expect(n === null || Number.isFinite(n)).toBe(true);
      const vote = parseVote(v);
      if (vote.ok) expect(vote.value === null || (Number.isFinite(vote.value) && vote.value >= 0 && vote.value <= 1)).toBe(true);
      else expect(vote.message.length).toBeGreaterThan(0);
    });
  });
});

describe('quota and allocation sentences', () => {
  test('never throw; no quota or allocation is ever negative', () => {
    check('parseQuotaText/parseAllocationText', [G.anyQuotaText], (text) => {
      const q = parseQuotaText(text);
      if (q !== null) expectQuotaSane(q.quota, text);
      for (const a of parseAllocationText(text)) {
        expect([a.collective, a.individual, a.either].every(isNonNegOrNull)).toBe(true);
        expect(typeof a.group).toBe('string');
      }
    });
  });
});

describe('header detection', () => {
  test('detectHeader never throws on any grid; a header it finds is a row of the grid', () => {
    check('detectHeader', [G.grid], (g) => {
      const h = detectHeader(g as never);
      if (h !== null) {
        expect(h.headerRow).toBeGreaterThanOrEqual(1);
        expect(h.headerRow + h.headerRows - 1).toBeLessThanOrEqual(g.length);
      }
    });
  });
});

describe('plan text', () => {
  test('readPlanText throws nothing but UserError; a plan it reads has no negative quota and ordered deadlines', () => {
    check(
      'readPlanText',
      [G.anyPlanText, G.askedYear],
      (text, year) => {
        let plan;
        try {
          plan = readPlanText(text, { year });
        } catch (e) {
          if (isUserError(e)) return;
          throw e;
        }
        for (const m of plan.movements) {
          expectQuotaSane(m.quota, `movement ${m.id}`);
          for (const d of m.deadlines) for (const x of d.dates) expect(x.lastOnTime <= x.due).toBe(true);
        }
        for (const a of plan.allocations) expect([a.collective, a.individual, a.either].every(isNonNegOrNull)).toBe(true);
      },
      Math.max(200, Math.floor(RUNS / 2)),
    );
  });
});

describe('real plans, damaged', () => {
  // The real plans of test/fixtures/plans/real, cut, shuffled, re-wrapped, decomposed: what a user
  // gets when copying a PDF badly. Same rule: UserError or a sane plan.
  const dir = path.join(__dirname, '..', 'fixtures', 'plans', 'real');
  const texts = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => /\.(txt|md)$/.test(f)).map((f) => fs.readFileSync(path.join(dir, f), 'utf8')) : [];

  test('there are real plans to damage', () => {
    expect(texts.length).toBeGreaterThan(0);
  });

  const mutated = fc
    .tuple(fc.nat(Math.max(0, texts.length - 1)), fc.array(fc.tuple(fc.constantFrom('drop', 'dup', 'swap', 'join', 'nfd', 'cut', 'upper', 'noise'), fc.nat(), fc.nat()), { maxLength: 8 }), G.vnText(6))
    .map(([i, ops, noise]) => {
      let lines = (texts[i] ?? '').split('\n');
      for (const [op, a, b] of ops) {
        const n = Math.max(lines.length, 1);
        const x = a % n;
        const y = b % n;
        if (op === 'drop') lines.splice(x, 1 + (b % 20));
        else if (op === 'dup') lines.splice(x, 0, ...lines.slice(y, y + 5));
        else if (op === 'swap') [lines[x], lines[y]] = [lines[y], lines[x]];
        else if (op === 'join') lines = [lines.slice(0, x).join(' '), ...lines.slice(x)];
        else if (op === 'nfd') lines[x] = (lines[x] ?? '').normalize('NFD');
        else if (op === 'cut') lines = lines.slice(0, x + 1);
        else if (op === 'upper') lines[x] = (lines[x] ?? '').toUpperCase();
        else lines.splice(x, 0, noise);
      }
      return lines.join('\n');
    });

  test('readPlanText on a damaged real plan throws nothing but UserError; quotas never negative', () => {
    check(
      'readPlanText (real, damaged)',
      [mutated, G.askedYear],
      (text, year) => {
        let plan;
        try {
          plan = readPlanText(text, { year });
        } catch (e) {
          if (isUserError(e)) return;
          throw e;
        }
        for (const m of plan.movements) {
          expectQuotaSane(m.quota, `movement ${m.id}`);
          for (const d of m.deadlines) for (const x of d.dates) expect(x.lastOnTime <= x.due).toBe(true);
        }
      },
      Math.max(100, Math.floor(RUNS / 10)),
    );
  });
});

describe('normalisation', () => {
  test('nfc and foldKey are idempotent', () => {
    check('nfc/foldKey', [fc.oneof(G.anyString, G.damaged(G.vnText(10)), G.damaged(fc.constantFrom(...G.VN_WORDS)))], (s) => {
      const n = nfc(s);
      expect(nfc(n)).toBe(n);
      const k = foldKey(s);
      expect(foldKey(k)).toBe(k);
    });
  });
});
