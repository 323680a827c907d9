import type { CheckInCardProps } from './CheckInCard.types';
import { renderCheckInCard } from './renderCheckInCard';
import { useCheckInCard } from './useCheckInCard';
import { useCheckInCardStyles } from './useCheckInCardStyles.styles';

export function CheckInCard(props: CheckInCardProps) {
  const state = useCheckInCard(props);
  const classes = useCheckInCardStyles(state);
  return renderCheckInCard(state, classes);
}
