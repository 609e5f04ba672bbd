// Step 2: the nominations sheet. Pick it (default: the active one), see the detected header row
// and the column → field mapping (correctable), the number of nominees and every warning, each with
// a button that selects its cell so the secretary can fix it in place.
import * as React from 'react';
import {
  Button,
  Field,
  Select,
  Text,
  MessageBar,
  MessageBarBody,
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
import type { Plan, SheetWarning } from '../core/types';
import type { ColumnMap, Field as ColField, HeaderDetection } from '../workbook/header';
import { PANE_TEXT } from '../core/text/taskpane';
import { inspectSheet, listSheets, selectCell } from '../excel';
import { messageOf, type Inspection } from './state';

const T = PANE_TEXT.list;

const FIELDS: ColField[] = [
  'stt',
  'name',
  'position',
  'unit',
  'kind',
  'movement',
  'received',
  'criterion',
  'points',
  'bonus',
  'penalty',
  'score',
  'vote',
  'group',
  'form',
  'notes',
];

const useStyles = makeStyles({
  col: { display: 'flex', flexDirection: 'column', gap: '8px' },
  row: { display: 'flex', gap: '6px', alignItems: 'flex-end', flexWrap: 'wrap' },
  grow: { flexGrow: 1, minWidth: '0' },
  wrap: { overflowWrap: 'anywhere' },
  narrow: { width: '44px' },
  warnList: { listStyleType: 'none', paddingLeft: '0', margin: '0', display: 'flex', flexDirection: 'column', gap: '4px' },
  warnItem: {
    borderLeft: `3px solid ${tokens.colorPaletteDarkOrangeBorder2}`,
    paddingLeft: '6px',
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
  },
});

/** Criterion and points columns are numbered in sheet order after any correction. */
export function renumber(columns: ColumnMap[]): ColumnMap[] {
  let c = 0;
  let p = 0;
  return columns.map((col) => {
    if (col.field === 'criterion') return { ...col, index: ++c };
    if (col.field === 'points') return { ...col, index: ++p };
    const { index: _drop, ...rest } = col;
    return rest;
  });
}

export function warningCell(w: SheetWarning): string | null {
  if (w.row == null) return null;
  return `${w.column ?? 'A'}${w.row}`;
}

export interface ListTabProps {
  plan: Plan | null;
  inspection: Inspection | null;
  onInspection: (i: Inspection | null) => void;
}

export function ListTab({ plan, inspection, onInspection }: ListTabProps): React.ReactElement {
  const s = useStyles();
  const [sheets, setSheets] = React.useState<string[]>([]);
  const [sheet, setSheet] = React.useState<string>(inspection?.sheet ?? '');
  const [busy, setBusy] = React.useState(false);
  const [error, setError] = React.useState<string | null>(null);

  const act = async (f: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await f();
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };

  const refresh = () =>
    act(async () => {
      const { names, active } = await listSheets();
      setSheets(names);
      // Default: the sheet the user has open, unless they already chose one.
      setSheet((cur) => (cur && names.includes(cur) ? cur : active || (names[0] ?? '')));
    });

  React.useEffect(() => {
    void refresh();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const inspect = () =>
    act(async () => {
      if (!plan) throw new Error(T.needPlan);
      const r = await inspectSheet(sheet, plan);
      onInspection({ sheet: r.sheet, header: r.header, nominees: r.nominees, warnings: r.warnings });
    });

  const setField = (i: number, value: string) => {
    if (!inspection?.header) return;
    const header: HeaderDetection = inspection.header;
    const columns = header.columns.slice();
    columns[i] = { ...columns[i], field: value ? (value as ColField) : null };
    onInspection({ ...inspection, header: { ...header, columns: renumber(columns) } });
  };

  const header = inspection?.header ?? null;
  const headerRows = header
    ? header.headerRows > 1
      ? `${header.headerRow}–${header.headerRow + header.headerRows - 1}`
      : String(header.headerRow)
    : '';

  return (
    <div className={s.col}>
      <Text>{T.intro}</Text>
      {!plan && (
        <MessageBar intent="info">
          <MessageBarBody>{T.needPlan}</MessageBarBody>
        </MessageBar>
      )}
      <div className={s.row}>
        <Field label={T.sheetLabel} className={s.grow}>
          <Select value={sheet} onChange={(_, d) => setSheet(d.value)} data-testid="sheet-select">
            {sheets.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </Select>
        </Field>
        <Button onClick={() => void refresh()} disabled={busy} aria-label={T.refresh} title={T.refresh}>
          ⟳
        </Button>
      </div>
      <Button appearance="primary" onClick={() => void inspect()} disabled={busy || !plan || !sheet}>
        {T.inspect}
      </Button>
      {error && (
        <ErrorBar testId="list-error">{error}</ErrorBar>
      )}
      {inspection && (
        <div className={s.col} data-testid="inspection">
          <Text weight="semibold">{header ? T.headerRow(headerRows) : T.noHeader}</Text>
          <Text data-testid="nominee-count">{T.nominees(inspection.nominees)}</Text>
          {header && (
            <Table size="extra-small" aria-label={T.mapping}>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell className={s.narrow}>{T.column}</TableHeaderCell>
                  <TableHeaderCell>{T.heading}</TableHeaderCell>
                  <TableHeaderCell>{T.field}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {header.columns.map((c, i) => (
                  <TableRow key={c.col}>
                    <TableCell className={s.narrow}>{c.letter}</TableCell>
                    <TableCell className={s.wrap}>{c.header}</TableCell>
                    <TableCell>
                      <Select
                        size="small"
                        aria-label={`${T.field} ${T.column} ${c.letter}`}
                        value={c.field ?? ''}
                        onChange={(_, d) => setField(i, d.value)}
                        data-testid={`map-${c.letter}`}
                      >
                        <option value="">{T.ignore}</option>
                        {FIELDS.map((f) => (
                          <option key={f} value={f}>
                            {PANE_TEXT.fields[f] + (f === c.field && c.index ? ` ${c.index}` : '')}
                          </option>
                        ))}
                      </Select>
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
          <Text weight="semibold" data-testid="warning-count">
            {T.warnings(inspection.warnings.length)}
          </Text>
          <WarningList warnings={inspection.warnings} onError={setError} />
        </div>
      )}
    </div>
  );
}

export function WarningList({ warnings, onError }: { warnings: SheetWarning[]; onError: (m: string) => void }) {
  const s = useStyles();
  if (!warnings.length) return null;
  return (
    <ul className={s.warnList} data-testid="warnings">
      {warnings.map((w, i) => {
        const cell = warningCell(w);
        return (
          <li key={i} className={s.warnItem}>
            <Text className={s.wrap}>{w.message}</Text>
            {cell && (
              <Button
                appearance="transparent"
                size="small"
                onClick={() => selectCell(w.sheet, cell).catch((e: unknown) => onError(messageOf(e)))}
              >
                {T.goTo(`${w.sheet}!${cell}`)}
              </Button>
            )}
          </li>
        );
      })}
    </ul>
  );
}
