// Criteria (tiêu chuẩn, tiêu chí): the lists under a criteria heading ("Tiêu chuẩn khen thưởng",
// "b) Tiêu chuẩn: … đạt các tiêu chuẩn sau đây:"), split by kind ("Đối với tập thể:", "+ Đối với
// cá nhân:", "1.1. Đối với tập thể", "Tiêu chuẩn đối với cá nhân, hộ gia đình:"), by award form
// ("Danh hiệu "Lao động tiên tiến"", "Bằng khen của Chủ tịch UBND tỉnh") and by group of
// subjects ("a) Đối với tỉnh Nghệ An", "- Tặng cho xã, phường … đạt các tiêu chuẩn sau:"). Items
// are list items, or — where a converted copy lost its bullets — the paragraphs a "…sau đây:"
// introduces. A list with no kind applies to both kinds.
import { nameKey } from './names';
import type { Block, DocModel, Node } from '../document';
import { LIKELY, SURE, fact, sourceOf, type Fact } from './fact';
import { trimPunct } from '../document/chars';
import { bodyOffset, restOf, scopeNodes, titleOf } from './query';
import { FORM_NAME, KIND_LABEL, kindOfForm, kindOfSubject, kindsNamed, type KindWord } from './vocab';

export type CriteriaKind = KindWord | 'both';

export interface CriteriaList {
  kind: CriteriaKind;
  /** The group of subjects the list is for ("xã, phường thuộc tỉnh"), when the plan divides them. */
  group: string | null;
  /** The award form the list is for, when the plan gives criteria per form. */
  form: string | null;
  /** "đạt một trong các tiêu chuẩn sau": any one item suffices. */
  anyOf: boolean;
  items: Fact<string>[];
  /** Where the list sits (its movement is found from it). */
  node: Node;
}

interface Ctx {
  kind: CriteriaKind | null;
  group: string | null;
  form: string | null;
  anyOf: boolean;
}

const HAS_CRITERIA_WORD = /(?:^|[\s,(])(?:tiêu\s+chuẩn|tiêu\s+chí)(?![\p{L}])/iu;
const RUBRIC = /chấm\s+điểm|thang\s+điểm|điểm\s+chuẩn|\(\s*\d+\s*điểm\s*\)|bảng\s+điểm/iu;
// Sections inside a criteria part that are not criteria.
const SKIP =
  /^(?:đối\s+tượng|hình\s+thức|số\s+lượng|chỉ\s+tiêu|thời\s+gian|thời\s+điểm|hồ\s+sơ|thủ\s+tục|quy\s+trình|kinh\s+phí|nguyên\s+tắc|tổ\s+chức\s+thực\s+hiện|bảng\s+chấm|thang\s+điểm|xếp\s+loại|điểm\s+(?:thưởng|cộng|trừ)|cách\s+(?:chấm|tính)|phạm\s+vi|lưu\s+ý|ghi\s+chú)/iu;
const ANY_OF = /một\s+trong\s+(?:các|những)\s+(?:tiêu\s+chuẩn|tiêu\s+chí|điều\s+kiện)/iu;
const INTRO = /(?:tiêu\s+chuẩn|tiêu\s+chí|điều\s+kiện)\s+(?:sau|dưới\s+đây)|sau\s+đây\s*:$|(?:như|gồm)\s+sau\s*:$|:$/iu;

const isList = (n: Node) => n.style.startsWith('bullet:');
const hasStructure = (n: Node) => n.children.some((c) => c.heading || isList(c) || c.style === 'label');

/** A heading whose title names criteria ("Tiêu chuẩn khen thưởng", "II. Nội dung, tiêu chí thi đua"). */
function isCriteriaHead(n: Node): boolean {
  const b = n.block;
  if (!b || b.type !== 'para' || !(n.heading || n.style === 'label' || isList(n))) return false;
  const t = titleOf(b);
  // Articles have long titles ("Điều 3. Đối tượng, tiêu chuẩn xét tặng Cờ thi đua …, Tập thể … và Bằng khen …").
  if (t.length > (n.heading ? 220 : 110) || RUBRIC.test(b.text) || /^(?:hồ\s+sơ|thời\s+gian)/iu.test(t)) return false;
  if (HAS_CRITERIA_WORD.test(t)) return true;
  // "a) Danh hiệu "Lao động tiên tiến" để tặng … đạt các tiêu chuẩn sau đây:"
  return b.label && /(?:tiêu\s+chuẩn|tiêu\s+chí)\s+(?:sau|dưới\s+đây)/iu.test(b.text);
}

/** "để tặng (hoặc truy tặng) cho cá nhân …" → the kind an intro sentence names. */
function kindOfIntro(text: string): CriteriaKind | null {
  const m = /(?:tặng|cho|đối\s+với)\s+(?:hoặc\s+truy\s+tặng\s+cho\s+)?(?:các\s+|những\s+)?([^,.;:]{2,60})/iu.exec(text);
  if (m) {
    const k = kindOfSubject(m[1]);
    if (k) return k;
  }
  return null;
}

function cleanItem(s: string): string {
  return trimPunct(s.replace(/^[\s\-–+•]+/u, ''), ';,.');
}

function subjectOf(b: Block): string {
  const t = titleOf(b);
  return t
    .replace(/^(?:đối\s+với|với|tặng\s+cho|cho)\s+/iu, '')
    .replace(/\s+(?:nội\s+bộ|gương\s+mẫu|chấp\s+hành|đạt|hoàn\s+thành)(?![\p{L}]).*$/iu, '')
    .replace(/(?<=\S)[\s,;:…]+$/u, '')
    .trim();
}

class Reader {
  lists: CriteriaList[] = [];

  constructor(private readonly doc: DocModel) {}

  private list(ctx: Ctx, node: Node): CriteriaList {
    const kind = ctx.kind ?? 'both';
    const last = this.lists[this.lists.length - 1];
    if (last && last.kind === kind && last.group === ctx.group && last.form === ctx.form && last.anyOf === ctx.anyOf && last.node === node) return last;
    const l: CriteriaList = { kind, group: ctx.group, form: ctx.form, anyOf: ctx.anyOf, items: [], node };
    this.lists.push(l);
    return l;
  }

  private push(ctx: Ctx, owner: Node, b: Block, text: string, from: number): void {
    const t = cleanItem(text);
    if (!t || /:$/.test(text.trim())) return;
    this.list(ctx, owner).items.push(fact(t, sourceOf(b, from), SURE));
  }

  /** Reads the criteria under `n` with the context set by the headings above. */
  read(n: Node, ctx: Ctx, depth = 0): void {
    if (depth > 8) return;
    const kids = n.children;
    const introduces = !!n.block && (n.block.label || INTRO.test(n.block.text));
    const proseItems = kids.filter((c) => c.style === 'prose');
    const listLike = introduces || (proseItems.length >= 2 && proseItems.filter((c) => /;$/.test((c.block as Block).text)).length >= proseItems.length - 1);
    let labelKind: CriteriaKind | null = null;
    for (const c of kids) {
      const b = c.block;
      if (!b || b.type !== 'para') continue;
      if (c.style === 'prose') {
        if (listLike) this.push({ ...ctx, kind: labelKind ?? ctx.kind }, n, b, b.text, 0);
        continue;
      }
      const title = titleOf(b);
      const rest = restOf(b);
      const kidCtx: Ctx = { ...ctx, kind: labelKind ?? ctx.kind };
      if (SKIP.test(title) && !HAS_CRITERIA_WORD.test(title)) continue;
      // A kind label ends with ":" or heads a list; "b) Gia đình đạt danh hiệu …" is an item.
      if (KIND_LABEL.test(title) && title.length <= 70 && (b.label || rest !== '' || hasStructure(c))) {
        const ks = kindsNamed(title);
        const k: CriteriaKind = ks.length === 1 ? ks[0] : ks.includes('individual') ? 'individual' : 'both';
        // "+ Đối với tập thể:" with no items under it: the items follow as its siblings.
        if (!c.children.length && !rest) {
          labelKind = k;
          continue;
        }
        const anyOf = ANY_OF.test(b.text);
        if (c.children.length) this.read(c, { ...kidCtx, kind: k, anyOf }, depth + 1);
        else this.push({ ...kidCtx, kind: k }, c, b, rest, b.text.length - rest.length);
        if (ks.includes('household') && ks.length > 1) this.read(c, { ...kidCtx, kind: 'household', anyOf }, depth + 1);
        continue;
      }
      if (FORM_NAME.test(title)) {
        const named = formName(title);
        // "a) Bằng khen … để tặng cho cá nhân … sau đây:" under "3. Bằng khen …": the same form, for one kind.
        const form = ctx.form && foldStart(named, ctx.form) ? ctx.form : named;
        const k = kindOfForm(form) ?? kindOfIntro(b.text) ?? kidCtx.kind;
        const next = { ...kidCtx, form, kind: k, anyOf: ANY_OF.test(b.text) };
        if (c.children.length) this.read(c, next, depth + 1);
        // "b) Bằng khen … để tặng cho doanh nhân … có thành tích …": the criterion is the sentence.
        else if (ctx.form && form === ctx.form && /(?:để\s+)?tặng/iu.test(b.text)) this.push(next, c, b, b.body, bodyOffset(b));
        continue;
      }
      // "b) Tiêu chuẩn khen thưởng" over a paragraph of explanation: a heading, not a criterion.
      const subHeading = HAS_CRITERIA_WORD.test(title) && title.length <= 60 && !rest && !/[.;]$/.test(b.text);
      if (!hasStructure(c) && !subHeading) {
        if (!/:$/.test(b.text)) this.push(kidCtx, n, b, b.body, bodyOffset(b));
        else if (c.children.length) this.read(c, { ...kidCtx, kind: kindOfIntro(b.text) ?? kidCtx.kind, anyOf: ANY_OF.test(b.text) }, depth + 1);
        continue;
      }
      if (subHeading || (HAS_CRITERIA_WORD.test(title) && !ANY_OF.test(b.text) && b.text.length <= 110)) {
        const ks = kindsNamed(title);
        const k: CriteriaKind | null = ks.length === 1 ? ks[0] : ks.includes('individual') ? 'individual' : null;
        this.read(c, { ...kidCtx, kind: k ?? kidCtx.kind }, depth + 1);
        if (ks.includes('household') && ks.length > 1) this.read(c, { ...kidCtx, kind: 'household' }, depth + 1);
        continue;
      }
      // A group of subjects, or an intro ("- Tặng cho xã, phường … đạt các tiêu chuẩn sau:").
      const k = kindOfIntro(b.text) ?? kindOfSubject(title) ?? kidCtx.kind ?? (kids.filter((x) => x.children.length).length > 1 ? 'collective' : null);
      this.read(c, { ...kidCtx, kind: k, group: subjectOf(b) || title, anyOf: ANY_OF.test(b.text) }, depth + 1);
    }
  }
}

/** Every criteria list of the plan, outermost criteria headings first. */
export function readCriteria(doc: DocModel): CriteriaList[] {
  const r = new Reader(doc);
  const heads = scopeNodes(doc).filter(isCriteriaHead);
  const done: Node[] = [];
  for (const h of heads) {
    if (done.some((d) => d.order < h.order && h.order < d.end)) continue;
    done.push(h);
    const b = h.block as Block;
    const ks = kindsNamed(titleOf(b));
    const form = formAbove(h);
    const kind: CriteriaKind | null =
      (ks.length === 1 ? ks[0] : ks.includes('individual') ? 'individual' : null) ?? kindOfIntro(b.text) ?? (form ? kindOfForm(form) : null);
    const ctx: Ctx = { kind, group: null, form, anyOf: ANY_OF.test(b.text) };
    r.read(h, ctx);
    if (ks.includes('household') && ks.length > 1) r.read(h, { ...ctx, kind: 'household' });
    // "2. Tiêu chuẩn: Có thành tích …" — the criterion written on the heading's own line.
    const rest = restOf(b);
    if (!h.children.length && rest && !/:$/.test(rest)) r.lists.push({ kind: kind ?? 'both', group: null, form, anyOf: false, items: [fact(cleanItem(rest), sourceOf(b, b.text.length - rest.length), LIKELY)], node: h });
  }
  return r.lists.filter((l) => l.items.length);
}

/**
 * An award form's name from a heading: "Danh hiệu "Lao động tiên tiến" để tặng …" → "Lao động tiên
 * tiến"; a clause that describes it ("Giải thưởng X được trao tặng 01 lần cho …", "… là phần thưởng …") is no part of it.
 */
export function formName(title: string): string {
  return title
    .replace(/\s+(?:để\s+tặng|để\s+truy\s+tặng|để|tặng\s+cho|cho|đối\s+với|quy\s+định\s+tại|theo\s+quy\s+định|được|là|dành\s+tặng)\s.*$/iu, '')
    .replace(/^danh\s+hiệu\s+/iu, '')
    .replace(/"/g, '')
    .trim();
}

const fold = nameKey;
const foldStart = (a: string, b: string) => fold(a).startsWith(fold(b)) || fold(b).startsWith(fold(a));

function formAbove(n: Node): string | null {
  for (let p = n.parent; p && p.block; p = p.parent) {
    const t = titleOf(p.block);
    if (FORM_NAME.test(t)) return formName(t);
  }
  return null;
}
