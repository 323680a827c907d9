import { makeStyles, mergeClasses, tokens, typographyStyles } from '@fluentui/react-components';
import type { StackedBarsState } from './StackedBars.types';

export const stackedBarsClassNames = { root: 'driehoek-StackedBars' } as const;

/** One colour per promise status, from the theme, for the bars and their legend alike. */
const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  chart: { display: 'block', width: '100%', maxWidth: '36rem', height: 'auto', breakInside: 'avoid' },
  barLabel: { fill: tokens.colorNeutralForeground1, fontFamily: tokens.fontFamilyBase, fontSize: tokens.fontSizeBase200 },
  open: { fill: tokens.colorNeutralStrokeAccessible },
  kept: { fill: tokens.colorPaletteGreenBackground3 },
  partlyKept: { fill: tokens.colorPaletteYellowBackground3 },
  notKept: { fill: tokens.colorPaletteRedBackground3 },
  renegotiated: { fill: tokens.colorPaletteBlueBackground2 },
  legend: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, margin: 0, padding: 0, listStyleType: 'none', ...typographyStyles.caption1 },
  swatch: { display: 'inline-block', width: '0.75rem', height: '0.75rem', marginInlineEnd: tokens.spacingHorizontalXS, borderRadius: tokens.borderRadiusSmall, verticalAlign: 'middle', forcedColorAdjust: 'none' },
  swatchopen: { backgroundColor: tokens.colorNeutralStrokeAccessible },
  swatchkept: { backgroundColor: tokens.colorPaletteGreenBackground3 },
  swatchpartlyKept: { backgroundColor: tokens.colorPaletteYellowBackground3 },
  swatchnotKept: { backgroundColor: tokens.colorPaletteRedBackground3 },
  swatchrenegotiated: { backgroundColor: tokens.colorPaletteBlueBackground2 },
});

export type StackedBarsClasses = Record<keyof ReturnType<typeof useStyles>, string>;

export function useStackedBarsStyles(state: StackedBarsState): StackedBarsClasses {
  const styles = useStyles();
  return { ...styles, root: mergeClasses(stackedBarsClassNames.root, styles.root, state.className) };
}
