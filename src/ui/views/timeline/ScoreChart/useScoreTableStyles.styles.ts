import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useVisuallyHiddenStyles } from '../../../styles/useVisuallyHiddenStyles.styles';
import type { ScoreTableState } from './ScoreTable.types';

export const scoreTableClassNames = { root: 'driehoek-ScoreTable' } as const;

const useStyles = makeStyles({
  root: { width: '100%' },
  meeting: { overflowWrap: 'anywhere' },
  score: { textAlign: 'end', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
  date: { whiteSpace: 'nowrap', color: tokens.colorNeutralForeground2 },
});

export type ScoreTableClasses = Record<keyof ReturnType<typeof useStyles>, string>;

export function useScoreTableStyles(state: ScoreTableState): ScoreTableClasses {
  const styles = useStyles();
  const hidden = useVisuallyHiddenStyles();
  return {
    ...styles,
    root: mergeClasses(scoreTableClassNames.root, styles.root, state.visuallyHidden && hidden.root, state.className),
  };
}
