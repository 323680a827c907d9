import type { ChangeCycle } from '../cycles';
import { currentStep, roundProgress, type StepProgress, type StepRecord } from '../guidedPath';
import { type Meeting, type ScorePoint, scoreTrend } from '../meetings';
import type { StepNumber } from '../steps';
import { addTo, emptyFigure, type Figure } from './figure';
import { type DateRange, inRange } from './periods';

export interface CycleProgress {
  round: number;
  /** Null when the round is complete. */
  current: StepNumber | null;
  /** Every step of the round with its state; a done step names the meeting it was done in. */
  steps: StepProgress[];
}

/** Where the cycle stands now. Not bound to the period filter: it is the state of the plan. */
export function cycleProgress(cycle: Pick<ChangeCycle, 'id' | 'round'>, records: readonly StepRecord[]): CycleProgress {
  const own = records.filter((r) => r.cycleId === cycle.id);
  return {
    round: cycle.round,
    current: currentStep(own, cycle.round),
    steps: roundProgress(own, cycle.round),
  };
}

/** What the dashboard reads of a meeting: no title, purpose or minutes. */
export type MeetingFacts = Pick<Meeting, 'id' | 'cycleId' | 'date' | 'status' | 'score'>;

export interface MeetingFigures {
  /** On the plan: held or still to come; cancelled meetings are not. */
  planned: Figure;
  held: Figure;
  cancelled: Figure;
  /** Past their date but never marked held: held without a record, or quietly skipped. */
  notRecorded: Figure;
}

export interface TimelineFigures {
  meetings: MeetingFigures;
  scoreTrend: ScorePoint[];
}

/** Meetings of the cycle in the period, and the score toward the dream they recorded. */
export function timelineFigures(
  meetings: readonly MeetingFacts[],
  cycleId: string,
  range: DateRange | null,
  today: string,
): TimelineFigures {
  const figures: MeetingFigures = {
    planned: emptyFigure(),
    held: emptyFigure(),
    cancelled: emptyFigure(),
    notRecorded: emptyFigure(),
  };
  const held: MeetingFacts[] = [];
  for (const m of meetings) {
    if (m.cycleId !== cycleId || !inRange(m.date, range)) continue;
    if (m.status === 'cancelled') {
      addTo(figures.cancelled, m.id);
      continue;
    }
    addTo(figures.planned, m.id);
    if (m.status === 'held') {
      addTo(figures.held, m.id);
      held.push(m);
    } else if (m.date < today) addTo(figures.notRecorded, m.id);
  }
  return { meetings: figures, scoreTrend: scoreTrend(held) };
}
