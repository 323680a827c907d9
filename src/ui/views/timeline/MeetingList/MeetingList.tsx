import type { MeetingListProps } from './MeetingList.types';
import { renderMeetingList } from './renderMeetingList';
import { useMeetingList } from './useMeetingList';
import { useMeetingListStyles } from './useMeetingListStyles.styles';

/** The meetings of the cycle per school year and month, each month a named list. */
export function MeetingList(props: MeetingListProps) {
  const state = useMeetingList(props);
  const classes = useMeetingListStyles(state);
  return renderMeetingList(state, classes);
}
