// Layouts of real copies found on public pages (openings of documents only — the stored pages are
// cut after ~2,000 characters, so these test the header and the first facts): document-site
// metadata above the header, "I-"/"1-" numbering, the authority line under a trích yếu, a Công
// văn's "V/v", and a whole document collapsed onto one line.
import * as fs from 'fs';
import * as path from 'path';
import { readPlanText } from '../../src/plan';

const DIR = path.join(__dirname, 'layouts');
const read = (name: string) => {
  const text = fs.readFileSync(path.join(DIR, name), 'utf8');
  return readPlanText(text.slice(text.indexOf('\n') + 1)); // line 1 names the page
};

describe.each([
  ['a Kế hoạch under a document site\'s metadata', 'kh-1-hdtdkt-2024.txt', ['Hội đồng Thi đua - Khen thưởng Trung ương', '1/KH-HĐTĐKT', '2024-05-20', 'ke-hoach'],
    /^TỔ CHỨC ĐẠI HỘI THI ĐUA YÊU NƯỚC CÁC CẤP, CÁC NGÀNH TIẾN TỚI ĐẠI HỘI THI ĐUA YÊU NƯỚC TOÀN QUỐC LẦN THỨ XI NĂM 2025$/u],
  ['a Quyết định whose trích yếu is followed by the authority line', 'qd-31-2020-phu-yen.txt', ['Ủy ban nhân dân tỉnh Phú Yên', '31/2020/QĐ-UBND', '2020-10-26', 'quyet-dinh'],
    /^SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA QUY CHẾ CÔNG TÁC THI ĐUA, KHEN THƯỞNG .* CỦA ỦY BAN NHÂN DÂN TỈNH PHÚ YÊN$/u],
  ['a Hướng dẫn numbered "I-", "1-"', 'hd-28-tdkt-yen-bai.txt', ['Ủy ban nhân dân tỉnh Yên Bái', '28/HD-TĐKT', '2007-01-09', 'huong-dan'],
    /^TỔ CHỨC THỰC HIỆN CÔNG TÁC THI ĐUA, KHEN THƯỞNG TRÊN ĐỊA BÀN TỈNH YÊN BÁI$/u],
  ['a Công văn: "V/v" gives the title, the issuer is the sub-committee', 'cv-13-btc-tdkt.txt', ['Tiểu ban Thi đua - Khen thưởng', '13/BTC-TĐKT', '2009-09-08', 'cong-van'],
    /^Bổ sung hướng dẫn công tác khen thưởng tại Đại hội cấp tỉnh, cấp huyện$/u],
  // "Sơn La, ngày 05 tháng năm 2018": the month is blank in this copy, so there is no date.
  ['a Công văn whose text lost its line breaks, cut back into its parts', 'cv-424-sgddt-son-la.txt', ['Sở Giáo dục và Đào tạo tỉnh Sơn La', '424/SGDĐT-TĐKT', null, 'cong-van'],
    /^Hướng dẫn tổng kết công tác thi đua khen thưởng năm học 2017-2018$/u],
] as const)('%s (%s)', (_, file, header, title) => {
  const p = read(file);
  it('issuer, number, date, kind', () => expect([p.issuer, p.number, p.date, p.kind]).toEqual(header));
  it('title', () => expect(p.title).toMatch(title));
});

it('the Công văn\'s dossier deadline is read', () => {
  expect(read('cv-13-btc-tdkt.txt').deadlines.map((d) => [d.text, d.dates[0].lastOnTime])).toEqual([['trước ngày 31/01/2010', '2010-01-30']]);
});

it('the collapsed Công văn\'s year is its school year\'s', () => expect(read('cv-424-sgddt-son-la.txt').year).toBe(2017));
