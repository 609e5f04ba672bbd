// Checking a nominee's proposed form against their history: each rule that is on gives ok, failed
// or unknown with a Vietnamese reason naming the years found and missing and the rule's source.
// The engine calls checkForm once per nominee (with historyOf's records); TDKT.CONDITION calls it
// for one person. Standards the history cannot tell are the plan's criteria and the council's:
// inside an "any" they keep the answer open (unknown), never failed.
import type { Kind } from '../types';
import { formById } from '../forms/catalogue';
import { legalSource } from '../forms/sources';
import type { RuleSwitch } from '../forms/rules';
import type { AwardForm, Condition, FormRule, LegalSource, RuleStatus, VoteRule } from '../forms/types';
import { CONDITION_TEXT as C, RULE_STATUS_LABEL } from '../text/history';
import { matchForm } from '../forms/match';
import { historyOf, sameNameElsewhere, type HistoryIndex, type HistoryRecord, type PersonQuery } from './historyIndex';

export type CheckResult = 'ok' | 'failed' | 'unknown';

/** One rule's outcome, with the source shown beside it. */
export interface RuleCheck {
  rule: string;
  label: string;
  result: CheckResult;
  /** What was found, then the source and its status. */
  reason: string;
  source: LegalSource;
  status: RuleStatus;
}

export interface FormCheck {
  /** The catalogue's form id, or null when the text names none. */
  form: string | null;
  result: CheckResult;
  /** The rules that were on and applied to the nominee's kind. */
  rules: RuleCheck[];
  /** The lines to show on the nominee's row (a failed or open rule, and the years a run used). */
  reasons: string[];
}

export interface CheckInput {
  kind: Kind | null;
  /** The year under review (bình xét for this year's achievements). */
  year: number;
  /** The council's vote share 0–1, when the sheet has one. */
  vote?: number | null;
  /** Whether the history records initiatives at all (HistoryIndex.hasInitiatives). */
  hasInitiatives: boolean;
}

/**
 * A person's records up to the year under review. A person has a handful of records, so each
 * question scans them: no map or set per nominee (50,000 nominees are checked in a run).
 */
interface Facts {
  records: readonly HistoryRecord[];
  year: number;
}

function has(f: Facts, forms: string[], y: number): boolean {
  for (const r of f.records) if (r.year === y && r.form !== null && forms.includes(r.form)) return true;
  return false;
}

function initiativesIn(f: Facts, from: number, to: number): number {
  let n = 0;
  for (const r of f.records) if (r.year >= from && r.year <= to) n += r.initiatives ?? (r.form === 'sang-kien' ? 1 : 0);
  return n;
}

/** The years (up to the year under review) with one of `forms`, ascending. */
function yearsWith(f: Facts, forms: string[]): number[] {
  const ys: number[] = [];
  for (const r of f.records) if (r.year <= f.year && r.form !== null && forms.includes(r.form) && !ys.includes(r.year)) ys.push(r.year);
  return ys.sort((a, b) => a - b);
}

type Leaf = { result: CheckResult | 'neutral'; text: string };

const shortOf = (forms: string[]) => C.formsName(forms.map((id) => formById(id)?.short ?? id));

function yearsInRow(c: Extract<Condition, { type: 'yearsInRow' }>, f: Facts, input: CheckInput, explain: boolean): Leaf {
  // The run reaches the year under review, or the year before when this year's is not recorded yet.
  const end = has(f, c.forms, input.year) ? input.year : input.year - 1;
  const from = end - c.count + 1;
  let complete = true;
  for (let y = from; y <= end && complete; y++) complete = has(f, c.forms, y);
  const span = explain ? Array.from({ length: c.count }, (_, i) => from + i) : [];
  const name = explain ? shortOf(c.forms) : '';
  if (!complete) {
    return { result: 'failed', text: explain ? C.runMissing(name, span.filter((y) => has(f, c.forms, y)), span.filter((y) => !has(f, c.forms, y))) : '' };
  }
  const text = explain ? C.runOk(name, span, c.count) : '';
  if (!c.initiatives) return { result: 'ok', text };
  if (!input.hasInitiatives) return { result: 'unknown', text: explain ? text + C.initiativesUnknown : '' };
  const n = initiativesIn(f, from, end);
  if (n < c.initiatives) return { result: 'unknown', text: explain ? text + C.initiativesShort(n, c.initiatives) : '' };
  return { result: 'ok', text: explain ? text + C.initiativesOk(n) : '' };
}

function recentTimes(c: Extract<Condition, { type: 'recentTimes' }>, f: Facts, input: CheckInput, explain: boolean): Leaf {
  const ys = yearsWith(f, c.forms);
  const name = explain ? shortOf(c.forms) : '';
  const last = ys[ys.length - 1];
  if (ys.length < c.count || last < input.year - 1) return { result: 'failed', text: explain ? C.timesShort(name, ys, c.count, input.year) : '' };
  return { result: 'ok', text: explain ? C.timesOk(name, ys.slice(-c.count)) : '' };
}

function decisionFor(f: Facts, form: string, year: number): { found: boolean; decision: string | null } {
  let found = false;
  let decision: string | null = null;
  for (const r of f.records) {
    if (r.year !== year || r.form !== form) continue;
    found = true;
    decision ??= r.decision;
  }
  return { found, decision };
}

function evaluate(c: Condition, f: Facts, input: CheckInput, form: AwardForm, explain: boolean): Leaf {
  switch (c.type) {
    case 'yearsInRow':
      return yearsInRow(c, f, input, explain);
    case 'recentTimes':
      return recentTimes(c, f, input, explain);
    case 'sameYear': {
      const ok = has(f, c.forms, input.year);
      if (!explain) return { result: ok ? 'ok' : 'unknown', text: '' };
      const name = shortOf(c.forms);
      return ok ? { result: 'ok', text: C.sameYearOk(name, input.year) } : { result: 'unknown', text: C.sameYearMissing(name, input.year) };
    }
    case 'notAwardedThisYear': {
      const d = decisionFor(f, form.id, input.year);
      if (!explain) return { result: d.found ? 'failed' : 'ok', text: '' };
      return d.found
        ? { result: 'failed', text: C.alreadyAwarded(form.name, input.year, d.decision) }
        : { result: 'ok', text: C.notYetAwarded(form.name, input.year) };
    }
    case 'other':
      return { result: 'neutral', text: explain ? C.other(c.text) : '' };
    case 'all': {
      const parts = c.of.map((x) => evaluate(x, f, input, form, explain));
      const result = parts.some((p) => p.result === 'failed') ? 'failed'
        : parts.some((p) => p.result === 'unknown') ? 'unknown'
        : parts.every((p) => p.result === 'neutral') ? 'neutral' : 'ok';
      return { result, text: explain ? parts.map((p) => p.text).join('; ') : '' };
    }
    case 'any': {
      let open = false;
      const texts: string[] = [];
      for (const x of c.of) {
        const p = evaluate(x, f, input, form, explain);
        if (p.result === 'ok') return p;
        if (p.result !== 'failed') open = true;
        if (explain) texts.push(p.text);
      }
      return { result: open ? 'unknown' : 'failed', text: texts.join(C.or) };
    }
  }
}

const UNEXPLAINED = { reason: '' };

function withSource(rule: FormRule | VoteRule, result: CheckResult, detail: string, explain = true): RuleCheck {
  const source = legalSource(rule.source);
  if (!explain) return { rule: rule.id, label: rule.label, result, source, status: source.status, ...UNEXPLAINED };
  return {
    rule: rule.id,
    label: rule.label,
    result,
    reason: C.rule(source.document, source.article, RULE_STATUS_LABEL[source.status], detail),
    source,
    status: source.status,
  };
}

function voteCheck(v: VoteRule, vote: number | null | undefined, explain: boolean): RuleCheck {
  if (vote === null || vote === undefined || Number.isNaN(vote)) return withSource(v, 'unknown', explain ? C.voteMissing(v.min) : '', explain);
  // A share is written to a tenth of a percent: 0.8 typed as 80% may arrive as 0.7999999.
  const low = vote + 1e-9 < v.min;
  if (!explain) return withSource(v, low ? 'failed' : 'ok', '', false);
  return low ? withSource(v, 'failed', C.voteLow(vote, v.min, v.basis)) : withSource(v, 'ok', C.voteOk(vote, v.min, v.basis));
}

const combine = (rs: CheckResult[]): CheckResult => (rs.includes('failed') ? 'failed' : rs.includes('unknown') ? 'unknown' : 'ok');

/**
 * Whether the nominee's history meets the rules that are on for `form` (a catalogue form, or null
 * when the sheet's text names none: then `formText` says which, and the answer is unknown). With
 * `explain` false only the results are made (no reason text): the engine's decision pass.
 */
export function checkForm(form: AwardForm | null, formText: string | null, records: readonly HistoryRecord[], input: CheckInput, on: RuleSwitch, explain = true): FormCheck {
  if (!form) {
    const reason = formText ? C.unknownForm(formText) : C.noForm;
    return { form: null, result: 'unknown', rules: [], reasons: [reason] };
  }
  if (input.kind && !form.kinds.includes(input.kind)) return { form: form.id, result: 'unknown', rules: [], reasons: [C.wrongKind(form.name, input.kind)] };
  const kind = input.kind ?? (form.kinds.length === 1 ? form.kinds[0] : null);
  const rules = form.rules.filter((r) => on(r));
  if (!kind) {
    const open = rules.some((r) => r.kinds.length < form.kinds.length);
    if (open) return { form: form.id, result: 'unknown', rules: [], reasons: [C.kindUnknown(form.name)] };
  }
  const f: Facts = { records, year: input.year };
  const checks: RuleCheck[] = [];
  for (const r of rules) {
    if (kind && !r.kinds.includes(kind)) continue;
    const leaf = evaluate(r.condition, f, input, form, explain);
    checks.push(withSource(r, leaf.result === 'neutral' ? 'ok' : leaf.result, leaf.text, explain));
  }
  for (const v of form.votes) if (on(v)) checks.push(voteCheck(v, input.vote, explain));
  if (!explain) return { form: form.id, result: combine(checks.map((c) => c.result)), rules: checks, reasons: [] };
  // An "already given" rule that passes says nothing worth a line; every other rule's line stays.
  const reasons = checks
    .filter((c) => c.result !== 'ok' || !c.rule.endsWith('.mot-thanh-tich'))
    .map((c) => c.reason);
  return { form: form.id, result: combine(checks.map((c) => c.result)), rules: checks, reasons };
}

/** One nominee as the engine asks about them: who, the form proposed (as written), the year. */
export interface NomineeQuery extends PersonQuery {
  formText: string | null;
  year: number;
  vote?: number | null;
}

/** The nominee's records and the check of their proposed form: the engine's one call per row. */
export interface NomineeCheck extends FormCheck {
  history: HistoryRecord[];
}

/**
 * historyOf + checkForm for one nominee. When the history has nothing for them at their unit but
 * the same name has records at another unit, the reasons say so (a renamed or merged unit).
 */
export function checkNominee(index: HistoryIndex, q: NomineeQuery, on: RuleSwitch): NomineeCheck {
  return checkRecords(index, q, historyOf(index, q), on);
}

/** checkNominee over the nominee's records already found (the engine looks them up once per row). */
export function checkRecords(index: HistoryIndex, q: NomineeQuery, history: HistoryRecord[], on: RuleSwitch): NomineeCheck {
  const check = checkForm(matchForm(q.formText), q.formText, history, inputFor(index, q, history), on);
  if (history.length === 0 && check.result !== 'ok') {
    const elsewhere = sameNameElsewhere(index, q);
    if (elsewhere.length > 0) check.reasons.push(C.sameNameElsewhere(elsewhere));
  }
  return { ...check, history };
}

/** The result alone, no reason text: the engine's decision pass (checkNominee explains a row asked for). */
export function decideNominee(index: HistoryIndex, q: NomineeQuery, on: RuleSwitch): CheckResult {
  return decideRecords(index, q, historyOf(index, q), on);
}

/** decideNominee over the nominee's records already found: checkForm without its objects, the same rules in the same order. */
export function decideRecords(index: HistoryIndex, q: NomineeQuery, history: readonly HistoryRecord[], on: RuleSwitch): CheckResult {
  return decideForm(index, matchForm(q.formText), q, history, on);
}

/** The rules and vote thresholds of a form that are on (the engine keeps them per form for a run). */
export interface ActiveRules {
  rules: FormRule[];
  votes: VoteRule[];
}

export function activeRules(form: AwardForm, on: RuleSwitch): ActiveRules {
  return { rules: form.rules.filter((r) => on(r)), votes: form.votes.filter((v) => on(v)) };
}

/**
 * decideRecords with the form already matched and its rules that are on already listed (the
 * engine matches each form text and lists each form's rules once per run).
 */
export function decideForm(index: HistoryIndex, form: AwardForm | null, q: NomineeQuery, history: readonly HistoryRecord[], on: RuleSwitch, active: ActiveRules | null = null): CheckResult {
  const input = inputFor(index, q, history);
  if (!form || (input.kind && !form.kinds.includes(input.kind))) return 'unknown';
  const { rules, votes } = active ?? activeRules(form, on);
  const kind = input.kind ?? (form.kinds.length === 1 ? form.kinds[0] : null);
  // Kind unknown and a rule that is on for one kind only: open before any rule is weighed (as checkForm).
  if (!kind) for (const r of rules) if (r.kinds.length < form.kinds.length) return 'unknown';
  const f: Facts = { records: history, year: q.year };
  let result: CheckResult = 'ok';
  for (const r of rules) {
    if (kind && !r.kinds.includes(kind)) continue;
    const leaf = evaluate(r.condition, f, input, form, false).result;
    if (leaf === 'failed') return 'failed';
    if (leaf === 'unknown') result = 'unknown';
  }
  for (const v of votes) {
    const c = voteCheck(v, input.vote, false).result;
    if (c === 'failed') return 'failed';
    if (c === 'unknown') result = 'unknown';
  }
  return result;
}

function inputFor(index: HistoryIndex, q: NomineeQuery, history: readonly HistoryRecord[]): CheckInput {
  // No kind given: the history's, when all its records agree (a "Họ và tên" column says individual).
  let kind = q.kind ?? null;
  if (!kind && history.length > 0) {
    kind = history[0].kind;
    for (const r of history) if (r.kind !== kind) kind = null;
  }
  return { kind, year: q.year, vote: q.vote, hasInitiatives: index.hasInitiatives };
}
