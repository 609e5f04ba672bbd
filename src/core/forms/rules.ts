// Which rules are on. Only a confirmed national text is on by default (shared/domain.md); a
// province's Quy định is confirmed for that province only, so its rules wait for the secretary to
// turn them on, as do secondary and unconfirmed texts. Settings.formRules holds the secretary's
// choices by rule id; anything not chosen keeps its default.
import type { Settings } from '../types';
import { FORMS } from './catalogue';
import { legalSource } from './sources';
import type { AwardForm, FormRule, LegalSource, RuleStatus, VoteRule } from './types';

export function ruleDefault(rule: FormRule | VoteRule): boolean {
  const s = legalSource(rule.source);
  return s.status === 'confirmed' && s.scope === 'national';
}

/** Whether a rule is on: the settings' choice, else its default. */
export type RuleSwitch = (rule: FormRule | VoteRule) => boolean;

export function ruleSwitch(settings?: Pick<Settings, 'formRules'> | null): RuleSwitch {
  const chosen = settings?.formRules ?? {};
  // Asked for every rule of every nominee's form: each rule's answer once.
  const known = new Map<FormRule | VoteRule, boolean>();
  return (rule) => {
    let on = known.get(rule);
    if (on === undefined) {
      const c = chosen[rule.id];
      known.set(rule, (on = c === undefined ? ruleDefault(rule) : c));
    }
    return on;
  };
}

/** Every rule on: what a user asks for when they want every condition shown, whatever its status. */
export const ALL_RULES_ON: RuleSwitch = () => true;

/** One rule as the settings list shows it: what it asks, of which form, its source and status. */
export interface RuleListing {
  id: string;
  form: string;
  formName: string;
  label: string;
  kind: 'condition' | 'vote';
  source: LegalSource;
  status: RuleStatus;
  defaultOn: boolean;
  on: boolean;
}

/** Every rule of the catalogue, in catalogue order, with whether it is on under `settings`. */
export function listRules(settings?: Pick<Settings, 'formRules'> | null, forms: readonly AwardForm[] = FORMS): RuleListing[] {
  const on = ruleSwitch(settings);
  const out: RuleListing[] = [];
  for (const f of forms) {
    const all: [FormRule | VoteRule, 'condition' | 'vote'][] = [...f.rules.map((r) => [r, 'condition'] as [FormRule, 'condition']), ...f.votes.map((v) => [v, 'vote'] as [VoteRule, 'vote'])];
    for (const [r, kind] of all) {
      const source = legalSource(r.source);
      out.push({ id: r.id, form: f.id, formName: f.name, label: r.label, kind, source, status: source.status, defaultOn: ruleDefault(r), on: on(r) });
    }
  }
  return out;
}
