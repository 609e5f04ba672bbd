// Stage "status": precedence when several apply — review › late › ineligible › the ranking's own
// status (selected, over quota, tie). The flags (late, eligible, duplicate) stay in their own
// columns, so nothing is hidden by precedence.
import { ST_INELIGIBLE, ST_LATE, ST_REVIEW, type DecisionColumns } from './columns';

export function applyPrecedence(cols: DecisionColumns): void {
  const { status, review, late, eligible } = cols;
  for (let i = 0; i < cols.length; i++) {
    if (review[i]) status[i] = ST_REVIEW;
    else if (late[i]) status[i] = ST_LATE;
    else if (!eligible[i]) status[i] = ST_INELIGIBLE;
  }
}
