// Step 1: the plan. Paste text or pick a .docx, see what was read — each fact with the lines it
// came from, those to confirm marked — correct any of it (header facts, quotas, deadline phrases),
// save it to the "Kế hoạch" sheet (or load the one already there).
import * as React from 'react';
import {
  Button,
  Field,
  Input,
  Textarea,
  Text,
  MessageBar,
  MessageBarBody,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { ErrorBar } from './ErrorBar';
import type { Plan, Settings } from '../core/types';
import { PANE_TEXT } from '../core/text/taskpane';
import { messageOf } from './state';

// The view of a plan loads with the first plan read: the empty step, drawn first, needs none of it;
// the Office.js adapter, with the first load or save of the "Kế hoạch" sheet.
const PlanView = React.lazy(() => import(/* webpackChunkName: "plan-view" */ './PlanView'));

const T = PANE_TEXT.plan;

const useStyles = makeStyles({
  col: { display: 'flex', flexDirection: 'column', gap: '8px' },
  row: { display: 'flex', gap: '6px', flexWrap: 'wrap', alignItems: 'flex-end' },
  small: { width: '80px' },
  note: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  hidden: { display: 'none' },
});

export interface PlanTabProps {
  plan: Plan | null;
  settings: Settings;
  onPlan: (plan: Plan | null) => void;
}

export function PlanTab({ plan, settings, onPlan }: PlanTabProps): React.ReactElement {
  const s = useStyles();
  const [text, setText] = React.useState('');
  const [year, setYear] = React.useState('');
  const [busy, setBusy] = React.useState(false);
  const [error, setError] = React.useState<string | null>(null);
  const [info, setInfo] = React.useState<string | null>(null);
  const fileRef = React.useRef<HTMLInputElement>(null);
  // Facts the secretary corrected since the plan was read (marked "đã sửa").
  const [edited, setEdited] = React.useState<ReadonlySet<string>>(new Set());
  const fresh = (p: Plan | null) => {
    setEdited(new Set());
    onPlan(p);
  };
  const markEdited = (path: string) => setEdited((e) => new Set([...e, path]));

  const yearNum = /^\d{4}$/.test(year.trim()) ? Number(year.trim()) : null;

  const act = async (f: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    setInfo(null);
    try {
      await f();
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };

  const read = (src: string) =>
    act(async () => {
      if (!src.trim()) throw new Error(T.emptyText);
      // Lazy: the plan reader (document model and fact extractors) loads when a plan is first read.
      const { readPlanText } = await import(/* webpackChunkName: "plan" */ '../plan');
      fresh(readPlanText(src, { year: yearNum ?? settings.year }));
    });

  const onFile = (ev: React.ChangeEvent<HTMLInputElement>) => {
    const file = ev.target.files?.[0];
    ev.target.value = '';
    if (!file) return;
    void act(async () => {
      const bytes = new Uint8Array(await file.arrayBuffer());
      // Lazy: the docx reader (mammoth) is large and most users paste text.
      let docText: string;
      try {
        const { docxToText } = await import(/* webpackChunkName: "docx" */ '../plan/docx');
        docText = await docxToText(bytes);
      } catch (e) {
        throw new Error(T.docxFailed(e instanceof Error ? e.message : String(e)));
      }
      setText(docText);
      const { readPlanText } = await import(/* webpackChunkName: "plan" */ '../plan');
      fresh(readPlanText(docText, { year: yearNum ?? settings.year }));
    });
  };

  return (
    <div className={s.col}>
      <Text>{T.intro}</Text>
      <Field label={T.textLabel}>
        <Textarea
          value={text}
          onChange={(_, d) => setText(d.value)}
          placeholder={T.textPlaceholder}
          resize="vertical"
          rows={6}
          data-testid="plan-text"
        />
      </Field>
      <Field label={T.yearLabel} hint={T.yearHint}>
        <Input value={year} onChange={(_, d) => setYear(d.value)} inputMode="numeric" className={s.small} />
      </Field>
      <div className={s.row}>
        <Button appearance="primary" disabled={busy} onClick={() => void read(text)}>
          {T.read}
        </Button>
        <Button disabled={busy} onClick={() => fileRef.current?.click()}>
          {T.chooseDocx}
        </Button>
        <input
          ref={fileRef}
          type="file"
          accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          className={s.hidden}
          onChange={onFile}
          tabIndex={-1}
          aria-hidden="true"
          data-testid="plan-file"
        />
        <Button
          disabled={busy}
          onClick={() =>
            void act(async () => {
              const { readPlanSheet } = await import(/* webpackChunkName: "excel" */ '../excel');
              const r = await readPlanSheet();
              if (!r) setInfo(T.noSaved);
              else {
                fresh(r.warnings.length ? { ...r.plan, warnings: [...(r.plan.warnings ?? []), ...r.warnings.map((w) => ({ line: w.row, message: w.message }))] } : r.plan);
                setInfo(T.loaded);
              }
            })
          }
        >
          {T.loadFromSheet}
        </Button>
      </div>
      {error && (
        <ErrorBar testId="plan-error">{error}</ErrorBar>
      )}
      {info && (
        <MessageBar intent="success">
          <MessageBarBody>{info}</MessageBarBody>
        </MessageBar>
      )}
      {!plan ? (
        <Text className={s.note}>{T.none}</Text>
      ) : (
        <React.Suspense fallback={<Text className={s.note}>{PANE_TEXT.busy}</Text>}>
          <PlanView plan={plan} settings={settings} yearNum={yearNum} edited={edited} onPlan={onPlan} onEdited={markEdited} />
        </React.Suspense>
      )}
      {plan && (
        <Button
          appearance="primary"
          disabled={busy}
          onClick={() =>
            void act(async () => {
              const { writePlanSheet } = await import(/* webpackChunkName: "excel" */ '../excel');
              await writePlanSheet(plan);
              setInfo(T.saved);
            })
          }
        >
          {T.save}
        </Button>
      )}
    </div>
  );
}

