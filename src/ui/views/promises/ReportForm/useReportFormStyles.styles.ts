import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { ReportFormState } from './ReportForm.types';

export const reportFormClassNames = { root: 'driehoek-ReportForm' } as const;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  renegotiation: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    paddingInlineStart: tokens.spacingHorizontalM,
    borderInlineStartWidth: tokens.strokeWidthThick,
    borderInlineStartStyle: 'solid',
    borderInlineStartColor: tokens.colorNeutralStroke2,
  },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  textarea: { minWidth: 0 },
  select: { width: '100%', minWidth: 0 },
});

export type ReportFormClasses = Record<keyof ReturnType<typeof useStyles>, string>;

export function useReportFormStyles(state: ReportFormState): ReportFormClasses {
  const styles = useStyles();
  return { ...styles, root: mergeClasses(reportFormClassNames.root, styles.root, state.className) };
}
