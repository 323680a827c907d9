import { makeStyles, mergeClasses, tokens, typographyStyles } from '@fluentui/react-components';
import type { NotesEditorState } from './NotesEditor.types';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  hint: { ...typographyStyles.caption1, margin: 0, color: tokens.colorNeutralForeground3 },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  note: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    minWidth: 0,
  },
  noteText: { ...typographyStyles.body1, margin: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
  noteTools: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  badge: { marginInlineEnd: 'auto', maxWidth: '100%' },
  empty: { ...typographyStyles.body1, margin: 0, color: tokens.colorNeutralForeground3 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  theirs: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
});

export type NotesEditorClasses = Record<keyof ReturnType<typeof useStyles> | 'visuallyHidden', string>;

export function useNotesEditorStyles(state: NotesEditorState, visuallyHidden: string): NotesEditorClasses {
  const styles = useStyles();
  return { ...styles, root: mergeClasses('driehoek-NotesEditor', styles.root, state.className), visuallyHidden };
}
