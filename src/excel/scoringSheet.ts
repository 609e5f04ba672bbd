// Creates the blank "Phiếu chấm điểm" in the open workbook from the plan's rubric: the layout is
// the workbook layer's (buildScoringSheet), written with the same ops as the owned sheets, plus a
// decimal data validation per points column carrying the rubric's maximum. One Excel.run, two
// syncs: the sheet names (a unit's filled-in sheet is never replaced: a free name is chosen), then
// every write.
import type { Plan } from '../core/types';
import { SC } from '../core/text/scoring';
import { buildScoringSheet } from '../workbook/scoringSheet';
import type { OwnedSheet } from '../workbook/model';
import { writeOps } from './apply';

/** Excel compares sheet names case-insensitively; the first free "Name", "Name (2)", … (≤ 31 chars). */
export function freeSheetName(base: string, taken: readonly string[]): string {
  const used = new Set(taken.map((n) => n.toLowerCase()));
  if (!used.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const name = base.slice(0, 31 - suffix.length) + suffix;
    if (!used.has(name.toLowerCase())) return name;
  }
}

/** Queues the sheet's data validations (no sync). */
export function applyValidations(ctx: Excel.RequestContext, sheet: OwnedSheet): void {
  const ws = ctx.workbook.worksheets.getItem(sheet.name);
  for (const v of sheet.validations ?? []) {
    const dv = ws.getRange(v.range).dataValidation;
    dv.rule = { decimal: { formula1: v.min, formula2: v.max, operator: Excel.DataValidationOperator.between } };
    dv.errorAlert = { showAlert: true, style: Excel.DataValidationAlertStyle.stop, title: SC.validationTitle, message: v.message };
  }
}

/**
 * Adds the blank scoring sheet for `plan` and activates it; returns the sheet's name ("Phiếu chấm
 * điểm", or "Phiếu chấm điểm (2)" when the workbook already has one). Throws a UserError when the
 * plan has no rubric.
 */
export async function createScoringSheet(plan: Plan): Promise<string> {
  const built = buildScoringSheet(plan);
  return Excel.run(async (ctx) => {
    const sheets = ctx.workbook.worksheets;
    sheets.load('items/name');
    await ctx.sync();
    const name = freeSheetName(built.name, sheets.items.map((s) => s.name));
    const sheet: OwnedSheet = { ...built, name };
    for (const op of writeOps({ band: null, sheets: [sheet] }, [])) op.run(ctx);
    applyValidations(ctx, sheet);
    ctx.workbook.worksheets.getItem(name).activate();
    await ctx.sync();
    return name;
  });
}
