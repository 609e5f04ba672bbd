// "Bảng chấm điểm" (criteria with maximum points, bonus and penalty maxima, the total) and grade
// bands ("Hoàn thành xuất sắc: đạt từ 95 điểm trở lên; … không có tiêu chí nào … 0 điểm").
import type { GradeBand, Rubric, RubricItem } from '../core/types';
import { walk, type Node, type Para } from './sections';

const num = (s: string) => Number(s.replace(',', '.'));
const RUBRIC_START = /bảng\s+chấm\s+điểm|thang\s+điểm|tiêu\s+chí\s+chấm\s+điểm|nội\s+dung\s+chấm\s+điểm|chấm\s+điểm\s+thi\s+đua/iu;
// "(10 điểm)", "(tối đa 10 điểm)", "(điểm chuẩn: 10)", ": 10 điểm", "… 10" in a table row
const POINTS = [
  /\(\s*(?:tối\s+đa|điểm\s+chuẩn|điểm\s+tối\s+đa)?\s*:?\s*(\d{1,3}(?:[,.]\d+)?)\s*điểm\s*\)/iu,
  /\(\s*điểm\s+chuẩn\s*:?\s*(\d{1,3}(?:[,.]\d+)?)\s*\)/iu,
  /(?:điểm\s+chuẩn|tối\s+đa)\s*:?\s*(\d{1,3}(?:[,.]\d+)?)\s*(?:điểm)?\s*[.;)]?\s*$/iu,
  /[:\-–]\s*(\d{1,3}(?:[,.]\d+)?)\s*điểm\s*[.;]?\s*$/iu,
  /;\s*(\d{1,3}(?:[,.]\d+)?)\s*(?:điểm)?\s*(?:;\s*[^;]*)?$/u,
];

function pointsOf(s: string): number | null {
  for (const re of POINTS) {
    const m = re.exec(s);
    if (m) return num(m[1]);
  }
  return null;
}

function stripPoints(s: string): string {
  return s
    .replace(/\s*\((?:tối\s+đa|điểm\s+chuẩn|điểm\s+tối\s+đa)?\s*:?\s*\d{1,3}(?:[,.]\d+)?\s*(?:điểm)?\s*\)/giu, '')
    .replace(/\s*[:\-–]\s*(?:tối\s+đa\s*)?\d{1,3}(?:[,.]\d+)?\s*điểm\s*[.;]?\s*$/iu, '')
    .replace(/\s*;\s*\d{1,3}(?:[,.]\d+)?\s*(?:điểm)?\s*(?:;\s*[^;]*)?$/u, '')
    .replace(/^(?:Tiêu\s+chí\s+(?:\d+|[IVX]+)\s*[:.–-]\s*)/iu, '')
    .replace(/[\s.;:]+$/u, '')
    .trim();
}

const BONUS = /điểm\s+(?:thưởng|cộng)/iu;
const PENALTY = /điểm\s+trừ|trừ\s+điểm/iu;
const MAXIMUM = /(?:tối\s+đa|không\s+quá|tổng\s+cộng)\s*(?:là\s*)?:?\s*(\d{1,3}(?:[,.]\d+)?)\s*điểm|\(\s*(?:tối\s+đa\s*)?(\d{1,3}(?:[,.]\d+)?)\s*điểm\s*\)|:\s*(\d{1,3}(?:[,.]\d+)?)\s*điểm/iu;

function maxOf(s: string): number | null {
  const m = MAXIMUM.exec(s);
  return m ? num(m[1] ?? m[2] ?? m[3]) : null;
}

/** The rubric, or null when the plan scores nothing. */
export function readRubric(paras: Para[], root: Node): Rubric | null {
  const start = paras.findIndex((p) => p.type !== 'prose' && p.type !== 'bullet' && RUBRIC_START.test(p.text));
  if (start < 0) return null;
  const nodeOf = new Map<Para, Node>();
  for (const n of walk(root)) nodeOf.set(n.para, n);
  const items: (RubricItem & { depth: number })[] = [];
  let bonusMax: number | null = null;
  let penaltyMax: number | null = null;
  let total: number | null = null;
  let seq = 0;
  for (let i = start; i < paras.length; i++) {
    const p = paras[i];
    if (i > start && p.type === 'roman' && !RUBRIC_START.test(p.text) && !BONUS.test(p.text) && !PENALTY.test(p.text)) break;
    if (/xếp\s+loại|^Hoàn\s+thành|^Không\s+hoàn\s+thành/iu.test(p.body) && !BONUS.test(p.text)) continue;
    const t = /tổng\s+(?:số\s+)?điểm[^\d]{0,40}?(\d{1,3}(?:[,.]\d+)?)\s*điểm|thang\s+điểm\s+(\d{1,3})/iu.exec(p.text);
    if (t && total === null) {
      total = num(t[1] ?? t[2]);
      if (!BONUS.test(p.body.slice(0, 30)) && !PENALTY.test(p.body.slice(0, 30))) continue;
    }
    if (BONUS.test(p.body.slice(0, 40))) {
      const m = maxOf(p.text);
      if (m !== null && bonusMax === null) bonusMax = m;
      continue;
    }
    if (PENALTY.test(p.body.slice(0, 40))) {
      const m = maxOf(p.text);
      if (m !== null && penaltyMax === null) penaltyMax = m;
      continue;
    }
    if (i === start && !pointsOf(p.body)) continue;
    const pts = pointsOf(p.body);
    if (pts === null) continue;
    const depth = p.type === 'num' ? p.id.split('.').length : p.type === 'letter' ? 5 : p.type === 'bullet' ? 6 : p.type === 'plus' ? 7 : p.type === 'roman' ? 0 : 4;
    const rowId = p.type === 'row' ? /^(\d+(?:\.\d+)*)\s*;/.exec(p.body)?.[1] : undefined;
    const text = stripPoints(p.type === 'row' ? p.body.replace(/^\d+(?:\.\d+)*\s*;\s*/, '') : p.body);
    const id = p.id || rowId || String(++seq);
    items.push({ id, text, maxPoints: pts, depth: rowId ? rowId.split('.').length : depth });
  }
  if (!items.length && bonusMax === null && penaltyMax === null) return null;
  // Items are the top level of the rubric; sub-items only detail how a criterion's points are given.
  const top = Math.min(...items.map((x) => x.depth));
  const kept = items.filter((x) => x.depth === top).map(({ id, text, maxPoints }) => ({ id, text, maxPoints }));
  if (total === null && kept.length) total = kept.reduce((a, b) => a + b.maxPoints, 0);
  return { items: kept, bonusMax, penaltyMax, total };
}

const GRADE_NAMES = ['Hoàn thành xuất sắc', 'Hoàn thành tốt', 'Hoàn thành', 'Không hoàn thành'];
const RE_GRADE = /^(?:[-–+•]\s*)?(?:(?:Xếp\s+)?loại\s+)?[“"]?(Hoàn\s+thành\s+xuất\s+sắc|Hoàn\s+thành\s+tốt|Không\s+hoàn\s+thành|Hoàn\s+thành)(?:\s+nhiệm\s+vụ)?[”"]?\s*(?:[:\-–(]|khi|nếu)\s*(.*)$/iu;

/** Grade bands, best first. */
export function readGrades(paras: Para[]): GradeBand[] {
  const out: GradeBand[] = [];
  for (const p of paras) {
    const m = RE_GRADE.exec(p.body);
    if (!m) continue;
    const rest = m[2];
    if (!/điểm/iu.test(rest)) continue;
    const name = GRADE_NAMES.find((g) => g.toLocaleLowerCase('vi') === m[1].toLocaleLowerCase('vi').replace(/\s+/g, ' '))!;
    if (out.some((g) => g.name === name)) continue;
    const min = /(?:từ|đạt|≥|>=|trên|ít\s+nhất)\s*(\d{1,3}(?:[,.]\d+)?)\s*điểm/iu.exec(rest);
    const minScore = min ? num(min[1]) : /dưới|<\s*\d/iu.test(rest) ? 0 : NaN;
    if (Number.isNaN(minScore)) continue;
    const noZero = /không\s+có\s+tiêu\s+chí[^.;]*?(?:0|không)\s+điểm|không\s+có\s+tiêu\s+chí\s+nào\s+(?:bị\s+)?(?:chấm\s+)?(?:0|không)\s+điểm/iu.test(rest);
    out.push({ name, minScore, noZeroCriterion: noZero });
  }
  return out.sort((a, b) => b.minScore - a.minScore);
}
