// Settings that change the outcome: the Điều 148 day-off shift, the user's calendar edits,
// a vote threshold, the participants for percentage quotas and the award forms' conditions (each
// with its source). Off/empty by default, but for the conditions whose text is confirmed.
import * as React from 'react';
import {
  Button,
  Field,
  Input,
  Select,
  Switch,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { CalendarEntry, Settings } from '../core/types';
import { PANE_TEXT } from '../core/text/taskpane';
import { describeIso, parseCount, parsePercent, userDateToIso } from './format';

const T = PANE_TEXT.settings;
const RulesSettings = React.lazy(() => import('./RulesSettings'));

const useStyles = makeStyles({
  col: { display: 'flex', flexDirection: 'column', gap: '10px' },
  row: { display: 'flex', gap: '6px', alignItems: 'flex-end', flexWrap: 'wrap' },
  small: { width: '90px' },
  list: { listStyleType: 'none', paddingLeft: '0', margin: '0', display: 'flex', flexDirection: 'column', gap: '2px' },
  item: { display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: '4px' },
  note: { color: tokens.colorNeutralForeground2 },
  wrap: { overflowWrap: 'anywhere' },
});

export function SettingsTab({ settings, onSettings }: { settings: Settings; onSettings: (s: Settings) => void }) {
  const s = useStyles();
  const [vote, setVote] = React.useState(settings.minVote == null ? '' : String(Math.round(settings.minVote * 1000) / 10));
  const [voteErr, setVoteErr] = React.useState<string | null>(null);
  const [pc, setPc] = React.useState(settings.participants.collective?.toString() ?? '');
  const [pi, setPi] = React.useState(settings.participants.individual?.toString() ?? '');
  const [pErr, setPErr] = React.useState<string | null>(null);
  const [date, setDate] = React.useState('');
  const [name, setName] = React.useState('');
  const [type, setType] = React.useState<'off' | 'work'>('off');
  const [dateErr, setDateErr] = React.useState<string | null>(null);

  const commitVote = (raw: string) => {
    setVote(raw);
    const v = parsePercent(raw);
    if (v === undefined) return setVoteErr(T.badNumber(raw));
    setVoteErr(null);
    onSettings({ ...settings, minVote: v });
  };
  const commitParticipants = (c: string, i: string) => {
    setPc(c);
    setPi(i);
    const vc = parseCount(c);
    const vi = parseCount(i);
    if (vc === undefined || vi === undefined) return setPErr(T.badNumber(vc === undefined ? c : i));
    setPErr(null);
    onSettings({ ...settings, participants: { collective: vc, individual: vi } });
  };
  const addDay = () => {
    const iso = userDateToIso(date, settings.year);
    if (!iso) return setDateErr(T.badDate(date));
    setDateErr(null);
    const entry: CalendarEntry = { date: iso, name: name.trim(), type };
    const calendar = settings.calendar.filter((e) => e.date !== iso).concat(entry).sort((a, b) => a.date.localeCompare(b.date));
    onSettings({ ...settings, calendar });
    setDate('');
    setName('');
  };
  const removeDay = (iso: string) => onSettings({ ...settings, calendar: settings.calendar.filter((e) => e.date !== iso) });

  return (
    <div className={s.col}>
      <Field hint={T.shiftHint}>
        <Switch
          checked={settings.shiftDaysOff}
          onChange={(_, d) => onSettings({ ...settings, shiftDaysOff: d.checked })}
          label={T.shift}
          data-testid="shift-switch"
        />
      </Field>
      <Field label={T.voteThreshold} hint={T.voteHint} validationMessage={voteErr ?? undefined}>
        <Input className={s.small} value={vote} onChange={(_, d) => commitVote(d.value)} inputMode="decimal" />
      </Field>
      <Text weight="semibold">{T.participants}</Text>
      <div className={s.row}>
        <Field label={T.participantsCollective}>
          <Input className={s.small} value={pc} inputMode="numeric" onChange={(_, d) => commitParticipants(d.value, pi)} />
        </Field>
        <Field label={T.participantsIndividual}>
          <Input className={s.small} value={pi} inputMode="numeric" onChange={(_, d) => commitParticipants(pc, d.value)} />
        </Field>
      </div>
      {pErr && <Text className={s.note}>{pErr}</Text>}
      <Text weight="semibold">{T.holidays}</Text>
      {settings.calendar.length === 0 ? (
        <Text className={s.note}>{T.noHolidays}</Text>
      ) : (
        <ul className={s.list} data-testid="holiday-list">
          {settings.calendar.map((e) => {
            const d = describeIso(e.date);
            const label = d ? `${d.weekday}, ${d.date}` : e.date;
            return (
              <li key={e.date} className={s.item}>
                <Text className={s.wrap}>
                  {`${label} — ${e.type === 'off' ? T.typeOff : T.typeWork}${e.name ? ': ' + e.name : ''}`}
                </Text>
                <Button size="small" appearance="subtle" aria-label={T.remove(d?.date ?? e.date)} onClick={() => removeDay(e.date)}>
                  ✕
                </Button>
              </li>
            );
          })}
        </ul>
      )}
      <div className={s.row}>
        <Field label={T.holidayDate} validationMessage={dateErr ?? undefined}>
          <Input className={s.small} value={date} onChange={(_, d) => setDate(d.value)} data-testid="holiday-date" />
        </Field>
        <Field label={T.holidayName}>
          <Input className={s.small} value={name} onChange={(_, d) => setName(d.value)} />
        </Field>
        <Field label={T.holidayType}>
          <Select value={type} onChange={(_, d) => setType(d.value === 'work' ? 'work' : 'off')}>
            <option value="off">{T.typeOff}</option>
            <option value="work">{T.typeWork}</option>
          </Select>
        </Field>
      </div>
      <Button onClick={addDay}>{T.add}</Button>
      <React.Suspense fallback={<Text className={s.note}>{T.rulesLoading}</Text>}>
        <RulesSettings settings={settings} onSettings={onSettings} />
      </React.Suspense>
    </div>
  );
}
