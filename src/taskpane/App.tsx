// The task pane: six steps (Kế hoạch → Gộp → Danh sách → Chấm điểm → Báo cáo → Văn bản) and the settings, as tabs.
// All cell text is rendered as React text nodes (never as HTML), so a cell holding markup shows literally.
import * as React from 'react';
import {
  FluentProvider,
  Tab,
  TabList,
  Text,
  MessageBar,
  MessageBarBody,
  RendererProvider,
  makeStyles,
  mergeClasses,
  shorthands,
  tokens,
  webLightTheme,
  type GriffelRenderer,
} from '@fluentui/react-components';
import { DEFAULT_SETTINGS, type Plan, type Settings } from '../core/types';
import { PANE_TEXT } from '../core/text/taskpane';
import { PlanTab } from './PlanTab';
import { useScoreRunner } from './scoreRunner';
import { lazyStep } from './lazyStep';
import type { Inspection } from './state';
import type { HostStatus, HostWatch } from './host';

// Only step 1 (what the pane opens on) is in the page's first script. Every other step loads when
// its tab is first opened, or earlier, once the pane is connected and the page is idle (preloadSteps),
// so a click seldom sees the loading line. Their Office.js adapter, Fluent's tables, switches,
// selects and progress bars come with them.
const STEPS = {
  intake: lazyStep(() => import(/* webpackChunkName: "intake-tab" */ './IntakeTab'), (m) => m.IntakeTab),
  list: lazyStep(() => import(/* webpackChunkName: "list-tab" */ './ListTab'), (m) => m.ListTab),
  score: lazyStep(() => import(/* webpackChunkName: "score-tab" */ './ScoreTab'), (m) => m.ScoreTab),
  report: lazyStep(() => import(/* webpackChunkName: "report-tab" */ './ReportTab'), (m) => m.ReportTab),
  documents: lazyStep(() => import(/* webpackChunkName: "documents-tab" */ './DocumentsTab'), (m) => m.DocumentsTab),
  settings: lazyStep(() => import(/* webpackChunkName: "settings-tab" */ './SettingsTab'), (m) => m.SettingsTab),
};
const IntakeTab = STEPS.intake.Step;
const ListTab = STEPS.list.Step;
const ScoreTab = STEPS.score.Step;
const ReportTab = STEPS.report.Step;
const DocumentsTab = STEPS.documents.Step;
const SettingsTab = STEPS.settings.Step;

/** Fetches the other steps' code once the page is idle after connecting. */
function preloadSteps(): () => void {
  const load = () => Object.values(STEPS).forEach((step) => step.preload());
  const w = globalThis as { requestIdleCallback?: (f: () => void) => number; cancelIdleCallback?: (id: number) => void };
  if (w.requestIdleCallback && w.cancelIdleCallback) {
    const id = w.requestIdleCallback(load);
    return () => w.cancelIdleCallback!(id);
  }
  const id = setTimeout(load, 200);
  return () => clearTimeout(id);
}

type TabId = 'plan' | 'intake' | 'list' | 'score' | 'report' | 'documents' | 'settings';
const TABS: TabId[] = ['plan', 'intake', 'list', 'score', 'report', 'documents', 'settings'];

const disabledText = { color: tokens.colorNeutralForegroundDisabled, cursor: 'not-allowed' };
const disabledField = { backgroundColor: tokens.colorTransparentBackground, ...shorthands.borderColor(tokens.colorNeutralStrokeDisabled) };
const disabledControl = { ...disabledText, ...disabledField, backgroundColor: tokens.colorNeutralBackgroundDisabled };

const useStyles = makeStyles({
  root: {
    maxWidth: '350px',
    boxSizing: 'border-box',
    padding: '8px',
    display: 'flex',
    flexDirection: 'column',
    gap: '8px',
    fontFamily: tokens.fontFamilyBase,
  },
  tabs: { flexWrap: 'wrap' },
  panel: { display: 'flex', flexDirection: 'column', gap: '8px' },
  // A fieldset disables every button and field inside it natively, in the pre-rendered page too,
  // before any script has run; its own border and padding are not wanted.
  controls: {
    display: 'flex',
    flexDirection: 'column',
    gap: '8px',
    minWidth: 0,
    margin: '0',
    padding: '0',
    border: 'none',
  },
  // Fluent draws a disabled control through its own classes, not :disabled, so the controls the
  // fieldset disables get Fluent's disabled colours here (dimming the whole step with opacity
  // looked the same but cost the first paint an extra compositing pass).
  waiting: {
    '& .fui-Button': disabledControl,
    '& .fui-Button:hover': disabledControl,
    '& .fui-Button:hover:active': disabledControl,
    '& .fui-Textarea': disabledField,
    '& .fui-Input': disabledField,
    '& textarea': disabledText,
    '& input': disabledText,
    '& textarea::placeholder': { color: tokens.colorNeutralForegroundDisabled },
  },
});

/** The host's status: 'connecting' until the watch says otherwise (and always, when rendered at build time). */
function useHostStatus(host: HostWatch | undefined): HostStatus {
  const [status, setStatus] = React.useState<HostStatus>('connecting');
  React.useEffect(() => host?.(setStatus), [host]);
  return status;
}

function HostNotice({ status }: { status: HostStatus }): React.ReactElement | null {
  const T = PANE_TEXT.host;
  if (status === 'ready') return null;
  // Connecting is the pre-rendered first screen: a line of text, which costs its first paint far less
  // than a message bar. Only a real problem, shown after the script has run, gets one.
  if (status === 'connecting') {
    return (
      <Text role="status" weight="semibold" data-testid="host-status">
        {T.connecting}
      </Text>
    );
  }
  const text = status === 'noOffice' ? T.noOffice : status === 'notExcel' ? T.notExcel : T.noAnswer;
  return (
    <MessageBar intent="warning" data-testid="host-status">
      <MessageBarBody>{text}</MessageBarBody>
    </MessageBar>
  );
}

/**
 * @param host tells the pane when Excel answers (mount.tsx); without it (the build-time render) the pane
 *   stays "connecting", which is what the pre-rendered page shows until the script takes over.
 */
export function App({ host }: { host?: HostWatch }): React.ReactElement {
  const s = useStyles();
  const status = useHostStatus(host);
  const [tab, setTab] = React.useState<TabId>('plan');
  const [plan, setPlanState] = React.useState<Plan | null>(null);
  const [settings, setSettings] = React.useState<Settings>(DEFAULT_SETTINGS);
  const [inspection, setInspection] = React.useState<Inspection | null>(null);
  const runner = useScoreRunner(plan, settings, inspection);
  const ready = status === 'ready';
  React.useEffect(() => (ready ? preloadSteps() : undefined), [ready]);

  const setPlan = (p: Plan | null) => {
    setPlanState(p);
    // The year the deadlines resolve for follows the plan unless the user set one.
    if (p?.year && settings.year == null) setSettings({ ...settings, year: p.year });
  };

  return (
    <FluentProvider theme={webLightTheme}>
      {/* data-ready: the status became 'ready' in a commit after App's effects, which run after its
          children's, so FluentProvider's focus-visible and keyboard listeners are attached by then: the
          pane answers clicks and keys as a user expects. Tests and the benchmark wait for it. */}
      <main className={s.root} data-testid="pane-root" data-host={status} data-ready={ready ? 'true' : undefined}>
        <HostNotice status={status} />
        <fieldset disabled={!ready} className={mergeClasses(s.controls, !ready && s.waiting)}>
          <TabList
            className={s.tabs}
            disabled={!ready}
            selectedValue={tab}
            onTabSelect={(_, d) => setTab(d.value as TabId)}
            aria-label={PANE_TEXT.tabListLabel}
            size="small"
          >
            {TABS.map((t) => (
              <Tab key={t} value={t} id={`tab-${t}`} aria-controls={`panel-${t}`}>
                {PANE_TEXT.tabs[t]}
              </Tab>
            ))}
          </TabList>
          <section role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} className={s.panel}>
            {tab === 'plan' && <PlanTab plan={plan} settings={settings} onPlan={setPlan} />}
            <React.Suspense fallback={<Text data-testid="tab-loading">{PANE_TEXT.loadingTab}</Text>}>
              {tab === 'intake' && <IntakeTab plan={plan} />}
              {tab === 'list' && <ListTab plan={plan} inspection={inspection} onInspection={setInspection} />}
              {tab === 'score' && <ScoreTab runner={runner} canRun={!!plan && !!inspection} />}
              {tab === 'report' && <ReportTab runner={runner} canRun={!!plan && !!inspection} plan={plan} />}
              {tab === 'documents' && <DocumentsTab plan={plan} inspection={inspection} />}
              {tab === 'settings' && <SettingsTab settings={settings} onSettings={setSettings} />}
            </React.Suspense>
          </section>
        </fieldset>
      </main>
    </FluentProvider>
  );
}

/**
 * The pane under a Griffel renderer: the one tree both the build-time prerender (prerender.tsx) and
 * the page (mount.tsx) render, since hydrating needs the two to be the same.
 */
export function paneTree(renderer: GriffelRenderer, host?: HostWatch): React.ReactElement {
  return (
    <RendererProvider renderer={renderer}>
      <App host={host} />
    </RendererProvider>
  );
}
