// Step 1's view of a plan that was read: the facts with their sources, each movement's quota,
// criteria and deadlines, the plan-wide deadlines, the forms and council named, and the warnings —
// every value correctable. Loaded with the first plan (React.lazy in PlanTab): the empty step needs none of it.
import * as React from 'react';
import { Button, Field, Input, Text, MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import type { Deadline, FactSource, Movement, Plan, Quota, Settings } from '../core/types';
import { PANE_TEXT } from '../core/text/taskpane';
import { PLAN_FACTS_TEXT } from '../core/text/planFacts';
import { FactSourceLine, PlanFacts } from './PlanFacts';
import { confirm, isUnsure, sourceOf } from './planFacts';
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
});

export interface PlanViewProps {
  plan: Plan;
  settings: Settings;
  yearNum: number | null;
  edited: ReadonlySet<string>;
  onPlan: (p: Plan) => void;
  onEdited: (path: string) => void;
}

export default function PlanView({ plan, settings, yearNum, edited, onPlan, onEdited }: PlanViewProps) {
  const s = useStyles();
  const calendar = React.useMemo(() => makeCalendar(settings.calendar), [settings.calendar]);
  const year = yearNum ?? settings.year ?? plan.year;
  // A corrected movement: what the secretary set is no longer to confirm.
  const onMovement = (i: number, m: Movement, path: string) => {
    const movements = plan.movements.slice();
    movements[i] = m;
    onPlan(confirm({ ...plan, movements }, path));
    onEdited(path);
  };
  const setGeneral = (i: number, d: Deadline) => {
    const deadlines = plan.deadlines.slice();
    deadlines[i] = d;
    onPlan(confirm({ ...plan, deadlines }, 'deadlines'));
    onEdited(`deadlines.${i}`);
  };
  return (
    <div className={s.col} data-testid="plan-view">
      {plan.title && (
        <Text weight="semibold" className={s.wrap}>
          {plan.title}
        </Text>
      )}
      {plan.issuer && <Text className={s.note}>{`${T.issuer}: ${plan.issuer}`}</Text>}
      <PlanFacts plan={plan} edited={edited} onPlan={onPlan} onEdited={onEdited} />
      <Text>{plan.movements.length ? T.movements(plan.movements.length) : T.noMovements}</Text>
      {plan.movements.map((m, i) => (
        <MovementCard
          key={`${m.id}-${i}`}
          index={i}
          plan={plan}
          edited={edited}
          movement={m}
          year={year}
          settings={settings}
          calendar={calendar}
          onChange={(nm, path) => onMovement(i, nm, path)}
        />
      ))}
      {plan.deadlines.length > 0 && (
        <div className={s.movement} role="group" aria-label={T.generalDeadlines} data-testid="general-deadlines">
          <Text weight="semibold">{T.generalDeadlines}</Text>
          {plan.deadlines.map((d, i) => (
            <div key={`${i}|${d.text}`} className={s.col} data-testid={`deadline-${i}`}>
              <DeadlineView deadline={d} calendar={calendar} source={sourceOf(plan, `deadlines.${i}`)} unsure={isUnsure(plan, `deadlines.${i}`)} edited={edited.has(`deadlines.${i}`)} />
              <PhraseEditor initial={d.text} year={year} settings={settings} label={PLAN_FACTS_TEXT.generalPhrase} testId={`deadline-${i}-phrase`} onDeadline={(nd) => setGeneral(i, nd)} />
            </div>
          ))}
        </div>
      )}
      <ReadOnlyFacts plan={plan} />
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

/** The forms and the council the document names, with their lines: the reading keeps them, the sheet does not. */
function ReadOnlyFacts({ plan }: { plan: Plan }) {
  const s = useStyles();
  const forms = plan.forms ?? [];
  if (!forms.length && !plan.council) return null;
  return (
    <div className={s.movement} role="group" aria-label={PLAN_FACTS_TEXT.forms} data-testid="plan-named">
      {forms.length > 0 && <Text weight="semibold">{PLAN_FACTS_TEXT.forms}</Text>}
      {forms.map((f, i) => (
        <div key={`${i}|${f.name}`}>
          <Text className={s.wrap}>{f.name}</Text>
          <FactSourceLine source={sourceOf(plan, `forms.${i}`)} unsure={isUnsure(plan, `forms.${i}`)} />
        </div>
      ))}
      {plan.council && (
        <div>
          <Text weight="semibold">{`${PLAN_FACTS_TEXT.council}: `}</Text>
          <Text className={s.wrap}>{plan.council.name}</Text>
          <FactSourceLine source={sourceOf(plan, 'council')} unsure={isUnsure(plan, 'council')} />
        </div>
      )}
    </div>
  );
}

/** A deadline phrase to correct, resolved again by the engine's own rule. */
function PhraseEditor({ initial, year, settings, label, testId, onDeadline }: { initial: string; year: number | null; settings: Settings; label: string; testId: string; onDeadline: (d: Deadline) => void }) {
  const [phrase, setPhrase] = React.useState(initial);
  const [error, setError] = React.useState<string | null>(null);
  const apply = () => {
    setError(null);
    try {
      onDeadline(resolvePhrase(phrase, year, settings));
    } catch (e) {
      setError(messageOf(e));
    }
  };
  return (
    <>
      <Field label={label} size="small" validationMessage={error ?? undefined}>
        <Input size="small" value={phrase} onChange={(_, d) => setPhrase(d.value)} data-testid={testId} />
      </Field>
      <Button size="small" onClick={apply}>
        {T.deadlineApply}
      </Button>
    </>
  );
}

function MovementCard({
  index,
  plan,
  edited,
  movement: m,
  year,
  settings,
  calendar,
  onChange,
}: {
  index: number;
  plan: Plan;
  edited: ReadonlySet<string>;
  movement: Movement;
  year: number | null;
  settings: Settings;
  calendar: Calendar;
  onChange: (m: Movement, path: string) => void;
}) {
  const s = useStyles();
  const [showCriteria, setShowCriteria] = React.useState(false);
  const q = m.quota;
  const idBase = `mv-${m.id.replace(/[^\w]/g, '_')}`;
  const path = `movements.${index}`;

  const setQuota = (key: 'collective' | 'individual' | 'either', raw: string) => {
    const v = parseCount(raw);
    if (v === undefined) return; // ignore non-digits; the input keeps the last valid value
    const base: Quota = q ?? { collective: null, individual: null, either: null, percent: null };
    onChange({ ...m, quota: { ...base, [key]: v } }, `${path}.quota`);
  };

  return (
    <section className={s.movement} aria-label={`${m.id} ${m.name}`} data-testid={idBase}>
      <Text weight="semibold" className={s.wrap}>
        {`${m.id}. ${m.name}`}
      </Text>
      {sourceOf(plan, path) && <FactSourceLine source={sourceOf(plan, path)} unsure={isUnsure(plan, path)} />}
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
      {(sourceOf(plan, `${path}.quota`) || isUnsure(plan, `${path}.quota`)) && (
        <FactSourceLine source={sourceOf(plan, `${path}.quota`)} unsure={isUnsure(plan, `${path}.quota`)} edited={edited.has(`${path}.quota`)} testId={`${idBase}-quota-source`} />
      )}
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
        <DeadlineView
          key={i}
          deadline={d}
          calendar={calendar}
          source={sourceOf(plan, `${path}.deadlines.${i}`)}
          unsure={isUnsure(plan, `${path}.deadlines.${i}`)}
          edited={edited.has(`${path}.deadlines`)}
        />
      ))}
      <PhraseEditor
        key={m.deadlines[0]?.text ?? ''}
        initial={m.deadlines[0]?.text ?? ''}
        year={year}
        settings={settings}
        label={T.deadlinePhrase}
        testId={`${idBase}-phrase`}
        onDeadline={(d) => onChange({ ...m, deadlines: [d, ...m.deadlines.slice(1)] }, `${path}.deadlines`)}
      />
    </section>
  );
}

export function DeadlineView({
  deadline: d,
  calendar,
  source = null,
  unsure = false,
  edited = false,
}: {
  deadline: Deadline;
  calendar: Calendar;
  source?: FactSource | null;
  unsure?: boolean;
  edited?: boolean;
}) {
  const s = useStyles();
  return (
    <div className={s.col}>
      <Text className={s.wrap}>{`“${d.text}”`}</Text>
      {(source || unsure || edited) && <FactSourceLine source={source} unsure={unsure} edited={edited} />}
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
