// Award forms (hình thức khen thưởng / danh hiệu) as a dimension of the ranking: which of its
// movement's form quotas a row's form names.
//
// Choices where the issue is silent (each says why):
// - No form column on the list: forms play no part; everything is as without forms.
// - A movement without form quotas: the form is a label (shown, counted in summary.forms), and
//   every form shares the movement's quota, ranked together — the plan gave one quota, and
//   splitting it by form would invent numbers.
// - A movement with form quotas: a row's form must name one of them. Its ranking group is
//   (movement, form, kind) with that form's quota. A blank form cell under several form quotas, a
//   form named in none, or a text naming several goes under review (the secretary corrects the cell
//   or adds the form to the "Kế hoạch" sheet): ranking it against some quota would be a silent
//   guess, and its own group with no quota would propose it without limit. A blank cell under a
//   single form quota takes that form, with a note, as a one-movement plan's rows take the movement.
// - Matching: after foldKey and the offices' abbreviations (BK, GK, CSTĐ, LĐTT, UBND…), equal
//   texts, else the words of one appearing in order in the other ("Bằng khen UBND tỉnh" names
//   "Bằng khen của Chủ tịch UBND tỉnh"); one word alone must be equal.
import type { FormQuota, Plan, Quota } from '../types';
import { foldKey } from '../normalize';
import type { NominationTable } from '../table';
import { FORM_TEXT } from '../text/forms';

/** How a row's form text reads against a movement's form quotas. */
export interface FormMatch {
  /** 0: the movement's own quota (no form quotas, or none matched); k ≥ 1: formQuotas[k − 1]. */
  slot: number;
  /** Why the row goes under review, or a note (a form assumed); null when all is clear. */
  message: string | null;
  review: boolean;
}

const CLEAR: FormMatch = { slot: 0, message: null, review: false };

// Abbreviations offices write in lists, and their words (folded).
const ABBREVIATIONS: [RegExp, string][] = [
  [/\buy ban nhan dan\b/g, 'ubnd'],
  [/\bbk\b/g, 'bang khen'],
  [/\bgk\b/g, 'giay khen'],
  [/\bcstdcs\b/g, 'chien si thi dua co so'],
  [/\bcstd\b/g, 'chien si thi dua'],
  [/\bttldtt\b/g, 'tap the lao dong tien tien'],
  [/\bttldxs\b/g, 'tap the lao dong xuat sac'],
  [/\bldtt\b/g, 'lao dong tien tien'],
  [/\bldxs\b/g, 'lao dong xuat sac'],
  [/\bcttd\b/g, 'co thi dua'],
];

/** A form text as its match key: folded, abbreviations spelled out. */
export function formKey(text: string): string {
  let k = foldKey(text);
  for (const [re, words] of ABBREVIATIONS) k = k.replace(re, words);
  return k;
}

/** The words of `a` appear in `b` in the same order. */
function wordsWithin(a: string[], b: string[]): boolean {
  let j = 0;
  for (const w of a) {
    while (j < b.length && b[j] !== w) j++;
    if (j === b.length) return false;
    j++;
  }
  return true;
}

/** Whether two form texts name the same form (the rules above). */
export function sameForm(a: string, b: string): boolean {
  return formsMatch(formKey(a), formKey(b));
}

function formsMatch(ka: string, kb: string): boolean {
  if (!ka || !kb) return false;
  if (ka === kb) return true;
  const wa = ka.split(' ');
  const wb = kb.split(' ');
  const [short, long] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  return short.length >= 2 && wordsWithin(short, long);
}

/**
 * Whether a longer text (a list's title, a heading row: "I. ĐỀ NGHỊ TẶNG BẰNG KHEN CỦA CHỦ TỊCH UBND
 * TỈNH") names a form: the form's words, two at least, in order within it.
 */
export function textNamesForm(text: string, form: string): boolean {
  const f = formKey(form).split(' ').filter(Boolean);
  return f.length >= 2 && wordsWithin(f, formKey(text).split(' '));
}

/** Which of a movement's form quotas a row's form text names. */
export function matchForm(movementId: string, entries: FormQuota[] | undefined, text: string | null): FormMatch {
  if (!entries || entries.length === 0) return CLEAR;
  const names = entries.map((e) => e.form);
  if (text === null) {
    if (entries.length === 1) return { slot: 1, message: FORM_TEXT.formAssumed(movementId, names[0]), review: false };
    return { slot: 0, message: FORM_TEXT.formMissing(movementId, names), review: true };
  }
  const k = formKey(text);
  const keys = names.map(formKey);
  const exact = keys.indexOf(k);
  if (exact >= 0) return { slot: exact + 1, message: null, review: false };
  const hits: number[] = [];
  keys.forEach((e, j) => {
    if (formsMatch(k, e)) hits.push(j);
  });
  if (hits.length === 1) return { slot: hits[0] + 1, message: null, review: false };
  if (hits.length > 1) return { slot: 0, message: FORM_TEXT.formAmbiguous(text, hits.map((j) => names[j])), review: true };
  return { slot: 0, message: FORM_TEXT.formUnknown(text, movementId, names), review: true };
}

/** The quota a ranking group of (movement, slot) is cut at, with its note and form. */
export interface SlotQuota {
  quota: Quota | null;
  quotaNote: string | null;
  /** The form's name for slot ≥ 1, else null. */
  form: string | null;
}

export function slotQuota(plan: Plan, movementIndex: number, slot: number): SlotQuota {
  const mv = plan.movements[movementIndex];
  if (slot === 0) return { quota: mv.quota, quotaNote: mv.quotaNote, form: null };
  const e = mv.formQuotas![slot - 1];
  return { quota: e.quota, quotaNote: e.quotaNote, form: e.form };
}

/** How many slots a movement has at most (1 + the longest list of form quotas). */
export function slotWidth(plan: Plan): number {
  let w = 0;
  for (const m of plan.movements ?? []) w = Math.max(w, m.formQuotas?.length ?? 0);
  return w + 1;
}

/** A row's form match by its movement, once per (movement, form text). */
export type FormOfRow = (i: number, movementIndex: number) => FormMatch;

export function formOfRow(plan: Plan, t: NominationTable): FormOfRow {
  const movements = plan.movements ?? [];
  // Per movement: the match of each form key, −1 (no form) at the end of the list.
  const cache: FormMatch[][] = movements.map(() => []);
  const texts = t.formTexts;
  return (i, mvi) => {
    const entries = movements[mvi].formQuotas;
    if (!entries || entries.length === 0) return CLEAR;
    const k = t.formKey[i];
    const slot = k < 0 ? texts.length : k;
    const byKey = cache[mvi];
    return (byKey[slot] ??= matchForm(movements[mvi].id, entries, k < 0 ? null : texts[k]));
  };
}
