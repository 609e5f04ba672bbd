// The playground page: a strict fake Excel host loaded with the bundled sample (or a dropped
// .xlsx), the REAL task pane on the left, and a grid view of the fake workbook on the right.
import * as React from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { createFakeExcel } from './fakeExcel';
import { readXlsx, type LoadedWorkbook } from './xlsx';
import { mountPane } from '../src/taskpane/mount';
import { watchOffice } from '../src/taskpane/host';
import { PANE_TEXT } from '../src/core/text/taskpane';
import { GridView, readSnap, type HostView } from './grid';

const T = PANE_TEXT.playground;

type Fake = ReturnType<typeof createFakeExcel>;

declare global {
  interface Window {
    /** For the browser tests and for poking around in the console. */
    __bx?: { fake: Fake; loaded: LoadedWorkbook; plan: string | null; ready: boolean; state: () => ReturnType<typeof readSnap> };
    /** With ?office=late: makes the fake Office.onReady answer (tests of the pane's start-up). */
    __bxConnectOffice?: () => void;
  }
}

// How the fake Office starts, for the tests of the pane's start-up (a real pane meets all three):
//   ?office=none       no Office at all, as when office.js did not load (offline, blocked CDN)
//   ?office=late       Office.onReady answers only when window.__bxConnectOffice() is called
//   (default)          Office.onReady answers at once
//   ?officeAnswerMs=N  how long the pane waits for that answer before saying Excel has not answered
const startup = new URLSearchParams(location.search);
const officeMode = startup.get('office');
const answerMs = Number(startup.get('officeAnswerMs')) || undefined;

// ?mau=lich-su loads the second bundled sample (award forms and the "Lịch sử khen thưởng" sheet,
// scripts/make-sample-history.js) instead of the first; the plan stays the sample plan.
const HISTORY_SAMPLE = 'samples/danh-sach-hinh-thuc-lich-su.xlsx';
const historySample = startup.get('mau') === 'lich-su';

const g = globalThis as unknown as { Excel: unknown; Office: unknown };

// The pane is mounted at once, before the sample workbook is fetched and parsed (the package layer
// is a lazy chunk): a real task pane appears before it touches the workbook too. Until the workbook is
// there, Excel.run waits for it; afterwards every Excel member is the current fake host's.
let current: Fake | null = null;
let hostLoaded!: () => void;
const whenHost = new Promise<void>((r) => (hostLoaded = r));

function installGlobals(): void {
  if (officeMode === 'none') return;
  g.Excel = new Proxy(
    {},
    {
      get(_t, prop) {
        if (prop === 'run') {
          return async (...args: unknown[]) => {
            await whenHost;
            // eslint-disable-next-line @typescript-eslint/no-explicit-any
            return (current!.Excel as any).run(...args);
          };
        }
        if (!current) throw new Error(`FakeExcel: Excel.${String(prop)} used before the workbook was loaded`);
        // eslint-disable-next-line @typescript-eslint/no-explicit-any
        return (current.Excel as any)[prop];
      },
    },
  );
  // The pane only needs Office.onReady.
  const info = { host: 'Excel', platform: 'PC' };
  let answered: Promise<typeof info> = Promise.resolve(info);
  if (officeMode === 'late') answered = new Promise((r) => (window.__bxConnectOffice = () => r(info)));
  g.Office = {
    onReady: (cb?: (i: typeof info) => void) => answered.then((i) => (cb?.(i), i)),
    HostType: { Excel: 'Excel' },
  };
}

function installHost(loaded: LoadedWorkbook): Fake {
  current = createFakeExcel({ sheets: loaded.sheets, active: loaded.active });
  hostLoaded();
  return current;
}

let hostRoot: Root | null = null;
let paneRoot: Root | null = null;

/** A fresh pane: its state belongs to the workbook it was looking at. */
function mountFreshPane(): void {
  const paneEl = document.getElementById('pane')!;
  // The page's first pane is pre-rendered into it at build time (as in taskpane.html): hydrate it.
  const prerendered = paneRoot ? null : paneEl.firstElementChild;
  if (prerendered instanceof HTMLElement && prerendered.firstElementChild) {
    paneRoot = mountPane(prerendered, watchOffice(answerMs));
    return;
  }
  paneRoot?.unmount();
  paneEl.replaceChildren();
  const inner = document.createElement('div');
  paneEl.appendChild(inner);
  paneRoot = mountPane(inner, watchOffice(answerMs));
}

function renderHost(fake: Fake, loaded: LoadedWorkbook, source: string, plan: string | null) {
  window.__bx = { fake, loaded, plan, ready: true, state: () => readSnap(fake) };
  const hostEl = document.getElementById('host')!;
  const view: HostView = { fake, source, plan };
  if (!hostRoot) {
    hostEl.textContent = '';
    hostRoot = createRoot(hostEl);
  }
  hostRoot.render(<GridView view={view} onFile={(f) => void loadFile(f)} />);
}

async function loadFile(file: File) {
  const loaded = await readXlsx(await file.arrayBuffer(), file.name);
  const fake = installHost(loaded);
  mountFreshPane();
  renderHost(fake, loaded, file.name, window.__bx?.plan ?? null);
}

async function boot() {
  installGlobals();
  mountFreshPane();
  const hostEl = document.getElementById('host')!;
  hostEl.textContent = T.loading;
  let manifest: { workbook: string; plan: string | null } = { workbook: 'samples/sample.xlsx', plan: null };
  try {
    const r = await fetch('samples/index.json');
    if (r.ok) manifest = await r.json();
  } catch {
    /* no manifest: defaults */
  }
  if (historySample) manifest = { ...manifest, workbook: HISTORY_SAMPLE };
  const [wbRes, planRes] = await Promise.all([
    fetch(manifest.workbook),
    manifest.plan ? fetch(manifest.plan) : Promise.resolve(null),
  ]);
  const loaded = wbRes.ok ? await readXlsx(await wbRes.arrayBuffer()) : { sheets: [{ name: 'Sheet1', values: [[null]] }], active: 'Sheet1' };
  const plan = planRes && planRes.ok ? await planRes.text() : null;
  const fake = installHost(loaded);
  renderHost(fake, loaded, wbRes.ok ? (manifest.workbook.split('/').pop() ?? '') : T.noSample, plan);
}

void boot();
