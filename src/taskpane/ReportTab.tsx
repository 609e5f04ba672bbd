// Step 5: the report — the summary sheets made again, this year's results appended to the history,
// and the blank scoring sheet units fill in. Loaded when its tab is first opened.
import * as React from 'react';
import { Button, Text, MessageBar, MessageBarBody, makeStyles } from '@fluentui/react-components';
import { ErrorBar } from './ErrorBar';
import type { Plan } from '../core/types';
import { PANE_TEXT } from '../core/text/taskpane';
import { createScoringSheet } from '../excel';
import { HistoryAppendPanel, SheetButtons } from './ScoreTab';
import type { ScoreRunner } from './scoreRunner';
import { messageOf } from './state';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: '8px' },
});

export function ReportTab({ runner, canRun, plan }: { runner: ScoreRunner; canRun: boolean; plan: Plan | null }): React.ReactElement {
  const s = useStyles();
  const T = PANE_TEXT.report;
  const [sheetBusy, setSheetBusy] = React.useState(false);
  const [sheetMsg, setSheetMsg] = React.useState<{ ok: boolean; text: string } | null>(null);
  const hasRubric = !!plan?.rubric && plan.rubric.items.length > 0;
  const makeScoringSheet = async () => {
    if (!plan) return;
    setSheetBusy(true);
    setSheetMsg(null);
    try {
      const name = await createScoringSheet(plan);
      setSheetMsg({ ok: true, text: T.scoringDone(name) });
    } catch (e) {
      setSheetMsg({ ok: false, text: messageOf(e) });
    } finally {
      setSheetBusy(false);
    }
  };
  return (
    <div className={s.panel}>
      <Text>{T.intro}</Text>
      {!canRun && (
        <MessageBar intent="info">
          <MessageBarBody>{T.needScore}</MessageBarBody>
        </MessageBar>
      )}
      <Button appearance="primary" disabled={!canRun || runner.busy} onClick={() => void runner.run()}>
        {T.regenerate}
      </Button>
      {runner.error && (
        <ErrorBar testId="run-error">{runner.error}</ErrorBar>
      )}
      {runner.result && !runner.busy && (
        <>
          <Text data-testid="report-done">{T.done(runner.result.sheets.length)}</Text>
          <SheetButtons sheets={runner.result.sheets} onError={runner.setError} />
        </>
      )}
      <HistoryAppendPanel runner={runner} canRun={canRun} />
      {/* The blank sheet units fill in with their self-assessed points; it needs only the plan's rubric. */}
      <Text weight="semibold">{T.scoringTitle}</Text>
      <Text>{hasRubric ? T.scoringIntro : T.scoringNoRubric}</Text>
      <Button disabled={!hasRubric || sheetBusy} onClick={() => void makeScoringSheet()}>
        {T.scoringSheet}
      </Button>
      {sheetMsg && (
        <MessageBar intent={sheetMsg.ok ? 'success' : 'error'} data-testid={sheetMsg.ok ? 'scoring-done' : 'run-error'}>
          <MessageBarBody>{sheetMsg.text}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
