import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

const useStyles = makeStyles({
  surface: { maxWidth: 'min(40rem, 100vw - 2rem)' },
  content: { maxHeight: '60vh', overflowY: 'auto' },
  list: { position: 'relative', margin: 0, padding: 0, listStyleType: 'none' },
  row: {
    position: 'absolute',
    insetInlineStart: 0,
    insetInlineEnd: 0,
    boxSizing: 'border-box',
    display: 'flex',
    flexDirection: 'column',
    justifyContent: 'center',
    gap: tokens.spacingVerticalXXS,
    padding: `0 ${tokens.spacingHorizontalS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
  },
  primary: { ...typographyStyles.body1Strong, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  secondary: { ...typographyStyles.caption1, color: tokens.colorNeutralForeground2, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  message: { ...typographyStyles.body1, color: tokens.colorNeutralForeground2, margin: 0 },
});

export type ItemsDialogClasses = Record<keyof ReturnType<typeof useStyles>, string>;

export function useItemsDialogStyles(): ItemsDialogClasses {
  return useStyles();
}
