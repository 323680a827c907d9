import { makeStyles, mergeClasses, tokens, typographyStyles } from '@fluentui/react-components';
import type { PromiseFormState } from './PromiseForm.types';

export const promiseFormClassNames = { root: 'driehoek-PromiseForm' } as const;

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    minWidth: 0,
    maxWidth: '48rem',
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    boxSizing: 'border-box',
  },
  heading: { ...typographyStyles.subtitle1, margin: 0, ':focus-visible': { outlineStyle: 'none' } },
  /** Two columns where there is room, one in a narrow frame. */
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 14rem), 1fr))',
    gap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalM,
    alignItems: 'start',
  },
  field: { minWidth: 0 },
  /** A long goal or meeting name must not widen the field past its column. */
  select: { width: '100%', minWidth: 0 },
  count: { ...typographyStyles.caption1, color: tokens.colorNeutralForeground3 },
  over: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  status: { alignSelf: 'flex-start' },
});

export type PromiseFormClasses = Record<keyof ReturnType<typeof useStyles>, string>;

export function usePromiseFormStyles(state: PromiseFormState): PromiseFormClasses {
  const styles = useStyles();
  return {
    ...styles,
    root: mergeClasses(promiseFormClassNames.root, styles.root, state.className),
    count: mergeClasses(styles.count, state.text.over && styles.over),
  };
}
