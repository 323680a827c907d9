import { useVisuallyHiddenStyles } from '../../../styles/useVisuallyHiddenStyles.styles';
import type { NotesEditorProps } from './NotesEditor.types';
import { renderNotesEditor } from './renderNotesEditor';
import { useNotesEditor } from './useNotesEditor';
import { useNotesEditorStyles } from './useNotesEditorStyles.styles';

/**
 * Notes of the talk, each marked internal (school only) or shareable (may reach the parents in
 * the summary), with the privacy reminder while typing.
 */
export function NotesEditor(props: NotesEditorProps) {
  const state = useNotesEditor(props);
  const hidden = useVisuallyHiddenStyles();
  const classes = useNotesEditorStyles(state, hidden.root);
  return renderNotesEditor(state, classes);
}
