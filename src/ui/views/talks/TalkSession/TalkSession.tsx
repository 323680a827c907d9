import { renderTalkSession } from './renderTalkSession';
import type { TalkSessionProps } from './TalkSession.types';
import { useTalkSession } from './useTalkSession';
import { useTalkSessionStyles } from './useTalkSessionStyles.styles';

/**
 * One talk while it is held and just after: the agenda clock, prompts, glossary, notes,
 * agreements, the follow-up and the summary for the parents. The side panel shows it in
 * 280 px; the Gesprekken tab shows it as the talk's record.
 */
export function TalkSession(props: TalkSessionProps) {
  const state = useTalkSession(props);
  const classes = useTalkSessionStyles(state);
  return renderTalkSession(state, classes);
}
