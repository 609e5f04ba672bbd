// The bình xét run and the history append, shared by the score and report steps: its state lives in
// App (so switching tabs keeps the last run), while the code that runs loads only when first asked.
import * as React from 'react';
import type { FormSummaryRow, Plan, Settings, SheetWarning, SummaryRow } from '../core/types';
import { PANE_TEXT } from '../core/text/taskpane';
import { HISTORY_SHEET_NAME, HISTORY_SOURCE_TEXT } from '../core/text/history';
import { messageOf, type Inspection } from './state';

const T = PANE_TEXT.score;

export interface RunResult {
  rows: SummaryRow[];
  /** Per movement × award form × kind; empty when the list names no form. */
  forms: FormSummaryRow[];
  sheets: string[];
  nominations: number;
  syncs: number;
  warnings: SheetWarning[];
}

export function useScoreRunner(plan: Plan | null, settings: Settings, inspection: Inspection | null) {
  const [busy, setBusy] = React.useState(false);
  const [error, setError] = React.useState<string | null>(null);
  const [result, setResult] = React.useState<RunResult | null>(null);
  const run = async () => {
    setBusy(true);
    setError(null);
    try {
      if (!plan || !inspection) throw new Error(T.needSheet);
      const header = inspection.header;
      // The adapter (engine, writers, Office.js batching) loads with the first run, not with the pane.
      const { runScore } = await import(/* webpackChunkName: "excel" */ '../excel');
      const out = await runScore(plan, settings, { sheet: inspection.sheet, header });
      setResult({
        rows: out.result.summary.byMovement,
        forms: out.result.summary.forms,
        sheets: out.writePlan.sheets.map((x: { name: string }) => x.name),
        nominations: out.result.nominations.length,
        syncs: out.syncs ?? 0,
        warnings: out.warnings ?? [],
      });
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };
  /** The report step's "Ghi vào lịch sử": this year's final results appended to the history sheet. */
  const [historyMsg, setHistoryMsg] = React.useState<{ ok: boolean; text: string } | null>(null);
  const append = async () => {
    setBusy(true);
    setHistoryMsg(null);
    try {
      if (!plan || !inspection) throw new Error(T.needSheet);
      const { appendHistory } = await import(/* webpackChunkName: "excel" */ '../excel');
      const out = await appendHistory(plan, settings, { sheet: inspection.sheet, header: inspection.header });
      const h = out.history;
      setHistoryMsg({ ok: true, text: HISTORY_SOURCE_TEXT.appended(h?.appended ?? 0, h?.sheet ?? HISTORY_SHEET_NAME, h?.alreadyThere ?? 0, h?.noForm ?? 0) });
    } catch (e) {
      setHistoryMsg({ ok: false, text: messageOf(e) });
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, result, run, setError, append, historyMsg };
}

export type ScoreRunner = ReturnType<typeof useScoreRunner>;
