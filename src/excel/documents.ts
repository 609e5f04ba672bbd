// The sheets the paperwork is made from, read in one Excel.run with a constant number of syncs:
// the nominations sheet (with the workbook's sheet names, 1 sync, in row chunks only when it is
// over Office's 5 MB response limit), then the "Kế hoạch" and "Thông tin văn bản" sheets — or,
// when the workbook has no "Thông tin văn bản" yet, that sheet written blank — in 1 more sync.
import type { SheetData } from '../workbook/model';
import { PLAN_SHEET_NAME } from '../workbook/planSheet';
import { infoOwnedSheet, infoSheetGrid, isInfoSheetName, INFO_SHEET_NAME } from '../workbook/infoSheet';
import { readSheet, withContext } from './adapter';
import { inDateSystem, toSheetData } from './read';
import { BLOCK_SPLIT, writeOps } from './apply';

export interface DocumentSheets {
  sheets: SheetData[];
  /** True when this run added the blank "Thông tin văn bản" sheet. */
  created: boolean;
  syncs: number;
}

/** Reads what the documents need; `list` is the nominations sheet (null: the active sheet). */
export async function readDocumentSheets(list: string | null): Promise<DocumentSheets> {
  const { value, syncs } = await withContext(async (ctx, sync) => {
    const read = await readSheet(ctx, sync, list, false);
    const sheets: SheetData[] = [read.data];
    const load = (name: string) => {
      const used = ctx.workbook.worksheets.getItem(name).getUsedRange(true);
      used.load('values, rowIndex, columnIndex');
      return { name, used };
    };
    const planName = read.names.find((n) => n === PLAN_SHEET_NAME);
    const infoName = read.names.find(isInfoSheetName);
    const reads = [planName, infoName].filter((n): n is string => !!n && n !== read.data.name).map(load);
    const created = !infoName;
    if (created) for (const op of writeOps({ band: null, sheets: [infoOwnedSheet()] }, read.names, BLOCK_SPLIT, read.date1904)) op.run(ctx);
    await sync();
    // The plan's and the info sheet's date numbers count in the workbook's system, as the list's do.
    for (const r of reads) sheets.push(inDateSystem(toSheetData(r.name, r.used.values, null, r.used.rowIndex, r.used.columnIndex), read.date1904));
    if (created) sheets.push({ name: INFO_SHEET_NAME, values: infoSheetGrid() });
    return { sheets, created };
  });
  return { ...value, syncs };
}
