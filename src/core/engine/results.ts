// One row's reasons and result object, on demand: the row check's own reasons (check.ts explains
// what it decided), then the duplicate and what the ranking and cut stages said of it.
import type { NominationResult, Plan, Serial } from '../types';
import { memo } from '../memo';
import { toIso } from '../dates';
import type { CutOutcome } from '../rank';
import { formAt, groupAt, KINDS, positionAt, unitAt, type NominationTable } from '../table';
import { ENGINE_TEXT } from '../text/engine';
import { FORM_TEXT } from '../text/forms';
import { slotQuota } from './forms';
import { STATUSES, type DecisionColumns } from './columns';
import type { RowCheck } from './check';
import type { Ranking } from './ranking';
import type { Cuts } from './cut';
import type { HistoryStage } from './history';

/** The shared empty list of a row's tie/within texts when it has none (most rows). */
const NONE: string[] = [];

export interface RowResults {
  reasonsOf(i: number): string[];
  resultAt(i: number): NominationResult;
}

export function rowResults(plan: Plan, t: NominationTable, cols: DecisionColumns, check: RowCheck, ranking: Ranking, cuts: Cuts, history: HistoryStage | null = null): RowResults {
  const reasonsOf = (i: number): string[] => {
    const say: string[] = [];
    check(i, say);
    if (cols.duplicate[i]) {
      const other = cols.dupOther[i];
      // The first row names the first later one; a later row names the first.
      say.push(ENGINE_TEXT.duplicateOf(t.row[other], other > i));
    }
    if (ranking.groupOf[i] >= 0) rankingReasons(ranking, cuts, cols, i, say);
    return say;
  };
  const iso = memo((x: Serial) => toIso(x));
  const movements = plan.movements ?? [];
  const resultAt = (i: number): NominationResult => {
    const mvi = cols.movement[i];
    const rec = t.received[i];
    const lot = cols.lastOnTime[i];
    const dl = cols.daysLate[i];
    const v = t.vote[i];
    const g = cols.grade[i];
    return {
      row: t.row[i],
      name: t.name[i],
      unit: unitAt(t, i),
      kind: KINDS[t.kind[i]],
      movement: mvi >= 0 ? movements[mvi].id : null,
      received: rec === rec ? iso(rec) : null,
      lastOnTime: lot === lot ? iso(lot) : null,
      daysLate: dl === dl ? dl : null,
      late: cols.late[i] === 1,
      criteriaMet: cols.criteriaMet[i],
      criteriaTotal: cols.criteriaTotal[i],
      score: cols.score[i],
      eligible: cols.eligible[i] === 1,
      vote: v === v ? v : null,
      rank: cols.rank[i] || null,
      status: STATUSES[cols.status[i]],
      duplicate: cols.duplicate[i] === 1,
      group: groupAt(t, i),
      grade: g === 0 ? null : cols.gradeNames[g - 1],
      reasons: reasonsOf(i),
      position: positionAt(t, i),
      // Undefined (not null) for a list without forms: summarise() can tell the two apart.
      form: t.hasForms ? formAt(t, i) : undefined,
      formName: formNameOf(i),
      // Undefined without a history: the JSON then says [] and the summary has no "đạt khen cao".
      history: history ? history.entries(i) : undefined,
      highForm: history ? cols.highForm[i] === 1 : undefined,
    };
  };
  /** The form a row was ranked under: its form quota's name, else its own text. */
  const formNameOf = (i: number): string | null => {
    const slot = cols.formSlot[i];
    return slot > 0 ? slotQuota(plan, cols.movement[i], slot).form : formAt(t, i);
  };
  return { reasonsOf, resultAt };
}

/** The reasons the ranking and cut stages give a ranked row, after its own. */
function rankingReasons(ranking: Ranking, cuts: Cuts, cols: DecisionColumns, i: number, say: string[]): void {
  const cut = cuts.cutText.get(i);
  if (cut !== undefined) {
    say.push(cut);
    return;
  }
  const g = ranking.groups[ranking.groupOf[i]];
  const eq = g.eq;
  const r = cols.rank[i];
  const tie = cuts.tieTexts.get(i) ?? NONE;
  const within = cuts.withinTexts.get(i) ?? NONE;
  const out = STATUSES[cuts.outcome[i]] as CutOutcome;
  say.push(...tie);
  if (eq.value === null) {
    if (within.length === 0 && tie.length === 0) say.push(ENGINE_TEXT.noQuotaProposed(eq.note, g.quotaNote));
    else {
      // An allocation limited the row: its quota is the one that counts. A movement quota still
      // unknown for want of participants is said, since it will apply once they are given.
      if (within.length > 0) say.push(ENGINE_TEXT.allocationWithin(within));
      if (eq.note && eq.note !== ENGINE_TEXT.noQuota) say.push(eq.note);
    }
  } else if (eq.value === 0) say.push(g.form === null ? ENGINE_TEXT.quotaZero(g.mv.id, g.qKind) : FORM_TEXT.quotaZero(g.mv.id, g.form, g.qKind));
  else {
    const ranked = out === 'tie' ? ENGINE_TEXT.tieAtCut(r, g.tieCount, eq.value, g.qKind) : ENGINE_TEXT.ranked(out, r, eq.value, g.qKind);
    say.push(g.form === null ? ranked : FORM_TEXT.ofForm(ranked, g.form));
  }
  if (eq.value !== null && eq.note) say.push(eq.note);
}
