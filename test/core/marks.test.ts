import { parseMark, parseNumber, parseVote } from '../../src/core/marks';

describe('parseMark', () => {
  it.each(['x', 'X', 'v', '✓', '✔', 'Đạt', 'đạt', 'Có', 'Đ', '1', 'TRUE', 'true', 'Hoàn thành', ' x ', 'Đạt.'])('"%s" is met', (s) => {
    expect(parseMark(s)).toBe('met');
  });
  it.each(['', 'Không', 'Không đạt', 'Chưa đạt', 'K', '0', 'FALSE', 'false', '-', '✗', '   '])('"%s" is not met', (s) => {
    expect(parseMark(s)).toBe('unmet');
  });
  it('reads numbers, booleans and blanks', () => {
    expect(parseMark(1)).toBe('met');
    expect(parseMark(0)).toBe('unmet');
    expect(parseMark(true)).toBe('met');
    expect(parseMark(false)).toBe('unmet');
    expect(parseMark(null)).toBe('unmet');
    expect(parseMark(undefined)).toBe('unmet');
  });
  it('reads decomposed Unicode (NFD) like the precomposed text', () => {
    expect(parseMark('Đạt'.normalize('NFD'))).toBe('met');
    expect(parseMark('Không đạt'.normalize('NFD'))).toBe('unmet');
  });
  it('anything else is unreadable', () => {
    expect(parseMark('?')).toBe('unreadable');
    expect(parseMark('xem lại')).toBe('unreadable');
    expect(parseMark(2)).toBe('unreadable');
    expect(parseMark({})).toBe('unreadable');
  });
});

describe('parseNumber', () => {
  it('keeps numbers, drops NaN and blanks', () => {
    expect(parseNumber(92.5)).toBe(92.5);
    expect(parseNumber(NaN)).toBeNull();
    expect(parseNumber(null)).toBeNull();
    expect(parseNumber('  ')).toBeNull();
  });
  it('reads the decimal comma and thousands separators', () => {
    expect(parseNumber('92,5')).toBe(92.5);
    expect(parseNumber('92.5')).toBe(92.5);
    expect(parseNumber('1.234,5')).toBe(1234.5);
    expect(parseNumber('1,234.5')).toBe(1234.5);
    expect(parseNumber('1.234.567')).toBe(1234567);
    expect(parseNumber('1 234,5')).toBe(1234.5);
    expect(parseNumber('-3')).toBe(-3);
  });
  it('refuses text and malformed numbers', () => {
    expect(parseNumber('abc')).toBeNull();
    expect(parseNumber('12 điểm')).toBeNull();
    expect(parseNumber('1.2.3')).toBeNull();
    expect(parseNumber('92%')).toBeNull();
  });
});

describe('parseVote', () => {
  it.each<[unknown, number]>([
    ['92,5', 0.925],
    ['92,5%', 0.925],
    [0.925, 0.925],
    [92.5, 0.925],
    ['85%', 0.85],
    ['100%', 1],
    [1, 1],
  ])('%p → %p', (input, f) => {
    const r = parseVote(input);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value).toBeCloseTo(f, 10);
  });
  it('blank is no vote', () => {
    expect(parseVote('')).toEqual({ ok: true, value: null });
    expect(parseVote(null)).toEqual({ ok: true, value: null });
  });
  it('refuses more than 100%, negatives and text with a Vietnamese message', () => {
    for (const bad of ['120%', 101, -5, 'nhiều']) {
      const r = parseVote(bad);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.message).toMatch(/Tỷ lệ phiếu|tỷ lệ phiếu/);
    }
  });
});

describe('host cell objects', () => {
  it('reads formula results, rich text and hyperlink text; never throws on odd objects', () => {
    expect(parseMark({ formula: 'IF(A1>0,"x","")', result: 'x' })).toBe('met');
    expect(parseMark({ richText: [{ text: 'Đ' }, { text: 'ạt' }] })).toBe('met');
    expect(parseNumber({ text: '92,5', hyperlink: 'http://x' })).toBe(92.5);
    expect(parseVote({ formula: 'B2/C2', result: 0.9 })).toEqual({ ok: true, value: 0.9 });
    const odd = Object.create(null) as object;
    expect(parseMark(odd)).toBe('unreadable');
    const r = parseVote(odd);
    expect(r.ok).toBe(false);
  });
});
