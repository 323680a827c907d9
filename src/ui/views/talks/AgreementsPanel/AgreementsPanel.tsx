import { useVisuallyHiddenStyles } from '../../../styles/useVisuallyHiddenStyles.styles';
import type { AgreementsPanelProps } from './AgreementsPanel.types';
import { renderAgreementsPanel } from './renderAgreementsPanel';
import { useAgreementsPanel } from './useAgreementsPanel';
import { useAgreementsPanelStyles } from './useAgreementsPanelStyles.styles';

/**
 * Agreements from parent talks in the promise tracker: mine (the school's, in talks I
 * organised) or overdue, with owner, due date and follow-up date, reported on like promises.
 */
export function AgreementsPanel(props: AgreementsPanelProps = {}) {
  const state = useAgreementsPanel(props);
  const hidden = useVisuallyHiddenStyles();
  const classes = useAgreementsPanelStyles(state, hidden.root);
  return renderAgreementsPanel(state, classes);
}
