// This year's final results as history records: the nominees proposed ("Đề nghị khen thưởng")
// with the form they are proposed for. A record already in the history (the same person, year
// and form) is left out, so appending twice adds nothing the second time.
import type { Kind, Status } from '../types';
import { foldKey, nfc } from '../normalize';
import { matchForm } from '../forms/match';
import { historyOf, type HistoryIndex, type HistoryRecord } from './historyIndex';

/** What a result row carries for the history (NominationResult has these, `form` from the engine). */
export interface ResultRow {
  name: string | null;
  unit: string | null;
  kind: Kind | null;
  status: Status;
  form?: string | null;
}

export interface NewRecords {
  records: HistoryRecord[];
  /** Proposed rows already in the history for that year and form. */
  alreadyThere: number;
  /** Proposed rows with no form written: not recorded (the history needs a form). */
  noForm: number;
}

const sameForm = (a: HistoryRecord, formId: string | null, text: string) =>
  formId ? a.form === formId : foldKey(a.formText) === foldKey(text);

export function recordsFromResults(results: readonly ResultRow[], year: number, existing: HistoryIndex | null, decision: string | null = null): NewRecords {
  const out: HistoryRecord[] = [];
  let alreadyThere = 0;
  let noForm = 0;
  // The same nominee twice in this year's list (two movements, one form) is recorded once.
  const added = new Set<string>();
  for (const r of results) {
    if (r.status !== 'selected' || !r.name) continue;
    const text = r.form ? nfc(r.form) : '';
    if (!text) {
      noForm++;
      continue;
    }
    const formId = matchForm(text)?.id ?? null;
    const q = { name: r.name, unit: r.unit, kind: r.kind };
    const earlier = existing ? historyOf(existing, q) : [];
    const key = `${foldKey(r.name)}|${r.unit ? foldKey(r.unit) : ''}|${formId ?? foldKey(text)}`;
    if (added.has(key) || earlier.some((h) => h.year === year && sameForm(h, formId, text))) {
      alreadyThere++;
      continue;
    }
    added.add(key);
    out.push({ row: 0, name: nfc(r.name), unit: r.unit ? nfc(r.unit) : null, year, formText: text, form: formId, decision, kind: r.kind, birthYear: null, initiatives: null });
  }
  return { records: out, alreadyThere, noForm };
}
