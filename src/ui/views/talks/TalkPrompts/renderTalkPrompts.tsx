import type { TalkPromptsState } from './TalkPrompts.types';
import type { TalkPromptsClasses } from './useTalkPromptsStyles.styles';

export function renderTalkPrompts(state: TalkPromptsState, classes: TalkPromptsClasses) {
  return (
    <ol className={classes.root}>
      {state.prompts.map((p) => (
        <li key={p.key} className={classes.item}>
          {p.text}
        </li>
      ))}
    </ol>
  );
}
