import fc from 'fast-check';
import { contentKey, probableDuplicates, type DuplicateCandidate } from '../../../src/core/intake/duplicates';

/** The content key as first written (round 1): the fast one must give the same keys, which merged lists carry. */
function contentKeyAsWritten(names: readonly string[], values: readonly (string | number | boolean | null)[]): string {
  const hex8 = (x: number) => (x >>> 0).toString(16).padStart(8, '0');
  const fnv = (s: string) => {
    let h = 0x811c9dc5 | 0;
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
    return h;
  };
  let a = 0x811c9dc5 | 0;
  let b = 0x050c5d1f | 0;
  for (let k = 0; k < names.length; k++) {
    const v = values[k];
    const n = fnv(names[k]);
    a = Math.imul(a ^ n, 16777619);
    b = Math.imul(b ^ n, 0x5bd1e995);
    const t = v === null ? '\u0000' : typeof v === 'string' ? v : typeof v === 'number' ? `#${v}` : `?${v}`;
    for (let i = 0; i <= t.length; i++) {
      const c = i < t.length ? t.charCodeAt(i) : 0x1f;
      a = Math.imul(a ^ c, 16777619);
      b = Math.imul(b ^ c, 0x5bd1e995);
    }
  }
  return hex8(a) + hex8(b);
}

const row = (name: string | null, o: Partial<DuplicateCandidate> = {}): DuplicateCandidate => ({ name, unit: null, birthYear: null, kind: 'individual', movement: '1', ...o });

describe('duplicates across units', () => {
  it('gives one key to the same cells and another to any change', () => {
    const a = contentKey(['name', 'unit', 'crit:1'], ['Nguyễn Văn An', 'Khoa Nội', 'x']);
    expect(a).toMatch(/^[0-9a-f]{16}$/);
    expect(contentKey(['name', 'unit', 'crit:1'], ['Nguyễn Văn An', 'Khoa Nội', 'x'])).toBe(a);
    expect(contentKey(['name', 'unit', 'crit:1'], ['Nguyễn Văn An', 'Khoa Nội', 'X'])).not.toBe(a);
    // The same text under another column, or split otherwise between two cells, is another row.
    expect(contentKey(['name', 'position', 'crit:1'], ['Nguyễn Văn An', 'Khoa Nội', 'x'])).not.toBe(a);
    expect(contentKey(['name', 'unit', 'crit:1'], ['Nguyễn Văn AnK', 'hoa Nội', 'x'])).not.toBe(a);
    // A blank cell is not the text "null", a number not its digits as text.
    expect(contentKey(['notes'], [null])).not.toBe(contentKey(['notes'], ['null']));
    expect(contentKey(['birthYear'], [1980])).not.toBe(contentKey(['birthYear'], ['1980']));
  });

  it('gives the keys it gave when merged lists were first written', () => {
    expect(contentKey(['name', 'unit', 'crit:1', 'birthYear', 'notes', 'vote'], ['Nguyễn Văn An', 'Khoa Nội', 'x', 1980, null, 92.5])).toBe('848e80cb049a6a73');
    expect(contentKey([], [])).toBe('811c9dc5050c5d1f');
    const cell = fc.oneof(fc.string({ unit: 'binary', maxLength: 12 }), fc.double(), fc.integer(), fc.boolean(), fc.constant(null));
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom('name', 'unit', 'crit:1', 'crit:12', 'pts:2', 'notes', 'vote'), cell), { maxLength: 14 }), (cells) => {
        const names = cells.map((c) => c[0]);
        const values = cells.map((c) => c[1]);
        expect(contentKey(names, values)).toBe(contentKeyAsWritten(names, values));
      }),
      { numRuns: 2000, seed: 20261012 },
    );
  });

  it('finds the same name regardless of case, diacritics form and spacing, with the same unit', () => {
    const g = probableDuplicates([
      row('Nguyễn Văn An', { unit: 'Khoa Nội' }),
      row('Trần Thị Bình', { unit: 'Khoa Nội' }),
      row('  nguyễn văn  AN '.normalize('NFD'), { unit: 'khoa nội' }),
    ]);
    expect(g).toEqual([[0, 2]]);
  });

  it('takes the birth year over the unit when both rows give one', () => {
    expect(probableDuplicates([row('Nguyễn Văn An', { unit: 'Khoa Nội', birthYear: 1980 }), row('Nguyễn Văn An', { unit: 'Phòng Hành chính', birthYear: 1980 })])).toEqual([[0, 1]]);
    expect(probableDuplicates([row('Nguyễn Văn An', { unit: 'Khoa Nội', birthYear: 1980 }), row('Nguyễn Văn An', { unit: 'Khoa Nội', birthYear: 1991 })])).toEqual([]);
  });

  it('matches a unit written inside the other, not two different units', () => {
    expect(probableDuplicates([row('Lê B', { unit: 'Khoa Nội' }), row('Lê B', { unit: 'Khoa Nội - Bệnh viện A' })])).toEqual([[0, 1]]);
    // Two hospitals' "Khoa Dược": two collectives, not one.
    expect(probableDuplicates([row('Khoa Dược', { kind: 'collective', unit: 'Bệnh viện A' }), row('Khoa Dược', { kind: 'collective', unit: 'Bệnh viện B' })])).toEqual([]);
  });

  it('keeps apart other movements and other kinds, and groups three rows of one person', () => {
    expect(probableDuplicates([row('Lê B', { movement: '1' }), row('Lê B', { movement: '2' })])).toEqual([]);
    expect(probableDuplicates([row('Khoa Nhi', { kind: 'collective' }), row('Khoa Nhi', { kind: 'individual' })])).toEqual([]);
    expect(probableDuplicates([row('Lê B'), row('X'), row('Lê B'), row('lê b'), row(null), row(null)])).toEqual([[0, 2, 3]]);
  });
});
