import { renderTalkCard } from './renderTalkCard';
import type { TalkCardProps } from './TalkCard.types';
import { useTalkCard } from './useTalkCard';
import { useTalkCardStyles } from './useTalkCardStyles.styles';

/** One talk in a list: when, who, how to join, and what can be done with it. */
export function TalkCard(props: TalkCardProps) {
  const state = useTalkCard(props);
  const classes = useTalkCardStyles(state);
  return renderTalkCard(state, classes);
}
