// Counts for the summary sheets: per movement × kind, per unit, per allocation group, per grade.
//
// Grades count only rows that have one: a total built from a data error has none (the engine
// leaves its grade null), so the distribution never counts a mistyped score.
//
// Choices: a movement × kind row is listed when it has nominees or a known quota above 0 (a pooled
// movement has one "either" row); rows with no movement or no kind are counted in the totals and
// per unit only. Units and groups are grouped by foldKey and shown as first written.
import type {
  FormSummaryRow, GroupSummaryRow, Kind, Movement, NominationResult, Plan, Settings, Status, Summary, SummaryRow, UnitSummaryRow,
} from './types';
import { allocationMatcher, allocationQuota, effectiveQuota, isPooled, type EffectiveQuota } from './quota';
import { ENGINE_TEXT, SUMMARY_TEXT } from './text/engine';
import { foldKey } from './normalize';
import { memo } from './memo';
import { KINDS } from './table';
import { FORM_TEXT } from './text/forms';
import { matchForm, slotWidth } from './engine/forms';

/** The rows' decisions, column by column, as the summary counts them. */
export interface SummaryColumns {
  length: number;
  /** Index in SUMMARY_STATUSES. */
  status: Uint8Array;
  /** Index in plan.movements, −1 for none. */
  movement: Int32Array;
  /** 0 none, 1 collective, 2 individual. */
  kind: Uint8Array;
  late: Uint8Array;
  eligible: Uint8Array;
  /** Index of the row's unit as written in unitTexts (shown for its unit's line), −1 for none. */
  unitTextKey: Int32Array;
  unitTexts: string[];
  /** The same number for the same unit (folded text); −1 for none. */
  unitKey: Int32Array;
  /** Index of the row's group in groupTexts (as written), −1 for none. */
  groupKey: Int32Array;
  groupTexts: string[];
  /** 0 without a grade, k + 1 for gradeNames[k]. */
  grade: Uint16Array;
  gradeNames: string[];
  /** Award forms, when the list names them (absent: summary.forms is empty). */
  forms?: FormColumns;
}

/** The rows' award forms as the summary counts them. */
export interface FormColumns {
  /** The row's form slot in its movement (engine/forms.ts): 0 none of its form quotas, k ≥ 1 the k-th. */
  slot: Int32Array;
  /** Index of the row's form text (as written) in texts, −1 for none. */
  key: Int32Array;
  texts: string[];
  /** 1 for a row whose form is above every award in its history ("đạt khen cao"); absent without a history. */
  high?: Uint8Array;
}

/** The status codes SummaryColumns.status indexes (the engine's order). */
export const SUMMARY_STATUSES: Status[] = ['selected', 'over_quota', 'tie', 'ineligible', 'late', 'review'];

/** The summary of results given as objects (a caller's own, or the engine's materialised ones). */
export function summarise(plan: Plan, results: NominationResult[], settings: Settings): Summary {
  const n = results.length;
  const movementIndex = new Map((plan.movements ?? []).map((m, k) => [m.id, k]));
  const statusIndex = new Map(SUMMARY_STATUSES.map((s, k) => [s, k]));
  const keys = new Map<string, number>();
  const groupIds = new Map<string, number>();
  const unitIds = new Map<string, number>();
  const fold = memo((x: string) => foldKey(x));
  const cols: SummaryColumns = {
    length: n,
    status: new Uint8Array(n),
    movement: new Int32Array(n),
    kind: new Uint8Array(n),
    late: new Uint8Array(n),
    eligible: new Uint8Array(n),
    unitTextKey: new Int32Array(n),
    unitTexts: [],
    unitKey: new Int32Array(n),
    groupKey: new Int32Array(n),
    groupTexts: [],
    grade: new Uint16Array(n),
    gradeNames: [],
    forms: undefined,
  };
  const gradeIds = new Map<string, number>();
  // Forms when the results carry them (null for a blank form cell, undefined for a list without forms).
  const forms: FormColumns | undefined = results.some((r) => r.form !== undefined)
    ? { slot: new Int32Array(n), key: new Int32Array(n), texts: [], high: results.some((r) => r.highForm !== undefined) ? new Uint8Array(n) : undefined }
    : undefined;
  const formIds = new Map<string, number>();
  const slotOf = memo((mk: string) => {
    const [id, form] = mk.split('\u0000');
    const mv = plan.movements[movementIndex.get(id) ?? -1];
    return mv ? matchForm(mv.id, mv.formQuotas, form === '\u0001' ? null : form).slot : 0;
  });
  for (let i = 0; i < n; i++) {
    const r = results[i];
    if (forms) {
      const form = r.form ?? null;
      let k = -1;
      if (form !== null) {
        k = formIds.get(form) ?? -1;
        if (k < 0) formIds.set(form, (k = forms.texts.push(form) - 1));
      }
      forms.key[i] = k;
      forms.slot[i] = r.movement === null ? 0 : slotOf(r.movement + '\u0000' + (form ?? '\u0001'));
      if (forms.high) forms.high[i] = r.highForm ? 1 : 0;
    }
    cols.status[i] = statusIndex.get(r.status) ?? 5;
    cols.movement[i] = r.movement === null ? -1 : movementIndex.get(r.movement) ?? -1;
    cols.kind[i] = r.kind === 'collective' ? 1 : r.kind === 'individual' ? 2 : 0;
    cols.late[i] = r.late ? 1 : 0;
    cols.eligible[i] = r.eligible ? 1 : 0;
    if (r.unit) {
      let t = unitIds.get(r.unit);
      if (t === undefined) unitIds.set(r.unit, (t = cols.unitTexts.push(r.unit) - 1));
      cols.unitTextKey[i] = t;
      const k = fold(r.unit);
      let id = keys.get(k);
      if (id === undefined) keys.set(k, (id = keys.size));
      cols.unitKey[i] = id;
    } else {
      cols.unitTextKey[i] = -1;
      cols.unitKey[i] = -1;
    }
    if (r.group) {
      let id = groupIds.get(r.group);
      if (id === undefined) groupIds.set(r.group, (id = cols.groupTexts.push(r.group) - 1));
      cols.groupKey[i] = id;
    } else cols.groupKey[i] = -1;
    if (r.grade) {
      let k = gradeIds.get(r.grade);
      if (k === undefined) gradeIds.set(r.grade, (k = cols.gradeNames.push(r.grade)));
      cols.grade[i] = k;
    }
  }
  cols.forms = forms;
  return summariseColumns(plan, settings, cols);
}

/** A movement's places for one kind over its form quotas: their sum, unknown when one of them is. */
function formsQuota(m: Movement, kind: Kind | 'either', participants: Settings['participants']): EffectiveQuota {
  let total = 0;
  for (const e of m.formQuotas ?? []) {
    const v = kind === 'either' || isPooled(e.quota) ? null : effectiveQuota(e.quota, kind, participants).value;
    if (v === null) return { value: null, note: FORM_TEXT.quotaByForm };
    total += v;
  }
  return { value: total, note: FORM_TEXT.quotaByForm };
}

type Counts = Pick<SummaryRow, 'nominated' | 'eligible' | 'late' | 'ineligible' | 'review' | 'tie' | 'proposed'>;

const blank = (): Counts => ({ nominated: 0, eligible: 0, late: 0, ineligible: 0, review: 0, tie: 0, proposed: 0 });

/** Counts row i into x (statuses by their index in SUMMARY_STATUSES). */
function count(x: Counts, c: SummaryColumns, i: number): void {
  const st = c.status[i];
  x.nominated++;
  x.eligible += c.eligible[i];
  x.late += c.late[i];
  if (st === 3) x.ineligible++;
  else if (st === 5) x.review++;
  else if (st === 2) x.tie++;
  else if (st === 0) x.proposed++;
}

/**
 * Counts per movement × award form × kind. A movement's form quotas are listed in the plan's order
 * (with their quota; a form with places and no nominee too); then the forms its rows name outside
 * them (texts folding alike on one line, as first written; rows without a form on their own line),
 * in order of first appearance, with no quota of their own: the movement's quota is shared when it
 * has no form quotas, and such rows are under review when it has.
 */
function summariseForms(plan: Plan, participants: Settings['participants'], c: SummaryColumns, f: FormColumns): FormSummaryRow[] {
  const movements = plan.movements ?? [];
  interface Line { mvi: number; slot: number; form: string | null; counts: (Counts | undefined)[]; high: number[] }
  /** Lines by (movement, slot, form text key); the lines of texts outside the form quotas by their fold too. */
  const byKey = new Map<number, Line>();
  const byFold = new Map<string, Line>();
  const outside: Line[] = [];
  const textCount = f.texts.length + 1;
  const width = slotWidth(plan);
  for (let i = 0; i < c.length; i++) {
    const mvi = c.movement[i];
    const kind = c.kind[i];
    if (mvi < 0 || kind === 0) continue;
    const slot = f.slot[i];
    const k = slot > 0 ? -1 : f.key[i];
    const key = (mvi * width + slot) * textCount + k + 1;
    let line = byKey.get(key);
    if (!line) {
      const form = slot > 0 ? movements[mvi].formQuotas![slot - 1].form : k < 0 ? null : f.texts[k];
      const fk = mvi + '\u0000' + slot + '\u0000' + (form === null ? '\u0001' : foldKey(form));
      line = byFold.get(fk);
      if (!line) {
        byFold.set(fk, (line = { mvi, slot, form, counts: [], high: [0, 0, 0] }));
        if (slot === 0) outside.push(line);
      }
      byKey.set(key, line);
    }
    const pooled = isPooled(slot > 0 ? movements[mvi].formQuotas![slot - 1].quota : movements[mvi].quota);
    const ks = pooled ? 0 : kind;
    count((line.counts[ks] ??= blank()), c, i);
    // "Đạt khen cao" counts the proposed rows only (status 0: selected).
    if (f.high && f.high[i] === 1 && c.status[i] === 0) line.high[ks]++;
  }
  const highOf = (line: Line | undefined, ks: number): number | null => (f.high ? (line?.high[ks] ?? 0) : null);
  const rows: FormSummaryRow[] = [];
  movements.forEach((m, mvi) => {
    (m.formQuotas ?? []).forEach((e, j) => {
      const line = byFold.get(mvi + '\u0000' + (j + 1) + '\u0000' + foldKey(e.form));
      const kinds: (Kind | 'either')[] = isPooled(e.quota) ? ['either'] : ['collective', 'individual'];
      for (const kind of kinds) {
        const cnt = line?.counts[kind === 'either' ? 0 : KINDS.indexOf(kind)] ?? blank();
        const q = effectiveQuota(e.quota, kind, participants);
        if (cnt.nominated === 0 && !(q.value !== null && q.value > 0)) continue;
        rows.push({
          movement: m.id, movementName: m.name, form: e.form, kind, ...cnt, highForm: highOf(line, kind === 'either' ? 0 : KINDS.indexOf(kind)), quota: q.value,
          placesLeft: q.value === null ? null : Math.max(0, q.value - cnt.proposed),
          note: q.value === null ? e.quotaNote ?? q.note : q.note,
        });
      }
    });
    const own = (m.formQuotas ?? []).length > 0;
    for (const line of outside) {
      if (line.mvi !== mvi) continue;
      line.counts.forEach((cnt, ks) => {
        if (!cnt) return;
        rows.push({
          movement: m.id, movementName: m.name, form: line.form, kind: ks === 0 ? 'either' : KINDS[ks]!, ...cnt, highForm: highOf(line, ks), quota: null, placesLeft: null,
          note: own ? FORM_TEXT.notInPlan : FORM_TEXT.sharedQuota,
        });
      });
    }
  });
  return rows;
}

export function summariseColumns(plan: Plan, settings: Settings, c: SummaryColumns): Summary {
  const participants = settings?.participants ?? { collective: null, individual: null };
  const n = c.length;
  const totals = { nominated: n, selected: 0, over_quota: 0, tie: 0, ineligible: 0, late: 0, review: 0 };
  const movements = plan.movements ?? [];
  const pooled = movements.map((m) => isPooled(m.quota));

  // Counts per (movement, kind): slot movement × 3 + kind code (0 for a pooled movement).
  const counts: (Counts | undefined)[] = new Array(movements.length * 3);
  // Units in order of first appearance; the no-unit line takes its place where it first appears.
  const unitRows: UnitSummaryRow[] = [];
  const unitSlot: number[] = [];
  let noUnitSlot = -1;
  const groups = new Map<string, GroupSummaryRow>();
  /** Each group text's line (texts folding alike share one, shown as first written). */
  const groupRowOf: (GroupSummaryRow | undefined)[] = [];
  const gradeCount = new Int32Array(c.gradeNames.length + 1);
  /** Grade ids in order of first appearance (the order of `grades`' keys). */
  const gradeOrder: number[] = [];
  const fold = memo((x: string) => foldKey(x));
  const statusCounts = new Int32Array(SUMMARY_STATUSES.length);

  // An index loop over typed columns: this one runs over every nominee, twice per run (engine and
  // summary sheet).
  for (let i = 0; i < n; i++) {
    const st = c.status[i];
    statusCounts[st]++;
    const g = c.grade[i];
    if (g !== 0 && gradeCount[g]++ === 0) gradeOrder.push(g);
    const proposed = st === 0 ? 1 : 0;
    const late = c.late[i];
    const ineligible = st === 3 ? 1 : 0;
    const review = st === 5 ? 1 : 0;

    const mvi = c.movement[i];
    const kind = c.kind[i];
    if (mvi >= 0 && kind !== 0) {
      const slot = mvi * 3 + (pooled[mvi] ? 0 : kind);
      let x = counts[slot];
      if (!x) counts[slot] = x = blank();
      count(x, c, i);
    }

    const uk = c.unitKey[i];
    let slot = uk >= 0 ? unitSlot[uk] : noUnitSlot;
    if (slot === undefined || slot < 0) {
      slot = unitRows.length;
      unitRows.push({ unit: uk >= 0 ? c.unitTexts[c.unitTextKey[i]] : SUMMARY_TEXT.unknownUnit, nominated: 0, proposed: 0, late: 0, ineligible: 0, review: 0 });
      if (uk >= 0) unitSlot[uk] = slot;
      else noUnitSlot = slot;
    }
    const u = unitRows[slot];
    u.nominated++;
    u.proposed += proposed;
    u.late += late;
    u.ineligible += ineligible;
    u.review += review;

    const gi = c.groupKey[i];
    if (gi >= 0) {
      let gr = groupRowOf[gi];
      if (!gr) {
        const grp = c.groupTexts[gi];
        const gk = fold(grp);
        gr = groups.get(gk);
        if (!gr) groups.set(gk, (gr = { group: grp, nominated: 0, proposed: 0, quota: null }));
        groupRowOf[gi] = gr;
      }
      gr.nominated++;
      gr.proposed += proposed;
    }
  }
  SUMMARY_STATUSES.forEach((s, k) => (totals[s] = statusCounts[k]));
  const grades: Record<string, number> = {};
  for (const g of gradeOrder) if (c.gradeNames[g - 1]) grades[c.gradeNames[g - 1]] = gradeCount[g];

  const allocations = plan.allocations ?? [];
  const byMovement: SummaryRow[] = [];
  for (let mi = 0; mi < movements.length; mi++) {
    const m = movements[mi];
    const kinds: (Kind | 'either')[] = pooled[mi] ? ['either'] : ['collective', 'individual'];
    for (const kind of kinds) {
      const cnt = counts[mi * 3 + (kind === 'either' ? 0 : KINDS.indexOf(kind))] ?? blank();
      // With forms on the list and form quotas in the movement, the forms' quotas are what cut.
      const byForm = c.forms !== undefined && (m.formQuotas?.length ?? 0) > 0;
      const q = byForm ? formsQuota(m, kind, participants) : effectiveQuota(m.quota, kind, participants);
      if (cnt.nominated === 0 && !(q.value !== null && q.value > 0)) continue;
      byMovement.push({
        movement: m.id,
        movementName: m.name,
        kind,
        ...cnt,
        quota: q.value,
        placesLeft: q.value === null ? null : Math.max(0, q.value - cnt.proposed),
        note: q.value === null && !byForm ? (m.quotaNote ?? (q.note === ENGINE_TEXT.noQuota && allocations.length > 0 ? SUMMARY_TEXT.allocationsOnly : q.note)) : q.note,
      });
    }
  }

  // A group's quota: the allocation for the whole group (not "mỗi đơn vị") it matches — the sum
  // of its known numbers.
  if (allocations.length > 0) {
    const matcher = allocationMatcher(allocations);
    for (const g of groups.values()) {
      const a = matcher.layers(g.group, null).group;
      if (!a) continue;
      const aq = allocationQuota(a.alloc);
      if (isPooled(aq)) g.quota = aq.either;
      else {
        const c = aq.collective, i = aq.individual;
        g.quota = c === null && i === null ? null : (c ?? 0) + (i ?? 0);
      }
    }
  }

  return {
    byMovement,
    forms: c.forms ? summariseForms(plan, participants, c, c.forms) : [],
    byUnit: unitRows,
    byGroup: [...groups.values()],
    grades,
    totals,
  };
}
