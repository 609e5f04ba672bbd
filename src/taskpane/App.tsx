// The task pane: six steps (Kế hoạch → Gộp → Danh sách → Chấm điểm → Báo cáo → Văn bản) and the settings, as tabs.
// All cell text is rendered as React text nodes (never as HTML), so a cell holding markup shows literally.
import * as React from 'react';
import {
  Button,
  FluentProvider,
  Tab,
  TabList,
  Text,
  MessageBar,
  MessageBarBody,
  RendererProvider,
  makeStyles,
  tokens,
  webLightTheme,
  type GriffelRenderer,
} from '@fluentui/react-components';
import { DEFAULT_SETTINGS, type Plan, type Settings } from '../core/types';
import { PANE_TEXT } from '../core/text/taskpane';
import { PlanTab } from './PlanTab';
import { ListTab } from './ListTab';
import { ScoreTab, SheetButtons, useScoreRunner } from './ScoreTab';
import { SettingsTab } from './SettingsTab';
import { DocumentsTab } from './DocumentsTab';
import { messageOf, type Inspection } from './state';
import { createScoringSheet } from '../excel';

// The intake step's screen, its readers and its wording load when its tab is first opened.
const IntakeTab = React.lazy(() => import(/* webpackChunkName: "intake-tab" */ './IntakeTab').then((m) => ({ default: m.IntakeTab })));

type TabId = 'plan' | 'intake' | 'list' | 'score' | 'report' | 'documents' | 'settings';
const TABS: TabId[] = ['plan', 'intake', 'list', 'score', 'report', 'documents', 'settings'];

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
});

export function App(): React.ReactElement {
  const s = useStyles();
  const [tab, setTab] = React.useState<TabId>('plan');
  const [plan, setPlanState] = React.useState<Plan | null>(null);
  const [settings, setSettings] = React.useState<Settings>(DEFAULT_SETTINGS);
  const [inspection, setInspection] = React.useState<Inspection | null>(null);
  const runner = useScoreRunner(plan, settings, inspection);
  // Effects run children first, so by now FluentProvider's focus-visible and keyboard-navigation
  // listeners are attached: the pane answers keys as a user expects. Tests and the benchmark wait for this.
  const rootRef = React.useRef<HTMLElement>(null);
  React.useEffect(() => {
    rootRef.current?.setAttribute('data-ready', 'true');
  }, []);

  const setPlan = (p: Plan | null) => {
    setPlanState(p);
    // The year the deadlines resolve for follows the plan unless the user set one.
    if (p?.year && settings.year == null) setSettings({ ...settings, year: p.year });
  };

  return (
    <FluentProvider theme={webLightTheme}>
      <main className={s.root} ref={rootRef} data-testid="pane-root">
        <TabList
          className={s.tabs}
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
          {tab === 'intake' && (
            <React.Suspense fallback={<Text>{PANE_TEXT.busy}</Text>}>
              <IntakeTab plan={plan} />
            </React.Suspense>
          )}
          {tab === 'list' && <ListTab plan={plan} inspection={inspection} onInspection={setInspection} />}
          {tab === 'score' && <ScoreTab runner={runner} canRun={!!plan && !!inspection} />}
          {tab === 'report' && <ReportPanel runner={runner} canRun={!!plan && !!inspection} plan={plan} />}
          {tab === 'documents' && <DocumentsTab plan={plan} inspection={inspection} />}
          {tab === 'settings' && <SettingsTab settings={settings} onSettings={setSettings} />}
        </section>
      </main>
    </FluentProvider>
  );
}

function ReportPanel({ runner, canRun, plan }: { runner: ReturnType<typeof useScoreRunner>; canRun: boolean; plan: Plan | null }) {
  const s = useStyles();
  const T = PANE_TEXT.report;
  const [sheetBusy, setSheetBusy] = React.useState(false);
  const [sheetMsg, setSheetMsg] = React.useState<{ ok: boolean; text: string } | null>(null);
  const hasRubric = !!plan?.rubric && plan.rubric.items.length > 0;
  const makeScoringSheet = async () => {
    if (!plan) return;
    setSheetBusy(true);
    setSheetMsg(null);
    try {
      const name = await createScoringSheet(plan);
      setSheetMsg({ ok: true, text: T.scoringDone(name) });
    } catch (e) {
      setSheetMsg({ ok: false, text: messageOf(e) });
    } finally {
      setSheetBusy(false);
    }
  };
  return (
    <div className={s.panel}>
      <Text>{T.intro}</Text>
      {!canRun && (
        <MessageBar intent="info">
          <MessageBarBody>{T.needScore}</MessageBarBody>
        </MessageBar>
      )}
      <Button appearance="primary" disabled={!canRun || runner.busy} onClick={() => void runner.run()}>
        {T.regenerate}
      </Button>
      {runner.error && (
        <MessageBar intent="error" data-testid="run-error">
          <MessageBarBody>{runner.error}</MessageBarBody>
        </MessageBar>
      )}
      {runner.result && !runner.busy && (
        <>
          <Text data-testid="report-done">{T.done(runner.result.sheets.length)}</Text>
          <SheetButtons sheets={runner.result.sheets} onError={runner.setError} />
        </>
      )}
      {/* The blank sheet units fill in with their self-assessed points; it needs only the plan's rubric. */}
      <Text weight="semibold">{T.scoringTitle}</Text>
      <Text>{hasRubric ? T.scoringIntro : T.scoringNoRubric}</Text>
      <Button disabled={!hasRubric || sheetBusy} onClick={() => void makeScoringSheet()}>
        {T.scoringSheet}
      </Button>
      {sheetMsg && (
        <MessageBar intent={sheetMsg.ok ? 'success' : 'error'} data-testid={sheetMsg.ok ? 'scoring-done' : 'run-error'}>
          <MessageBarBody>{sheetMsg.text}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}

/**
 * The pane under a Griffel renderer: the one tree both the build-time prerender (prerender.tsx) and
 * the page (mount.tsx) render, since hydrating needs the two to be the same.
 */
export function paneTree(renderer: GriffelRenderer): React.ReactElement {
  return (
    <RendererProvider renderer={renderer}>
      <App />
    </RendererProvider>
  );
}
