import { Field, Select, Spinner } from '@fluentui/react-components';
import { FailedState } from '../../../shell/FailedState';
import { StreepPanel } from '../StreepPanel/StreepPanel';
import type { MeetingStreepPanelState } from './MeetingStreepPanel.types';
import type { MeetingStreepPanelClasses } from './useMeetingStreepPanelStyles.styles';

export function renderMeetingStreepPanel(state: MeetingStreepPanelState, classes: MeetingStreepPanelClasses) {
  if (state.status === 'loading') return <Spinner label={state.loadingLabel} />;
  if (state.status === 'failed') return <FailedState error={state.error} onRetry={state.onRetry} />;
  if (state.status === 'empty') return <p className={classes.text}>{state.text}</p>;
  return (
    <div className={classes.root}>
      <Field label={state.meetingLabel}>
        <Select className={classes.select} value={state.meetingId} onChange={(_, d) => state.onMeeting(d.value)}>
          {state.options.map((o) => (
            <option key={o.value} value={o.value}>{o.label}</option>
          ))}
        </Select>
      </Field>
      <StreepPanel key={state.meetingId} me={state.me} meetings={state.meetings} meetingId={state.meetingId} compact />
    </div>
  );
}
