import type { ChangeCycle } from '../../../../domain/cycles';
import type { MeetingSuggestion } from '../../../../domain/timeline';

export interface PlanNextProps {
  cycle: Pick<ChangeCycle, 'round'>;
  /** The next meeting as nextMeetingSuggestion (domain) proposes it. */
  suggestion: MeetingSuggestion;
  /** Id of the button, so focus can come back to it when the dialog closes. */
  buttonId: string;
  onPlan(): void;
  className?: string;
}

export interface PlanNextState {
  className: string | undefined;
  headingId: string;
  heading: string;
  /** The suggestion in one sentence: when, and which steps. */
  text: string;
  buttonId: string;
  buttonLabel: string;
  onPlan(): void;
}
