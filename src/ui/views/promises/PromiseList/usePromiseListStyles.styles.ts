import { createFocusOutlineStyle, makeStyles, mergeClasses, tokens, typographyStyles } from '@fluentui/react-components';
import type { PromiseListState } from './PromiseList.types';

export const promiseListClassNames = { root: 'driehoek-PromiseList' } as const;

const useStyles = makeStyles({
  root: { position: 'relative', margin: 0, padding: 0, listStyleType: 'none', minWidth: 0 },
  item: {
    position: 'absolute',
    insetInlineStart: 0,
    insetInlineEnd: 0,
    boxSizing: 'border-box',
    paddingBottom: tokens.spacingVerticalS,
  },
  row: {
    display: 'flex',
    flexDirection: 'column',
    justifyContent: 'center',
    gap: tokens.spacingVerticalXS,
    boxSizing: 'border-box',
    width: '100%',
    height: '100%',
    minWidth: 0,
    margin: 0,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    textAlign: 'start',
    font: 'inherit',
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderInlineStartWidth: tokens.strokeWidthThickest,
    borderInlineStartColor: tokens.colorBrandStroke2,
    borderRadius: tokens.borderRadiusMedium,
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':active': { backgroundColor: tokens.colorNeutralBackground1Pressed },
    '@media (forced-colors: active)': { borderInlineStartColor: 'CanvasText' },
    ...createFocusOutlineStyle(),
  },
  kept: { borderInlineStartColor: tokens.colorStatusSuccessBorder1 },
  partlyKept: { borderInlineStartColor: tokens.colorStatusWarningBorder1 },
  notKept: { borderInlineStartColor: tokens.colorNeutralStroke1 },
  renegotiated: { borderInlineStartColor: tokens.colorNeutralStroke1 },
  overdue: { borderInlineStartColor: tokens.colorStatusDangerBorder1 },
  text: {
    ...typographyStyles.body1Strong,
    display: '-webkit-box',
    WebkitLineClamp: 2,
    WebkitBoxOrient: 'vertical',
    overflow: 'hidden',
    overflowWrap: 'anywhere',
  },
  meta: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    minWidth: 0,
    ...typographyStyles.caption1,
    color: tokens.colorNeutralForeground2,
    whiteSpace: 'nowrap',
  },
  badges: { display: 'flex', gap: tokens.spacingHorizontalXS, flexShrink: 0 },
  who: { overflow: 'hidden', textOverflow: 'ellipsis', minWidth: 0 },
});

export type PromiseListClasses = Record<keyof ReturnType<typeof useStyles>, string>;

export function usePromiseListStyles(state: PromiseListState): PromiseListClasses {
  const styles = useStyles();
  return { ...styles, root: mergeClasses(promiseListClassNames.root, styles.root, state.className) };
}
