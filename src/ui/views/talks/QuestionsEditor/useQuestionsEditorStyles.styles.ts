import { makeStyles, tokens } from '@fluentui/react-components';
import type { QuestionsEditorState } from './QuestionsEditor.types';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  tool: { minWidth: '32px' },
  tools: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, justifyContent: 'flex-end' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

export type QuestionsEditorClasses = Record<keyof ReturnType<typeof useStyles>, string>;

export function useQuestionsEditorStyles(_state: QuestionsEditorState): QuestionsEditorClasses {
  return useStyles();
}
