import { makeStyles, mergeClasses, tokens, typographyStyles } from '@fluentui/react-components';
import type { TalkPromptsState } from './TalkPrompts.types';

const useStyles = makeStyles({
  root: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  item: { ...typographyStyles.body1, overflowWrap: 'anywhere' },
});

export type TalkPromptsClasses = Record<keyof ReturnType<typeof useStyles>, string>;

export function useTalkPromptsStyles(state: TalkPromptsState): TalkPromptsClasses {
  const styles = useStyles();
  return { ...styles, root: mergeClasses('driehoek-TalkPrompts', styles.root, state.className) };
}
