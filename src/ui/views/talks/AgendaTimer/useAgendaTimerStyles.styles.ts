import { makeStyles, mergeClasses, tokens, typographyStyles } from '@fluentui/react-components';
import type { AgendaTimerState } from './AgendaTimer.types';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  now: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorBrandBackground2,
    color: tokens.colorNeutralForeground1,
    minWidth: 0,
  },
  eyebrow: { ...typographyStyles.caption1Strong, color: tokens.colorBrandForeground2, margin: 0 },
  title: { ...typographyStyles.body1Strong, margin: 0, overflowWrap: 'anywhere' },
  digits: { ...typographyStyles.subtitle1, fontVariantNumeric: 'tabular-nums', margin: 0 },
  remaining: { ...typographyStyles.caption1, margin: 0 },
  over: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  tip: { ...typographyStyles.caption1, margin: 0, color: tokens.colorNeutralForeground2 },
  controls: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, '& > button': { minWidth: 'auto' } },
  total: { ...typographyStyles.caption1, margin: 0, color: tokens.colorNeutralForeground2, fontVariantNumeric: 'tabular-nums' },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  item: {
    display: 'flex',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusSmall,
    borderInlineStartWidth: tokens.strokeWidthThicker,
    borderInlineStartStyle: 'solid',
    borderInlineStartColor: 'transparent',
    ...typographyStyles.caption1,
  },
  itemTitle: { overflowWrap: 'anywhere', minWidth: 0 },
  itemTime: { flexShrink: 0, color: tokens.colorNeutralForeground3, fontVariantNumeric: 'tabular-nums', textAlign: 'end' },
  done: { color: tokens.colorNeutralForeground3 },
  current: {
    borderInlineStartColor: tokens.colorBrandStroke1,
    backgroundColor: tokens.colorNeutralBackground1Selected,
    // The pair of the selected background (HighlightText on Highlight in high contrast).
    color: tokens.colorNeutralForeground1Selected,
    fontWeight: tokens.fontWeightSemibold,
  },
  currentTime: { color: tokens.colorNeutralForeground1Selected },
  note: { ...typographyStyles.body1, margin: 0, color: tokens.colorNeutralForeground2 },
});

export type AgendaTimerClasses = Record<keyof ReturnType<typeof useStyles> | 'visuallyHidden', string>;

export function useAgendaTimerStyles(state: AgendaTimerState, visuallyHidden: string): AgendaTimerClasses {
  const styles = useStyles();
  return { ...styles, root: mergeClasses('driehoek-AgendaTimer', styles.root, state.className), visuallyHidden };
}
