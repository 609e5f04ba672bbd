// Which movement of the plan a row's movement cell names.
import type { Movement, Plan } from './types';

export function matchMovement(plan: Plan, cell: string | null): { movement: Movement | null; message: string | null } {
  void plan; void cell;
  return { movement: null, message: null };
}
