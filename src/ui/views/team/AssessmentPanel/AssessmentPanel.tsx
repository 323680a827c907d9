import type { AssessmentPanelProps } from './AssessmentPanel.types';
import { renderAssessmentPanel } from './renderAssessmentPanel';
import { useAssessmentPanel } from './useAssessmentPanel';
import { useAssessmentPanelStyles } from './useAssessmentPanelStyles.styles';

/** Where the team places its maturity (M1–M4) and the school's partnership profile, and how that moved. */
export function AssessmentPanel(props: AssessmentPanelProps) {
  const state = useAssessmentPanel(props);
  const classes = useAssessmentPanelStyles();
  return renderAssessmentPanel(state, classes);
}
