import { findDocumentDate, placeDate } from '../../../src/core/intake/documentDate';
import { ymdToSerial } from '../../../src/core/dates';

describe('the date a unit signed its list', () => {
  it('reads the place-date line of an administrative document', () => {
    expect(placeDate('Sông Lam, ngày 12 tháng 10 năm 2026')).toEqual({ serial: ymdToSerial(2026, 10, 12), text: 'Sông Lam, ngày 12 tháng 10 năm 2026' });
    expect(placeDate('Ngày 05 tháng 3 năm 2025')?.serial).toBe(ymdToSerial(2025, 3, 5));
    expect(placeDate('Hà Nội, ngày 12/10/2026')?.serial).toBe(ymdToSerial(2026, 10, 12));
    // Decomposed Unicode, as pasted from some PDFs.
    expect(placeDate('Đồng Xuân, ngày 18 tháng 11 năm 2024'.normalize('NFD'))?.serial).toBe(ymdToSerial(2024, 11, 18));
  });

  it('takes no header, unsigned draft, impossible date or date inside a sentence for the document date', () => {
    expect(placeDate('Ngày nộp')).toBeNull();
    expect(placeDate('Sông Lam, ngày … tháng … năm 2026')).toBeNull();
    expect(placeDate('Sông Lam, ngày 31 tháng 02 năm 2026')).toBeNull();
    expect(placeDate('Căn cứ Quyết định số 12/QĐ-UBND ngày 05/3/2024 của UBND tỉnh')).toBeNull();
  });

  it('prefers the date under the signature and says when there are others', () => {
    const d = findDocumentDate(['Sông Lam, ngày 20 tháng 10 năm 2026', 'GIÁM ĐỐC'], ['Sông Lam, ngày 01 tháng 10 năm 2026']);
    expect(d?.date.serial).toBe(ymdToSerial(2026, 10, 20));
    expect(d?.others.map((o) => o.serial)).toEqual([ymdToSerial(2026, 10, 1)]);
    expect(findDocumentDate(['Người lập biểu'], ['DANH SÁCH ĐỀ NGHỊ'])).toBeNull();
  });
});
