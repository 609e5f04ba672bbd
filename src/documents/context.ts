// What every document is made from, and the sentences several documents share (the căn cứ, the
// form of a group, the counts, the masthead of the council's documents).
import { fromIso } from '../core/dates';
import { DOC, TO_TRINH } from '../core/text/documents';
import type { Awardee, PlanFacts, Run } from './model';
import { dateWords, Fields, planTopic, recipientLines, sentenceCase, type InfoValues } from './fields';
import { countKinds, formsOf, type Group } from './groups';
import { run } from './layout';

export interface DocContext {
  info: InfoValues;
  plan: PlanFacts;
  /** The final list, in the proposal sheet's order. */
  awardees: Awardee[];
  /** Rows the council took out ("Hội đồng không đề nghị"). */
  removed: Awardee[];
  /** Rows still tied at the quota line (the council has not written its decision). */
  pending: Awardee[];
  groups: Group[];
}

/** The form of a group as a run: the sheet's text, or the "Hình thức khen thưởng" field. */
export function formRun(f: Fields, form: string | null): Run {
  return form !== null ? run(form) : f.run('form');
}

/** The one form of the whole list (as a run), or null when the list names several. */
export function singleForm(f: Fields, ctx: DocContext): Run | null {
  const forms = formsOf(ctx.groups);
  if (forms.length > 1) return null;
  return formRun(f, forms[0] ?? null);
}

/** "07 tập thể và 11 cá nhân". */
export function countsText(list: Awardee[]): string {
  const c = countKinds(list);
  return DOC.counts(c.collective, c.individual);
}

/** "Hội đồng Thi đua - Khen thưởng" from the unit field ("HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG"), for inside a sentence. */
export function unitInSentence(unit: string): string {
  if (unit !== unit.toLocaleUpperCase('vi')) return unit;
  const s = sentenceCase(unit);
  return s.replace(/thi đua - khen thưởng/iu, 'Thi đua - Khen thưởng').replace(/thi đua – khen thưởng/iu, 'Thi đua – Khen thưởng');
}

/** The Nghị định detailing the Luật on the document's date: 98/2023 until 30/06/2025, then 152/2025. */
export function decreeBasis(date: number | null, year: number | null): string {
  const cutover = fromIso('2025-07-01')!;
  if (date !== null) return date < cutover ? DOC.decree98 : DOC.decree152;
  return year !== null && year <= 2024 ? DOC.decree98 : DOC.decree152;
}

/** "Căn cứ Kế hoạch số 125/KH-SYT ngày 15 tháng 3 năm 2024 của Sở Y tế … về việc …;" with placeholders where unknown. */
export function planBasis(f: Fields): string {
  const d = f.date('planDate');
  const date = d === null ? f.placeholder('planDate').text : dateWords(d);
  const issuer = f.plan.issuer || f.text('issuer');
  return TO_TRINH.basisPlan(f.text('planNumber'), date, issuer, planTopic(f.plan.title) || f.plan.title);
}

/** Recipients of a document: the field's lines (or `fallback`), then "- Lưu: VT, …". */
export function recipients(f: Fields, key: 'ttRecipients' | 'qdRecipients', fallback: string): string[] {
  const lines = f.lines(key);
  return recipientLines(lines.length ? lines : [fallback], DOC.archive(f.text('drafter')));
}

/** "Sông Lam, ngày 05 tháng 12 năm 2024" as runs (either part may be a placeholder). */
export function placeDate(f: Fields, dateKey: 'ttDate' | 'bbDate' | 'qdDate'): Run[] {
  return [f.run('place'), run(', '), f.dateRun(dateKey)];
}
