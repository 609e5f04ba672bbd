// How a cell of the band's "Bình Xét: Kết quả" column reads once the council has been: the engine's
// labels and the council's two phrases ("Hội đồng đề nghị" in, "Hội đồng không đề nghị" or "Không
// đề nghị" out). The paperwork (documents/source.ts) and the award history (historySource.ts: an
// earlier year's results, this year's appended) read the final list the same way.
import { foldKey } from '../core/normalize';
import { STATUS_LABEL } from '../core/text/status';
import { COUNCIL_MARKS } from '../core/text/infoSheet';

/** in: proposed by the engine; added / removed: the council's word; pending: a tie not decided. */
export type ResultDecision = 'in' | 'added' | 'removed' | 'pending' | 'out' | 'unknown';

const MARKS = new Map<string, ResultDecision>([
  [foldKey(STATUS_LABEL.selected), 'in'],
  [foldKey(COUNCIL_MARKS.added), 'added'],
  [foldKey(COUNCIL_MARKS.removed), 'removed'],
  [foldKey(COUNCIL_MARKS.removedShort), 'removed'],
  [foldKey(STATUS_LABEL.tie), 'pending'],
  [foldKey(STATUS_LABEL.over_quota), 'out'],
  [foldKey(STATUS_LABEL.ineligible), 'out'],
  [foldKey(STATUS_LABEL.late), 'out'],
  [foldKey(STATUS_LABEL.review), 'out'],
]);

/** How a result cell reads: the engine's labels and the council's phrases; anything else is unknown. */
export function councilDecision(text: string): ResultDecision {
  return MARKS.get(foldKey(text)) ?? 'unknown';
}

/** Whether a decision puts the row on the final list of those awarded. */
export function isAwarded(d: ResultDecision): boolean {
  return d === 'in' || d === 'added';
}
