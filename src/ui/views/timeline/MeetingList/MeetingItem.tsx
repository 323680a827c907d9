import type { MeetingItemProps } from './MeetingItem.types';
import { renderMeetingItem } from './renderMeetingItem';
import { useMeetingItem } from './useMeetingItem';
import { useMeetingItemStyles } from './useMeetingItemStyles.styles';

/** A meeting as a compact card: when, what kind, what for, which steps, the score and minutes. */
export function MeetingItem(props: MeetingItemProps) {
  const state = useMeetingItem(props);
  const classes = useMeetingItemStyles(state);
  return renderMeetingItem(state, classes);
}
