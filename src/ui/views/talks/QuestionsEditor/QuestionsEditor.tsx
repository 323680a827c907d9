import type { QuestionsEditorProps } from './QuestionsEditor.types';
import { renderQuestionsEditor } from './renderQuestionsEditor';
import { useQuestionsEditor } from './useQuestionsEditor';
import { useQuestionsEditorStyles } from './useQuestionsEditorStyles.styles';

/** The questions parents get to prepare: from the template, editable, reorderable. */
export function QuestionsEditor(props: QuestionsEditorProps) {
  const state = useQuestionsEditor(props);
  const classes = useQuestionsEditorStyles(state);
  return renderQuestionsEditor(state, classes);
}
