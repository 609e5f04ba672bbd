// The blank scoring sheet ("Phiếu chấm điểm") built from the plan's rubric, for units to score
// themselves on. Its headers are the ones the header detection reads back as points columns
// ("Tiêu chí N (M điểm)", "Điểm thưởng", "Điểm trừ", "Tổng điểm", "Khối thi đua"), so a filled-in
// sheet is scored by the same `binhxet score` / Bình xét path with no mapping step. Each points
// column carries its maximum as data validation, so a unit cannot type 12 into a 10-point item;
// the engine still checks (a sheet may be filled elsewhere).
import type { Plan } from '../core/types';
import { UserError } from '../core/errors';
import { SC, SCORING_SHEET_NAME } from '../core/text/scoring';
import { HEADER_SEARCH_ROWS } from './header';
import type { CellBlock, OwnedSheet } from './model';
import { colLetter, rangeRef } from './a1';

/** Blank rows offered for units to fill (a province has a few dozen units per list). */
export const SCORING_FILL_ROWS = 60;
/** More rubric items than this go into one legend cell, so the header stays within the rows detection scans. */
const LEGEND_ROWS_MAX = 18;

export interface ScoringLayout {
  headerRow: number;
  firstDataRow: number;
  lastDataRow: number;
  /** 1-based column of each rubric item's points, in rubric order. */
  itemCols: number[];
  groupCol: number;
  bonusCol: number | null;
  penaltyCol: number | null;
  totalCol: number;
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/**
 * The blank "Phiếu chấm điểm" for `plan`'s rubric. Throws a UserError when the plan has no rubric
 * (nothing to score on). `rows`: blank rows offered (default SCORING_FILL_ROWS).
 */
export function buildScoringSheet(plan: Plan, rows = SCORING_FILL_ROWS): OwnedSheet {
  return scoringSheetWithLayout(plan, rows).sheet;
}

export function scoringSheetWithLayout(plan: Plan, rows = SCORING_FILL_ROWS): { sheet: OwnedSheet; layout: ScoringLayout } {
  const rubric = plan.rubric;
  if (!rubric || rubric.items.length === 0) throw new UserError(SC.noRubric);
  const items = rubric.items;
  const bonusMax = rubric.bonusMax;
  const penaltyMax = rubric.penaltyMax;

  // Columns: STT, name, group, items…, [bonus], [penalty], total, notes.
  const headers: string[] = [SC.headers.stt, SC.headers.name, SC.headers.group];
  const itemCols = items.map((it, i) => {
    headers.push(SC.headers.criterion(i + 1, it.maxPoints));
    return headers.length;
  });
  let bonusCol: number | null = null;
  let penaltyCol: number | null = null;
  if (bonusMax !== null) {
    headers.push(SC.headers.bonus(bonusMax));
    bonusCol = headers.length;
  }
  if (penaltyMax !== null) {
    headers.push(SC.headers.penalty(penaltyMax));
    penaltyCol = headers.length;
  }
  headers.push(SC.headers.total);
  const totalCol = headers.length;
  headers.push(SC.headers.notes);
  const width = headers.length;

  const blocks: CellBlock[] = [];
  const merges: string[] = [];
  let r = 1;
  const title = (text: string, bold: boolean, wrap = false) => {
    blocks.push({ row: r, col: 1, values: [[text]], bold, wrap });
    merges.push(rangeRef(r, 1, r, width));
    r++;
  };
  title(SC.title, true);
  if (plan.title) title(plan.title, false);
  title(SC.instructions(bonusMax !== null, penaltyMax !== null), false, true);
  const legend = items.map((it, i) => SC.legendLine(i + 1, it.text, it.maxPoints));
  const itemsMax = sum(items.map((it) => it.maxPoints));
  const total = rubric.total ?? itemsMax;
  legend.push(SC.totalLine(total));
  title(SC.legendTitle, true);
  if (legend.length <= LEGEND_ROWS_MAX) for (const line of legend) title(line, false);
  else title(legend.join('\n'), false, true);
  r++;
  const headerRow = r;
  // Never past the rows the header detection scans (a legend cell keeps it there; guard anyway).
  if (headerRow > HEADER_SEARCH_ROWS) throw new Error(`scoring sheet header at row ${headerRow}`);
  blocks.push({ row: headerRow, col: 1, values: [headers], bold: true, wrap: true });
  const firstDataRow = headerRow + 1;
  const lastDataRow = headerRow + rows;
  // Points columns as numbers; the name/group/notes columns as text so "1.1" stays as typed.
  const fmtRow = headers.map((_, c) => (c === 0 ? '0' : c === 1 || c === 2 || c === width - 1 ? '@' : 'General'));
  blocks.push({
    row: firstDataRow,
    col: 1,
    values: Array.from({ length: rows }, () => headers.map(() => null)),
    numberFormats: Array.from({ length: rows }, () => fmtRow),
  });

  const col = (c: number) => `${colLetter(c)}${firstDataRow}:${colLetter(c)}${lastDataRow}`;
  const validations: NonNullable<OwnedSheet['validations']> = items.map((it, i) => ({
    range: col(itemCols[i]),
    min: 0,
    max: it.maxPoints,
    message: SC.criterionError(i + 1, it.maxPoints),
  }));
  if (bonusCol !== null && bonusMax !== null) validations.push({ range: col(bonusCol), min: 0, max: bonusMax, message: SC.bonusError(bonusMax) });
  if (penaltyCol !== null && penaltyMax !== null) validations.push({ range: col(penaltyCol), min: 0, max: penaltyMax, message: SC.penaltyError(penaltyMax) });
  const totalMax = itemsMax + (bonusMax ?? 0);
  validations.push({ range: col(totalCol), min: 0, max: totalMax, message: SC.totalError(totalMax) });

  const widths = headers.map((_, c) => (c === 0 ? 6 : c === 1 ? 34 : c === 2 ? 18 : c === width - 1 ? 20 : 12));
  return {
    sheet: {
      name: SCORING_SHEET_NAME,
      blocks,
      columnWidths: widths,
      merges,
      print: { landscape: true, titleRows: `${headerRow}:${headerRow}`, fitToWidth: true },
      font: { name: 'Times New Roman', size: 12 },
      freezeRows: headerRow,
      validations,
    },
    layout: { headerRow, firstDataRow, lastDataRow, itemCols, groupCol: 3, bonusCol, penaltyCol, totalCol },
  };
}
