import type { AgendaEditorProps } from './AgendaEditor.types';
import { renderAgendaEditor } from './renderAgendaEditor';
import { useAgendaEditor } from './useAgendaEditor';
import { useAgendaEditorStyles } from './useAgendaEditorStyles.styles';

/** The talk's agenda with time boxes: reorder, change the minutes, edit the words, add or remove. */
export function AgendaEditor(props: AgendaEditorProps) {
  const state = useAgendaEditor(props);
  const classes = useAgendaEditorStyles(state);
  return renderAgendaEditor(state, classes);
}
