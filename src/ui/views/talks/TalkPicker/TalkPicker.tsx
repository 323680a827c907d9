import { renderTalkPicker } from './renderTalkPicker';
import type { TalkPickerProps } from './TalkPicker.types';
import { useTalkPicker } from './useTalkPicker';
import { useTalkPickerStyles } from './useTalkPickerStyles.styles';

/** Which talk this meeting is: today's talks of the signed-in organiser, then the next ones. */
export function TalkPicker(props: TalkPickerProps) {
  const state = useTalkPicker(props);
  const classes = useTalkPickerStyles(state);
  return renderTalkPicker(state, classes);
}
