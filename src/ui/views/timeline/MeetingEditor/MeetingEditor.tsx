import type { MeetingEditorProps } from './MeetingEditor.types';
import { renderMeetingEditor } from './renderMeetingEditor';
import { useMeetingEditor } from './useMeetingEditor';
import { useMeetingEditorStyles } from './useMeetingEditorStyles.styles';

/**
 * Plans a meeting or edits one in a dialog: type, title, date, purpose, steps, status, and for a
 * held meeting the score toward the dream and short minutes. Checks with the domain's rules
 * before writing; a conflicting edit by someone else shows their version to choose from.
 */
export function MeetingEditor(props: MeetingEditorProps) {
  const state = useMeetingEditor(props);
  const classes = useMeetingEditorStyles(state);
  return renderMeetingEditor(state, classes);
}
