// Step 1's list of the facts read from the document: each value in a field the secretary can
// correct, with the lines it was read from quoted, and "cần xác nhận" on the ones the reader was
// unsure of. Every text from the document is rendered as React text.
import * as React from 'react';
import { Field, Input, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { FactSource, Plan } from '../core/types';
import { PLAN_FACTS_TEXT } from '../core/text/planFacts';
import { PLAN_TEXT } from '../core/text/plan';
import { KINDS, applyFact, confirm, factRows, sourceLines, type FactRow, type HeaderFact } from './planFacts';
import { messageOf } from './state';

const T = PLAN_FACTS_TEXT;

const useStyles = makeStyles({
  box: {
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: '8px',
    display: 'flex',
    flexDirection: 'column',
    gap: '8px',
  },
  fact: { display: 'flex', flexDirection: 'column', gap: '2px' },
  source: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, overflowWrap: 'anywhere' },
  flag: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase200 },
  edited: { color: tokens.colorPaletteGreenForeground1, fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase200 },
  marks: { display: 'flex', gap: '8px' },
});

/** The lines a fact was read from, quoted; "cần xác nhận" / "đã sửa" beside it. */
export function FactSourceLine({ source, unsure, edited, testId }: { source: FactSource | null; unsure: boolean; edited?: boolean; testId?: string }) {
  const s = useStyles();
  return (
    <div className={s.marks} data-testid={testId}>
      <Text className={s.source}>{source ? `${sourceLines(source)}: «${source.text}»` : T.notFound}</Text>
      {unsure && !edited && <Text className={s.flag}>{T.unsure}</Text>}
      {edited && <Text className={s.edited}>{T.edited}</Text>}
    </div>
  );
}

function FactField({ row, edited, onApply, onConfirm }: { row: FactRow; edited: boolean; onApply: (raw: string) => string | null; onConfirm: () => void }) {
  const s = useStyles();
  const [draft, setDraft] = React.useState(row.value);
  const [error, setError] = React.useState<string | null>(null);
  const apply = (raw: string) => {
    setError(null);
    // The value kept as read, entered again: the secretary confirms it.
    if (raw.trim() === row.value.trim()) return row.unsure ? onConfirm() : undefined;
    setError(onApply(raw));
  };
  const id = `fact-${row.path.replace('.', '-')}`;
  return (
    <div className={s.fact} data-testid={id} role="group" aria-label={row.label}>
      <Field label={row.label} size="small" validationMessage={error ?? undefined}>
        {row.input === 'kind' ? (
          <Select size="small" value={row.value} onChange={(_, d) => apply(d.value)} data-testid={`${id}-input`}>
            <option value="">{T.kindNone}</option>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {PLAN_TEXT.sheet.docKind[k]}
              </option>
            ))}
          </Select>
        ) : (
          <Input
            size="small"
            value={draft}
            placeholder={row.input === 'date' ? T.datePlaceholder : undefined}
            inputMode={row.input === 'year' ? 'numeric' : undefined}
            onChange={(_, d) => setDraft(d.value)}
            onBlur={() => apply(draft)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') apply(draft);
            }}
            data-testid={`${id}-input`}
          />
        )}
      </Field>
      <FactSourceLine source={row.source} unsure={row.unsure} edited={edited} />
    </div>
  );
}

/** The header facts, each editable with its source. */
export function PlanFacts({ plan, edited, onPlan, onEdited }: { plan: Plan; edited: ReadonlySet<string>; onPlan: (p: Plan) => void; onEdited: (path: string) => void }) {
  const s = useStyles();
  const correct = (path: HeaderFact) => (raw: string): string | null => {
    try {
      onPlan(applyFact(plan, path, raw));
      onEdited(path);
      return null;
    } catch (e) {
      return messageOf(e);
    }
  };
  return (
    <div className={s.box} data-testid="plan-facts" role="group" aria-label={T.heading}>
      <Text weight="semibold">{T.heading}</Text>
      <Text className={s.source}>{T.intro}</Text>
      {factRows(plan).map((row) => (
        // A new value (a new reading, a correction) starts the field afresh.
        <FactField key={`${row.path}|${row.value}`} row={row} edited={edited.has(row.path)} onApply={correct(row.path)} onConfirm={() => onPlan(confirm(plan, row.path))} />
      ))}
    </div>
  );
}
