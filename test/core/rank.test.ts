import { compareNominees, competitionRanks, cutAtQuota, rankGroup } from '../../src/core/rank';

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
