export interface MeetingSidePanelProps {
  /** The clock (epoch ms); tests pass their own. */
  now?: () => number;
  className?: string;
}

export interface MeetingSidePanelState {
  className: string | undefined;
  /** The talk this meeting is about, once known. */
  talkId: string | null;
  now: (() => number) | undefined;
  onPick(talkId: string): void;
  onChangeTalk(): void;
}
