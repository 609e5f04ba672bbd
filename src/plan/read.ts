// The document model → a Plan: each extractor's facts put where the engine reads them (the
// movement a fact sits under, else the whole plan), with the source of every fact and the list of
// facts to confirm. A document of the genre is never refused for its layout or kind; only a text
// in which nothing of a thi đua – khen thưởng document is found is.
import { nameKey } from './facts/names';
import type { Allocation, AwardForm, CriteriaGroup, Deadline, FormQuota, Movement, Plan, PlanKind, PlanWarning } from '../core/types';
import type { Block, DocModel, Node } from './document';
import type { ReadPlanOptions } from './options';
import { UserError } from '../core/errors';
import { PLAN_TEXT } from '../core/text/plan';
import { UNSURE, fact, type Fact, type Source } from './facts/fact';
import { inside } from './facts/query';
import { DAY_NAME, attachmentTitle, readHeader } from './facts/header';
import { attachmentIssuer, issuingSentence, relayedIssuer, signatureIssuer } from './facts/issuer';
import { launchedYear, periodOfTitle, readPeriod, readPlanYear } from './facts/period';
import { completeIssuer, councilAsIssuer, councilOfIssuer, letterKind } from './facts/attribution';
import { forCopy } from './document/fold';
import { readMovements, type MovementHead } from './facts/movements';
import { readCriteria, type CriteriaList } from './facts/criteria';
import { readQuotas } from './facts/quotas';
import { noticeSubject, readDeadlines } from './facts/deadlines';
import { readGrades, readRubric } from './facts/rubric';
import { readThresholds, type Threshold } from './facts/thresholds';
import { readForms } from './facts/forms';
import { formsInText } from './facts/formsInText';
import { matchForm } from '../core/forms/match';
import { readCouncil } from './facts/council';
import { kindOfForm } from './facts/vocab';
import { relayedDocument } from './facts/relayed';

const KIND_OF_WORD: Record<string, PlanKind> = { 'KẾ HOẠCH': 'ke-hoach', 'CHƯƠNG TRÌNH': 'ke-hoach', 'QUY ĐỊNH': 'quy-dinh', 'QUY CHẾ': 'quy-dinh', 'THỂ LỆ': 'quy-dinh', 'HƯỚNG DẪN': 'huong-dan' };
// The genre speaks of thi đua, khen thưởng, or the awards themselves ("tặng thưởng Huân chương
// Lao động"); honours under their own rules (Nhà giáo tiêu biểu, NGND/NGƯT, Thầy thuốc) of choosing
// and conferring them ("bình chọn", "xét tặng", "phong tặng", "tôn vinh", "đề cử").
const GENRE =
  /thi\s+đua|khen\s+thưởng|tặng\s+thưởng|huân\s+chương|huy\s+chương|bằng\s+khen|giấy\s+khen|kỷ\s+niệm\s+chương|danh\s+hiệu|anh\s+hùng|bình\s+chọn|xét\s+chọn|xét\s+tặng|phong\s+tặng|tôn\s+vinh|đề\s+cử/iu;
const fold = nameKey;

/** Collects sources and doubts by field path while the plan is assembled. */
class Ledger {
  sources: Record<string, Source> = {};
  unsure: string[] = [];
  warnings: PlanWarning[] = [];

  note<T>(path: string, f: Fact<T> | null | undefined): T | undefined {
    if (!f) return undefined;
    if (f.source) this.sources[path] = f.source;
    if (f.confidence < UNSURE) this.doubt(path);
    return f.value;
  }

  doubt(path: string): void {
    if (!this.unsure.includes(path)) this.unsure.push(path);
  }

  warn(line: number | null, message: string): void {
    this.warnings.push({ line, message });
  }
}

function blankMovement(id: string, name: string): Movement {
  return { id, name, quota: null, quotaNote: null, criteria: { collective: [], individual: [] }, deadlines: [] };
}

export function readPlanDocument(doc: DocModel, opts: ReadPlanOptions, fullText: string): Plan {
  const L = new Ledger();
  const header = readHeader(doc);
  const folded = doc.layout.folded;
  const attached = doc.regions.find((r) => r.kindWord !== 'PHỤ LỤC') ?? null;
  const attachment = attached ? attachmentTitle(doc, attached.start, attached.kindWord) : null;
  const place = header.place ?? placeAnywhere(doc);
  const issuing = issuingSentence(doc, header.title?.value ?? '', place);

  // A page that relays a document in a sentence ("UBND tỉnh ban hành Công văn số …"): its number, date and kind.
  const relayed = header.number ? null : relayedDocument(doc);
  const titleFact = attachment ?? (relayedTitleWins(header, relayed) ? relayed?.title : null) ?? header.title ?? issuing?.title ?? null;
  const title = L.note('title', titleFact) ?? '';
  const dateFact = header.date ?? relayed?.date ?? placeDateAnywhere(doc, folded);
  const issuerFact = completeIssuer(header.issuer, issuing?.issuer ?? null, folded) ?? signatureIssuer(doc) ?? attachmentIssuer(doc) ?? issuing?.issuer ?? relayedIssuer(relayed?.issuer, title, place, doc);
  // The kind a relaying sentence names is surer than a page heading's first word ("Hướng dẫn bình chọn …").
  const kindFact = (header.kindAt < 0 ? relayed?.kind : null) ?? header.kind ?? (header.kindWord ? null : (issuing?.kind ?? letterKind(doc)));
  const numberFact = header.number ?? relayed?.number ?? null;
  const yearFact = readPlanYear(doc, { title: titleFact, headerTitle: header.title, date: dateFact, partialYear: header.partialYear, number: numberFact });
  const year = L.note('year', yearFact) ?? null;

  const plan: Plan = {
    title,
    issuer: L.note('issuer', issuerFact) ?? '',
    number: L.note('number', numberFact) ?? null,
    date: L.note('date', dateFact) ?? null,
    kind: L.note('kind', kindFact) ?? null,
    year,
    period: { from: null, to: null },
    movements: [],
    deadlines: [],
    allocations: [],
    rubric: null,
    grades: [],
  };
  if (attached) plan.attachment = { kind: KIND_OF_WORD[attached.kindWord] ?? null, title };
  else if (/kèm\s+theo\s+(?:Quyết\s+định|Kế\s+hoạch)\s+này/iu.test(fullText) && plan.kind === 'quyet-dinh') L.warn(null, PLAN_TEXT.attachmentMissing);

  const period = readPeriod(doc, plan.date ?? null);
  if (period) {
    plan.period = { from: L.note('period.from', period.from) ?? null, to: L.note('period.to', period.to) ?? null };
  } else {
    const t = periodOfTitle(title, titleFact?.source ?? null, folded) ?? periodOfLaunch(doc);
    if (t) plan.period = { from: L.note('period.from', t.from) ?? null, to: L.note('period.to', t.to) ?? null };
  }

  const heads = readMovements(doc);
  const movements = heads.length ? heads.map((h, i) => blankMovement(h.id, L.note(`movements.${i}`, h.name) ?? '')) : [blankMovement('1', title || PLAN_TEXT.defaultMovementName)];
  plan.movements = movements;
  // The movement a fact sits under: its heading's section, or its row in a table of movements.
  const movementIndex = (n: Node, line: number | null = null): number =>
    heads.length ? heads.findIndex((h) => (h.row ? h.node === n && h.row.line === line : h.node === n || inside(n, h.node))) : 0;

  placeCriteria(readCriteria(doc), heads, movements, movementIndex, L, plan);
  placeQuotas(doc, movements, movementIndex, L, plan);
  placeForms(doc, plan, L);
  placeDeadlines(doc, plan, movements, movementIndex, opts, L, period?.block ?? null);
  placeScoring(doc, plan, movements, movementIndex, L, header.bodyAt);
  const council = readCouncil(doc) ?? councilAsIssuer(issuerFact);
  if (council) plan.council = L.note('council', councilOfIssuer(council, plan.issuer)) ?? null;

  refuseIfNothing(plan, fullText, folded);
  if (!title) L.warn(null, PLAN_TEXT.noTitle);
  if (year === null && opts.year == null) L.warn(null, PLAN_TEXT.noYear);
  if (L.warnings.length) plan.warnings = L.warnings;
  plan.sources = L.sources;
  plan.unsure = L.unsure;
  return plan;
}

/**
 * A relayed document's own trích yếu beats what the page calls it: the page's heading that is the
 * relaying sentence itself, or that names the document by its kind ("Kế hoạch công tác thi đua khen
 * thưởng năm 2019", a portal's shorter title). A headline of the page's own ("Lấy ý kiến về việc
 * phong tặng …") is the page's title, and a signed document's kind line is its own.
 */
function relayedTitleWins(header: ReturnType<typeof readHeader>, relayed: ReturnType<typeof relayedDocument>): boolean {
  if (!relayed?.title || header.kindAt >= 0) return false;
  const t = header.title?.source?.lines[0];
  if (t === undefined) return true;
  return t === relayed.title.source?.lines[0] || (header.kind !== null && header.kind.source?.lines[0] === t);
}

/** "Tiền Giang, ngày 02 tháng 4 năm 2024" under the signature, when the header has none. */
const PLACE_DATE = /^([\p{Lu}][\p{L}\s.'-]{0,40}?),\s*ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/u;

function placeDateAnywhere(doc: DocModel, folded: boolean): Fact<string> | null {
  for (let i = doc.blocks.length - 1; i >= 0; i--) {
    const b = doc.blocks[i];
    const m = forCopy(folded, PLACE_DATE).exec(b.text);
    if (!m) continue;
    const pad = (n: string) => n.padStart(2, '0');
    return { value: `${m[4]}-${pad(m[3])}-${pad(m[2])}`, source: { lines: b.lines, text: b.text.slice(0, m[0].length) }, confidence: 0.8 };
  }
  return null;
}

function placeAnywhere(doc: DocModel): string | null {
  for (let i = doc.blocks.length - 1; i >= 0; i--) {
    const m = /^([\p{Lu}][\p{L}\s.'-]{0,40}?),\s*ngày\b/u.exec(doc.blocks[i].text);
    if (m && !DAY_NAME.test(m[1].trim())) return m[1].trim();
  }
  return null;
}

function placeCriteria(lists: CriteriaList[], heads: MovementHead[], movements: Movement[], movementIndex: (n: Node, line?: number | null) => number, L: Ledger, plan: Plan): void {
  const forms = [...new Set(lists.filter((l) => l.form).map((l) => fold(l.form as string)))];
  // Criteria given per award form (a Quy định): the movement takes them only when one form has any.
  const perForm = forms.length > 1;
  const formsOut: AwardForm[] = [];
  for (const l of lists) {
    const group: CriteriaGroup = { kind: l.kind, group: l.group, form: l.form, anyOf: l.anyOf, items: l.items.map((i) => i.value) };
    if (l.form) {
      let f = formsOut.find((x) => fold(x.name) === fold(l.form as string));
      if (!f) formsOut.push((f = { name: l.form, kinds: [], criteria: [] }));
      f.criteria.push(group);
      if (l.kind !== 'both' && !f.kinds.includes(l.kind)) f.kinds.push(l.kind);
    }
    if (perForm && l.form) continue;
    const at = movementIndex(l.node);
    const targets = heads.length && at >= 0 ? [at] : movements.map((_, i) => i);
    for (const i of targets) {
      const m = movements[i];
      (m.criteriaGroups ??= []).push(group);
      const kinds: ('collective' | 'individual' | 'household')[] = l.kind === 'both' ? ['collective', 'individual'] : [l.kind];
      for (const k of kinds) {
        const list = k === 'household' ? (m.criteria.household ??= []) : m.criteria[k];
        for (const item of l.items) L.note(`movements.${i}.criteria.${k}.${list.push(item.value) - 1}`, item);
      }
    }
  }
  for (const [i, m] of movements.entries()) {
    const groups = m.criteriaGroups ?? [];
    const named = groups.filter((g) => g.group);
    if (named.length > 1) {
      L.warn(null, PLAN_TEXT.criteriaGroups(named.map((g) => g.group as string)));
      for (const k of new Set(named.map((g) => g.kind))) L.doubt(`movements.${i}.criteria.${k === 'both' ? 'collective' : k}`);
    }
    if (groups.some((g) => g.anyOf)) L.doubt(`movements.${i}.criteria`);
    // Kept only where the plan divides its criteria by subject or form, or lets any one item suffice.
    if (!groups.some((g) => g.group || g.form || g.anyOf)) delete m.criteriaGroups;
  }
  if (perForm) {
    L.warn(null, PLAN_TEXT.criteriaPerForm(formsOut.map((f) => f.name)));
    movements.forEach((_, i) => L.doubt(`movements.${i}.criteria`));
  }
  plan.forms = formsOut;
}

/** A quota line that names a form, as that form's quota. */
function formQuotaOf(a: Allocation): FormQuota {
  return { form: a.form as string, quota: { collective: a.collective, individual: a.individual, either: a.either, percent: null }, quotaNote: null };
}

function placeQuotas(doc: DocModel, movements: Movement[], movementIndex: (n: Node, line?: number | null) => number, L: Ledger, plan: Plan): void {
  const q = readQuotas(doc);
  const first = new Map<number, string>();
  for (const f of q.quotas) {
    const i = movementIndex(f.node, f.fact.source?.lines[0] ?? null);
    const text = f.fact.source?.text ?? '';
    if (i < 0) {
      L.warn(f.fact.source?.lines[0] ?? null, PLAN_TEXT.quotaOutside(text));
      continue;
    }
    if (first.has(i)) {
      L.warn(f.fact.source?.lines[0] ?? null, PLAN_TEXT.twoQuotas(first.get(i) as string));
      continue;
    }
    first.set(i, text);
    const v = L.note(`movements.${i}.quota`, f.fact);
    if (!v) continue;
    movements[i].quota = v.quota;
    movements[i].quotaNote = v.note;
  }
  for (const a of q.allocations) {
    // "Bằng khen của Chủ tịch UBND tỉnh: 03 tập thể và 05 cá nhân" under "Số lượng": the line names a
    // form, not a group of units — a quota of that form for the movement it sits under (or the plan's
    // one movement).
    const v = a.fact.value;
    const namesForm = !!v.form && fold(v.group) === fold(v.form);
    const at = namesForm ? movementIndex(a.node, a.fact.source?.lines[0] ?? null) : -1;
    const i = at >= 0 ? at : namesForm && movements.length === 1 ? 0 : -1;
    if (i >= 0) {
      const list = (movements[i].formQuotas ??= []);
      const f = L.note(`movements.${i}.formQuotas.${list.length}`, { ...a.fact, value: formQuotaOf(v) });
      if (f) list.push(f);
      continue;
    }
    plan.allocations.push(L.note(`allocations.${plan.allocations.length}`, a.fact) as (typeof plan.allocations)[number]);
  }
  for (const u of q.unread) {
    L.warn(u.line, PLAN_TEXT.quotaUnread(u.text));
    const i = movementIndex(u.node, u.line);
    if (i >= 0) L.doubt(`movements.${i}.quota`);
  }
}

/** Award forms: those that head criteria or are listed under "Hình thức", then those the sentences name. */
function placeForms(doc: DocModel, plan: Plan, L: Ledger): void {
  const forms = [...readForms(doc), ...formsInText(doc).map((f) => ({ name: f.name, kind: null }))];
  for (const f of forms) {
    // The same form named again, less precisely, or by another of its names ("bằng khen của tỉnh").
    const cat = matchForm(f.name.value);
    const known = (plan.forms ??= []).find((x) => fold(x.name) === fold(f.name.value) || fold(x.name).startsWith(fold(f.name.value) + ' ') || (cat !== null && matchForm(x.name) === cat));
    if (known) continue;
    const kind = f.kind ?? kindOfForm(f.name.value);
    plan.forms.push({ name: f.name.value, kinds: kind ? [kind] : [], criteria: [] });
  }
  plan.forms?.forEach((f, k) => {
    const src = forms.find((x) => fold(x.name.value) === fold(f.name));
    if (src) L.note(`forms.${k}`, src.name);
  });
}

function placeDeadlines(doc: DocModel, plan: Plan, movements: Movement[], movementIndex: (n: Node, line?: number | null) => number, opts: ReadPlanOptions, L: Ledger, period: Block | null): void {
  const d = readDeadlines(doc, plan.year, opts, period ? new Set([period]) : new Set(), noticeSubject(doc, plan.title));
  const seen = new Map<Deadline[], Set<string>>();
  const add = (list: Deadline[], path: string, f: Fact<Deadline>) => {
    let texts = seen.get(list);
    if (!texts) seen.set(list, (texts = new Set()));
    if (texts.has(f.value.text)) return;
    texts.add(f.value.text);
    L.note(`${path}.${list.push(f.value) - 1}`, f);
  };
  for (const f of d.nomination) {
    const i = movements.length > 1 ? movementIndex(f.node, f.fact.source?.lines[0] ?? null) : -1;
    if (i >= 0) add(movements[i].deadlines, `movements.${i}.deadlines`, f.fact);
    else add(plan.deadlines, 'deadlines', f.fact);
  }
  // Several nomination deadlines for the whole plan (per sector, per kind of award): which one a
  // list is measured on is for the secretary to say.
  const days = new Set(plan.deadlines.map((x) => `${x.rule}|${x.dates.map((y) => y.lastOnTime).join(',')}`));
  if (days.size > 1) L.doubt('deadlines');
  if (d.schedule.length) {
    plan.schedule = [];
    for (const s of d.schedule) L.note(`schedule.${plan.schedule.push({ what: s.what, deadline: s.fact.value }) - 1}`, s.fact);
  }
  // A deadline written in words the reader cannot date ("Đầu năm 2021"): the secretary gives it.
  for (const u of d.unread) {
    L.warn(u.line, PLAN_TEXT.unreadableDeadline(u.phrase, u.why));
    const i = movements.length > 1 ? movementIndex(u.node, u.line) : -1;
    L.doubt(i >= 0 ? `movements.${i}.deadlines` : 'deadlines');
  }
}

function placeScoring(doc: DocModel, plan: Plan, movements: Movement[], movementIndex: (n: Node, line?: number | null) => number, L: Ledger, bodyAt: number): void {
  const r = readRubric(doc, bodyAt);
  if (r) {
    L.sources.rubric = r.head;
    const items = r.items.map((x, k) => L.note(`rubric.items.${k}`, x.fact) as NonNullable<Plan['rubric']>['items'][number]);
    const total = L.note('rubric.total', r.total) ?? (items.length ? items.reduce((a, b) => a + b.maxPoints, 0) : null);
    plan.rubric = { items, bonusMax: L.note('rubric.bonusMax', r.bonusMax) ?? null, penaltyMax: L.note('rubric.penaltyMax', r.penaltyMax) ?? null, total };
  }
  plan.grades = readGrades(doc).map((g, k) => L.note(`grades.${k}`, g) as Plan['grades'][number]);
  const t = readThresholds(doc);
  const apply = <T>(found: Threshold<T>[], key: 'awardGrade' | 'minScore' | 'minVote', map: (v: T) => Movement[typeof key]) => {
    for (const f of found) {
      const at = movements.length > 1 ? movementIndex(f.node) : -1;
      const targets = at >= 0 ? [at] : movements.map((_, i) => i);
      for (const i of targets) {
        if (movements[i][key] != null) continue;
        (movements[i] as unknown as Record<string, unknown>)[key] = map(L.note(`movements.${i}.${key}`, f.fact) as T);
      }
    }
  };
  apply(t.awardGrade, 'awardGrade', (v: string) => plan.grades.find((g) => g.name.toLocaleLowerCase('vi') === v.toLocaleLowerCase('vi'))?.name ?? v);
  apply(t.minScore, 'minScore', (v: number) => v);
  apply(t.minVote, 'minVote', (v: number) => v);
}

/**
 * Refuses only a text in which nothing of the genre is found, saying what was looked for: any fact
 * of a thi đua – khen thưởng document (a kind or title, a number, a movement, criteria, a quota, a
 * deadline, a form, a council, a rubric…) in a text that speaks of thi đua or khen thưởng.
 */
/** A year's thi đua launched in a sentence ends with the year: to confirm. */
function periodOfLaunch(doc: DocModel): { from: null; to: Fact<string> } | null {
  const y = launchedYear(doc);
  return y ? { from: null, to: fact(`${y.value}-12-31`, y.source, y.confidence) } : null;
}

function refuseIfNothing(plan: Plan, text: string, folded: boolean): void {
  const m = plan.movements;
  const found =
    plan.kind != null ||
    plan.title !== '' ||
    plan.number != null ||
    m.length > 1 ||
    m.some((x) => x.quota || x.quotaNote || x.criteria.collective.length || x.criteria.individual.length || x.deadlines.length) ||
    plan.deadlines.length > 0 ||
    (plan.schedule?.length ?? 0) > 0 ||
    plan.allocations.length > 0 ||
    plan.rubric !== null ||
    plan.grades.length > 0 ||
    (plan.forms?.length ?? 0) > 0 ||
    plan.council != null ||
    plan.period.to !== null;
  if (!found || !forCopy(folded, GENRE).test(text)) throw new UserError(PLAN_TEXT.notAPlan);
}
