// A plain grid view of the fake workbook: sheet tabs, cells as text (never HTML), the selected
// cell outlined. It re-reads the fake host's snapshot whenever the host has synced again.
import * as React from 'react';
import { PANE_TEXT } from '../src/core/text/taskpane';
import type { createFakeExcel } from './fakeExcel';

const T = PANE_TEXT.playground;

export interface HostView {
  fake: ReturnType<typeof createFakeExcel>;
  source: string;
  plan: string | null;
}

interface SnapSheet {
  name: string;
  values: unknown[][];
}
interface Snap {
  sheets: SnapSheet[];
  active: string | null;
  selection: { sheet: string; address: string } | null;
}

/** Normalises whatever the fake host's snapshot looks like into sheets, active and selection. */
export function readSnap(fake: HostView['fake']): Snap {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const s: any = fake.snapshot();
  const rawSheets = Array.isArray(s?.sheets) ? s.sheets : Object.entries(s?.sheets ?? {}).map(([name, v]: [string, any]) => ({ name, ...(v as object) }));
  const sheets: SnapSheet[] = rawSheets.map((x: any) => ({ name: String(x.name), values: (x.values ?? []) as unknown[][] }));
  const active = s?.active ?? s?.activeSheet ?? null;
  let selection: Snap['selection'] = null;
  const sel = s?.selection ?? s?.selected ?? null;
  if (sel && typeof sel === 'object') selection = { sheet: String(sel.sheet ?? active), address: String(sel.address ?? sel.cell ?? '') };
  else if (typeof sel === 'string') {
    const m = /^(?:'?(.+?)'?!)?([A-Z]+\d+(?::[A-Z]+\d+)?)$/.exec(sel);
    if (m) selection = { sheet: m[1] ?? active, address: m[2] };
  }
  return { sheets, active: typeof active === 'string' ? active : (active?.name ?? null), selection };
}

function colName(n: number): string {
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function show(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object') {
    if (v instanceof Date) return v.toISOString().slice(0, 10);
    if ('error' in (v as object)) return String((v as { error: unknown }).error);
    return JSON.stringify(v);
  }
  return String(v);
}

function inSelection(addr: string, r: number, c: number): boolean {
  const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(addr.replace(/\$/g, ''));
  if (!m) return false;
  const toN = (l: string) => [...l].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const c1 = toN(m[1]);
  const r1 = +m[2];
  const c2 = m[3] ? toN(m[3]) : c1;
  const r2 = m[4] ? +m[4] : r1;
  return r >= r1 && r <= r2 && c >= c1 && c <= c2;
}

const styles: Record<string, React.CSSProperties> = {
  bar: { display: 'flex', gap: 8, alignItems: 'center', flexWrap: 'wrap', marginBottom: 8 },
  tabs: { display: 'flex', gap: 2, flexWrap: 'wrap', marginBottom: 4 },
  tab: { border: '1px solid #8a8886', background: '#f3f2f1', padding: '2px 8px', cursor: 'pointer', font: 'inherit', color: '#201f1e' },
  tabActive: { border: '1px solid #0f6cbd', background: '#ffffff', fontWeight: 600, padding: '2px 8px', color: '#0f548c' },
  scroll: { overflow: 'auto', maxHeight: 'calc(100vh - 120px)', border: '1px solid #c8c6c4' },
  table: { borderCollapse: 'collapse', fontSize: 12 },
  th: { background: '#f3f2f1', border: '1px solid #d2d0ce', padding: '1px 4px', color: '#323130', position: 'sticky', top: 0 },
  td: { border: '1px solid #e1dfdd', padding: '1px 4px', maxWidth: 220, whiteSpace: 'pre-wrap', verticalAlign: 'top', color: '#201f1e' },
  sel: { outline: '2px solid #107c10', outlineOffset: -2, background: '#dff6dd' },
  drop: { border: '2px dashed #8a8886', padding: 8 },
};

export function GridView({ view, onFile }: { view: HostView; onFile: (f: File) => void }): React.ReactElement {
  const { fake } = view;
  const [, setTick] = React.useState(0);
  const [shown, setShown] = React.useState<string | null>(null);
  const [dragging, setDragging] = React.useState(false);
  const lastSync = React.useRef(-1);

  React.useEffect(() => {
    setShown(null);
    const id = window.setInterval(() => {
      const n = fake.syncCount();
      if (n !== lastSync.current) {
        lastSync.current = n;
        setShown(null); // follow the host's active sheet after each sync
        setTick((t) => t + 1);
      }
    }, 200);
    return () => window.clearInterval(id);
  }, [fake]);

  const snap = readSnap(fake);
  const current = shown ?? snap.active ?? snap.sheets[0]?.name ?? null;
  const sheet = snap.sheets.find((x) => x.name === current) ?? snap.sheets[0];
  const values = sheet?.values ?? [];
  const cols = values.reduce((m, r) => Math.max(m, r?.length ?? 0), 0);
  const sel = snap.selection && snap.selection.sheet === sheet?.name ? snap.selection.address : null;

  return (
    <div
      style={{ ...(dragging ? styles.drop : {}) }}
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(e) => {
        e.preventDefault();
        setDragging(false);
        const f = e.dataTransfer.files?.[0];
        if (f) onFile(f);
      }}
      data-testid="host"
    >
      <h1 style={{ fontSize: 16, margin: '0 0 6px' }}>{T.title}</h1>
      <div style={styles.bar}>
        <span>{T.loaded(view.source)}</span>
        <span>{T.dropHint}</span>
        <label>
          <span style={{ textDecoration: 'underline', cursor: 'pointer' }}>{T.chooseFile}</span>
          <input
            type="file"
            accept=".xlsx"
            data-testid="xlsx-input"
            style={{ marginLeft: 4 }}
            onChange={(e) => {
              const f = e.target.files?.[0];
              if (f) onFile(f);
            }}
          />
        </label>
        <a href="?mau=lich-su" data-testid="history-sample">{T.historySample}</a>
        {sel && <span data-testid="selection">{T.selected(`${sheet?.name}!${sel}`)}</span>}
      </div>
      {view.plan && (
        <details style={{ marginBottom: 6 }}>
          <summary>{T.samplePlan}</summary>
          <textarea readOnly value={view.plan} style={{ width: '100%', height: 160 }} data-testid="sample-plan" />
        </details>
      )}
      <div style={styles.tabs} role="tablist" aria-label={T.activeSheet}>
        {snap.sheets.map((x) => (
          <button
            key={x.name}
            role="tab"
            aria-selected={x.name === sheet?.name}
            style={x.name === sheet?.name ? styles.tabActive : styles.tab}
            onClick={() => setShown(x.name)}
            data-sheet={x.name}
          >
            {x.name + (x.name === snap.active ? ' •' : '')}
          </button>
        ))}
      </div>
      <div style={styles.scroll}>
        <table style={styles.table} aria-label={T.gridLabel} data-testid="grid" data-sheet={sheet?.name}>
          <thead>
            <tr>
              <th style={styles.th} />
              {Array.from({ length: cols }, (_, c) => (
                <th key={c} style={styles.th}>
                  {colName(c + 1)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {values.map((row, r) => (
              <tr key={r}>
                <th style={styles.th}>{r + 1}</th>
                {Array.from({ length: cols }, (_, c) => {
                  const selected = sel != null && inSelection(sel, r + 1, c + 1);
                  return (
                    <td
                      key={c}
                      style={selected ? { ...styles.td, ...styles.sel } : styles.td}
                      data-cell={`${colName(c + 1)}${r + 1}`}
                      data-selected={selected ? 'true' : undefined}
                    >
                      {show(row?.[c])}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
