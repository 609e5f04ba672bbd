// The plan file a command is given (`score --plan`, `phieu`, `demo`), read through the plan reader.
import * as fs from 'fs';
import * as path from 'path';
import type { Plan } from '../core/types';
import { UserError } from '../core/errors';
import { SCORE_TEXT } from '../core/text/workbook';
import { readPlanFile } from '../plan/index';

/** Reads the plan (.txt/.md/.docx/.json) through the plan reader; UserError when unreadable. */
export async function loadPlan(file: string, year: number | null, shiftDaysOff = false): Promise<Plan> {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch {
    throw new UserError(SCORE_TEXT.cannotReadPlan(file));
  }
  return readPlanFile(new Uint8Array(bytes), path.basename(file), { year, shiftDaysOff });
}
