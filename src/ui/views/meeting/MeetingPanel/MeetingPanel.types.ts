import type { MeetingMode, MeetingPanelProps } from '../modes';

export interface MeetingPanelOwnProps extends MeetingPanelProps {
  /** The modes to offer (default: all of ../modes). */
  modes?: readonly MeetingMode[];
  className?: string;
}

export interface MeetingPanelState {
  className: string | undefined;
  /** The chosen mode (the first one until someone chooses). */
  mode: MeetingMode;
  choices: Array<{ id: string; label: string; description: string }>;
  /** Name of the tab list, for screen readers. */
  title: string;
  loading: string;
  now: (() => number) | undefined;
  onChoose(id: string): void;
}
