import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { MeetingSidePanelState } from './MeetingSidePanel.types';

export const meetingSidePanelClassNames = { root: 'driehoek-MeetingSidePanel' } as const;

const useStyles = makeStyles({
  /** Fills Teams' 280 px side panel; everything inside wraps or stacks, nothing scrolls sideways. */
  root: {
    boxSizing: 'border-box',
    width: '100%',
    minWidth: 0,
    maxWidth: '100%',
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    backgroundColor: tokens.colorNeutralBackground2,
    minHeight: '100vh',
  },
});

export type MeetingSidePanelClasses = Record<keyof ReturnType<typeof useStyles>, string>;

export function useMeetingSidePanelStyles(state: MeetingSidePanelState): MeetingSidePanelClasses {
  const styles = useStyles();
  return { ...styles, root: mergeClasses(meetingSidePanelClassNames.root, styles.root, state.className) };
}
