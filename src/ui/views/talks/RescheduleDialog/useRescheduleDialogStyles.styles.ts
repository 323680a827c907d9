import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import type { RescheduleDialogState } from './RescheduleDialog.types';

const useStyles = makeStyles({
  surface: { maxWidth: 'min(560px, calc(100vw - 32px))' },
  form: { display: 'contents' },
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  row: {
    display: 'grid',
    gap: tokens.spacingHorizontalM,
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 9rem), 1fr))',
    alignItems: 'start',
  },
  hint: { ...typographyStyles.caption1, margin: 0, color: tokens.colorNeutralForeground3 },
  list: { margin: `${tokens.spacingVerticalXS} 0`, paddingInlineStart: tokens.spacingHorizontalXL },
});

export type RescheduleDialogClasses = Record<keyof ReturnType<typeof useStyles>, string>;

export function useRescheduleDialogStyles(_state: RescheduleDialogState): RescheduleDialogClasses {
  return useStyles();
}
