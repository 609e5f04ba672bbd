// Every step's error message: a red bar whose long text (a file name, a cell's content) wraps
// anywhere rather than widening the 350 px pane.
import * as React from 'react';
import { MessageBar, MessageBarBody, makeStyles } from '@fluentui/react-components';

const useStyles = makeStyles({ wrap: { overflowWrap: 'anywhere' } });

export function ErrorBar({ testId, children }: { testId: string; children: React.ReactNode }) {
  const s = useStyles();
  return (
    <MessageBar intent="error" data-testid={testId}>
      <MessageBarBody className={s.wrap}>{children}</MessageBarBody>
    </MessageBar>
  );
}
