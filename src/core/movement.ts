// Which movement of the plan a row's movement cell names: its id ("2.4", "2.4.",
// "Phong trào 2.4", "2.4. Thầy thuốc như mẹ hiền") or part of its name.
import type { Movement, Plan } from './types';
import { foldKey, nfc } from './normalize';
import { ENGINE_TEXT } from './text/engine';

export interface MovementMatch {
  movement: Movement | null;
  /** Why no movement was found (the row goes under review), or a note when one was assumed. */
  message: string | null;
}

const ID_RE = /^(?:(?:phong\s+trào|nội\s+dung(?:\s+thi\s+đua)?|chuyên\s+đề|pt|mục)\s*(?:số\s*)?)?(\d+(?:\.\d+)*)\.?(?=$|[\s:)\-–—.])/iu;

const normId = (id: string) => id.trim().replace(/\.+$/, '');

export function matchMovement(plan: Plan, cell: string | null): MovementMatch {
  const movements = plan.movements ?? [];
  const text = cell === null || cell === undefined ? '' : nfc(String(cell));
  if (text === '') {
    if (movements.length === 1) return { movement: movements[0], message: null };
    return { movement: null, message: ENGINE_TEXT.movementMissing };
  }
  const m = ID_RE.exec(text);
  if (m) {
    const id = normId(m[1]);
    const byId = movements.find((mv) => normId(mv.id) === id);
    if (byId) return { movement: byId, message: null };
  }
  const k = foldKey(text);
  if (k) {
    const exact = movements.filter((mv) => foldKey(mv.name) === k);
    if (exact.length === 1) return { movement: exact[0], message: null };
    const hits = movements.filter((mv) => {
      const n = foldKey(mv.name);
      return n.length > 0 && (` ${n} `.includes(` ${k} `) || ` ${k} `.includes(` ${n} `));
    });
    if (hits.length === 1) return { movement: hits[0], message: null };
    if (hits.length > 1) return { movement: null, message: ENGINE_TEXT.movementAmbiguous(text, hits.map((h) => h.id)) };
  }
  if (movements.length === 1) return { movement: movements[0], message: ENGINE_TEXT.movementAssumed(text, movements[0].id) };
  return { movement: null, message: ENGINE_TEXT.movementUnknown(text) };
}
