import { useI18n } from '../../../i18n';
import type { TalkPromptsProps, TalkPromptsState } from './TalkPrompts.types';

export function useTalkPrompts({ className }: TalkPromptsProps): TalkPromptsState {
  const { messages } = useI18n();
  // The catalog holds them in the order a talk needs them.
  return { className, prompts: Object.entries(messages.talks.prompts).map(([key, text]) => ({ key, text })) };
}
