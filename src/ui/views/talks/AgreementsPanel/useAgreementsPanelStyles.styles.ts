import { makeStyles, mergeClasses, tokens, typographyStyles } from '@fluentui/react-components';
import type { AgreementsPanelState } from './AgreementsPanel.types';

export const agreementsPanelClassNames = { root: 'driehoek-AgreementsPanel' } as const;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0, maxWidth: '900px' },
  heading: { ...typographyStyles.subtitle1, margin: 0 },
  intro: { ...typographyStyles.body1, margin: 0, color: tokens.colorNeutralForeground2, maxWidth: '65ch' },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    minWidth: 0,
  },
  overdue: { borderInlineStartWidth: tokens.strokeWidthThickest, borderInlineStartColor: tokens.colorPaletteRedBorder2 },
  top: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'baseline', justifyContent: 'space-between' },
  text: { ...typographyStyles.body1Strong, margin: 0, overflowWrap: 'anywhere', minWidth: 0 },
  badges: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  facts: {
    margin: 0,
    display: 'grid',
    gridTemplateColumns: 'max-content minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
  },
  term: { ...typographyStyles.caption1Strong, color: tokens.colorNeutralForeground3 },
  value: { ...typographyStyles.caption1, margin: 0, overflowWrap: 'anywhere' },
  report: { ...typographyStyles.caption1, margin: 0, color: tokens.colorNeutralForeground2, whiteSpace: 'pre-line', overflowWrap: 'anywhere' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  empty: { ...typographyStyles.body1, margin: 0, color: tokens.colorNeutralForeground3 },
});

export type AgreementsPanelClasses = Record<keyof ReturnType<typeof useStyles> | 'visuallyHidden', string>;

export function useAgreementsPanelStyles(state: AgreementsPanelState, visuallyHidden: string): AgreementsPanelClasses {
  const styles = useStyles();
  return { ...styles, root: mergeClasses(agreementsPanelClassNames.root, styles.root, state.className), visuallyHidden };
}
