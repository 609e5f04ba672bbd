// One list per award form and kind, as a Quyết định attaches them. The form is the sheet's form
// column when it has one ("Hình thức khen thưởng đề nghị"), else one form for everybody (the
// "Hình thức khen thưởng" field); kinds go collectives first, as the proposal sheet lists them.
import type { Kind } from '../core/types';
import { foldKey } from '../core/normalize';
import type { Awardee } from './model';

export interface Group {
  /** The form as written in the sheet, or null: the document's one form (a field). */
  form: string | null;
  kind: Kind;
  awardees: Awardee[];
}

const KINDS: Kind[] = ['collective', 'individual'];

/** Groups in the order forms first appear, collectives before individuals within a form; rows keep their order. */
export function groupAwardees(list: Awardee[]): Group[] {
  const forms: { key: string; text: string | null }[] = [];
  for (const a of list) {
    const key = a.form === null ? '' : foldKey(a.form);
    if (!forms.some((f) => f.key === key)) forms.push({ key, text: a.form });
  }
  const out: Group[] = [];
  for (const f of forms) {
    for (const kind of KINDS) {
      const awardees = list.filter((a) => a.kind === kind && (a.form === null ? '' : foldKey(a.form)) === f.key);
      if (awardees.length) out.push({ form: f.text, kind, awardees });
    }
  }
  return out;
}

/** Collectives and individuals of a list. */
export function countKinds(list: Awardee[]): { collective: number; individual: number } {
  let collective = 0;
  for (const a of list) if (a.kind === 'collective') collective++;
  return { collective, individual: list.length - collective };
}

/** The distinct forms of the groups, in order (null: the one form of the "Hình thức khen thưởng" field). */
export function formsOf(groups: Group[]): (string | null)[] {
  const out: (string | null)[] = [];
  for (const g of groups) if (!out.some((f) => (f === null ? g.form === null : g.form !== null && foldKey(f) === foldKey(g.form)))) out.push(g.form);
  return out;
}

/** Roman numerals for "Phụ lục I, II, …". */
export function roman(n: number): string {
  const table: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [v, s] of table) while (n >= v) {
    out += s;
    n -= v;
  }
  return out;
}

/** "Giấy khen của Giám đốc Sở Y tế" → "giay-khen": a file name part for a form. */
export function formSlug(form: string): string {
  const head = form.split(/\s+của\s+/iu)[0];
  return foldKey(head).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40);
}
