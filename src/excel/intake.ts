// The intake ("Gộp danh sách đơn vị") in Excel. The units' files are read in the pane itself (the
// same readers as the command line); the workbook is asked for two things only: its "Đơn vị" sheet,
// the units list the secretary keeps (1 sync), and the merge's owned sheets "Tổng hợp", "Đơn vị
// gửi" and "Cần kiểm tra" written with the WritePlan applier (2 syncs: the sheet names and the A1 of
// those three, then every write — in request-sized batches only above Office's 5 MB limit).
import { UserError } from '../core/errors';
import { INTAKE_SHEETS, UNITS_SHEET } from '../core/text/intake';
import { WB } from '../core/text/workbook';
import type { CellValue, SheetData, WritePlan } from '../workbook/model';
import { checkOwnedSheets } from '../workbook/scoreWorkbook';
import { withContext } from './adapter';
import { fromOffice, toSheetData } from './read';
import { BLOCK_SPLIT, packOps, REQUEST_BUDGET, writeOps } from './apply';
import { queueDate1904 } from './dateSystem';

/** The workbook's "Đơn vị" sheet (its used range from A1), or null when it has none (1 sync). */
export async function readUnitsSheet(): Promise<{ sheet: SheetData | null; syncs: number }> {
  const { value, syncs } = await withContext(async (ctx, sync) => {
    const ws = ctx.workbook.worksheets.getItemOrNullObject(UNITS_SHEET);
    const used = ws.getUsedRange(true);
    used.load('values, rowIndex, columnIndex');
    await sync();
    if (ws.isNullObject) return null;
    return toSheetData(UNITS_SHEET, used.values, null, used.rowIndex, used.columnIndex);
  });
  return { sheet: value, syncs };
}

/**
 * Writes the merge's sheets, replacing those it wrote before. A user's own sheet of one of those
 * names (told by its A1, or a name differing only in case, which Excel would not allow beside
 * ours) stops it before anything is queued: nothing is written then.
 */
export async function writeIntakeSheets(plan: WritePlan): Promise<{ syncs: number }> {
  const owned = Object.values(INTAKE_SHEETS);
  const { syncs } = await withContext(async (ctx, sync) => {
    const sheets = ctx.workbook.worksheets;
    sheets.load('items/name');
    const a1s = owned.map((name) => {
      const ws = sheets.getItemOrNullObject(name);
      const a1 = ws.getRange('A1');
      a1.load('values');
      return { name, ws, a1 };
    });
    const date1904 = queueDate1904(ctx);
    await sync();
    const names = sheets.items.map((s) => s.name);
    const fold = (n: string) => n.normalize('NFC').toLocaleLowerCase('vi');
    for (const name of owned) {
      const clash = names.find((n) => n !== name && fold(n) === fold(name));
      if (clash) throw new UserError(WB.foreignOwnedSheet(clash));
    }
    const existing = a1s.filter((x) => !x.ws.isNullObject).map((x): { name: string; a1: CellValue } => ({ name: x.name, a1: fromOffice(x.a1.values?.[0]?.[0]) }));
    checkOwnedSheets(plan, existing);
    // The merged list's received dates go in the workbook's own date system.
    const batches = packOps(writeOps(plan, names, BLOCK_SPLIT, date1904()), REQUEST_BUDGET);
    for (let i = 0; i < batches.length; i++) {
      for (const op of batches[i]) op.run(ctx);
      // The merged list is shown once written (in the last batch: no sync of its own).
      if (i === batches.length - 1) ctx.workbook.worksheets.getItem(INTAKE_SHEETS.merged).activate();
      await sync();
    }
  });
  return { syncs };
}
