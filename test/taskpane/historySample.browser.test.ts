// The playground opens the second bundled sample (award forms and the award history) at
// ?mau=lich-su, from the link beside the file picker: the list with its form column and the
// "Lịch sử khen thưởng" sheet are in the fake workbook the pane works on.
import * as fs from 'fs';
import * as path from 'path';
import { PANE_TEXT } from '../../src/core/text/taskpane';
import { HISTORY_SHEET_NAME } from '../../src/core/text/history';
import { openPlayground, sheetValues, type Playground } from './support/playground';

jest.setTimeout(180_000);

const golden = JSON.parse(fs.readFileSync(path.join(__dirname, '../cli/golden/sample-history.json'), 'utf8'));

let pg: Playground;
beforeAll(async () => {
  pg = await openPlayground('?mau=lich-su');
});
afterAll(async () => {
  await pg?.close();
});

test('?mau=lich-su loads the forms-and-history sample, and the page links to it', async () => {
  const { page } = pg;
  await page.getByText(PANE_TEXT.playground.loaded(path.basename(golden.workbook))).waitFor();
  expect(await page.getByTestId('history-sample').getAttribute('href')).toBe('?mau=lich-su');
  const list = await sheetValues(page, golden.sheet);
  expect(list?.[golden.headerRow - 1]).toContain('Hình thức khen thưởng đề nghị');
  expect(golden.nominations.map((n: { row: number }) => list?.[n.row - 1]?.[1])).toEqual(golden.nominations.map((n: { name: string }) => n.name));
  const history = await sheetValues(page, HISTORY_SHEET_NAME);
  expect(history?.slice(golden.historyHeaderRow).filter((r) => r[1]).length).toBe(golden.history.length);
  expect(pg.outside).toEqual([]);
});
