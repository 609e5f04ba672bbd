// Step 1: the plan. Paste text or pick a .docx, see what was read, correct quotas and deadline
// phrases per movement, save it to the "Kế hoạch" sheet (or load the one already there).
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
import type { Deadline, Movement, Plan, Quota, Settings } from '../core/types';
import { PANE_TEXT } from '../core/text/taskpane';
import { readPlanSheet, writePlanSheet } from '../excel';
import { describeIso, parseCount } from './format';
import { resolvePhrase, dayOffName } from './deadlineEdit';
import { makeCalendar, type Calendar } from '../core/calendar';
import { messageOf } from './state';

const T = PANE_TEXT.plan;

const useStyles = makeStyles({
  col: { display: 'flex', flexDirection: 'column', gap: '8px' },
  row: { display: 'flex', gap: '6px', flexWrap: 'wrap', alignItems: 'flex-end' },
  movement: {
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: '8px',
    display: 'flex',
    flexDirection: 'column',
    gap: '6px',
  },
  small: { width: '80px' },
  note: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  dayOff: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  wrap: { overflowWrap: 'anywhere' },
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
      onPlan(readPlanText(src, { year: yearNum ?? settings.year }));
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
      onPlan(readPlanText(docText, { year: yearNum ?? settings.year }));
    });
  };

  const updateMovement = (i: number, m: Movement) => {
    if (!plan) return;
    const movements = plan.movements.slice();
    movements[i] = m;
    onPlan({ ...plan, movements });
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
              const r = await readPlanSheet();
              if (!r) setInfo(T.noSaved);
              else {
                onPlan(r.warnings.length ? { ...r.plan, warnings: [...(r.plan.warnings ?? []), ...r.warnings.map((w) => ({ line: w.row, message: w.message }))] } : r.plan);
                setInfo(T.loaded);
              }
            })
          }
        >
          {T.loadFromSheet}
        </Button>
      </div>
      {error && (
        <MessageBar intent="error" data-testid="plan-error">
          <MessageBarBody className={s.wrap}>{error}</MessageBarBody>
        </MessageBar>
      )}
      {info && (
        <MessageBar intent="success">
          <MessageBarBody>{info}</MessageBarBody>
        </MessageBar>
      )}
      {!plan ? (
        <Text className={s.note}>{T.none}</Text>
      ) : (
        <PlanView plan={plan} settings={settings} yearNum={yearNum} onMovement={updateMovement} />
      )}
      {plan && (
        <Button
          appearance="primary"
          disabled={busy}
          onClick={() =>
            void act(async () => {
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

function PlanView({
  plan,
  settings,
  yearNum,
  onMovement,
}: {
  plan: Plan;
  settings: Settings;
  yearNum: number | null;
  onMovement: (i: number, m: Movement) => void;
}) {
  const s = useStyles();
  const calendar = React.useMemo(() => makeCalendar(settings.calendar), [settings.calendar]);
  return (
    <div className={s.col} data-testid="plan-view">
      {plan.title && (
        <Text weight="semibold" className={s.wrap}>
          {plan.title}
        </Text>
      )}
      {plan.issuer && <Text className={s.note}>{`${T.issuer}: ${plan.issuer}`}</Text>}
      <Text>{plan.movements.length ? T.movements(plan.movements.length) : T.noMovements}</Text>
      {plan.movements.map((m, i) => (
        <MovementCard
          key={`${m.id}-${i}`}
          movement={m}
          year={yearNum ?? settings.year ?? plan.year}
          settings={settings}
          calendar={calendar}
          onChange={(nm) => onMovement(i, nm)}
        />
      ))}
      {plan.deadlines.length > 0 && (
        <div className={s.movement}>
          <Text weight="semibold">{T.generalDeadlines}</Text>
          {plan.deadlines.map((d, i) => (
            <DeadlineView key={i} deadline={d} calendar={calendar} />
          ))}
        </div>
      )}
      {plan.allocations.length > 0 && <Text className={s.note}>{T.allocations(plan.allocations.length)}</Text>}
      {plan.rubric && <Text className={s.note}>{T.rubric(plan.rubric.items.length, plan.rubric.total)}</Text>}
      {plan.warnings && plan.warnings.length > 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>
            <div>{T.warnings}</div>
            <ul>
              {plan.warnings.map((w, i) => (
                <li key={i} className={s.wrap}>
                  {T.warningLine(w.line, w.message)}
                </li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}

function MovementCard({
  movement: m,
  year,
  settings,
  calendar,
  onChange,
}: {
  movement: Movement;
  year: number | null;
  settings: Settings;
  calendar: Calendar;
  onChange: (m: Movement) => void;
}) {
  const s = useStyles();
  const [phrase, setPhrase] = React.useState(m.deadlines[0]?.text ?? '');
  const [phraseError, setPhraseError] = React.useState<string | null>(null);
  const [showCriteria, setShowCriteria] = React.useState(false);
  const q = m.quota;
  const idBase = `mv-${m.id.replace(/[^\w]/g, '_')}`;

  const setQuota = (key: 'collective' | 'individual' | 'either', raw: string) => {
    const v = parseCount(raw);
    if (v === undefined) return; // ignore non-digits; the input keeps the last valid value
    const base: Quota = q ?? { collective: null, individual: null, either: null, percent: null };
    onChange({ ...m, quota: { ...base, [key]: v } });
  };

  const applyPhrase = () => {
    setPhraseError(null);
    try {
      const d: Deadline = resolvePhrase(phrase, year, settings);
      onChange({ ...m, deadlines: [d, ...m.deadlines.slice(1)] });
    } catch (e) {
      setPhraseError(messageOf(e));
    }
  };

  return (
    <section className={s.movement} aria-label={`${m.id} ${m.name}`} data-testid={idBase}>
      <Text weight="semibold" className={s.wrap}>
        {`${m.id}. ${m.name}`}
      </Text>
      <Text size={200}>{T.quota}</Text>
      <div className={s.row}>
        {(['collective', 'individual', 'either'] as const).map((k) => (
          <Field
            key={k}
            label={k === 'collective' ? T.quotaCollective : k === 'individual' ? T.quotaIndividual : T.quotaEither}
            size="small"
          >
            <Input
              size="small"
              className={s.small}
              inputMode="numeric"
              value={q?.[k] == null ? '' : String(q[k])}
              onChange={(_, d) => setQuota(k, d.value)}
              data-testid={`${idBase}-quota-${k}`}
            />
          </Field>
        ))}
      </div>
      {q?.percent && <Text className={s.note}>{T.quotaPercent(q.percent.collective, q.percent.individual)}</Text>}
      {!q && <Text className={s.note}>{T.quotaUnknown}</Text>}
      {m.quotaNote && <Text className={`${s.note} ${s.wrap}`}>{m.quotaNote}</Text>}
      <Button appearance="subtle" size="small" onClick={() => setShowCriteria((v) => !v)} aria-expanded={showCriteria}>
        {T.criteria(m.criteria.collective.length, m.criteria.individual.length)}
      </Button>
      {showCriteria && (
        <ol className={s.wrap}>
          {m.criteria.collective.map((c, i) => (
            <li key={`c${i}`}>{`${T.quotaCollective}: ${c}`}</li>
          ))}
          {m.criteria.individual.map((c, i) => (
            <li key={`i${i}`}>{`${T.quotaIndividual}: ${c}`}</li>
          ))}
        </ol>
      )}
      <Text size={200}>{T.deadline}</Text>
      {m.deadlines.length === 0 && <Text className={s.note}>{T.noDeadline}</Text>}
      {m.deadlines.map((d, i) => (
        <DeadlineView key={i} deadline={d} calendar={calendar} />
      ))}
      <Field label={T.deadlinePhrase} size="small" validationMessage={phraseError ?? undefined}>
        <Input size="small" value={phrase} onChange={(_, d) => setPhrase(d.value)} data-testid={`${idBase}-phrase`} />
      </Field>
      <Button size="small" onClick={applyPhrase}>
        {T.deadlineApply}
      </Button>
    </section>
  );
}

export function DeadlineView({ deadline: d, calendar }: { deadline: Deadline; calendar: Calendar }) {
  const s = useStyles();
  return (
    <div className={s.col}>
      <Text className={s.wrap}>{`“${d.text}”`}</Text>
      {d.dates.slice(0, 4).map((x, i) => {
        const due = describeIso(x.due);
        const last = describeIso(x.lastOnTime);
        return (
          <div key={i}>
            {due && <div>{T.dueLine(due.weekday, due.date)}</div>}
            {last && (
              <div>
                {T.lastOnTimeLine(last.weekday, last.date)}
                {offName(calendar, x.lastOnTime) && (
                  <span className={s.dayOff}>{` (${T.dayOff}: ${offName(calendar, x.lastOnTime)})`}</span>
                )}
              </div>
            )}
          </div>
        );
      })}
      {(d.notes ?? []).map((n, i) => (
        <Text key={i} className={`${s.note} ${s.wrap}`}>
          {n}
        </Text>
      ))}
    </div>
  );
}

function offName(cal: Calendar, iso: string | null): string | null {
  return iso ? dayOffName(cal, iso) : null;
}
