// Step "Gộp danh sách đơn vị": the secretary picks the units' files (several at once), sees what
// each gave — the list found, its rows, the columns merged and not, the unit that sent it, the
// received date and where it came from, the problems — and writes "Tổng hợp", "Đơn vị gửi" and "Cần
// kiểm tra". The readers load only when files are picked (intakeRun.ts), so the pane's first load
// does not pay for them; nothing leaves the machine. File and cell texts are React text, never markup.
import * as React from 'react';
import { Button, Field, MessageBar, MessageBarBody, ProgressBar, Text, makeStyles, tokens } from '@fluentui/react-components';
import { ErrorBar } from './ErrorBar';
import type { Plan } from '../core/types';
import { INTAKE_PANE as T } from '../core/text/intakePane';
import { messageOf } from './state';
import type { IntakePreview } from './intakeRun';

const useStyles = makeStyles({
  col: { display: 'flex', flexDirection: 'column', gap: '8px' },
  wrap: { overflowWrap: 'anywhere' },
  file: { borderLeft: `3px solid ${tokens.colorBrandStroke1}`, paddingLeft: '6px', display: 'flex', flexDirection: 'column', gap: '2px', overflowWrap: 'anywhere' },
  list: { margin: 0, paddingLeft: '18px', overflowWrap: 'anywhere' },
});

const loadRun = () => import(/* webpackChunkName: "intake" */ './intakeRun');

function Items({ title, items, id }: { title: string; items: string[]; id: string }): React.ReactElement | null {
  const s = useStyles();
  if (!items.length) return null;
  return (
    <>
      <Text size={200} weight="semibold">
        {title}
      </Text>
      <ul className={s.list} data-testid={id}>
        {items.map((t, i) => (
          <li key={i}>
            <Text size={200}>{t}</Text>
          </li>
        ))}
      </ul>
    </>
  );
}

export function IntakeTab({ plan }: { plan: Plan | null }): React.ReactElement {
  const s = useStyles();
  const [busy, setBusy] = React.useState<string | null>(null);
  const [error, setError] = React.useState<string | null>(null);
  const [preview, setPreview] = React.useState<IntakePreview | null>(null);
  const [done, setDone] = React.useState<string | null>(null);
  const input = React.useRef<HTMLInputElement>(null);

  const act = async (label: string, f: () => Promise<void>) => {
    setBusy(label);
    setError(null);
    try {
      await f();
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(null);
    }
  };

  const pick = (list: FileList | null) => {
    const files = list ? Array.from(list) : [];
    if (!plan || !files.length) return;
    void act(T.reading, async () => {
      setDone(null);
      setPreview(null);
      const { previewIntake } = await loadRun();
      setPreview(await previewIntake(files, plan));
    });
    // The same files may be picked again after they were fixed.
    if (input.current) input.current.value = '';
  };

  const write = () =>
    act(T.writing, async () => {
      if (!preview) return;
      const { writeIntake } = await loadRun();
      setDone(await writeIntake(preview));
    });

  return (
    <div className={s.col}>
      <Text>{T.intro}</Text>
      {!plan && (
        <MessageBar intent="info">
          <MessageBarBody>{T.needPlan}</MessageBarBody>
        </MessageBar>
      )}
      {/* The browser's own file button speaks the browser's language: a Vietnamese button opens it. */}
      <input ref={input} type="file" multiple accept=".xlsx,.xlsm,.csv,.docx" hidden data-testid="intake-input" onChange={(e) => pick(e.currentTarget.files)} />
      <Button appearance="primary" disabled={!plan || busy !== null} onClick={() => input.current?.click()}>
        {T.pick}
      </Button>
      {busy && (
        <Field validationMessage={busy} validationState="none">
          <ProgressBar aria-label={busy} />
        </Field>
      )}
      {error && (
        <ErrorBar testId="intake-error">{error}</ErrorBar>
      )}
      {preview && (
        <div className={s.col} data-testid="intake-preview">
          {[...preview.units, ...preview.summary].map((t, i) => (
            <Text key={i} className={s.wrap} data-testid={i >= preview.units.length ? 'intake-summary' : undefined}>
              {t}
            </Text>
          ))}
          {preview.files.map((f) => (
            <section key={f.file} className={s.file} data-testid="intake-file" data-file={f.file}>
              <Text weight="semibold">{f.file}</Text>
              {f.lines.map((t, i) => (
                <Text key={i} size={200}>
                  {t}
                </Text>
              ))}
              {f.mapped.length > 0 && (
                <Text size={200} data-testid="intake-mapped">
                  <Text size={200} weight="semibold">
                    {T.mapped}:
                  </Text>{' '}
                  {f.mapped.join('; ')}
                </Text>
              )}
              <Items title={T.unmapped} items={f.unmapped} id="intake-unmapped" />
              <Items title={T.problems} items={f.problems} id="intake-problems" />
            </section>
          ))}
          <Button appearance="primary" disabled={busy !== null} onClick={() => void write()}>
            {T.write}
          </Button>
          <Button disabled={busy !== null} onClick={() => setPreview(null)}>
            {T.clear}
          </Button>
        </div>
      )}
      {done && (
        <MessageBar intent="success" data-testid="intake-done">
          <MessageBarBody className={s.wrap}>{done}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
