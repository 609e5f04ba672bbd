import fc from 'fast-check';
import { compareNominees, competitionRanks, cutAtQuota, rankGroup, sortRows } from '../../src/core/rank';

describe('compareNominees', () => {
  it('score desc, then vote desc (missing last), then received asc (missing last)', () => {
    const a = { id: 'a', score: 5, vote: 0.8, received: 100 };
    const b = { id: 'b', score: 6, vote: 0.5, received: 200 };
    const c = { id: 'c', score: 5, vote: 0.9, received: 300 };
    const d = { id: 'd', score: 5, vote: null, received: 50 };
    const e = { id: 'e', score: 5, vote: 0.8, received: 90 };
    const f = { id: 'f', score: 5, vote: 0.8, received: null };
    expect(rankGroup([a, b, c, d, e, f]).map((x) => x.id)).toEqual(['b', 'c', 'e', 'a', 'f', 'd']);
    expect(compareNominees(a, { score: 5, vote: 0.8, received: 100 })).toBe(0);
  });
});

describe('cutAtQuota', () => {
  const k = (score: number, vote: number | null = null, received = 1) => ({ score, vote, received });
  it('first Q selected, rest over quota', () => {
    expect(cutAtQuota([k(9), k(8), k(7)], 2)).toEqual(['selected', 'selected', 'over_quota']);
  });
  it('equal keys at places Q and Q+1 → all with that key tie', () => {
    expect(cutAtQuota([k(9), k(8), k(8), k(8), k(7)], 2)).toEqual(['selected', 'tie', 'tie', 'tie', 'over_quota']);
  });
  it('equal keys elsewhere are not a tie at the cut-off', () => {
    expect(cutAtQuota([k(9), k(9), k(8)], 2)).toEqual(['selected', 'selected', 'over_quota']);
  });
  it('unknown quota passes everyone; zero passes nobody', () => {
    expect(cutAtQuota([k(1), k(2)], null)).toEqual(['selected', 'selected']);
    expect(cutAtQuota([k(1), k(2)], 0)).toEqual(['over_quota', 'over_quota']);
  });
  it('competition ranks share places', () => {
    expect(competitionRanks([k(9), k(8), k(8), k(7)])).toEqual([1, 2, 2, 4]);
  });
});

describe('sortRows (the engine\'s ranking of a table\'s rows)', () => {
  // Few distinct values, so that many rows tie on one key or on all three.
  const key = (values: number[]) => fc.oneof(fc.constantFrom(...values), fc.constant(NaN));
  // A row's score is never missing (the engine scores every row); its vote and received day may be.
  const table = fc.array(fc.tuple(fc.constantFrom(3, 2, 1, 0, 2.5), key([0.9, 0.8, 1, 0.85]), key([45570, 45571, 45580])), { maxLength: 300, size: 'max' });

  it('orders rows as compareNominees orders their keys, ties in sheet order', () => {
    fc.assert(fc.property(table, fc.integer({ min: 0, max: 5 }), (rows, skip) => {
      const score = Float64Array.from(rows, (r) => r[0]);
      const vote = Float64Array.from(rows, (r) => r[1]);
      const received = Float64Array.from(rows, (r) => r[2]);
      // A subset of the rows, in sheet order, as the engine ranks one group.
      const idx = rows.map((_, i) => i).filter((i) => i % 6 !== skip);
      const keyOf = (i: number) => ({ i, score: score[i], vote: vote[i] === vote[i] ? vote[i] : null, received: received[i] === received[i] ? received[i] : null });
      const expected = idx.map(keyOf).sort((a, b) => compareNominees(a, b) || a.i - b.i).map((k) => k.i);
      const got = [...idx];
      sortRows(got, score, vote, received);
      expect(got).toEqual(expected);
    }), { numRuns: 500, seed: 3 });
  });
});
