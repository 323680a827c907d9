import { useVisuallyHiddenStyles } from '../../../styles/useVisuallyHiddenStyles.styles';
import type { AgendaTimerProps } from './AgendaTimer.types';
import { renderAgendaTimer } from './renderAgendaTimer';
import { useAgendaTimer } from './useAgendaTimer';
import { useAgendaTimerStyles } from './useAgendaTimerStyles.styles';

/**
 * The agenda with a running clock per item and for the whole talk (domain agendaClock). "Next"
 * moves on when the talk does, so an item that runs over shows as over.
 */
export function AgendaTimer(props: AgendaTimerProps) {
  const state = useAgendaTimer(props);
  const hidden = useVisuallyHiddenStyles();
  const classes = useAgendaTimerStyles(state, hidden.root);
  return renderAgendaTimer(state, classes);
}
