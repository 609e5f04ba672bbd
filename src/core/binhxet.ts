// The bình xét engine: check → late → eligible → rank → quota → status, for every row at once.
//
// Choices where the spec is silent:
// - Submission deadline: settings.deadlineOverride, else the movement's deadlines (first one that
//   resolves to a day), else the plan's top-level deadlines, preferring a phrase that speaks of the
//   dossier ("hồ sơ", "nộp", "gửi", "đề nghị", "danh sách", "báo cáo") and then the first that
//   resolves. A relative/external phrase never resolves: the row is not late and the reason says why.
// - daysLate is 0 for an on-time row, null when it cannot be measured.
// - A sheet without criteria columns does not check criteria (reason says so); otherwise a plan
//   criterion without its column on the sheet counts as not met.
// - A missing vote share when a vote threshold applies is a review, not an ineligibility.
// - rank: competition ranking ("1, 2, 2, 4") among the eligible on-time rows of the movement's
//   ranking group (movement × kind, or the movement's pool), including rows cut by an allocation.
// - A one-movement plan with a movement cell that names nothing: the movement is assumed, with a note.
// - Allocations are layered, narrowest first, within each movement: a per-unit cap naming the row's
//   kind of group ("mỗi xã, phường chọn 02 trường hợp"), a per-unit cap for any unit ("mỗi đơn vị …"),
//   the row's group cap, then the movement quota. A per-unit cap is skipped for a row with no unit
//   (no unit to count within). An allocation with no number for the row's kind does not cut it.
//   Reasons name the allocation's text from the plan and the row's place within that stage.
// - A total built from points above a maximum or negative gets no grade and no points-based
//   eligibility (eligible false, the row is under review); other reviews keep their grade.
import type {
  Allocation, EngineResult, Kind, Movement, NominationInput, NominationResult, Plan, Serial, Settings,
} from './types';
import { foldKey, nfc } from './normalize';
import { memo } from './memo';
import { matchMovement, type MovementMatch } from './movement';
import {
  allocationMatcher, allocationQuota, effectiveQuota, isPooled, type AllocationLayers, type EffectiveQuota, type MatchedAllocation,
} from './quota';
import { gradeFor, gradeIndex, rubricTotal, sortBands } from './grade';
import { competitionRanks, cutAtQuota, type CutOutcome } from './rank';
import { cachedParseDeadline, lastOnTimeFor, type DeadlineSpec } from './deadline';
import { makeCalendar } from './calendar';
import { fromIso, serialToYmd, toIso } from './dates';
import { summarise } from './summary';
import { ENGINE_TEXT } from './text/engine';

interface Work {
  row: NominationInput;
  res: NominationResult;
  mv: Movement | null;
  review: boolean;
  // RankKey
  score: number | null;
  vote: number | null;
  received: Serial | null;
  /** Why an allocation stage (a unit's or a group's quota) left the row out; null when none did. */
  cut: string | null;
  /** Allocation stages where the row tied at the cut-off (the council decides); NONE until one. */
  tie: string[];
  /** Allocation stages where the row came within the quota ("của đơn vị “…” (1 tập thể …)"); NONE until one. */
  within: string[];
}

/** The first row with a name key in one movement and unit; next: the same name key elsewhere. */
interface DupEntry {
  mk: string;
  uk: string;
  w: Work;
  next: DupEntry | undefined;
}

/** The shared empty list of a Work's tie/within until it gets an entry (most rows never do). */
const NONE: string[] = [];

type Candidate = { kind: 'spec'; spec: DeadlineSpec } | { kind: 'fixed'; due: Serial; lastOnTime: Serial };

interface DeadlineSource {
  candidates: Candidate[];
  /** Why no day can be known (all phrases relative/external/unreadable, or none at all). */
  note: string;
}

const SUBMISSION_WORDS = /\b(ho so|nop|gui|de nghi|danh sach|bao cao)\b/;

function pickPlanDeadlines(plan: Plan): string[] {
  const all = (plan.deadlines ?? []).map((d) => d.text).filter((t) => !!t);
  const preferred = all.filter((t) => SUBMISSION_WORDS.test(foldKey(t)));
  return [...preferred, ...all.filter((t) => !preferred.includes(t))];
}

export function runBinhXet(plan: Plan, rows: NominationInput[], settings: Settings): EngineResult {
  const calendar = makeCalendar(settings.calendar ?? []);
  const participants = settings.participants ?? { collective: null, individual: null };
  const bands = sortBands(plan.grades ?? []);
  const movements = plan.movements ?? [];

  // ---- deadline sources, per (movement, year)
  const sourceCache = new Map<string, DeadlineSource>();
  const deadlineSource = (mv: Movement, year: number | null): DeadlineSource => {
    const key = mv.id + '\u0000' + year;
    let src = sourceCache.get(key);
    if (src) return src;
    // (Called once per (movement, year, received day) thanks to lotCache.)
    const build = (texts: { text: string; dates?: { due: string; lastOnTime: string }[] }[]): DeadlineSource => {
      const candidates: Candidate[] = [];
      const notes: string[] = [];
      for (const t of texts) {
        const p = cachedParseDeadline(t.text, year);
        if (p.ok === true) {
          if (p.spec.rule === 'relative' || p.spec.rule === 'external') notes.push(ENGINE_TEXT.deadlineUnknowable(t.text));
          else candidates.push({ kind: 'spec', spec: p.spec });
        } else {
          const why = (p as { message: string }).message;
          const d = t.dates?.[0];
          const due = d ? fromIso(d.due) : null;
          const lot = d ? fromIso(d.lastOnTime) : null;
          if (due !== null && lot !== null) candidates.push({ kind: 'fixed', due, lastOnTime: lot });
          else notes.push(ENGINE_TEXT.deadlineUnreadable(t.text, why));
        }
      }
      return { candidates, note: notes.length ? notes.join(' ') : ENGINE_TEXT.noDeadline };
    };
    if (settings.deadlineOverride && nfc(settings.deadlineOverride)) {
      src = build([{ text: settings.deadlineOverride }]);
    } else {
      src = build(mv.deadlines ?? []);
      if (src.candidates.length === 0) {
        const planTexts = pickPlanDeadlines(plan);
        const byText = new Map((plan.deadlines ?? []).map((d) => [d.text, d]));
        const fromPlan = build(planTexts.map((t) => byText.get(t) ?? { text: t }));
        if (fromPlan.candidates.length > 0 || (mv.deadlines ?? []).length === 0) src = fromPlan;
      }
    }
    sourceCache.set(key, src);
    return src;
  };
  // Per movement → year: the deadline source and its resolution per received day (a few hundred
  // distinct days even for 100,000 rows). Looked up without building a key or a result per row.
  interface LotTable { src: DeadlineSource; byDay: Map<Serial | null, { due: Serial; lastOnTime: Serial } | null> }
  const lotCache = new Map<Movement, Map<number | null, LotTable>>();
  const lotTable = (mv: Movement, year: number | null): LotTable => {
    let byYear = lotCache.get(mv);
    if (!byYear) lotCache.set(mv, (byYear = new Map()));
    let t = byYear.get(year);
    if (!t) byYear.set(year, (t = { src: deadlineSource(mv, year), byDay: new Map() }));
    return t;
  };
  const resolveLot = (t: LotTable, year: number | null, received: Serial | null) => {
    const byDay = t.byDay;
    const hit = byDay.get(received);
    if (hit !== undefined || byDay.has(received)) return hit ?? null;
    let r: { due: Serial; lastOnTime: Serial } | null = null;
    for (const c of t.src.candidates) {
      r = c.kind === 'fixed'
        ? { due: c.due, lastOnTime: c.lastOnTime }
        : lastOnTimeFor(c.spec, { year, received, calendar, shiftDaysOff: settings.shiftDaysOff });
      if (r) break;
    }
    byDay.set(received, r);
    return r;
  };

  // ---- per-row checks
  const iso = memo((x: Serial) => toIso(x));
  const unitFold = memo((u: string) => foldKey(u));
  const unitNfc = memo((u: string) => nfc(u));
  const mvCache = new Map<string, MovementMatch>();
  // Duplicates by (movement or unmatched cell, unit key, name key): one map by name key (names are
  // nearly all distinct, so one lookup per row), each entry the chain of first rows with that name
  // in different movements or units.
  const dupFirst = new Map<string, DupEntry>();
  const works: Work[] = new Array(rows.length);

  // Reasons many rows share, built once: a plan criterion not met, a late day.
  const unmetText = new Map<Movement, Map<Kind, string[]>>();
  const criterionUnmet = (mv: Movement, kind: Kind, j: number, text: string | null, cell: string): string => {
    // Without the criterion's text the reason names the cell, which is the row's own.
    if (!text) return ENGINE_TEXT.criterionUnmet(j + 1, text, cell);
    let byKind = unmetText.get(mv);
    if (!byKind) unmetText.set(mv, (byKind = new Map()));
    let list = byKind.get(kind);
    if (!list) byKind.set(kind, (list = []));
    return (list[j] ??= ENGINE_TEXT.criterionUnmet(j + 1, text, cell));
  };
  const lateText = new Map<number, string>();
  const lateReason = (received: Serial, d: number, lot: Serial): string => {
    // d = received - lot: the pair (received, lot) fixes the text.
    if (!(Number.isInteger(received) && Number.isInteger(lot) && received >= 0 && lot >= 0 && received < 4194304 && lot < 4194304)) {
      return ENGINE_TEXT.late(received, d, lot);
    }
    const key = received * 4194304 + lot;
    let t = lateText.get(key);
    if (t === undefined) {
      t = ENGINE_TEXT.late(received, d, lot);
      if (lateText.size < 100000) lateText.set(key, t);
    }
    return t;
  };

  // The row in hand's reasons and review flag; flag() is made once, not once per row.
  let reasons: string[] = [];
  let review = false;
  const flag = (msg: string) => {
    review = true;
    reasons.push(msg);
  };

  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    reasons = [];
    review = false;

    // Movement
    const cellKey = row.movement ?? '';
    let mm = mvCache.get(cellKey);
    if (!mm) {
      mm = movements.length === 0 ? { movement: null, message: ENGINE_TEXT.planHasNoMovement } : matchMovement(plan, row.movement);
      mvCache.set(cellKey, mm);
    }
    const mv = mm.movement;
    if (!mv) flag(mm.message ?? ENGINE_TEXT.movementMissing);
    else if (mm.message) reasons.push(mm.message);

    const name = row.name ? nfc(row.name) : '';
    if (!name) flag(ENGINE_TEXT.nameMissing);
    const kind: Kind | null = row.kind ?? null;
    if (!kind) flag(ENGINE_TEXT.kindMissing);

    const problems = row.problems;
    if (problems) for (let k = 0; k < problems.length; k++) flag(ENGINE_TEXT.rowProblem(problems[k].column, row.row, problems[k].message));

    // Received date and lateness
    const received = row.received ?? null;
    if (row.receivedUnreadable) flag(ENGINE_TEXT.receivedUnreadable);
    else if (received === null && row.noReceivedColumn) reasons.push(ENGINE_TEXT.noReceivedColumn);
    else if (received === null) flag(ENGINE_TEXT.receivedMissing);
    let lastOnTime: Serial | null = null;
    let daysLate: number | null = null;
    let late = false;
    if (mv) {
      const year = settings.year ?? plan.year ?? (received !== null ? serialToYmd(received).y : null);
      const lots = lotTable(mv, year);
      const src = lots.src;
      const r = resolveLot(lots, year, received);
      if (r) {
        lastOnTime = r.lastOnTime;
        if (received !== null) {
          const d = received - r.lastOnTime;
          late = d > 0;
          daysLate = late ? d : 0;
          if (late) reasons.push(lateReason(received, d, r.lastOnTime));
        }
      } else reasons.push(src.note);
    }

    // Criteria
    let criteriaMet = 0;
    let criteriaTotal = 0;
    let criteriaOk = true;
    const marks = row.marks ?? [];
    if (kind && mv) {
      const planCrit = mv.criteria?.[kind] ?? [];
      const count = planCrit.length > 0 ? planCrit.length : marks.length;
      if (marks.length === 0) {
        if (planCrit.length > 0) reasons.push(ENGINE_TEXT.criteriaNotOnSheet(planCrit.length));
      } else {
        criteriaTotal = count;
        for (let j = 0; j < count; j++) {
          const m = marks[j];
          if (!m) {
            criteriaOk = false;
            reasons.push(ENGINE_TEXT.criterionNoColumn(j + 1, planCrit[j] ?? null));
            continue;
          }
          if (m.value === 'met') criteriaMet++;
          else {
            criteriaOk = false;
            if (m.value === 'unreadable') flag(ENGINE_TEXT.markUnreadable(m.cell, m.raw));
            reasons.push(criterionUnmet(mv, kind, j, planCrit[j] ?? null, m.cell));
          }
        }
        for (let j = count; j < marks.length; j++) {
          const m = marks[j];
          if (m.value !== 'unmet') reasons.push(ENGINE_TEXT.markBeyondCriteria(m.cell, kind, count));
        }
      }
    } else {
      for (const m of marks) if (m.value === 'unreadable') flag(ENGINE_TEXT.markUnreadable(m.cell, m.raw));
      for (const m of marks) if (m.value === 'met') criteriaMet++;
    }

    // Points and grade
    let total: number | null = null;
    let grade: string | null = null;
    const hasPoints = (row.points?.length ?? 0) > 0 || !!row.bonus || !!row.penalty || (row.givenScore !== null && row.givenScore !== undefined);
    let hasZero = false;
    // Points above a maximum or negative: the total is built from a data error, so it is neither a
    // grade nor a basis for eligibility until the secretary corrects it.
    let pointsError = false;
    if (hasPoints) {
      const rt = rubricTotal(plan.rubric ?? null, {
        points: row.points ?? [], bonus: row.bonus ?? null, penalty: row.penalty ?? null, givenScore: row.givenScore ?? null,
      });
      for (const p of rt.problems) flag(p);
      reasons.push(...rt.notes);
      total = rt.total;
      hasZero = rt.hasZeroCriterion;
      pointsError = rt.problems.length > 0;
    }
    let eligible = criteriaOk;
    const minScore = mv?.minScore ?? null;
    const pointsRule = bands.length > 0 || minScore !== null;
    if (pointsError) {
      eligible = false;
      if (bands.length > 0) reasons.push(ENGINE_TEXT.gradeWithheld(pointErrorCells(plan, row)));
    } else if (total !== null && bands.length > 0) {
      const g = gradeFor(total, hasZero, bands);
      grade = g.grade;
      if (g.reason) reasons.push(g.reason);
    }
    if (pointsRule && mv && !pointsError) {
      if (total !== null) {
        if (bands.length > 0) {
          let award = gradeIndex(bands, mv.awardGrade ?? null);
          if (award < 0) award = 0;
          const gi = gradeIndex(bands, grade);
          if (gi < 0 || gi > award) {
            eligible = false;
            reasons.push(ENGINE_TEXT.gradeBelowAward(total, grade, bands[award].name));
          }
        }
        if (minScore !== null && total + 1e-9 < minScore) {
          eligible = false;
          reasons.push(ENGINE_TEXT.scoreBelowMin(total, minScore));
        }
      } else if (marks.length === 0) {
        eligible = false;
        flag(ENGINE_TEXT.pointsMissing);
      }
    }

    // Vote share
    const vote = row.vote ?? null;
    const minVote = settings.minVote ?? mv?.minVote ?? null;
    if (minVote !== null && minVote !== undefined) {
      if (vote === null) flag(ENGINE_TEXT.voteMissing(minVote));
      else if (vote + 1e-12 < minVote) {
        eligible = false;
        reasons.push(ENGINE_TEXT.voteBelow(vote, minVote, settings.minVote !== null && settings.minVote !== undefined));
      }
    }
    if (!kind || !mv) eligible = false;

    const res: NominationResult = {
      row: row.row,
      name: name || null,
      unit: row.unit ? unitNfc(row.unit) : null,
      kind,
      movement: mv ? mv.id : null,
      received: received !== null ? iso(received) : null,
      lastOnTime: lastOnTime !== null ? iso(lastOnTime) : null,
      daysLate,
      late,
      criteriaMet,
      criteriaTotal,
      score: total ?? criteriaMet,
      eligible,
      vote,
      rank: null,
      status: 'review',
      duplicate: false,
      group: row.group ? unitNfc(row.group) : null,
      grade,
      reasons,
      position: row.position ?? null,
    };
    const w: Work = { row, res, mv, review, score: res.score, vote, received, cut: null, tie: NONE, within: NONE };
    works[i] = w;

    // Duplicates: same name + unit in one movement.
    if (name) {
      const mk = mv ? mv.id : '\u0001' + unitFold(cellKey);
      const uk = unitFold(row.unit ?? '');
      const nk = foldKey(name);
      let e = dupFirst.get(nk);
      let last: DupEntry | undefined;
      while (e && (e.mk !== mk || e.uk !== uk)) {
        last = e;
        e = e.next;
      }
      const first = e?.w;
      if (first) {
        if (!first.res.duplicate) {
          first.res.duplicate = true;
          first.res.reasons.push(ENGINE_TEXT.duplicateOf(row.row, true));
        }
        res.duplicate = true;
        w.review = true;
        reasons.push(ENGINE_TEXT.duplicateOf(first.row.row, false));
      } else {
        const entry: DupEntry = { mk, uk, w, next: undefined };
        if (last) last.next = entry;
        else dupFirst.set(nk, entry);
      }
    }
  }

  // ---- ranking and quotas
  const rankable = works.filter((w) => !w.review && !w.res.late && w.res.eligible && w.mv && w.res.kind);
  // Ranking group keys, one string per (movement, kind) rather than one per row.
  const groupKeys = new Map<Movement, Partial<Record<Kind | 'either', string>>>();
  const groupOf = (w: Work): string => {
    const mv = w.mv!;
    const k: Kind | 'either' = isPooled(mv.quota) ? 'either' : w.res.kind!;
    let ks = groupKeys.get(mv);
    if (!ks) groupKeys.set(mv, (ks = {}));
    return (ks[k] ??= mv.id + '\u0000' + k);
  };

  // Allocation stages, narrowest first: each unit's cap (rank within the unit), then the group's cap
  // (rank the survivors within the group); the movement's quota comes last. A row cut at a stage
  // takes no further part; a row tied at a stage's cut-off goes on (the council decides), unless a
  // later stage cuts it.
  const allocations: Allocation[] = plan.allocations ?? [];
  if (allocations.length > 0) {
    const matcher = allocationMatcher(allocations);
    const layers = rankable.map((w) => matcher.layers(w.res.group, w.res.unit));
    const levels: (keyof AllocationLayers)[] = ['eachSpecific', 'eachGeneric', 'group'];
    interface Bucket { works: Work[]; m: MatchedAllocation; kind: Kind | 'either'; q: number | null; unit: string | null }
    for (const level of levels) {
      const buckets = new Map<string, Bucket>();
      for (let i = 0; i < rankable.length; i++) {
        const w = rankable[i];
        const m = layers[i][level];
        if (!m || w.cut) continue;
        const unitKey = m.alloc.each ? unitFold(w.res.unit ?? '') : '';
        if (m.alloc.each && !unitKey) continue; // no unit named: a per-unit cap cannot be applied
        const aq = allocationQuota(m.alloc);
        const bk: Kind | 'either' = isPooled(aq) ? 'either' : w.res.kind!;
        const key = w.mv!.id + '\u0000' + m.index + '\u0000' + unitKey + '\u0000' + bk;
        let b = buckets.get(key);
        if (!b) buckets.set(key, (b = { works: [], m, kind: bk, q: effectiveQuota(aq, bk, participants).value, unit: w.res.unit }));
        if (b.q !== null) b.works.push(w); // no number for this kind in the allocation: no cut here
      }
      for (const b of buckets.values()) {
        if (b.q === null || b.works.length === 0) continue;
        const sorted = b.works.sort(cmpWork);
        const out = cutAtQuota(sorted, b.q);
        const pos = competitionRanks(sorted);
        let tieCount = 0;
        for (const o of out) if (o === 'tie') tieCount++;
        for (let k = 0; k < sorted.length; k++) {
          const w = sorted[k];
          const part = ENGINE_TEXT.allocationPart({
            each: b.m.alloc.each, generic: b.m.generic, group: b.m.alloc.group, unit: b.unit, q: b.q, k: b.kind, pos: pos[k],
          });
          if (out[k] === 'over_quota') w.cut = ENGINE_TEXT.allocationCut(part);
          else if (out[k] === 'tie') (w.tie === NONE ? (w.tie = []) : w.tie).push(ENGINE_TEXT.allocationTie(part, tieCount));
          else (w.within === NONE ? (w.within = []) : w.within).push(part);
        }
      }
    }
  }

  // Movement stage: rank within (movement, kind) or the pool; cut the survivors at the movement's quota.
  const groups = new Map<string, Work[]>();
  for (let i = 0; i < rankable.length; i++) {
    const w = rankable[i];
    const k = groupOf(w);
    let g = groups.get(k);
    if (!g) groups.set(k, (g = []));
    g.push(w);
  }
  const quotaCache = new Map<string, EffectiveQuota>();
  for (const [gk, list] of groups) {
    const mv = list[0].mv!;
    const qKind: Kind | 'either' = isPooled(mv.quota) ? 'either' : list[0].res.kind!;
    let eq = quotaCache.get(gk);
    if (!eq) quotaCache.set(gk, (eq = effectiveQuota(mv.quota, qKind, participants)));
    list.sort(cmpWork);
    const ranks = competitionRanks(list);
    for (let k = 0; k < list.length; k++) list[k].res.rank = ranks[k];
    const survivors = list.filter((w) => w.cut === null);
    const out = cutAtQuota(survivors, eq.value);
    let tieCount = 0;
    for (let k = 0; k < out.length; k++) if (out[k] === 'tie') tieCount++;
    for (let k = 0; k < survivors.length; k++) {
      const w = survivors[k];
      let st: CutOutcome = out[k];
      if (st === 'selected' && w.tie.length > 0) st = 'tie';
      w.res.status = st;
      w.res.reasons.push(...w.tie);
      if (eq.value === null) {
        if (w.within.length === 0 && w.tie.length === 0) w.res.reasons.push(ENGINE_TEXT.noQuotaProposed(eq.note, mv.quotaNote));
        else {
          // An allocation limited the row: its quota is the one that counts. A movement quota still
          // unknown for want of participants is said, since it will apply once they are given.
          if (w.within.length > 0) w.res.reasons.push(ENGINE_TEXT.allocationWithin(w.within));
          if (eq.note && eq.note !== ENGINE_TEXT.noQuota) w.res.reasons.push(eq.note);
        }
      } else if (eq.value === 0) w.res.reasons.push(ENGINE_TEXT.quotaZero(mv.id, qKind));
      else if (out[k] === 'tie') w.res.reasons.push(ENGINE_TEXT.tieAtCut(w.res.rank!, tieCount, eq.value, qKind));
      else w.res.reasons.push(ENGINE_TEXT.ranked(out[k], w.res.rank!, eq.value, qKind));
      if (eq.value !== null && eq.note) w.res.reasons.push(eq.note);
    }
    for (let k = 0; k < list.length; k++) {
      const w = list[k];
      if (w.cut !== null) {
        w.res.status = 'over_quota';
        w.res.reasons.push(w.cut);
      }
    }
  }

  // ---- statuses by precedence: review › late › ineligible › ranking
  const nominations: NominationResult[] = new Array(works.length);
  for (let i = 0; i < works.length; i++) {
    const w = works[i];
    if (w.review) w.res.status = 'review';
    else if (w.res.late) w.res.status = 'late';
    else if (!w.res.eligible) w.res.status = 'ineligible';
    nominations[i] = w.res;
  }
  return { nominations, summary: summarise(plan, nominations, settings) };
}

function cmpWork(a: Work, b: Work): number {
  // Inlined compareNominees on the Work fields (same order: score ↓, vote ↓ null last, received ↑ null last).
  if (a.score !== b.score) {
    if (a.score === null) return 1;
    if (b.score === null) return -1;
    return b.score - a.score;
  }
  if (a.vote !== b.vote) {
    if (a.vote === null) return 1;
    if (b.vote === null) return -1;
    return b.vote - a.vote;
  }
  if (a.received !== b.received) {
    if (a.received === null) return 1;
    if (b.received === null) return -1;
    return a.received - b.received;
  }
  return 0;
}

/** The cells whose points are negative or above their maximum (as rubricTotal checks them). */
function pointErrorCells(plan: Plan, row: NominationInput): string[] {
  const rubric = plan.rubric ?? null;
  const cells: string[] = [];
  const pts = row.points ?? [];
  for (let i = 0; i < pts.length; i++) {
    const v = pts[i].value;
    if (v === null || v === undefined) continue;
    const max = rubric?.items[i]?.maxPoints;
    if (v < 0 || (max !== undefined && v > max + 1e-9)) cells.push(pts[i].cell);
  }
  const extra: [typeof row.bonus, number | null | undefined][] = [[row.bonus, rubric?.bonusMax], [row.penalty, rubric?.penaltyMax]];
  for (const [c, max] of extra) {
    if (!c || c.value === null || c.value === undefined) continue;
    if (c.value < 0 || (max !== null && max !== undefined && c.value > max + 1e-9)) cells.push(c.cell);
  }
  return cells;
}
