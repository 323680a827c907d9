import { makeStyles, mergeClasses, tokens, typographyStyles } from '@fluentui/react-components';
import type { LinesEditorState } from './LinesEditor.types';

export const linesEditorClassNames = { root: 'driehoek-LinesEditor' } as const;

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    minWidth: 0,
    margin: 0,
    padding: 0,
    border: 'none',
  },
  legend: { ...typographyStyles.body1Strong, padding: 0, marginBottom: tokens.spacingVerticalXS },
  row: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalXS, minWidth: 0 },
  field: { flexGrow: 1, minWidth: 0 },
  remove: { marginTop: '22px', flexShrink: 0, minWidth: 'auto' },
  add: { alignSelf: 'flex-start' },
  list: { ...typographyStyles.body1, margin: 0, paddingInlineStart: tokens.spacingHorizontalL, overflowWrap: 'anywhere' },
  empty: { ...typographyStyles.body1, margin: 0, color: tokens.colorNeutralForeground3 },
});

export type LinesEditorClasses = Record<keyof ReturnType<typeof useStyles>, string>;

export function useLinesEditorStyles(state: LinesEditorState): LinesEditorClasses {
  const styles = useStyles();
  return { ...styles, root: mergeClasses(linesEditorClassNames.root, styles.root, state.className) };
}
