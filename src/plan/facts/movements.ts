// Movements (phong trào, nội dung thi đua, chuyên đề): sibling headings that each carry their own
// fields — a quota ("Số lượng xét khen thưởng: …") or a time of review ("Thời điểm xét khen
// thưởng: …"). A list of contents without fields ("1. Thi đua thực hiện …", "a) …") is what the
// movement is about, not several movements; nor are criteria per kind, award forms or sections
// such as "Mục đích". A plan with fewer than two such headings has one movement: the plan itself.
import type { Block, DocModel, Node, Row } from '../document';
import { SURE, fact, rowSource, sourceOf, type Fact } from './fact';
import { restOf, scopeNodes, titleOf } from './query';
import { CRITERIA_FIELD, FORM_NAME, KIND_LABEL, MOVEMENT_COLUMN, NOT_MOVEMENT, QUOTA_FIELD, TIME_FIELD } from './vocab';

export interface MovementHead {
  id: string;
  name: Fact<string>;
  node: Node;
  /** The table row that names the movement, for movements listed in a table. */
  row?: Row;
}

// A table of movements: a column naming them (MOVEMENT_COLUMN) and a column of their fields.
const FIELD_COLUMN = /số\s*lượng|chỉ\s*tiêu|thời\s*điểm|thời\s*gian\s*xét|thời\s*hạn|khen\s*thưởng/iu;

/** Movements listed as the rows of a table ("STT | Chuyên đề thi đua | Đơn vị chủ trì | Số lượng | Thời điểm xét"). */
function tableMovements(nodes: Node[]): MovementHead[] {
  for (const n of nodes) {
    const t = n.block?.table;
    if (!t || !t.headerRows) continue;
    const header = t.rows[t.headerRows - 1].cells;
    const col = header.findIndex((c) => MOVEMENT_COLUMN.test(c));
    if (col < 0 || !header.some((c, i) => i !== col && FIELD_COLUMN.test(c))) continue;
    const rows = t.rows.slice(t.headerRows).filter((r) => r.cells[col] && !/^(?:tổng|cộng)/iu.test(r.cells[col]));
    if (rows.length < 2) continue;
    return rows.map((r, k) => ({
      id: /^\d+(?:\.\d+)*\.?$/.test(r.cells[0] ?? '') ? r.cells[0].replace(/\.$/, '') : String(k + 1),
      name: fact(r.cells[col], rowSource(r), SURE),
      node: n,
      row: r,
    }));
  }
  return [];
}

const INLINE_QUOTA = /số\s+lượng[^.;:]{0,40}:?\s*(?:không\s+quá\s+|tối\s+đa\s+)?\d{1,4}\s*(?:tập\s+thể|cá\s+nhân|trường\s+hợp)/iu;

/** A heading that carries a movement's own fields. */
function hasFields(n: Node): boolean {
  const own = n.block as Block;
  if (INLINE_QUOTA.test(own.body)) return true;
  for (const c of n.children) {
    const b = c.block;
    if (!b || b.type !== 'para') continue;
    const t = titleOf(b);
    const filled = restOf(b) !== '' || c.children.length > 0;
    if (filled && (QUOTA_FIELD.test(t) || TIME_FIELD.test(t))) return true;
  }
  return false;
}

function movementLike(n: Node): boolean {
  const b = n.block;
  if (!b || b.type !== 'para' || !n.heading) return false;
  const t = titleOf(b);
  return t.length > 0 && !NOT_MOVEMENT.test(t) && !KIND_LABEL.test(t) && !FORM_NAME.test(t) && !QUOTA_FIELD.test(t) && !TIME_FIELD.test(t) && !CRITERIA_FIELD.test(t);
}

/** Inside a section that is itself a field (a quota or criteria section): no movement there. */
function inFieldSection(n: Node): boolean {
  for (let p = n.parent; p && p.block; p = p.parent) {
    const t = titleOf(p.block);
    if (QUOTA_FIELD.test(t) || CRITERIA_FIELD.test(t) || TIME_FIELD.test(t) || FORM_NAME.test(t)) return true;
  }
  return false;
}

export function readMovements(doc: DocModel): MovementHead[] {
  const nodes = scopeNodes(doc);
  const found = nodes.filter((n) => movementLike(n) && hasFields(n) && !inFieldSection(n));
  const outer = found.filter((n) => !found.some((o) => o !== n && o.order < n.order && n.order < o.end));
  if (outer.length < 2) return tableMovements(nodes);
  const chosen = new Set(outer);
  // Siblings in the same numbering that carry no field of their own ("2.12. Đổi mới … khối thi đua").
  for (const m of outer) {
    for (const s of m.parent?.children ?? []) {
      if (chosen.has(s) || s.style !== m.style || !movementLike(s)) continue;
      if (outer.some((o) => s.order < o.order && o.order < s.end)) continue; // a container of movements
      chosen.add(s);
    }
  }
  return [...chosen]
    .sort((a, b) => a.order - b.order)
    .map((n) => {
      const b = n.block as Block;
      const t = titleOf(b);
      const at = b.text.indexOf(t);
      return { id: b.id, name: fact(t, sourceOf(b, Math.max(0, at), Math.max(0, at) + t.length), SURE), node: n };
    });
}
