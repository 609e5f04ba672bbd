// Each row's movement in the plan. Rows carry the key of their movement text (the reader keeps each
// distinct text once), so the plan is searched once per distinct text and a row's match is an
// array lookup.
import type { Movement, Plan } from '../types';
import { matchMovement, type MovementMatch } from '../movement';
import type { NominationTable } from '../table';
import { ENGINE_TEXT } from '../text/engine';

/** A row's match, with the movement's index in plan.movements (−1 when none). */
export interface RowMovement extends MovementMatch {
  index: number;
}

export type MovementOfRow = (i: number) => RowMovement;

export function movementOfRow(plan: Plan, t: NominationTable): MovementOfRow {
  const movements = plan.movements ?? [];
  const mvIndex = new Map<Movement, number>(movements.map((m, k) => [m, k]));
  const byText = new Map<string, RowMovement>();
  const matchOf = (cell: string | null): RowMovement => {
    const key = cell ?? '';
    let mm = byText.get(key);
    if (!mm) {
      const m = movements.length === 0 ? { movement: null, message: ENGINE_TEXT.planHasNoMovement } : matchMovement(plan, cell);
      mm = { ...m, index: m.movement ? mvIndex.get(m.movement)! : -1 };
      byText.set(key, mm);
    }
    return mm;
  };
  const byKey: RowMovement[] = [];
  return (i: number): RowMovement => {
    const k = t.movementKey[i];
    if (k < 0) return matchOf(null);
    return (byKey[k] ??= matchOf(t.movementTexts[k]));
  };
}
