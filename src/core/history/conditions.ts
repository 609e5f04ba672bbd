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

/** What a person's records say, year by year, up to the year under review. */
interface Facts {
  years: Map<string, Set<number>>;
  initiatives: Map<number, number>;
  decisions: Map<string, string | null>;
}

function factsOf(records: readonly HistoryRecord[], year: number): Facts {
  const f: Facts = { years: new Map(), initiatives: new Map(), decisions: new Map() };
  for (const r of records) {
    if (r.year > year) continue;
    const n = r.initiatives ?? (r.form === 'sang-kien' ? 1 : 0);
    if (n > 0) f.initiatives.set(r.year, (f.initiatives.get(r.year) ?? 0) + n);
    if (!r.form) continue;
    let s = f.years.get(r.form);
    if (!s) f.years.set(r.form, (s = new Set()));
    s.add(r.year);
    const dk = `${r.form}|${r.year}`;
    if (!f.decisions.has(dk) || !f.decisions.get(dk)) f.decisions.set(dk, r.decision);
  }
  return f;
}

type Leaf = { result: CheckResult | 'neutral'; text: string };

const shortOf = (forms: string[]) => C.formsName(forms.map((id) => formById(id)?.short ?? id));

function yearsWith(f: Facts, forms: string[]): Set<number> {
  const out = new Set<number>();
  for (const id of forms) for (const y of f.years.get(id) ?? []) out.add(y);
  return out;
}

function yearsInRow(c: Extract<Condition, { type: 'yearsInRow' }>, f: Facts, input: CheckInput): Leaf {
  const have = yearsWith(f, c.forms);
  // The run reaches the year under review, or the year before when this year's is not recorded yet.
  const end = have.has(input.year) ? input.year : input.year - 1;
  const window: number[] = [];
  for (let y = end - c.count + 1; y <= end; y++) window.push(y);
  const found = window.filter((y) => have.has(y));
  const missing = window.filter((y) => !have.has(y));
  const name = shortOf(c.forms);
  if (missing.length > 0) return { result: 'failed', text: C.runMissing(name, found, missing) };
  let text = C.runOk(name, window, c.count);
  if (!c.initiatives) return { result: 'ok', text };
  if (!input.hasInitiatives) return { result: 'unknown', text: text + C.initiativesUnknown };
  const n = window.reduce((s, y) => s + (f.initiatives.get(y) ?? 0), 0);
  if (n < c.initiatives) return { result: 'unknown', text: text + C.initiativesShort(n, c.initiatives) };
  text += C.initiativesOk(n);
  return { result: 'ok', text };
}

function recentTimes(c: Extract<Condition, { type: 'recentTimes' }>, f: Facts, input: CheckInput): Leaf {
  const ys = [...yearsWith(f, c.forms)].sort((a, b) => a - b);
  const name = shortOf(c.forms);
  const last = ys[ys.length - 1];
  if (ys.length < c.count || last < input.year - 1) return { result: 'failed', text: C.timesShort(name, ys, c.count, input.year) };
  return { result: 'ok', text: C.timesOk(name, ys.slice(-c.count)) };
}

function evaluate(c: Condition, f: Facts, input: CheckInput, form: AwardForm): Leaf {
  switch (c.type) {
    case 'yearsInRow':
      return yearsInRow(c, f, input);
    case 'recentTimes':
      return recentTimes(c, f, input);
    case 'sameYear': {
      const name = shortOf(c.forms);
      return yearsWith(f, c.forms).has(input.year)
        ? { result: 'ok', text: C.sameYearOk(name, input.year) }
        : { result: 'unknown', text: C.sameYearMissing(name, input.year) };
    }
    case 'notAwardedThisYear': {
      const dk = `${form.id}|${input.year}`;
      return f.decisions.has(dk)
        ? { result: 'failed', text: C.alreadyAwarded(form.name, input.year, f.decisions.get(dk) ?? null) }
        : { result: 'ok', text: C.notYetAwarded(form.name, input.year) };
    }
    case 'other':
      return { result: 'neutral', text: C.other(c.text) };
    case 'all': {
      const parts = c.of.map((x) => evaluate(x, f, input, form));
      const result = parts.some((p) => p.result === 'failed') ? 'failed'
        : parts.some((p) => p.result === 'unknown') ? 'unknown'
        : parts.every((p) => p.result === 'neutral') ? 'neutral' : 'ok';
      return { result, text: parts.map((p) => p.text).join('; ') };
    }
    case 'any': {
      const parts = c.of.map((x) => evaluate(x, f, input, form));
      const ok = parts.find((p) => p.result === 'ok');
      if (ok) return ok;
      const open = parts.some((p) => p.result === 'unknown' || p.result === 'neutral');
      return { result: open ? 'unknown' : 'failed', text: parts.map((p) => p.text).join(C.or) };
    }
  }
}

function withSource(rule: FormRule | VoteRule, result: CheckResult, detail: string): RuleCheck {
  const source = legalSource(rule.source);
  return {
    rule: rule.id,
    label: rule.label,
    result,
    reason: C.rule(source.document, source.article, RULE_STATUS_LABEL[source.status], detail),
    source,
    status: source.status,
  };
}

function voteCheck(v: VoteRule, vote: number | null | undefined): RuleCheck {
  if (vote === null || vote === undefined || Number.isNaN(vote)) return withSource(v, 'unknown', C.voteMissing(v.min));
  // A share is written to a tenth of a percent: 0.8 typed as 80% may arrive as 0.7999999.
  return vote + 1e-9 < v.min ? withSource(v, 'failed', C.voteLow(vote, v.min, v.basis)) : withSource(v, 'ok', C.voteOk(vote, v.min, v.basis));
}

const combine = (rs: CheckResult[]): CheckResult => (rs.includes('failed') ? 'failed' : rs.includes('unknown') ? 'unknown' : 'ok');

/**
 * Whether the nominee's history meets the rules that are on for `form` (a catalogue form, or null
 * when the sheet's text names none: then `formText` says which, and the answer is unknown).
 */
export function checkForm(form: AwardForm | null, formText: string | null, records: readonly HistoryRecord[], input: CheckInput, on: RuleSwitch): FormCheck {
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
  const f = factsOf(records, input.year);
  const checks: RuleCheck[] = [];
  for (const r of rules) {
    if (kind && !r.kinds.includes(kind)) continue;
    const leaf = evaluate(r.condition, f, input, form);
    checks.push(withSource(r, leaf.result === 'neutral' ? 'ok' : leaf.result, leaf.text));
  }
  for (const v of form.votes) if (on(v)) checks.push(voteCheck(v, input.vote));
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
  const history = historyOf(index, q);
  const form = matchForm(q.formText);
  // No kind given: the history's, when all its records agree (a "Họ và tên" column says individual).
  const kinds = new Set(history.map((r) => r.kind));
  const kind = q.kind ?? (kinds.size === 1 ? [...kinds][0] : null);
  const check = checkForm(form, q.formText, history, { kind, year: q.year, vote: q.vote, hasInitiatives: index.hasInitiatives }, on);
  if (history.length === 0 && check.result !== 'ok') {
    const elsewhere = sameNameElsewhere(index, q);
    if (elsewhere.length > 0) check.reasons.push(C.sameNameElsewhere(elsewhere));
  }
  return { ...check, history };
}
