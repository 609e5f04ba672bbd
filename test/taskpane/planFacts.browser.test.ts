// Step 1 of the REAL task pane (playground, strict fake Excel host, Debian's chromium): the facts
// read from a web copy of a plan are listed with the lines they came from and "cần xác nhận" on a
// guessed one; the secretary corrects the issuer and the date, and the "Kế hoạch" sheet holds the
// corrections — read back from the sheet, they are what the pane shows.
import type { Page } from 'playwright-core';
import { PANE_TEXT } from '../../src/core/text/taskpane';
import { PLAN_FACTS_TEXT } from '../../src/core/text/planFacts';
import { PLAN_TEXT } from '../../src/core/text/plan';
import { PLAN_SHEET_NAME } from '../../src/workbook/planSheet';
import { openPlayground, sheetValues, type Playground } from './support/playground';

jest.setTimeout(180_000);

const F = PLAN_FACTS_TEXT;
// A health department's plan as its web page keeps it: no header, the title first, the issuer in
// the opening sentence, the year only in the anniversary the title names.
const PLAN = [
  'Phát động Đợt thi đua đặc biệt kỷ niệm 75 năm Ngày Chủ tịch Hồ Chí Minh ra Lời kêu gọi thi đua ái quốc (11/6/1948-11/6/2023)',
  '',
  'Thực hiện Kế hoạch số 758/KH-UBND ngày 24/4/2023 của UBND tỉnh Quảng Bình về phát động Đợt thi đua đặc biệt. Sở Y tế ban hành Kế hoạch phát động Đợt thi đua đặc biệt trong toàn ngành như sau:',
  '',
  'I. TIÊU CHUẨN KHEN THƯỞNG',
  '- Hoàn thành xuất sắc nhiệm vụ được giao;',
  '- Có thành tích tiêu biểu trong Đợt thi đua.',
  'II. SỐ LƯỢNG KHEN THƯỞNG: 03 tập thể và 05 cá nhân.',
  'III. THỜI GIAN: Hồ sơ đề nghị khen thưởng gửi về Văn phòng Sở trước ngày 15/6/2023.',
].join('\n');

let pg: Playground;
let page: Page;

beforeAll(async () => {
  pg = await openPlayground();
  page = pg.page;
});

afterAll(async () => {
  await pg?.close();
  expect(pg?.outside ?? []).toEqual([]);
});

const fact = (path: string) => page.getByTestId(`fact-${path}`);

test('the facts with their lines, a guessed one to confirm; a corrected issuer and date reach the "Kế hoạch" sheet', async () => {
  await page.getByTestId('plan-text').fill(PLAN);
  await page.getByRole('button', { name: PANE_TEXT.plan.read }).click();
  await page.getByTestId('plan-facts').waitFor();

  // Each fact with the lines it was read from, quoted.
  await fact('issuer').getByText(`${F.lines(3, 3)}: «Sở Y tế»`).waitFor();
  await expect(fact('title').getByTestId('fact-title-input').inputValue()).resolves.toMatch(/^Phát động Đợt thi đua đặc biệt/);
  await fact('title').getByText(new RegExp(`^${F.lines(1, 1)}: «Phát động`)).waitFor();
  // The year is guessed from the anniversary: to confirm. The date is not in the copy.
  await expect(fact('year').getByTestId('fact-year-input').inputValue()).resolves.toBe('2023');
  await fact('year').getByText(F.unsure, { exact: true }).waitFor();
  await fact('date').getByText(F.notFound).waitFor();
  // The quota's sentence, under its movement.
  await page.getByText(/«.*03 tập thể và 05 cá nhân/).first().waitFor();

  // A date that is none is refused, saying why, and nothing changes.
  await fact('date').getByTestId('fact-date-input').fill('31/02/2023');
  await fact('date').getByTestId('fact-date-input').press('Enter');
  await fact('date').getByText(F.badDate('31/02/2023')).waitFor();

  // The secretary corrects the issuer and the date.
  await fact('issuer').getByTestId('fact-issuer-input').fill('Sở Y tế tỉnh Quảng Bình');
  await fact('issuer').getByTestId('fact-issuer-input').press('Enter');
  await fact('issuer').getByText(F.edited, { exact: true }).waitFor();
  await fact('date').getByTestId('fact-date-input').fill('25/4/2023');
  await fact('date').getByTestId('fact-date-input').press('Enter');
  await expect(fact('date').getByTestId('fact-date-input').inputValue()).resolves.toBe('25/04/2023');
  // Confirming the year as read takes the mark away.
  await fact('year').getByTestId('fact-year-input').fill('2023 ');
  await fact('year').getByTestId('fact-year-input').press('Enter');
  await expect(fact('year').getByText(F.unsure, { exact: true }).count()).resolves.toBe(0);

  await page.getByRole('button', { name: PANE_TEXT.plan.save }).click();
  await page.getByText(PANE_TEXT.plan.saved).waitFor();
  const sheet = (await sheetValues(page, PLAN_SHEET_NAME)) ?? [];
  const cell = (key: string) => sheet.find((r) => r[0] === key)?.[1];
  expect(cell(PLAN_TEXT.sheet.key.issuer)).toBe('Sở Y tế tỉnh Quảng Bình');
  expect(cell(PLAN_TEXT.sheet.key.date)).toMatch(/^(?:2023-04-25|25\/04\/2023)$/);
  expect(cell(PLAN_TEXT.sheet.key.year)).toBe('2023');

  // Read back from the sheet (the editable truth), the pane shows the corrections.
  await fact('issuer').getByTestId('fact-issuer-input').fill('Sở Y tế');
  await page.getByRole('button', { name: PANE_TEXT.plan.loadFromSheet }).click();
  await page.getByText(PANE_TEXT.plan.loaded).waitFor();
  await expect(fact('issuer').getByTestId('fact-issuer-input').inputValue()).resolves.toBe('Sở Y tế tỉnh Quảng Bình');
  await expect(fact('date').getByTestId('fact-date-input').inputValue()).resolves.toBe('25/04/2023');
  expect(await page.getByTestId('plan-error').count()).toBe(0);
});
