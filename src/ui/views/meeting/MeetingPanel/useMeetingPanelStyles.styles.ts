import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { MeetingPanelState } from './MeetingPanel.types';

export const meetingPanelClassNames = { root: 'driehoek-MeetingPanel' } as const;

const useStyles = makeStyles({
  /** Fills Teams' 280 px side panel; the mode's own view stacks below the tabs. */
  root: { boxSizing: 'border-box', width: '100%', minWidth: 0, display: 'flex', flexDirection: 'column', backgroundColor: tokens.colorNeutralBackground2 },
  tabs: { flexWrap: 'wrap', paddingInline: tokens.spacingHorizontalXS, minWidth: 0 },
});

export type MeetingPanelClasses = Record<keyof ReturnType<typeof useStyles>, string>;

export function useMeetingPanelStyles(state: MeetingPanelState): MeetingPanelClasses {
  const styles = useStyles();
  return { ...styles, root: mergeClasses(meetingPanelClassNames.root, styles.root, state.className) };
}
