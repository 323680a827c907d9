import type { AgreementReportProps } from './AgreementReport.types';
import { renderAgreementReport } from './renderAgreementReport';
import { useAgreementReport } from './useAgreementReport';
import { useAgreementReportStyles } from './useAgreementReportStyles.styles';

/** Reports on an agreement like on a promise: kept, partly, not, or agreed anew (domain tracking). */
export function AgreementReport(props: AgreementReportProps) {
  const state = useAgreementReport(props);
  const classes = useAgreementReportStyles(state);
  return renderAgreementReport(state, classes);
}
