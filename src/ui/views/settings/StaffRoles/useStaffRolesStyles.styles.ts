import { makeStyles, mergeClasses, tokens, typographyStyles } from '@fluentui/react-components';
import type { StaffRolesState } from './StaffRoles.types';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  heading: { ...typographyStyles.subtitle1, margin: 0 },
  intro: { ...typographyStyles.body1, margin: 0, maxWidth: '70ch', color: tokens.colorNeutralForeground2 },
  tableWrap: { overflowX: 'auto' },
  name: { display: 'flex', flexDirection: 'column', fontWeight: tokens.fontWeightSemibold },
  note: { ...typographyStyles.caption1, color: tokens.colorNeutralForeground3, fontWeight: tokens.fontWeightRegular },
  select: { minWidth: '11rem' },
  bouwSelect: { minWidth: '15rem' },
  actions: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', paddingBlock: tokens.spacingVerticalXS },
  saved: { color: tokens.colorPaletteGreenForeground1 },
  error: { ...typographyStyles.caption1, color: tokens.colorPaletteRedForeground1, maxWidth: '24ch' },
  visuallyHidden: {},
});

export type StaffRolesClasses = Record<keyof ReturnType<typeof useStyles>, string>;

export function useStaffRolesStyles(state: StaffRolesState, visuallyHidden: string): StaffRolesClasses {
  const styles = useStyles();
  return { ...styles, visuallyHidden, root: mergeClasses('driehoek-StaffRoles', styles.root, state.className) };
}
