// The pane's shared state: one plan, one settings object, the inspected sheet and the last run.
// Kept in App and handed to the tabs, so switching tabs never loses work.
import type { Plan, Settings, SheetWarning } from '../core/types';
import type { HeaderDetection } from '../workbook/header';
import { isUserError } from '../core/errors';
import { PANE_TEXT } from '../core/text/taskpane';

export interface Inspection {
  sheet: string;
  header: HeaderDetection | null;
  nominees: number;
  warnings: SheetWarning[];
}

export interface PaneState {
  plan: Plan | null;
  settings: Settings;
  inspection: Inspection | null;
}

/** The Vietnamese message to show for a failure: a UserError as is, anything else wrapped. */
export function messageOf(e: unknown): string {
  if (isUserError(e)) return e.message;
  const msg = e instanceof Error ? e.message : String(e);
  return PANE_TEXT.unexpected(msg);
}
