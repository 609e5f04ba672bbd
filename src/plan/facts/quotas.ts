// Quotas and allocations: "Số lượng khen thưởng: 05 tập thể và 10 cá nhân", "không quá 05 cá
// nhân", "02 trường hợp (tập thể hoặc cá nhân)", "tỷ lệ không quá 10% tập thể, 5% cá nhân",
// "theo số lượng phân bổ" (known later), and numbers per unit or group ("- Ban Chỉ đạo bầu cử của
// tỉnh: Không quá 05 cá nhân;", "Mỗi xã, phường chọn 02 trường hợp", "01 cá nhân/01 ban"), in
// sentences, in the list under a "Số lượng" heading (per award form when the heading names one) or
// in a table (kind rows "Tập thể | 04", or one row per group with "Tập thể" and "Cá nhân" columns).
import type { Allocation, Quota } from '../../core/types';
import type { Block, DocModel, Node, Row, Table } from '../document';
import { allocationClauses, parseAllocationClause, parseQuotaText } from '../../core/quotaText';
import { DOUBTFUL, LIKELY, SURE, fact, rowSource, sourceOf, type Fact } from './fact';
import { bodyOffset, restOf, scopeNodes, titleOf } from './query';
import { CRITERIA_FIELD, FORM_NAME, MOVEMENT_COLUMN, QUOTA_FIELD } from './vocab';
import { formName } from './criteria';

export interface QuotaReading {
  quota: Quota | null;
  note: string | null;
}

export interface FoundQuota {
  fact: Fact<QuotaReading>;
  node: Node;
}

export interface FoundAllocation {
  fact: Fact<Allocation>;
  node: Node;
}

export interface Quotas {
  quotas: FoundQuota[];
  allocations: FoundAllocation[];
  /** Sentences in a quota section with numbers the reader could not read. */
  unread: { line: number; text: string; node: Node }[];
}

const QUOTA_HEAD = /(?:^|[\s,])(?:số\s+lượng|chỉ\s+tiêu|phân\s+bổ|tỷ\s+lệ\s+khen\s+thưởng)(?![\p{L}])/iu;
const COUNT = /\d{1,4}\s*(?:%|\(|tập\s*thể|cá\s*nhân|trường\s*hợp|suất)/iu;
const LATER = /phân\s+bổ|thông\s+báo\s+sau|giao\s+chỉ\s+tiêu/iu;
// Outside a quota section, only a sentence that plainly sets a number of nominations.
const QUOTA_VERB =
  /(?:đề\s+nghị|xét\s+chọn|lựa\s+chọn|bình\s+chọn|chọn|khen\s+thưởng|xét)\s+(?:khen\s+thưởng\s+)?(?:cho\s+)?(?:không\s+quá|tối\s+đa|ít\s+nhất)?\s*\d{1,4}\s*(?:tập\s*thể|cá\s*nhân|trường\s*hợp)/iu;
const NO_QUOTA_HERE = /^(?:mục\s+đích|yêu\s+cầu|căn\s+cứ|tiêu\s+chuẩn|tiêu\s+chí|bảng\s+chấm|thang\s+điểm|xếp\s+loại|hồ\s+sơ|nơi\s+nhận)/iu;

type Context = 'quota' | 'criteria' | 'other' | null;

/** What a node's own title makes of the part under it, or undefined when it says nothing. */
function ownContext(p: Node): Context | undefined {
  if (!p.block || !(p.heading || p.style === 'label' || p.style.startsWith('bullet:')) || p.block.type !== 'para') return undefined;
  const t = titleOf(p.block);
  if (t.length > 140) return undefined;
  if (QUOTA_FIELD.test(t) || (p.heading && QUOTA_HEAD.test(t))) return 'quota';
  if (CRITERIA_FIELD.test(t)) return 'criteria';
  if (p.heading && NO_QUOTA_HERE.test(t)) return 'other';
  return undefined;
}

/** The field this node's nearest titled heading is about: quota, criteria, or neither (memoised per node). */
function context(n: Node, memo: Map<Node, Context>): Context {
  if (!n.block) return null;
  const known = memo.get(n);
  if (known !== undefined) return known;
  const own = ownContext(n);
  const c = own !== undefined ? own : n.parent ? context(n.parent, memo) : null;
  memo.set(n, c);
  return c;
}

function formAbove(n: Node): string | null {
  for (let p: Node | null = n; p && p.block; p = p.parent) {
    if (p.block.type !== 'para') continue;
    const t = titleOf(p.block);
    if (FORM_NAME.test(t)) return formName(t);
  }
  return null;
}

const KIND_CELL = /^(?:tập\s*thể|cá\s*nhân|TT|CN)$/iu;
const NUMBER_CELL = /^\d{1,4}$/;

function columnOf(header: string[], re: RegExp): number {
  return header.findIndex((c) => re.test(c));
}

/** Quotas from a table: rows per kind ("Tập thể | 04 | Giấy khen") or per group with kind columns. */
function readTable(t: Table, node: Node, form: string | null, out: Quotas): void {
  const header = t.headerRows > 0 ? t.rows[t.headerRows - 1].cells : [];
  const body = t.rows.slice(t.headerRows);
  const countCol = columnOf(header, /số\s*lượng|chỉ\s*tiêu/iu);
  const kindRows = body.filter((r) => r.cells.some((c) => KIND_CELL.test(c)));
  if (kindRows.length) {
    const q: Quota = { collective: 0, individual: 0, either: null, percent: null };
    for (const r of kindRows) {
      const kindCell = r.cells.find((c) => KIND_CELL.test(c)) as string;
      const cell = countCol >= 0 && NUMBER_CELL.test(r.cells[countCol] ?? '') ? r.cells[countCol] : r.cells.find((c) => NUMBER_CELL.test(c));
      if (!cell) continue;
      q[/^(?:tập|TT)/iu.test(kindCell) ? 'collective' : 'individual'] = Number(cell);
    }
    const src = { lines: [kindRows[0].line, kindRows[kindRows.length - 1].line] as [number, number], text: kindRows.map((r) => r.cells.filter(Boolean).join(' | ')).join(' / ') };
    out.quotas.push({ fact: fact({ quota: q, note: null }, src, SURE), node });
    return;
  }
  const tt = columnOf(header, /tập\s*thể|^TT$/iu);
  const cn = columnOf(header, /cá\s*nhân|^CN$/iu);
  if (tt < 0 && cn < 0) {
    if (countCol >= 0) readCountColumn(header, body, countCol, form, node, out);
    return;
  }
  const each = header.some((c) => /mỗi|\/\s*(?:01\s+)?đơn\s*vị/iu.test(c));
  for (const r of body) readAllocationRow(r, tt, cn, each, form, node, out);
}

const UNIT_COLUMN = /đơn\s*vị|khối|cụm|cơ\s*quan|địa\s*phương|xã|phường|ban|sở/iu;

/**
 * A column of quota sentences ("05 tập thể, 10 cá nhân"): per movement in a table of movements,
 * per unit or group in a table of units.
 */
function readCountColumn(header: string[], body: Row[], countCol: number, form: string | null, node: Node, out: Quotas): void {
  const movementCol = columnOf(header, MOVEMENT_COLUMN);
  const unitCol = movementCol < 0 ? columnOf(header, UNIT_COLUMN) : -1;
  for (const r of body) {
    const text = r.cells[countCol];
    if (!text) continue;
    const q = parseQuotaText(text);
    if (!q) continue;
    if (movementCol >= 0) out.quotas.push({ fact: fact(q, rowSource(r), SURE), node });
    else if (unitCol >= 0 && q.quota && r.cells[unitCol] && !/^(?:tổng|cộng)/iu.test(r.cells[unitCol])) {
      const a: Allocation = { group: r.cells[unitCol], each: false, collective: q.quota.collective, individual: q.quota.individual, either: q.quota.either, text: r.cells.filter(Boolean).join(' | ') };
      if (form) a.form = form;
      out.allocations.push({ fact: fact(a, rowSource(r), LIKELY), node });
    }
  }
}

function readAllocationRow(r: Row, tt: number, cn: number, each: boolean, form: string | null, node: Node, out: Quotas): void {
  const name = r.cells.find((c, i) => i !== tt && i !== cn && c && !/^\d+[.)]?$|^[IVX]+\.?$/u.test(c));
  if (!name || /^(?:tổng|cộng)/iu.test(name)) return;
  const num = (i: number) => (i >= 0 && NUMBER_CELL.test(r.cells[i] ?? '') ? Number(r.cells[i]) : i >= 0 ? 0 : null);
  const a: Allocation = { group: name, each, collective: num(tt), individual: num(cn), either: null, text: r.cells.filter(Boolean).join(' | ') };
  if (form) a.form = form;
  out.allocations.push({ fact: fact(a, rowSource(r), LIKELY), node });
}

/** A plural group without "mỗi": the numbers may be for the whole group or for each unit — to confirm. */
const PLURAL = /^(?:các|những|toàn\s+bộ)\s/iu;

function readStatement(b: Block, text: string, from: number, node: Node, form: string | null, sure: number, out: Quotas): void {
  let lead: string | null = null;
  let leadFrom = from;
  const before = out.allocations.length;
  for (const clause of allocationClauses(text)) {
    const at = Math.max(from, b.text.indexOf(clause.slice(0, 20), from));
    const a = parseAllocationClause(clause);
    if (a) {
      if (form) a.form = form;
      const conf = !a.each && PLURAL.test(a.group) ? DOUBTFUL : sure;
      out.allocations.push({ fact: fact(a, sourceOf(b, at, at + clause.length), conf), node });
    } else if (lead === null) {
      lead = clause;
      leadFrom = at;
    }
  }
  const hasAllocation = out.allocations.length > before;
  const q = lead !== null ? parseQuotaText(lead) : hasAllocation ? null : parseQuotaText(text);
  if (q && (q.quota || q.note)) {
    const span = lead ?? text;
    out.quotas.push({ fact: fact(q, sourceOf(b, leadFrom, Math.min(b.text.length, leadFrom + span.length)), sure), node });
  } else if (!hasAllocation && COUNT.test(text)) out.unread.push({ line: b.lines[0], text, node });
}

export function readQuotas(doc: DocModel): Quotas {
  const out: Quotas = { quotas: [], allocations: [], unread: [] };
  const memo = new Map<Node, Context>();
  for (const n of scopeNodes(doc)) {
    const b = n.block as Block;
    const ctx = context(n, memo);
    if (b.type === 'table') {
      if (ctx === 'quota' || (b.table && b.table.headerRows && /số\s*lượng|chỉ\s*tiêu/iu.test(b.table.rows[b.table.headerRows - 1].cells.join(' ')))) readTable(b.table as Table, n, formAbove(n), out);
      continue;
    }
    const own = QUOTA_FIELD.test(titleOf(b)) ? restOf(b) : null;
    if (ctx === 'quota') {
      const text = own ?? b.body;
      const from = own !== null ? b.text.length - own.length : bodyOffset(b);
      if (!text || !(COUNT.test(text) || LATER.test(text))) continue;
      readStatement(b, text, from, n, formAbove(n), SURE, out);
    } else if (ctx !== 'criteria' && ctx !== 'other' && /\d/.test(b.body) && QUOTA_VERB.test(b.body)) {
      readStatement(b, b.body, bodyOffset(b), n, formAbove(n), LIKELY, out);
    }
  }
  return out;
}
