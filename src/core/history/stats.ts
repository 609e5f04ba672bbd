// Multi-year statistics of the award history: how many awards of each form went to each kind
// per year, and how many each unit received per year. Data for the statistics sheet
// (workbook/historySheets.ts) and for scripts (JSON).
import type { Kind } from '../types';
import { FORMS, formById } from '../forms/catalogue';
import { foldKey } from '../normalize';
import type { HistoryRecord } from './historyIndex';

export interface FormYearRow {
  /** The catalogue's form id, or null for a form the catalogue does not know (then `name` is the text). */
  form: string | null;
  name: string;
  kind: Kind | null;
  /** Counts per year, in the order of HistoryStats.years. */
  counts: number[];
  total: number;
}

export interface UnitYearRow {
  unit: string;
  counts: number[];
  total: number;
}

export interface HistoryStats {
  /** Every year with a record, ascending. */
  years: number[];
  /** By form (catalogue order, higher forms last; unknown texts after, by name), then kind. */
  byForm: FormYearRow[];
  /** By unit (as first written; units that fold alike are one), by name. */
  byUnit: UnitYearRow[];
}

const KIND_ORDER = (k: Kind | null) => (k === 'collective' ? 0 : k === 'individual' ? 1 : 2);

/** Counts of the records (ratings and initiatives, which are no award, are left out). */
export function historyStats(records: readonly HistoryRecord[]): HistoryStats {
  const awards = records.filter((r) => !(r.form && formById(r.form)?.record));
  const years = [...new Set(awards.map((r) => r.year))].sort((a, b) => a - b);
  const col = new Map(years.map((y, i) => [y, i]));
  const forms = new Map<string, FormYearRow>();
  const units = new Map<string, UnitYearRow>();
  for (const r of awards) {
    const formKey = r.form ?? 'text:' + foldKey(r.formText);
    const fk = `${formKey}|${r.kind ?? ''}`;
    let f = forms.get(fk);
    if (!f) forms.set(fk, (f = { form: r.form, name: r.form ? (formById(r.form)?.name ?? r.formText) : r.formText, kind: r.kind, counts: years.map(() => 0), total: 0 }));
    f.counts[col.get(r.year) as number]++;
    f.total++;
    if (!r.unit) continue;
    const uk = foldKey(r.unit);
    let u = units.get(uk);
    if (!u) units.set(uk, (u = { unit: r.unit, counts: years.map(() => 0), total: 0 }));
    u.counts[col.get(r.year) as number]++;
    u.total++;
  }
  const order = new Map(FORMS.map((f, i) => [f.id, i]));
  const byForm = [...forms.values()].sort((a, b) => {
    const oa = a.form ? (order.get(a.form) as number) : FORMS.length;
    const ob = b.form ? (order.get(b.form) as number) : FORMS.length;
    return oa - ob || a.name.localeCompare(b.name, 'vi') || KIND_ORDER(a.kind) - KIND_ORDER(b.kind);
  });
  const byUnit = [...units.values()].sort((a, b) => a.unit.localeCompare(b.unit, 'vi'));
  return { years, byForm, byUnit };
}
