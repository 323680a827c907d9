import type { Versioned } from '../../../../data/api';
import type { StepProgress, StepState } from '../../../../domain/guidedPath';
import type { Meeting } from '../../../../domain/meetings';
import type { StepNumber } from '../../../../domain/steps';

export interface StepPathProps {
  /** The round's steps with their state (domain: roundProgress). */
  progress: readonly StepProgress[];
  round: number;
  /** The step that is open in the panel. */
  selected: StepNumber;
  onSelect(step: StepNumber): void;
  meetings: readonly Versioned<Meeting>[];
  /** Where the step panel is, so each button can say what it controls. */
  panelId?: string;
  className?: string;
}

export interface StepPathItem {
  step: StepNumber;
  /** "Stap 3: Supporters werven". */
  title: string;
  state: StepState;
  stateLabel: string;
  /** "Gedaan op … tijdens …", when done. */
  doneText: string | null;
  timesText: string | null;
  selected: boolean;
  onClick(): void;
}

export interface StepPathState {
  className: string | undefined;
  headingId: string;
  heading: string;
  /** "Ronde 1". */
  roundLabel: string;
  listLabel: string;
  panelId: string | undefined;
  items: StepPathItem[];
}
