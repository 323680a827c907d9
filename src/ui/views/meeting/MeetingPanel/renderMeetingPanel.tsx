import { Spinner, Tab, TabList } from '@fluentui/react-components';
import { Suspense } from 'react';
import type { MeetingPanelState } from './MeetingPanel.types';
import type { MeetingPanelClasses } from './useMeetingPanelStyles.styles';

export function renderMeetingPanel(state: MeetingPanelState, classes: MeetingPanelClasses) {
  const View = state.mode.View;
  return (
    <div className={classes.root}>
      <TabList
        className={classes.tabs}
        size="small"
        selectedValue={state.mode.id}
        onTabSelect={(_, data) => state.onChoose(String(data.value))}
        aria-label={state.title}
      >
        {state.choices.map((choice) => (
          <Tab key={choice.id} value={choice.id} title={choice.description}>
            {choice.label}
          </Tab>
        ))}
      </TabList>
      <Suspense fallback={<Spinner label={state.loading} />}>
        <View key={state.mode.id} {...(state.now ? { now: state.now } : {})} />
      </Suspense>
    </div>
  );
}
