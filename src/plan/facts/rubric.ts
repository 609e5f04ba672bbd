// Scoring: the rubric ("Bảng chấm điểm": criteria with maximum points, bonus and penalty maxima,
// the total) as numbered lines ("1. Công tác lãnh đạo, chỉ đạo (10 điểm)") or as a table ("STT |
// Nội dung tiêu chí | Điểm chuẩn"), and the grade bands ("Hoàn thành xuất sắc: đạt từ 95 điểm trở
// lên; không có tiêu chí nào bị chấm 0 điểm").
import type { GradeBand, RubricItem } from '../../core/types';
import type { Block, DocModel, Node, Row } from '../document';
import { SURE, LIKELY, fact, rowSource, sourceOf, type Fact, type Source } from './fact';
import { below, scopeNodes } from './query';
import { trimPunct } from '../document/chars';

const num = (s: string) => Number(s.replace(',', '.'));
const N = String.raw`(\d{1,3}(?:[,.]\d+)?)`;
const RUBRIC_START = /bảng\s+(?:chấm\s+)?điểm|thang\s+điểm|tiêu\s+chí\s+(?:chấm|đánh\s+giá)\s+điểm|nội\s+dung\s+chấm\s+điểm|chấm\s+điểm\s+thi\s+đua/iu;
const POINTS = [
  new RegExp(String.raw`\(\s*(?:tối\s+đa|điểm\s+chuẩn|điểm\s+tối\s+đa)?\s*:?\s*${N}\s*điểm\s*\)`, 'iu'),
  new RegExp(String.raw`\(\s*điểm\s+chuẩn\s*:?\s*${N}\s*\)`, 'iu'),
  new RegExp(String.raw`(?:điểm\s+chuẩn|tối\s+đa)\s*:?\s*${N}\s*(?:điểm)?\s*[.;)]?\s*$`, 'iu'),
  new RegExp(String.raw`[:\-–]\s*${N}\s*điểm\s*[.;]?\s*$`, 'iu'),
];
const BONUS = /điểm\s+(?:thưởng|cộng)/iu;
const PENALTY = /điểm\s+trừ|trừ\s+điểm/iu;
const MAXIMUM = new RegExp(String.raw`(?:tối\s+đa|không\s+quá|tổng\s+cộng)\s*(?:là\s*)?:?\s*${N}\s*điểm|\(\s*(?:tối\s+đa\s*)?${N}\s*điểm\s*\)|:\s*${N}\s*điểm|[|]\s*${N}\s*$`, 'iu');
const TOTAL = new RegExp(String.raw`tổng\s+(?:số\s+)?điểm[^\d]{0,40}?${N}\s*điểm|thang\s+điểm\s+${N}`, 'iu');

function pointsOf(s: string): number | null {
  for (const re of POINTS) {
    const m = re.exec(s);
    if (m) return num(m[1]);
  }
  return null;
}

function stripPoints(s: string): string {
  const t = s
    .replace(/\s*\((?:tối\s+đa|điểm\s+chuẩn|điểm\s+tối\s+đa)?\s*:?\s*\d{1,3}(?:[,.]\d+)?\s*(?:điểm)?\s*\)/giu, '')
    .replace(/\s*[:\-–]\s*(?:tối\s+đa\s*)?\d{1,3}(?:[,.]\d+)?\s*điểm\s*[.;]?\s*$/iu, '')
    .replace(/^(?:Tiêu\s+chí\s+(?:\d+|[IVX]+)\s*[:.–-]\s*)/iu, '')
    .trim();
  return trimPunct(t, '.;:');
}

function maxOf(s: string): number | null {
  const m = MAXIMUM.exec(s);
  return m ? num(m[1] ?? m[2] ?? m[3] ?? m[4]) : null;
}

export interface RubricFacts {
  items: { fact: Fact<RubricItem>; depth: number }[];
  bonusMax: Fact<number> | null;
  penaltyMax: Fact<number> | null;
  total: Fact<number> | null;
  head: Source;
}

/** Depth of an item's numbering: "1." → 1, "1.1." → 2, lettered and bulleted items below. */
function depthOf(b: Block): number {
  if (b.marker === 'num') return b.depth;
  if (b.marker === 'roman' || b.marker === 'upper') return 0;
  if (b.marker === 'letter') return 5;
  if (b.marker === 'bullet') return 6;
  return 4;
}

class Reader {
  r: Omit<RubricFacts, 'head'> = { items: [], bonusMax: null, penaltyMax: null, total: null };
  seq = 0;

  /** Bonus, penalty or total lines; true when the line was one of them. */
  extra(text: string, source: () => Source): boolean {
    const head = text.slice(0, 40);
    if (BONUS.test(head)) {
      const m = maxOf(text);
      if (m !== null && !this.r.bonusMax) this.r.bonusMax = fact(m, source(), SURE);
      return true;
    }
    if (PENALTY.test(head)) {
      const m = maxOf(text);
      if (m !== null && !this.r.penaltyMax) this.r.penaltyMax = fact(m, source(), SURE);
      return true;
    }
    const t = TOTAL.exec(text);
    if (t || /^tổng\s+(?:cộng|số)/iu.test(text)) {
      const v = t ? num(t[1] ?? t[2]) : maxOf(text);
      if (v !== null && !this.r.total) this.r.total = fact(v, source(), SURE);
      return true;
    }
    return false;
  }

  paragraph(b: Block): void {
    if (/xếp\s+loại|^Hoàn\s+thành|^Không\s+hoàn\s+thành/iu.test(b.body) && !BONUS.test(b.text)) return;
    if (this.extra(b.body, () => sourceOf(b))) return;
    const pts = pointsOf(b.body);
    if (pts === null) return;
    const id = b.id && b.marker !== 'bullet' ? b.id : String(++this.seq);
    this.r.items.push({ fact: fact({ id, text: stripPoints(b.body), maxPoints: pts }, sourceOf(b), SURE), depth: depthOf(b) });
  }

  row(r: Row, textCol: number, pointsCol: number): void {
    const cells = r.cells;
    const joined = cells.filter(Boolean).join(' | ');
    if (this.extra(joined, () => rowSource(r))) return;
    const p = pointsCol >= 0 ? cells[pointsCol] : cells.filter((c) => /^\d{1,3}(?:[,.]\d+)?$/.test(c)).pop();
    if (!p || !/^\d{1,3}(?:[,.]\d+)?$/.test(p.trim())) return;
    const text = textCol >= 0 ? cells[textCol] : cells.filter((c) => c && c !== p && !/^[\d.]+$/.test(c)).join(' ');
    if (!text) return;
    if (/^tổng/iu.test(text)) {
      if (!this.r.total) this.r.total = fact(num(p), rowSource(r), SURE);
      return;
    }
    const idCell = /^(\d+(?:\.\d+)*|[IVX]+)\.?$/.exec(cells[0] ?? '');
    const id = idCell ? idCell[1] : String(++this.seq);
    this.r.items.push({ fact: fact({ id, text: stripPoints(text), maxPoints: num(p) }, rowSource(r), SURE), depth: idCell ? idCell[1].split('.').length : 4 });
  }
}

/** The rubric, or null when the plan scores nothing. */
export function readRubric(doc: DocModel, bodyAt: number): RubricFacts | null {
  const nodes = scopeNodes(doc);
  // A heading, a label, or an upper-case line ("BẢNG CHẤM ĐIỂM THI ĐUA" heading an appendix) — not the plan's title.
  const opens = (n: Node) => n.heading || n.style === 'label' || (n.style === 'prose' && (n.block as Block).upper && (n.block as Block).text.length <= 100);
  const start = nodes.find((n) => (n.block as Block).index >= bodyAt && opens(n) && RUBRIC_START.test((n.block as Block).text));
  if (!start) return null;
  const section = sectionOf(doc, start);
  const rd = new Reader();
  for (const n of section) {
    const b = n.block as Block;
    if (b.table) {
      const t = b.table;
      const header = t.headerRows > 0 ? t.rows[t.headerRows - 1].cells : [];
      const pointsCol = header.findIndex((c) => /điểm/iu.test(c));
      const textCol = header.findIndex((c) => /nội\s*dung|tiêu\s*chí|tiêu\s*chuẩn/iu.test(c));
      for (const r of t.rows.slice(t.headerRows)) rd.row(r, textCol, pointsCol);
    } else if (n !== start || pointsOf(b.body) !== null) rd.paragraph(b);
  }
  const r = rd.r;
  if (!r.items.length && !r.bonusMax && !r.penaltyMax) return null;
  // Items are the rubric's top level; sub-items only detail how a criterion's points are given.
  const top = Math.min(...r.items.map((x) => x.depth));
  r.items = r.items.filter((x) => x.depth === top);
  return { ...r, head: sourceOf(start.block as Block) };
}

/** The rubric's section: the heading's subtree, or — for a heading with no children — the blocks up to the next heading. */
function sectionOf(doc: DocModel, start: Node): Node[] {
  const sub = below(doc, start);
  if (sub.length) return [start, ...sub];
  const out: Node[] = [start];
  for (let i = start.order + 1; i < doc.nodes.length; i++) {
    const n = doc.nodes[i];
    if (!n.block || (n.heading && (n.block.marker === 'roman' || n.block.marker === 'article' || n.block.marker === 'chapter'))) break;
    out.push(n);
  }
  return out;
}

const GRADE_NAMES = ['Hoàn thành xuất sắc', 'Hoàn thành tốt', 'Hoàn thành', 'Không hoàn thành'];
const RE_GRADE =
  /^(?:[-–+•]\s*)?(?:(?:Xếp\s+)?loại\s+)?"?(Hoàn\s+thành\s+xuất\s+sắc|Hoàn\s+thành\s+tốt|Không\s+hoàn\s+thành|Hoàn\s+thành)(?:\s+nhiệm\s+vụ)?"?\s*(?:[:\-–(|]|khi|nếu)\s*(.*)$/iu;

/** Grade bands, best first. */
export function readGrades(doc: DocModel): Fact<GradeBand>[] {
  const out: Fact<GradeBand>[] = [];
  const consider = (text: string, source: () => Source) => {
    if (!/hoàn\s+thành/iu.test(text)) return;
    const m = RE_GRADE.exec(text);
    if (!m || !/điểm/iu.test(m[2])) return;
    const name = GRADE_NAMES.find((g) => g.toLocaleLowerCase('vi') === m[1].toLocaleLowerCase('vi').replace(/\s+/g, ' ')) as string;
    if (out.some((g) => g.value.name === name)) return;
    const rest = m[2];
    const min = /(?:từ|đạt|≥|>=|trên|ít\s+nhất)\s*(\d{1,3}(?:[,.]\d+)?)\s*điểm/iu.exec(rest);
    const minScore = min ? num(min[1]) : /dưới|<\s*\d/iu.test(rest) ? 0 : NaN;
    if (Number.isNaN(minScore)) return;
    const noZero = /không\s+có\s+tiêu\s+chí[^.;]*?(?:0|không)\s+điểm/iu.test(rest);
    out.push(fact({ name, minScore, noZeroCriterion: noZero }, source(), min ? SURE : LIKELY));
  };
  for (const n of scopeNodes(doc)) {
    const b = n.block as Block;
    if (b.table) for (const r of b.table.rows) consider(r.cells.filter(Boolean).join(' | '), () => rowSource(r));
    else consider(b.body, () => sourceOf(b));
  }
  return out.sort((a, b) => b.value.minScore - a.value.minScore);
}

