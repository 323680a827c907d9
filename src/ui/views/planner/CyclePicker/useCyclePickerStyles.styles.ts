import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { CyclePickerState } from './CyclePicker.types';

export const cyclePickerClassNames = { root: 'driehoek-CyclePicker' } as const;

const useStyles = makeStyles({
  root: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalS, minWidth: 0 },
  field: { flexGrow: 1, flexShrink: 1, flexBasis: '16rem', minWidth: 0, maxWidth: '40rem' },
  /** A native select is as wide as its longest option unless told otherwise. */
  select: { minWidth: 0, width: '100%' },
  selectControl: { minWidth: 0, width: '100%', textOverflow: 'ellipsis' },
});

export type CyclePickerClasses = Record<keyof ReturnType<typeof useStyles>, string>;

export function useCyclePickerStyles(state: CyclePickerState): CyclePickerClasses {
  const styles = useStyles();
  return { ...styles, root: mergeClasses(cyclePickerClassNames.root, styles.root, state.className) };
}
