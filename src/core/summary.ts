// Counts for the summary sheets: per movement × kind, per unit, per allocation group, per grade.
import type { NominationResult, Plan, Settings, Summary } from './types';

export function summarise(plan: Plan, results: NominationResult[], settings: Settings): Summary {
  void plan; void results; void settings;
  return {
    byMovement: [], byUnit: [], byGroup: [], grades: {},
    totals: { nominated: 0, selected: 0, over_quota: 0, tie: 0, ineligible: 0, late: 0, review: 0 },
  };
}
