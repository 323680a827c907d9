import { useVisuallyHiddenStyles } from '../../../styles/useVisuallyHiddenStyles.styles';
import type { AgendaTimerState } from '../../talks/AgendaTimer/AgendaTimer.types';
import { renderAgendaTimer } from '../../talks/AgendaTimer/renderAgendaTimer';
import { useAgendaTimerStyles } from '../../talks/AgendaTimer/useAgendaTimerStyles.styles';

/** The phases with their clock, drawn like the parent talk's agenda timer (state from usePhaseTimer). */
export function PhaseTimer({ state }: { state: AgendaTimerState }) {
  const hidden = useVisuallyHiddenStyles();
  const classes = useAgendaTimerStyles(state, hidden.root);
  return renderAgendaTimer(state, classes);
}
