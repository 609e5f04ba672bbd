// Part of stage "check": the nominee's award history (the "Lịch sử khen thưởng" sheet, or an earlier
// year's results) against the conditions of the form they are proposed for (core/history,
// core/forms). Built once per run over the index; asked once per row.
//
// Choices (docs/law-sources.md has the readings of the law):
// - Only a row whose form is a catalogue form with a rule that is on is checked (Settings.formRules,
//   else only a confirmed national text): a form the catalogue does not know, or one with no rule
//   on, is a label as before — nothing is enforced without its source.
// - 'failed' makes the row not eligible ("Không đủ tiêu chuẩn"); 'unknown' (a standard of "đạt một
//   trong các tiêu chuẩn" the history cannot tell, initiatives not recorded, a vote share missing)
//   puts it under review ("Cần kiểm tra"): the council weighs what the history cannot tell.
// - The decision pass asks decideRecords (no text); a row whose reasons are asked gets checkRecords,
//   whose lines name the years found and missing and the rule's source. Both run the same
//   conditions (conditions.ts), and a test holds them to the same answer.
// - No year under review (no --year, no year in the plan): the records are still shown, nothing is
//   checked (the caller says so once).
// - "Đạt khen cao": a row proposed ("Đề nghị khen thưởng") for a form above every award the
//   nominee's history holds up to the year under review (catalogue ranks; yearly ratings and
//   initiatives are no award). A nominee without any award in the history is not counted: a first
//   award is not a step up. Marked after the statuses, for the proposed rows only.
import type { HistoryEntry, Kind, Plan } from '../types';
import { formAt, KINDS, unitAt, type NominationTable } from '../table';
import { matchForm } from '../forms/match';
import { formById } from '../forms/catalogue';
import type { RuleSwitch } from '../forms/rules';
import type { AwardForm } from '../forms/types';
import { historyOf, queryUnitId, type HistoryIndex, type HistoryRecord } from '../history/historyIndex';
import { activeRules, checkRecords, decideForm, type ActiveRules, type NomineeQuery } from '../history/conditions';
import { ST_SELECTED, type DecisionColumns } from './columns';
import { slotQuota } from './forms';

/** What a run knows of the award history: the index built once, the year, the rules that are on. */
export interface EngineHistory {
  index: HistoryIndex;
  /** The year under review; null: nothing is checked (the records are still shown). */
  year: number | null;
  on: RuleSwitch;
}

export interface HistoryStage {
  /** Checks row i (after eligibility): clears eligible on a failed rule; true: review. */
  check(i: number, say: string[] | null): boolean;
  /** After the statuses: marks the proposed rows whose form is above every award in their history. */
  markHighForms(): void;
  /** Row i's records as the JSON shows them, by year. */
  entries(i: number): HistoryEntry[];
}

const NO_FORM: unique symbol = Symbol('no form');

export function prepareHistory(plan: Plan, t: NominationTable, cols: DecisionColumns, h: EngineHistory): HistoryStage {
  const { index, year, on } = h;
  // Per form text (its key in the table) and per form quota: the catalogue's form, found once.
  const byText: (AwardForm | null | undefined)[] = [];
  const byQuota = new Map<string, AwardForm | null>();
  // Each form's rules that are on, listed once per run.
  const active = new Map<AwardForm, ActiveRules>();
  const activeOf = (f: AwardForm) => {
    let a = active.get(f);
    if (a === undefined) active.set(f, (a = activeRules(f, on)));
    return a;
  };
  /** The form text a row is checked under: its form quota's name when ranked under one, else its own. */
  const formTextOf = (i: number): string | typeof NO_FORM => {
    const slot = cols.formSlot[i];
    if (slot > 0) return slotQuota(plan, cols.movement[i], slot).form ?? NO_FORM;
    return formAt(t, i) ?? NO_FORM;
  };
  const catalogueForm = (i: number, text: string): AwardForm | null => {
    if (cols.formSlot[i] > 0) {
      let f = byQuota.get(text);
      if (f === undefined) byQuota.set(text, (f = matchForm(text)));
      return f;
    }
    const k = t.formKey[i];
    let f = byText[k];
    if (f === undefined) byText[k] = f = matchForm(text);
    return f;
  };
  // The unit's number in the index once per distinct unit text of the list, not once per row.
  const unitIds = new Int32Array(t.unitTexts.length).fill(-2);
  const unitIdAt = (i: number): number => {
    const k = t.unitTextKey[i];
    if (k < 0) return 0;
    let u = unitIds[k];
    if (u === -2) unitIds[k] = u = queryUnitId(index, t.unitTexts[k]);
    return u;
  };
  // One query object for the decision pass, filled row by row (50,000 rows, no object each).
  const q: NomineeQuery = { name: null, nameHash: 0, unit: null, kind: null, formText: null, year: year ?? 0, vote: null };
  const query = (i: number, formText: string | null): NomineeQuery => {
    q.name = t.name[i];
    q.nameHash = t.nameHash[i];
    q.unit = unitAt(t, i);
    q.kind = KINDS[t.kind[i]] as Kind | null;
    q.formText = formText;
    return q;
  };
  /** The vote share, only for a row whose form's rules are weighed (a double stored boxes a number). */
  const withVote = (i: number, query: NomineeQuery): NomineeQuery => {
    const v = t.vote[i];
    query.vote = v === v ? v : null;
    return query;
  };
  // The decision pass's records, refilled row by row (no array per row).
  const buf: HistoryRecord[] = [];
  return {
    check(i, say) {
      if (year === null || t.name[i] === null) return false;
      const text = formTextOf(i);
      if (text === NO_FORM) return false;
      const form = catalogueForm(i, text);
      if (!form) return false;
      const rules = activeOf(form);
      // No rule on for the form: its history is not looked up for the decision.
      if (rules.rules.length === 0 && rules.votes.length === 0) return false;
      const q = withVote(i, query(i, text));
      const records = historyOf(index, q, unitIdAt(i), buf);
      let result;
      if (say) {
        const c = checkRecords(index, q, records, on);
        for (const r of c.reasons) say.push(r);
        result = c.result;
      } else result = decideForm(index, form, q, records, on, rules);
      if (result === 'failed') cols.eligible[i] = 0;
      return result === 'unknown';
    },
    markHighForms() {
      // Only the proposed rows are counted ("đạt khen cao"): only theirs are looked up.
      const selected = cols.status;
      for (let i = 0; i < t.length; i++) {
        if (selected[i] !== ST_SELECTED || t.name[i] === null) continue;
        const text = formTextOf(i);
        if (text === NO_FORM) continue;
        const form = catalogueForm(i, text);
        if (form && stepsUp(form, historyOf(index, query(i, text), unitIdAt(i), buf), year)) cols.highForm[i] = 1;
      }
    },
    entries(i) {
      if (t.name[i] === null) return [];
      const records = historyOf(index, query(i, null), unitIdAt(i));
      return records
        .map((r) => ({ year: r.year, form: r.formText, decision: r.decision }))
        .sort((a, b) => a.year - b.year);
    },
  };
}

/**
 * The form is above every award of the record before the year under review, and the record holds
 * one. The year itself is left out: once this year's results are appended to the history
 * (--ghi-lich-su), scoring the same year again must still see the same steps up.
 */
function stepsUp(form: AwardForm, records: readonly HistoryRecord[], year: number | null): boolean {
  if (form.record) return false;
  let best = -1;
  for (const r of records) {
    if (r.form === null || (year !== null && r.year >= year)) continue;
    const f = formById(r.form);
    if (!f || f.record) continue;
    if (f.rank > best) best = f.rank;
  }
  return best >= 0 && form.rank > best;
}

/** A short note of a nominee's records for the result band: "2023: CSTĐCS; 2024: CSTĐCS, LĐTT". */
export function historyNote(entries: readonly HistoryEntry[]): string | null {
  if (entries.length === 0) return null;
  const byYear = new Map<number, string[]>();
  for (const e of entries) {
    const short = formShort(e.form);
    const list = byYear.get(e.year) ?? [];
    if (!list.includes(short)) list.push(short);
    byYear.set(e.year, list);
  }
  return [...byYear].map(([y, forms]) => `${y}: ${forms.join(', ')}`).join('; ');
}

function formShort(text: string): string {
  const f = matchForm(text);
  return f ? f.short : text;
}
