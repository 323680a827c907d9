import { makeStyles, mergeClasses, tokens, typographyStyles } from '@fluentui/react-components';
import { useVisuallyHiddenStyles } from '../../styles/useVisuallyHiddenStyles.styles';
import type { StaffPickerState } from './StaffPicker.types';

export const staffPickerClassNames = { root: 'driehoek-StaffPicker' } as const;

const useStyles = makeStyles({
  root: { minWidth: 0 },
  /** Tags wrap inside the control; a long name never widens a 280 px panel. */
  control: { minWidth: 0, maxWidth: '100%' },
  tag: { maxWidth: '100%', minWidth: 0 },
  detail: { ...typographyStyles.caption1, color: tokens.colorNeutralForeground3 },
});

export type StaffPickerClasses = Record<keyof ReturnType<typeof useStyles> | 'count', string>;

export function useStaffPickerStyles(state: StaffPickerState): StaffPickerClasses {
  const styles = useStyles();
  const hidden = useVisuallyHiddenStyles();
  return { ...styles, count: hidden.root, root: mergeClasses(staffPickerClassNames.root, styles.root, state.className) };
}
