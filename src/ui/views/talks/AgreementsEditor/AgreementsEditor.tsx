import { useVisuallyHiddenStyles } from '../../../styles/useVisuallyHiddenStyles.styles';
import type { AgreementsEditorProps } from './AgreementsEditor.types';
import { renderAgreementsEditor } from './renderAgreementsEditor';
import { useAgreementsEditor } from './useAgreementsEditor';
import { useAgreementsEditorStyles } from './useAgreementsEditorStyles.styles';

/** The agreements of one talk: what, who (school, parent or child), by when, when to look back. */
export function AgreementsEditor(props: AgreementsEditorProps) {
  const state = useAgreementsEditor(props);
  const hidden = useVisuallyHiddenStyles();
  const classes = useAgreementsEditorStyles(state, hidden.root);
  return renderAgreementsEditor(state, classes);
}
