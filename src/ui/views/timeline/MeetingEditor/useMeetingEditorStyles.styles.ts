import { makeStyles, mergeClasses, tokens, typographyStyles } from '@fluentui/react-components';
import type { MeetingEditorState } from './MeetingEditor.types';

export const meetingEditorClassNames = { surface: 'driehoek-MeetingEditor' } as const;

const useStyles = makeStyles({
  surface: { maxWidth: 'min(640px, calc(100vw - 32px))' },
  form: { display: 'contents' },
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  /** Type and date side by side where there is room, stacked in a side panel. */
  row: {
    display: 'grid',
    gap: tokens.spacingHorizontalM,
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 14rem), 1fr))',
    alignItems: 'start',
  },
  steps: {
    margin: 0,
    padding: 0,
    border: 'none',
    minWidth: 0,
  },
  legend: {
    ...typographyStyles.body1Strong,
    padding: 0,
    marginBottom: tokens.spacingVerticalXS,
  },
  stepGrid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 15rem), 1fr))',
    columnGap: tokens.spacingHorizontalS,
    // A label on two lines must not push its neighbour's box away from its text.
    alignItems: 'start',
  },
  stepError: { ...typographyStyles.caption1, color: tokens.colorPaletteRedForeground1, margin: 0 },
  score: { maxWidth: '8rem' },
  status: { alignSelf: 'flex-start', maxWidth: '640px' },
  theirs: { display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXXS, margin: 0 },
  theirsLine: { display: 'contents' },
  theirsTerm: { ...typographyStyles.caption1Strong, color: tokens.colorNeutralForeground3 },
  theirsValue: { ...typographyStyles.body1, margin: 0, whiteSpace: 'pre-line', overflowWrap: 'anywhere' },
});

export type MeetingEditorClasses = Record<keyof ReturnType<typeof useStyles>, string>;

export function useMeetingEditorStyles(_state: MeetingEditorState): MeetingEditorClasses {
  const styles = useStyles();
  return { ...styles, surface: mergeClasses(meetingEditorClassNames.surface, styles.surface) };
}
