import { makeStyles, mergeClasses, tokens, typographyStyles } from '@fluentui/react-components';
import type { MeetingListState } from './MeetingList.types';

export const meetingListClassNames = { root: 'driehoek-MeetingList' } as const;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXL, minWidth: 0 },
  year: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  yearHeading: { ...typographyStyles.subtitle1, margin: 0 },
  month: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  monthHeader: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'baseline',
    columnGap: tokens.spacingHorizontalM,
    paddingBottom: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  monthHeading: {
    ...typographyStyles.subtitle2,
    margin: 0,
    '::first-letter': { textTransform: 'uppercase' },
  },
  monthSummary: { ...typographyStyles.caption1, margin: 0, color: tokens.colorNeutralForeground3 },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'grid',
    gap: tokens.spacingVerticalS,
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 22rem), 1fr))',
  },
  empty: { ...typographyStyles.body1, margin: 0, color: tokens.colorNeutralForeground3 },
});

export type MeetingListClasses = Record<keyof ReturnType<typeof useStyles>, string>;

export function useMeetingListStyles(state: MeetingListState): MeetingListClasses {
  const styles = useStyles();
  return { ...styles, root: mergeClasses(meetingListClassNames.root, styles.root, state.className) };
}
