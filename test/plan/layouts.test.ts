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

it('a Kế hoạch under a document site\'s metadata (Hội đồng Thi đua - Khen thưởng Trung ương, 1/KH-HĐTĐKT)', () => {
  const p = read('kh-1-hdtdkt-2024.txt');
  expect([p.issuer, p.number, p.date, p.kind]).toEqual(['Hội đồng Thi đua - Khen thưởng Trung ương', '1/KH-HĐTĐKT', '2024-05-20', 'ke-hoach']);
  expect(p.title).toBe('TỔ CHỨC ĐẠI HỘI THI ĐUA YÊU NƯỚC CÁC CẤP, CÁC NGÀNH TIẾN TỚI ĐẠI HỘI THI ĐUA YÊU NƯỚC TOÀN QUỐC LẦN THỨ XI NĂM 2025');
});

it('a Quyết định whose trích yếu is followed by the authority line (Phú Yên, 31/2020/QĐ-UBND)', () => {
  const p = read('qd-31-2020-phu-yen.txt');
  expect([p.issuer, p.number, p.date, p.kind]).toEqual(['Ủy ban nhân dân tỉnh Phú Yên', '31/2020/QĐ-UBND', '2020-10-26', 'quyet-dinh']);
  expect(p.title).toMatch(/^SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA QUY CHẾ CÔNG TÁC THI ĐUA, KHEN THƯỞNG .* TỈNH PHÚ YÊN$/u);
  expect(p.title).not.toMatch(/PHÚ YÊN ỦY BAN/u);
});

it('a Hướng dẫn numbered "I-", "1-" (Yên Bái, 28/HD-TĐKT)', () => {
  const p = read('hd-28-tdkt-yen-bai.txt');
  expect([p.issuer, p.number, p.date, p.kind]).toEqual(['Ủy ban nhân dân tỉnh Yên Bái', '28/HD-TĐKT', '2007-01-09', 'huong-dan']);
  expect(p.title).toBe('TỔ CHỨC THỰC HIỆN CÔNG TÁC THI ĐUA, KHEN THƯỞNG TRÊN ĐỊA BÀN TỈNH YÊN BÁI');
});

it('a Công văn: "V/v" gives the title, the issuer is the sub-committee, the dossier deadline is read', () => {
  const p = read('cv-13-btc-tdkt.txt');
  expect([p.issuer, p.number, p.date, p.kind]).toEqual(['Tiểu ban Thi đua - Khen thưởng', '13/BTC-TĐKT', '2009-09-08', 'cong-van']);
  expect(p.title).toBe('Bổ sung hướng dẫn công tác khen thưởng tại Đại hội cấp tỉnh, cấp huyện');
  expect(p.deadlines.map((d) => [d.text, d.dates[0].lastOnTime])).toEqual([['trước ngày 31/01/2010', '2010-01-30']]);
});

it('a Công văn whose text lost its line breaks is cut back into its parts (Sơn La, 424/SGDĐT-TĐKT)', () => {
  const p = read('cv-424-sgddt-son-la.txt');
  expect([p.issuer, p.number, p.kind]).toEqual(['Sở Giáo dục và Đào tạo tỉnh Sơn La', '424/SGDĐT-TĐKT', 'cong-van']);
  expect(p.title).toBe('Hướng dẫn tổng kết công tác thi đua khen thưởng năm học 2017-2018');
  // "Sơn La, ngày 05 tháng năm 2018": the month is blank in this copy, so there is no date.
  expect(p.date).toBeNull();
  expect(p.year).toBe(2017);
});
