import { contentKey, probableDuplicates, type DuplicateCandidate } from '../../../src/core/intake/duplicates';

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
