// The playground page: a strict fake Excel host loaded with the bundled sample (or a dropped
// .xlsx), the REAL task pane on the left, and a grid view of the fake workbook on the right.
import * as React from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { createFakeExcel } from './fakeExcel';
import { readXlsx, type LoadedWorkbook } from './xlsx';
import { mountPane } from '../src/taskpane/mount';
import { PANE_TEXT } from '../src/core/text/taskpane';
import { GridView, readSnap, type HostView } from './grid';

const T = PANE_TEXT.playground;

type Fake = ReturnType<typeof createFakeExcel>;

declare global {
  interface Window {
    /** For the browser tests and for poking around in the console. */
    __bx?: { fake: Fake; loaded: LoadedWorkbook; plan: string | null; ready: boolean; state: () => ReturnType<typeof readSnap> };
  }
}

const g = globalThis as unknown as { Excel: unknown; Office: unknown };

function installHost(loaded: LoadedWorkbook): Fake {
  const fake = createFakeExcel({ sheets: loaded.sheets, active: loaded.active });
  g.Excel = fake.Excel;
  // The pane only needs Office.onReady; the fake host is ready at once.
  g.Office = {
    onReady: (cb?: (info: { host: string; platform: string }) => void) => {
      const info = { host: 'Excel', platform: 'PC' };
      cb?.(info);
      return Promise.resolve(info);
    },
    HostType: { Excel: 'Excel' },
  };
  return fake;
}

let paneRoot: Root | null = null;
let hostRoot: Root | null = null;

function renderAll(fake: Fake, loaded: LoadedWorkbook, source: string, plan: string | null) {
  window.__bx = { fake, loaded, plan, ready: true, state: () => readSnap(fake) };
  const paneEl = document.getElementById('pane')!;
  const hostEl = document.getElementById('host')!;
  // A fresh pane per workbook: its state belongs to the workbook it was looking at.
  paneRoot?.unmount();
  paneEl.replaceChildren();
  const inner = document.createElement('div');
  paneEl.appendChild(inner);
  mountPane(inner);
  paneRoot = null;
  const view: HostView = { fake, source, plan };
  hostRoot ??= createRoot(hostEl);
  hostRoot.render(<GridView view={view} onFile={(f) => void loadFile(f)} />);
}

async function loadFile(file: File) {
  const loaded = await readXlsx(await file.arrayBuffer());
  const fake = installHost(loaded);
  renderAll(fake, loaded, file.name, window.__bx?.plan ?? null);
}

async function boot() {
  const hostEl = document.getElementById('host')!;
  hostEl.textContent = T.loading;
  let manifest: { workbook: string; plan: string | null } = { workbook: 'samples/sample.xlsx', plan: null };
  try {
    const r = await fetch('samples/index.json');
    if (r.ok) manifest = await r.json();
  } catch {
    /* no manifest: defaults */
  }
  const [wbRes, planRes] = await Promise.all([
    fetch(manifest.workbook),
    manifest.plan ? fetch(manifest.plan) : Promise.resolve(null),
  ]);
  const loaded = wbRes.ok ? await readXlsx(await wbRes.arrayBuffer()) : { sheets: [{ name: 'Sheet1', values: [[null]] }], active: 'Sheet1' };
  const plan = planRes && planRes.ok ? await planRes.text() : null;
  hostEl.textContent = '';
  const fake = installHost(loaded);
  renderAll(fake, loaded, wbRes.ok ? (manifest.workbook.split('/').pop() ?? '') : T.noSample, plan);
}

void boot();
