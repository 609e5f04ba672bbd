import fc from 'fast-check';
import { foldKey, foldKeyHash, foldKeyReference, hashString, nfc, nfcReference } from '../../src/core/normalize';

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
});
