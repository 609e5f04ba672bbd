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
// - "Đạt khen cao": the form proposed is above every award the nominee's history holds up to the
//   year under review (catalogue ranks; yearly ratings and initiatives are no award). A nominee
//   without any award in the history is not counted: a first award is not a step up.
import type { HistoryEntry, Kind, Plan } from '../types';
import { formAt, KINDS, unitAt, type NominationTable } from '../table';
import { matchForm } from '../forms/match';
import { formById } from '../forms/catalogue';
import type { RuleSwitch } from '../forms/rules';
import type { AwardForm } from '../forms/types';
import { historyOf, type HistoryIndex, type HistoryRecord } from '../history/historyIndex';
import { checkRecords, decideRecords, type NomineeQuery } from '../history/conditions';
import type { DecisionColumns } from './columns';
import { slotQuota } from './forms';

/** What a run knows of the award history: the index built once, the year, the rules that are on. */
export interface EngineHistory {
  index: HistoryIndex;
  /** The year under review; null: nothing is checked (the records are still shown). */
  year: number | null;
  on: RuleSwitch;
}

export interface HistoryStage {
  /** Checks row i (after eligibility): writes highForm, clears eligible on a failed rule; true: review. */
  check(i: number, say: string[] | null): boolean;
  /** Row i's records as the JSON shows them, by year. */
  entries(i: number): HistoryEntry[];
}

const NO_FORM: unique symbol = Symbol('no form');

export function prepareHistory(plan: Plan, t: NominationTable, cols: DecisionColumns, h: EngineHistory): HistoryStage {
  const { index, year, on } = h;
  // Per form text (its key in the table) and per form quota: the catalogue's form, found once.
  const byText: (AwardForm | null | undefined)[] = [];
  const byQuota = new Map<string, AwardForm | null>();
  const active = new Map<AwardForm, boolean>();
  const hasRuleOn = (f: AwardForm) => {
    let a = active.get(f);
    if (a === undefined) active.set(f, (a = f.rules.some(on) || f.votes.some(on)));
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
  const query = (i: number, formText: string | null): NomineeQuery => {
    const v = t.vote[i];
    return {
      name: t.name[i],
      nameHash: t.nameHash[i],
      unit: unitAt(t, i),
      kind: KINDS[t.kind[i]] as Kind | null,
      formText,
      year: year ?? 0,
      vote: v === v ? v : null,
    };
  };
  return {
    check(i, say) {
      cols.highForm[i] = 0;
      if (t.name[i] === null) return false;
      const text = formTextOf(i);
      if (text === NO_FORM) return false;
      const form = catalogueForm(i, text);
      if (!form) return false;
      const q = query(i, text);
      const records = historyOf(index, q);
      if (stepsUp(form, records, year)) cols.highForm[i] = 1;
      if (year === null || !hasRuleOn(form)) return false;
      let result;
      if (say) {
        const c = checkRecords(index, q, records, on);
        for (const r of c.reasons) say.push(r);
        result = c.result;
      } else result = decideRecords(index, q, records, on);
      if (result === 'failed') cols.eligible[i] = 0;
      return result === 'unknown';
    },
    entries(i) {
      if (t.name[i] === null) return [];
      const records = historyOf(index, query(i, null));
      return records
        .map((r) => ({ year: r.year, form: r.formText, decision: r.decision }))
        .sort((a, b) => a.year - b.year);
    },
  };
}

/** The form is above every award of the record (up to the year under review), and the record holds one. */
function stepsUp(form: AwardForm, records: readonly HistoryRecord[], year: number | null): boolean {
  if (form.record) return false;
  let best = -1;
  for (const r of records) {
    if (r.form === null || (year !== null && r.year > year)) continue;
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
