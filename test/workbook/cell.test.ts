import { cellText } from '../../src/workbook/cell';
import { detectHeader } from '../../src/workbook/header';

describe('cell text', () => {
  it('reads a corrupt (invalid) date cell as empty instead of crashing the header search', () => {
    expect(cellText(new Date(NaN))).toBe('');
    expect(() => detectHeader([[new Date(NaN), 'Họ và tên'], ['1', 'Nguyễn Văn An']])).not.toThrow();
  });

  it('reads a valid date cell as its ISO day and decomposed text as NFC', () => {
    expect(cellText(new Date(Date.UTC(2023, 5, 15)))).toBe('2023-06-15');
    expect(cellText('Pho\u0300ng  Y te\u0302\u0301')).toBe('Phòng Y tế');
  });
});
