import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import type { CancelDialogState } from './CancelDialog.types';

const useStyles = makeStyles({
  surface: { maxWidth: 'min(520px, calc(100vw - 32px))' },
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  when: { ...typographyStyles.body1Strong, margin: 0 },
  text: { ...typographyStyles.body1, margin: 0 },
});

export type CancelDialogClasses = Record<keyof ReturnType<typeof useStyles>, string>;

export function useCancelDialogStyles(_state: CancelDialogState): CancelDialogClasses {
  return useStyles();
}
