import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0, maxWidth: '100%' },
  text: { ...typographyStyles.body1, margin: 0 },
  select: { maxWidth: '100%' },
});

export type MeetingStreepPanelClasses = Record<keyof ReturnType<typeof useStyles>, string>;

export function useMeetingStreepPanelStyles(): MeetingStreepPanelClasses {
  return useStyles();
}
