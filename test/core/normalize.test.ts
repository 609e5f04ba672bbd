import fc from 'fast-check';
import { cleanFoldHash, foldKey, foldKeyHash, foldKeyReference, hashString, nfc, nfcReference } from '../../src/core/normalize';

describe('normalisation', () => {
  it('matches headers and names whatever the case, diacritics, Unicode form or punctuation', () => {
    expect(foldKey('Họ và tên\n(đầy đủ)')).toBe('ho va ten day du');
    expect(foldKey('Pho\u0300ng Y TẾ')).toBe(foldKey('Phòng y tế'));
    expect(foldKey('Tỷ lệ phiếu bầu (%)')).toBe('ty le phieu bau %');
  });

  it('turns decomposed text, non-breaking and zero-width spaces into clean NFC', () => {
    expect(nfc('  Pho\u0300ng\u00a0\u00a0Y te\u0302\u0301\u200b ')).toBe('Phòng Y tế');
  });

  it('is idempotent', () => {
    fc.assert(fc.property(fc.string(), (s) => {
      expect(nfc(nfc(s))).toBe(nfc(s));
      expect(foldKey(foldKey(s))).toBe(foldKey(s));
    }), { numRuns: 2000, seed: 7 });
  });
});

describe('fast string keys used on the hot path', () => {
  // foldKey/nfc take a fast path for speed; duplicates must be found exactly as the reference
  // definitions would find them, whatever Unicode form the sheet uses.
  const alphabet = 'aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵĐĂÂÊÔƠƯ ÀỆ-.,“”\u00a0\u0301\u0323\t0123456789%/()'.split('');
  it('agree with foldKey and nfc', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 30 }), fc.boolean(), (chars, nfd) => {
        const s0 = chars.join('');
        const s = nfd ? s0.normalize('NFD') : s0;
        expect(foldKey(s)).toBe(foldKeyReference(s));
        expect(nfc(s)).toBe(nfcReference(s));
      }),
      { numRuns: 2000 },
    );
  });

  it('hashes a name as its folded key would hash, so duplicates found by hash are the same as by key', () => {
    const vn = fc.constantFrom('Nguyễn', 'nguyen', 'NGUYỄN', 'Văn', 'van', 'Thị', 'Đức', 'đức', 'Phòng', 'Pho\u0300ng', 'Y tế', 'ß', '½', '—', '  ', '.', 'Ω', '中');
    const text = fc.oneof(fc.array(vn, { maxLength: 8 }).map((a) => a.join(' ')), fc.string({ unit: 'binary', maxLength: 30 }));
    fc.assert(fc.property(text, (s) => {
      expect(foldKeyHash(s)).toBe(hashString(foldKey(s)));
      expect(foldKeyHash(s.normalize('NFD'))).toBe(hashString(foldKey(s)));
    }), { numRuns: 3000, seed: 5 });
  });

  it('checks and hashes a name in one pass only when the name is already clean NFC text', () => {
    const vn = fc.constantFrom('Nguyễn', 'NGUYỄN', 'Văn', 'Thị', 'Đức', 'Pho\u0300ng', 'Y tế', 'ß', '½', '—', ' ', '\u00a0', '\t', '.', 'Ω', '中', 'İ', '\u0958');
    const text = fc.oneof(fc.array(vn, { maxLength: 8 }).map((a) => a.join(' ')), fc.array(vn, { maxLength: 8 }).map((a) => a.join('')), fc.string({ unit: 'binary', maxLength: 30 }));
    fc.assert(fc.property(text, (s) => {
      const h = cleanFoldHash(s);
      // NaN sends the reader to nfc() and foldKeyHash(); a number must be exactly what they give.
      if (!Number.isNaN(h)) {
        expect(nfc(s)).toBe(s);
        expect(s.trim()).not.toBe('');
        expect(h).toBe(foldKeyHash(s));
      }
    }), { numRuns: 5000, seed: 11 });
    // The names of real lists take the one-pass path.
    for (const name of ['Nguyễn Thị Thu Hà', 'Trạm Y tế xã Đức Thắng', 'BS. CKII Lê Văn An', 'Khoa Hồi sức tích cực - Chống độc']) {
      expect(cleanFoldHash(name)).toBe(foldKeyHash(name));
    }
    expect(cleanFoldHash(' Lê An')).toBeNaN();
    expect(cleanFoldHash('Lê  An')).toBeNaN();
    expect(cleanFoldHash('Le\u0300 An')).toBeNaN();
    expect(cleanFoldHash('')).toBeNaN();
  });
});
