import { useCallback, useState } from 'react';
import { useHostContext } from '../../../app/HostContext';
import { useI18n } from '../../../i18n';
import { readSession, writeSession } from '../../talks/shared/storage';
import { MEETING_MODES, meetingModeKey } from '../modes';
import type { MeetingPanelOwnProps, MeetingPanelState } from './MeetingPanel.types';

/** A tab that names a talk ("#gesprek/<id>") opens the talk at once, as before the chooser. */
const TALK_HASH = /^#\/?gesprek\//;

export function useMeetingPanel({ modes = MEETING_MODES, now, className }: MeetingPanelOwnProps): MeetingPanelState {
  const { meetingId } = useHostContext();
  const { messages } = useI18n();
  const key = meetingModeKey(meetingId);
  const [chosen, setChosen] = useState<string | null>(() =>
    TALK_HASH.test(window.location.hash) && modes.some((m) => m.id === 'talk') ? 'talk' : readSession(key),
  );
  const choose = useCallback(
    (id: string) => {
      writeSession(key, id);
      setChosen(id);
    },
    [key],
  );
  const t = messages.meeting;
  return {
    className,
    mode: modes.find((m) => m.id === chosen) ?? modes[0]!,
    choices: modes.map((m) => ({ id: m.id, label: m.label(messages), description: m.description(messages) })),
    title: t.chooseTitle,
    loading: messages.shell.app.loading,
    now,
    onChoose: choose,
  };
}
