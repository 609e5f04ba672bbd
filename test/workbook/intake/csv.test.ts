import { readCsv } from '../../../src/workbook/intake/csv';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('a unit’s list sent as .csv', () => {
  it('reads ";" with decimal commas, quotes and a UTF-8 BOM, named after the file', () => {
    const r = readCsv(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes('DANH SÁCH;;\r\nSTT;Họ tên;Tỷ lệ\r\n1;"Lê A; trưởng khoa";92,5\r\n')]), 'phong-tai-chinh.csv');
    expect(r.sheet.name).toBe('phong-tai-chinh');
    expect(r.encoding).toBe('utf-8');
    expect(r.sheet.values).toEqual([['DANH SÁCH', null, null], ['STT', 'Họ tên', 'Tỷ lệ'], ['1', 'Lê A; trưởng khoa', '92,5']]);
  });

  it('reads "," with a quoted comma and a line break inside quotes, without a BOM', () => {
    const r = readCsv(bytes('STT,Họ và tên,Đơn vị\n1,Khoa Dược,"Khoa Dược, Bệnh viện A"\n2,"Lê\nB",X\n\n'), 'a.csv');
    expect(r.sheet.values).toEqual([['STT', 'Họ và tên', 'Đơn vị'], ['1', 'Khoa Dược', 'Khoa Dược, Bệnh viện A'], ['2', 'Lê\nB', 'X']]);
  });

  it('reads UTF-16 ("Unicode text") and the Vietnamese Windows code page', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('STT\tHọ và tên\r\n1\tNguyễn Văn An\r\n', 'utf16le')]);
    const r = readCsv(new Uint8Array(utf16), 'u.csv');
    expect([r.encoding, r.sheet.values[1][1]]).toEqual(['utf-16le', 'Nguyễn Văn An']);
    // "Lê" in windows-1258: L, ê (0xEA); "Hà" is H, a, then the grave accent as a combining mark (0xCC).
    const cp = readCsv(new Uint8Array([0x53, 0x54, 0x54, 0x2c, 0x54, 0xea, 0x6e, 0x0a, 0x31, 0x2c, 0x48, 0x61, 0xcc, 0x0a]), 'cp.csv');
    expect(cp.encoding).toBe('windows-1258');
    expect(cp.sheet.values.map((r) => r.map((v) => (typeof v === 'string' ? v.normalize('NFC') : v)))).toEqual([['STT', 'Tên'], ['1', 'Hà']]);
  });
});
