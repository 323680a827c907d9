import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { AgreementReportState } from './AgreementReport.types';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    minWidth: 0,
  },
  renegotiation: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, paddingInlineStart: tokens.spacingHorizontalM, borderInlineStartWidth: tokens.strokeWidthThick, borderInlineStartStyle: 'solid', borderInlineStartColor: tokens.colorNeutralStroke2 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

export type AgreementReportClasses = Record<keyof ReturnType<typeof useStyles>, string>;

export function useAgreementReportStyles(state: AgreementReportState): AgreementReportClasses {
  const styles = useStyles();
  return { ...styles, root: mergeClasses('driehoek-AgreementReport', styles.root, state.className) };
}
