// The conditions of the award forms (core/forms), each with its legal source and how sure that
// text is, turned on or off by the secretary. Loaded when the settings tab opens (React.lazy in
// SettingsTab), so the catalogue is not in the pane's first bundle.
import * as React from 'react';
import { Switch, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Settings } from '../core/types';
import { listRules } from '../core/forms/rules';
import { RULE_STATUS_LABEL } from '../core/text/history';
import { PANE_TEXT } from '../core/text/taskpane';

const T = PANE_TEXT.settings;

const useStyles = makeStyles({
  list: { listStyleType: 'none', paddingLeft: '0', margin: '0', display: 'flex', flexDirection: 'column', gap: '6px' },
  source: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
});

export default function RulesSettings({ settings, onSettings }: { settings: Settings; onSettings: (s: Settings) => void }) {
  const s = useStyles();
  const rules = listRules(settings);
  const set = (id: string, on: boolean, defaultOn: boolean) => {
    const next = { ...(settings.formRules ?? {}) };
    // A choice equal to the default is no choice: the rule follows its default again.
    if (on === defaultOn) delete next[id];
    else next[id] = on;
    onSettings({ ...settings, formRules: next });
  };
  return (
    <>
      <Text weight="semibold">{T.rules}</Text>
      <Text className={s.source}>{T.rulesHint}</Text>
      <ul className={s.list} data-testid="form-rules">
        {rules.map((r) => (
          <li key={r.id}>
            <Switch checked={r.on} onChange={(_, d) => set(r.id, d.checked, r.defaultOn)} label={`${r.formName}: ${r.label}`} />
            <Text size={200} className={s.source}>
              {T.ruleSource(`${r.source.document}, ${r.source.article}`, RULE_STATUS_LABEL[r.status])}
            </Text>
          </li>
        ))}
      </ul>
    </>
  );
}
