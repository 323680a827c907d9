import type { LinesEditorProps } from './LinesEditor.types';
import { renderLinesEditor } from './renderLinesEditor';
import { useLinesEditor } from './useLinesEditor';
import { useLinesEditorStyles } from './useLinesEditorStyles.styles';

/** Short lines a step captures (supporters, benefits, doubts…): add, change, take away. */
export function LinesEditor(props: LinesEditorProps) {
  const state = useLinesEditor(props);
  const classes = useLinesEditorStyles(state);
  return renderLinesEditor(state, classes);
}
