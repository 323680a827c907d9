import { TalkPicker } from '../TalkPicker/TalkPicker';
import { TalkSession } from '../TalkSession/TalkSession';
import type { MeetingSidePanelState } from './MeetingSidePanel.types';
import type { MeetingSidePanelClasses } from './useMeetingSidePanelStyles.styles';

export function renderMeetingSidePanel(state: MeetingSidePanelState, classes: MeetingSidePanelClasses) {
  return (
    <main className={classes.root}>
      {state.talkId ? (
        <TalkSession
          key={state.talkId}
          talkId={state.talkId}
          layout="panel"
          onChangeTalk={state.onChangeTalk}
          {...(state.now ? { now: state.now } : {})}
        />
      ) : (
        <TalkPicker onPick={state.onPick} {...(state.now ? { now: state.now } : {})} />
      )}
    </main>
  );
}
