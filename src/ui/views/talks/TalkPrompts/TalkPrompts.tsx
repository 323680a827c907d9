import { renderTalkPrompts } from './renderTalkPrompts';
import type { TalkPromptsProps } from './TalkPrompts.types';
import { useTalkPrompts } from './useTalkPrompts';
import { useTalkPromptsStyles } from './useTalkPromptsStyles.styles';

/** How a good talk goes: open positively, parents first, the child's voice, plain language. */
export function TalkPrompts(props: TalkPromptsProps) {
  const state = useTalkPrompts(props);
  const classes = useTalkPromptsStyles(state);
  return renderTalkPrompts(state, classes);
}
