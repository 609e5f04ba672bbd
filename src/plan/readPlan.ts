import type { Plan } from '../core/types';
import type { ReadPlanOptions } from './index';
import { UserError } from '../core/errors';
import { PLAN_TEXT } from '../core/text/plan';

export function readPlanTextImpl(text: string, opts: ReadPlanOptions): Plan {
  void text; void opts;
  throw new UserError(PLAN_TEXT.notAPlan);
}
