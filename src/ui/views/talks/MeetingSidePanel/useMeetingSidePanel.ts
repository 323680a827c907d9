import { useCallback, useEffect, useState } from 'react';
import { useHostContext } from '../../../app/HostContext';
import { meetingTalkKey, readSession, writeSession } from '../shared/storage';
import type { MeetingSidePanelProps, MeetingSidePanelState } from './MeetingSidePanel.types';

/** The talk a tab's URL names: "#gesprek/<talkId>". */
export function talkIdFromHash(hash: string): string | null {
  const match = /^#\/?gesprek\/([^/?#]+)$/.exec(hash);
  if (!match) return null;
  try {
    return decodeURIComponent(match[1] as string);
  } catch {
    return null;
  }
}

export function useMeetingSidePanel({ now, className }: MeetingSidePanelProps): MeetingSidePanelState {
  const { meetingId } = useHostContext();
  const key = meetingTalkKey(meetingId);
  const [picked, setPicked] = useState<string | null>(() => talkIdFromHash(window.location.hash) ?? readSession(key));

  useEffect(() => {
    const onHash = () => {
      const fromHash = talkIdFromHash(window.location.hash);
      if (fromHash) setPicked(fromHash);
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  const onPick = useCallback(
    (talkId: string) => {
      writeSession(key, talkId);
      setPicked(talkId);
    },
    [key],
  );
  const onChangeTalk = useCallback(() => {
    writeSession(key, null);
    if (talkIdFromHash(window.location.hash)) {
      window.history.replaceState(null, '', window.location.pathname + window.location.search);
    }
    setPicked(null);
  }, [key]);

  return { className, talkId: picked, now, onPick, onChangeTalk };
}
