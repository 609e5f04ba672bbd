// The "Kế hoạch" sheet: the plan as the secretary reads and edits it. (Signatures first.)
import type { Plan, SheetWarning } from '../core/types';
import type { CellValue } from './model';

export const PLAN_SHEET_NAME = 'Kế hoạch';

export function planToGrid(plan: Plan): (string | number | boolean | null)[][] {
  void plan;
  return [];
}

export function gridToPlan(grid: CellValue[][]): { plan: Plan; warnings: SheetWarning[] } {
  void grid;
  throw new Error('not implemented');
}
