// Step 3 and 4: run the bình xét (writes the result band and the summary sheets in one batch),
// show the counts per movement × kind (then per award form, when the list names forms) and buttons
// to open each summary sheet.
import * as React from 'react';
import {
  Button,
  Text,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Field,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { ErrorBar } from './ErrorBar';
import { FORM_TEXT, KIND_LABEL } from '../core/text';
import { PANE_TEXT } from '../core/text/taskpane';
import { activateSheet } from '../excel';
import { messageOf } from './state';
import { WarningList } from './ListTab';
import type { ScoreRunner } from './scoreRunner';

const T = PANE_TEXT.score;

const useStyles = makeStyles({
  col: { display: 'flex', flexDirection: 'column', gap: '8px' },
  table: { tableLayout: 'fixed', width: '100%' },
  num: { textAlign: 'right', paddingRight: '6px', overflowWrap: 'anywhere' },
  // The header cell's label sits in an inner flex button; right-align it over the numbers.
  numHead: { textAlign: 'right', paddingRight: '6px', '& .fui-TableHeaderCell__button': { justifyContent: 'flex-end', textAlign: 'right' } },
  labelRow: { borderBottomStyle: 'none' },
  label: {
    textAlign: 'left',
    fontWeight: tokens.fontWeightSemibold,
    paddingTop: '6px',
    paddingLeft: '4px',
    overflowWrap: 'anywhere',
  },
  sheets: { display: 'flex', flexDirection: 'column', alignItems: 'stretch', gap: '4px' },
});

/** The report step's history part: what the button does, the button, what it did. */
export function HistoryAppendPanel({ runner, canRun }: { runner: ScoreRunner; canRun: boolean }) {
  const R = PANE_TEXT.report;
  const msg = runner.historyMsg;
  return (
    <>
      <Text weight="semibold">{R.historyTitle}</Text>
      <Text>{R.historyIntro}</Text>
      <Button disabled={!canRun || runner.busy} onClick={() => void runner.append()} data-testid="history-append">
        {R.historyAppend}
      </Button>
      {msg && (
        <MessageBar intent={msg.ok ? 'success' : 'error'} data-testid={msg.ok ? 'history-done' : 'run-error'}>
          <MessageBarBody>{msg.text}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}

export function ScoreTab({ runner, canRun }: { runner: ScoreRunner; canRun: boolean }) {
  const s = useStyles();
  const { busy, error, result, run, setError } = runner;
  return (
    <div className={s.col}>
      <Text>{T.intro}</Text>
      {!canRun && (
        <MessageBar intent="info">
          <MessageBarBody>{T.needSheet}</MessageBarBody>
        </MessageBar>
      )}
      <Button appearance="primary" disabled={busy || !canRun} onClick={() => void run()}>
        {T.run}
      </Button>
      {busy && (
        <Field validationMessage={T.running} validationState="none">
          <ProgressBar aria-label={T.running} />
        </Field>
      )}
      {error && (
        <ErrorBar testId="run-error">{error}</ErrorBar>
      )}
      {result && !busy && (
        <div className={s.col} data-testid="score-result">
          <MessageBar intent="success">
            <MessageBarBody>{T.done(result.nominations, result.syncs)}</MessageBarBody>
          </MessageBar>
          {/* Five number columns share the pane's width; the movement's name gets a full-width row
              of its own above its numbers, since a name column beside them would be a few pixels wide at 350 px. */}
          <Table size="extra-small" aria-label={T.table} data-testid="score-table" className={s.table}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell className={s.numHead}>{T.proposed}</TableHeaderCell>
                <TableHeaderCell className={s.numHead}>{T.late}</TableHeaderCell>
                <TableHeaderCell className={s.numHead}>{T.ineligible}</TableHeaderCell>
                <TableHeaderCell className={s.numHead}>{T.review}</TableHeaderCell>
                <TableHeaderCell className={s.numHead}>{T.tie}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            {[...result.rows, ...result.forms].map((r, i) => (
              <TableBody key={i}>
                <TableRow className={s.labelRow}>
                  <th scope="rowgroup" colSpan={5} className={s.label}>
                    {'form' in r
                      ? `${r.movement} · ${r.form ?? FORM_TEXT.noForm} · ${KIND_LABEL[r.kind]}`
                      : `${r.movement}${r.movementName ? `. ${r.movementName}` : ''} · ${KIND_LABEL[r.kind]}`}
                  </th>
                </TableRow>
                <TableRow {...('form' in r ? { 'data-form-movement': r.movement, 'data-form': r.form ?? '' } : { 'data-movement': r.movement })} data-kind={r.kind}>
                  <TableCell className={s.num} data-col="proposed">
                    {`${r.proposed}/${r.quota ?? T.noQuota}`}
                  </TableCell>
                  <TableCell className={s.num} data-col="late">
                    {r.late}
                  </TableCell>
                  <TableCell className={s.num} data-col="ineligible">
                    {r.ineligible}
                  </TableCell>
                  <TableCell className={s.num} data-col="review">
                    {r.review}
                  </TableCell>
                  <TableCell className={s.num} data-col="tie">
                    {r.tie}
                  </TableCell>
                </TableRow>
              </TableBody>
            ))}
          </Table>
          <SheetButtons sheets={result.sheets} onError={setError} />
          <WarningList warnings={result.warnings} onError={setError} />
        </div>
      )}
    </div>
  );
}

export function SheetButtons({ sheets, onError }: { sheets: string[]; onError: (m: string) => void }) {
  const s = useStyles();
  if (!sheets.length) return null;
  return (
    <nav className={s.sheets} aria-label={T.sheets}>
      <Text weight="semibold">{T.sheets}</Text>
      {sheets.map((n) => (
        <Button key={n} onClick={() => activateSheet(n).catch((e: unknown) => onError(messageOf(e)))}>
          {T.open(n)}
        </Button>
      ))}
    </nav>
  );
}
